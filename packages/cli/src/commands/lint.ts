/** `sincerely lint [patterns…]`: lint outreach templates and report in the chosen format. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import type { LintResult } from '@sincerely/lint';
import { FORMATTER_NAMES, getFormatter, SUPPORTED_EXTENSIONS } from '@sincerely/lint';
import { CliError } from '../cli-error.js';
import { loadLintConfig } from '../config/load-lint-config.js';
import { findLintFiles } from '../files/find-lint-files.js';
import { readIgnoreFile } from '../files/read-ignore-file.js';
import type { Command, CliIO } from '../io.js';
import { ExitCode } from '../io.js';
import type { LintRunOptions } from '../lint/lint-files.js';
import { lintFilesInParallel } from '../lint/lint-files-in-parallel.js';
import { ignoredFileResult, lintOne, resolveFileConfig } from '../lint/lint-files.js';
import type { LintArgs } from '../lint/parse-lint-args.js';
import { parseLintArgs } from '../lint/parse-lint-args.js';
import { readContextFile } from '../lint/read-context-file.js';
import { shouldUseColor } from '../output/use-color.js';
import { VERSION } from '../version.js';

/** The help text of `sincerely lint`. */
const LINT_HELP = `Usage: sincerely lint [options] [file|folder|glob ...]

Lints outreach templates (${SUPPORTED_EXTENSIONS.join(' ')}).
Without patterns, lints every supported file under the current folder.

Config:
  -c, --config FILE              use this config file instead of looking for one
      --no-config-lookup         use no config file (the recommended preset)
      --rule "ID: SEVERITY"      set a rule, e.g. --rule "max-words: warn" or
                                 --rule 'max-words: ["warn", {"max": 150}]' (repeatable)
      --context FILE             recipient context JSON: {contact, sendAt, channel, history}

Output:
  -f, --format NAME              ${FORMATTER_NAMES.join(', ')} (default: stylish)
  -o, --output-file FILE         write the report to FILE instead of stdout
      --quiet                    report errors only
      --max-warnings N           exit 1 when there are more than N warnings

Fixing:
      --fix                      fix problems in place
      --fix-dry-run              compute fixes without writing them (see "output" in -f json)

Input:
      --stdin                    lint text from standard input
      --stdin-filename PATH      the path the stdin text stands for (syntax, config, report)
      --report-unused-directives report sincerely-disable comments that suppress nothing

  -h, --help                     show this help

Exit codes: 0 no errors, 1 lint errors or too many warnings, 2 usage, config or I/O error.
`;

/** Keeps errors only (`--quiet`), with the counts to match, as ESLint does. */
function keepErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((message) => message.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

async function lintStdin(
  args: LintArgs,
  io: CliIO,
  options: LintRunOptions,
): Promise<LintResult[]> {
  if (args.fix) {
    throw new CliError(
      '--fix cannot write to standard input; use --fix-dry-run to see the fixed text in -f json.',
    );
  }
  const text = await io.readStdin();
  const filePath =
    args.stdinFilename === undefined ? undefined : resolve(io.cwd, args.stdinFilename);
  const config = resolveFileConfig(filePath, options);
  if (!config) return [ignoredFileResult(filePath ?? '<text>')];
  return [lintOne(text, filePath, config, options)];
}

async function lintPatterns(
  args: LintArgs,
  io: CliIO,
  options: LintRunOptions,
): Promise<LintResult[]> {
  const isIgnoredByFile = await readIgnoreFile(io.cwd);
  const isIgnored = (path: string): boolean =>
    isIgnoredByFile(path) || resolveFileConfig(path, options) === null;
  const { files, ignoredFiles } = await findLintFiles({
    cwd: io.cwd,
    patterns: args.patterns,
    isIgnored,
  });
  const results = await lintFilesInParallel(files, io, options);
  return [...results, ...ignoredFiles.map(ignoredFileResult)];
}

async function writeReport(args: LintArgs, io: CliIO, report: string): Promise<void> {
  if (args.outputFile === undefined) {
    io.stdout(report);
    return;
  }
  const path = resolve(io.cwd, args.outputFile);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, report, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'write error';
    throw new CliError(`Cannot write the report to ${relative(io.cwd, path) || path}: ${code}.`, {
      cause: error,
    });
  }
}

/**
 * `sincerely lint`: exit 0 when there are no errors (and no more warnings than `--max-warnings`),
 * 1 otherwise; a usage, config or I/O problem throws for `main` to report with exit 2.
 */
export const lint: Command = async (argv, io) => {
  const args = parseLintArgs(argv);
  if (args.help) {
    io.stdout(LINT_HELP);
    return ExitCode.Ok;
  }
  let formatter;
  try {
    formatter = getFormatter(args.format);
  } catch (error) {
    throw new CliError((error as Error).message, { cause: error });
  }
  const lintConfig = await loadLintConfig({
    cwd: io.cwd,
    ...(args.config !== undefined ? { configFile: args.config } : {}),
    noConfigLookup: args.noConfigLookup,
    ruleFlags: args.rules,
  });
  const options: LintRunOptions = {
    lintConfig,
    fix: args.fix,
    fixDryRun: args.fixDryRun,
    reportUnusedDirectives: args.reportUnusedDirectives,
    ...(args.context !== undefined ? { context: await readContextFile(args.context, io.cwd) } : {}),
  };

  let results = args.stdin
    ? await lintStdin(args, io, options)
    : await lintPatterns(args, io, options);
  if (args.quiet) results = results.map(keepErrors);

  const report = formatter(results, {
    cwd: io.cwd,
    color: args.outputFile === undefined && shouldUseColor(io),
    toolVersion: VERSION,
  });
  await writeReport(args, io, report);

  const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const tooManyWarnings = args.maxWarnings >= 0 && warnings > args.maxWarnings;
  if (tooManyWarnings) {
    io.stderr(`sincerely found too many warnings (${warnings}; maximum: ${args.maxWarnings}).\n`);
  }
  return errors > 0 || tooManyWarnings ? ExitCode.LintErrors : ExitCode.Ok;
};
