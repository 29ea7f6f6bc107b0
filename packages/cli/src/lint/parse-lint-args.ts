import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { CliError } from '../cli-error.js';

/** The flags of `sincerely lint`. */
export interface LintArgs {
  patterns: string[];
  config?: string;
  noConfigLookup: boolean;
  format: string;
  outputFile?: string;
  fix: boolean;
  fixDryRun: boolean;
  /** -1 when not set. */
  maxWarnings: number;
  quiet: boolean;
  rules: string[];
  stdin: boolean;
  stdinFilename?: string;
  reportUnusedDirectives: boolean;
  context?: string;
  help: boolean;
}

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  'no-config-lookup': { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'report-unused-directives': { type: 'boolean' },
  context: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies NonNullable<ParseArgsConfig['options']>;

/** Node's parseArgs errors, said as one line that names the flag and what to do. */
function toUsageError(error: unknown): CliError {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? String(error);
  const flag = /'(-[^']*)'/u.exec(message)?.[1]?.split(/[ ,]/u).pop();
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new CliError(
      `Unknown option ${flag ?? message} for "sincerely lint"; run "sincerely lint --help" for the options.`,
      { cause: error },
    );
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /'(?:-\w, )?(--[\w-]+)/u.exec(message)?.[1] ?? flag ?? 'an option';
    return new CliError(
      `${option} needs a value (or takes none); run "sincerely lint --help" for the options.`,
      { cause: error },
    );
  }
  return new CliError(`${message.split('\n')[0]}; run "sincerely lint --help".`, { cause: error });
}

/**
 * Parses `sincerely lint` arguments strictly: an unknown flag is an error.
 *
 * @returns the flags.
 * @throws {CliError} for an unknown flag, a missing value or a malformed number.
 */
export function parseLintArgs(args: string[]): LintArgs {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw toUsageError(error);
  }
  const { values, positionals } = parsed;
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    const text = values['max-warnings'];
    if (!/^\d+$/u.test(text)) {
      throw new CliError(`--max-warnings expects a whole number ≥ 0, got "${text}".`);
    }
    maxWarnings = Number(text);
  }
  if (values.fix && values['fix-dry-run']) {
    throw new CliError('Use --fix or --fix-dry-run, not both.');
  }
  if (values.stdin && positionals.length > 0) {
    throw new CliError(
      `--stdin lints standard input, so it takes no file patterns (got "${positionals[0]}").`,
    );
  }
  if (values['stdin-filename'] !== undefined && !values.stdin) {
    throw new CliError('--stdin-filename names the text read with --stdin; add --stdin.');
  }
  if (values.config !== undefined && values['no-config-lookup']) {
    throw new CliError('Use --config or --no-config-lookup, not both.');
  }
  return {
    patterns: positionals,
    ...(values.config !== undefined ? { config: values.config } : {}),
    noConfigLookup: values['no-config-lookup'] === true,
    format: values.format ?? 'stylish',
    ...(values['output-file'] !== undefined ? { outputFile: values['output-file'] } : {}),
    fix: values.fix === true,
    fixDryRun: values['fix-dry-run'] === true,
    maxWarnings,
    quiet: values.quiet === true,
    rules: values.rule ?? [],
    stdin: values.stdin === true,
    ...(values['stdin-filename'] !== undefined ? { stdinFilename: values['stdin-filename'] } : {}),
    reportUnusedDirectives: values['report-unused-directives'] === true,
    ...(values.context !== undefined ? { context: values.context } : {}),
    help: values.help === true,
  };
}
