import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { LintContext, LintResult, ResolvedConfig } from '@sincerely/lint';
import { lintWithConfig, resolveConfig, rules, warningResult } from '@sincerely/lint';
import { CliError } from '../cli-error.js';
import { startReadAhead } from '../files/read-ahead.js';
import type { LintConfig } from '../config/load-lint-config.js';
import type { CliIO } from '../io.js';
import { createProgress } from '../output/progress.js';

/** How to lint: the config, the recipient context and the fix mode. */
export interface LintRunOptions {
  lintConfig: LintConfig;
  context?: LintContext;
  /** `--fix`: write fixed files. */
  fix?: boolean;
  /** `--fix-dry-run`: compute fixes (in `output`) without writing. */
  fixDryRun?: boolean;
  /** `--report-unused-directives`: at least warn about directives that suppress nothing. */
  reportUnusedDirectives?: boolean;
}

/**
 * The config for one file, or null when an `ignores` pattern of the config covers it.
 *
 * @throws {ConfigError} when the config is invalid.
 */
export function resolveFileConfig(
  filePath: string | undefined,
  options: LintRunOptions,
): ResolvedConfig | null {
  // Each file's config is resolved twice (is it ignored? then to lint it), and often every file
  // gets the same one: resolutions are remembered per run options, per path, or once for all
  // paths when no config object has `files` or `ignores` (then the path changes nothing).
  if (filePath === undefined) return resolveUncached(filePath, options);
  let memo = resolvedByOptions.get(options);
  if (!memo) {
    memo = { pathFree: !mentionsPaths(options.lintConfig.config), byPath: new Map() };
    resolvedByOptions.set(options, memo);
  }
  const key = memo.pathFree ? '' : filePath;
  let resolved = memo.byPath.get(key);
  if (resolved === undefined) {
    resolved = resolveUncached(filePath, options);
    memo.byPath.set(key, resolved);
  }
  return resolved;
}

interface ResolvedMemo {
  /** True when no config object has `files` or `ignores`: every path resolves alike. */
  pathFree: boolean;
  byPath: Map<string, ResolvedConfig | null>;
}

const resolvedByOptions = new WeakMap<LintRunOptions, ResolvedMemo>();

/** True when some object of a flat config (arrays nest) has `files` or `ignores`. */
function mentionsPaths(config: unknown): boolean {
  if (Array.isArray(config)) return config.some(mentionsPaths);
  return (
    typeof config === 'object' && config !== null && ('files' in config || 'ignores' in config)
  );
}

function resolveUncached(
  filePath: string | undefined,
  options: LintRunOptions,
): ResolvedConfig | null {
  const { lintConfig } = options;
  const resolved = resolveConfig(lintConfig.config, filePath, {
    cwd: lintConfig.basePath,
    source: lintConfig.source,
  });
  if (!resolved) return resolved;
  if (options.reportUnusedDirectives) {
    resolved.reportUnusedDirectives = resolved.reportUnusedDirectives === 2 ? 2 : 1;
  }
  // Shared by every file it applies to: frozen, the linter works out the rules it turns on once.
  for (const entry of Object.values(resolved.rules)) Object.freeze(entry);
  Object.freeze(resolved.rules);
  return resolved;
}

/**
 * Lints one text with its resolved config.
 *
 * @returns the ESLint-shaped result; with a fix mode, `output` holds the fixed text when it changed.
 */
export function lintOne(
  text: string,
  filePath: string | undefined,
  config: ResolvedConfig,
  options: LintRunOptions,
): LintResult {
  return lintWithConfig(text, {
    config,
    rules,
    ...(filePath !== undefined ? { filePath } : {}),
    ...(options.context ? { context: options.context } : {}),
    ...(options.fix || options.fixDryRun ? { fix: true } : {}),
    cwd: options.lintConfig.basePath,
  });
}

/** The warning ESLint gives for a file named on the command line that is ignored. */
export function ignoredFileResult(filePath: string): LintResult {
  return warningResult(
    filePath,
    'File ignored because it matches an ignore pattern (.sincerelyignore or the config\'s "ignores"); remove the pattern to lint it.',
  );
}

/**
 * Lints one file from disk (or its text, when it was read ahead); with `fix`, writes it back only
 * when fixing changed its text.
 *
 * @returns the result (a warning result when an `ignores` pattern covers the file).
 * @throws {CliError} when the file cannot be read or written.
 */
export async function lintFile(
  file: string,
  cwd: string,
  options: LintRunOptions,
  readAhead?: string,
): Promise<LintResult> {
  const config = resolveFileConfig(file, options);
  if (!config) return ignoredFileResult(file);
  const text = readAhead ?? (await readText(file, cwd));
  const result = lintOne(text, file, config, options);
  if (options.fix && result.output !== undefined && result.output !== text) {
    await writeText(file, result.output, cwd);
  }
  return result;
}

/**
 * Lints files one after another, showing progress on a terminal; a large run's files are read
 * ahead on a worker thread (see `read-ahead.ts`). With `fix`, a file is written only when fixing
 * changed its text.
 *
 * @returns one result per file, in the order given.
 * @throws {CliError} when a file cannot be read or written.
 */
export async function lintFiles(
  files: readonly string[],
  io: CliIO,
  options: LintRunOptions,
): Promise<LintResult[]> {
  const progress = createProgress(io, files.length);
  const results: LintResult[] = [];
  const ahead = startReadAhead(files);
  try {
    for (const file of files) {
      results.push(await lintFile(file, io.cwd, options, ahead?.takeNext()));
      progress.tick();
    }
  } finally {
    ahead?.stop();
    progress.done();
  }
  return results;
}

/**
 * Reads a file. A synchronous read: linting is CPU-bound and reads one file at a time, and
 * `fs/promises.readFile` costs ≈ 0.1 ms of CPU per file (open, fstat, read, close, each a
 * round trip through the thread pool) against ≈ 0.01 ms for `readFileSync` — a third of the
 * lint time of a 3,000-email run.
 */
async function readText(file: string, cwd: string): Promise<string> {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'read error';
    throw new CliError(`Cannot read ${relative(cwd, file) || file}: ${code}.`, { cause: error });
  }
}

async function writeText(file: string, text: string, cwd: string): Promise<void> {
  try {
    await writeFile(file, text, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'write error';
    throw new CliError(`Cannot write the fixed ${relative(cwd, file) || file}: ${code}.`, {
      cause: error,
    });
  }
}
