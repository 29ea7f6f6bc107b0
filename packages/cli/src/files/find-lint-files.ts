/**
 * Turns `sincerely lint` patterns into files: a file is taken as named, a folder is searched for
 * templates with a supported extension, anything else is a glob. `node_modules` and `.git` are
 * never searched, and a search skips a project's own documents (README.md, CHANGELOG.md …), which
 * sit next to templates but are not outreach; ignored files are left out.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { SUPPORTED_EXTENSIONS } from '@sincerely/lint';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from '../cli-error.js';

/** Folders no search goes into. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/**
 * A project's own documents: a folder or glob search never picks them up (naming one lints it).
 * Templates are often kept next to a README; linting it as an email would only add noise.
 */
export const PROJECT_DOCUMENTS: readonly string[] = [
  'README.md',
  'CHANGELOG.md',
  'CONTRIBUTING.md',
  'CODE_OF_CONDUCT.md',
  'LICENSE.md',
  'SECURITY.md',
];
const PROJECT_DOCUMENT_NAMES = new Set(PROJECT_DOCUMENTS.map((name) => name.toLowerCase()));

function isProjectDocument(path: string): boolean {
  return PROJECT_DOCUMENT_NAMES.has(basename(path).toLowerCase());
}

/** What `findLintFiles` needs. */
export interface FindLintFilesOptions {
  cwd: string;
  /** Files, folders and globs; `.` when empty. */
  patterns: readonly string[];
  /** Whether an absolute path is ignored (`.sincerelyignore`, config `ignores`). */
  isIgnored: (path: string) => boolean;
}

/** The files to lint. */
export interface LintFiles {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  /** Files named on the command line that an ignore pattern covers (ESLint warns about them). */
  ignoredFiles: string[];
}

function isSupported(path: string): boolean {
  const lower = path.toLowerCase();
  return SUPPORTED_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

async function statOrUndefined(
  path: string,
): Promise<Awaited<ReturnType<typeof stat>> | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

async function search(pattern: string, cwd: string): Promise<string[]> {
  const found = await glob(pattern, {
    cwd,
    absolute: true,
    dot: true,
    onlyFiles: true,
    ignore: ALWAYS_SKIPPED,
    expandDirectories: false,
  });
  return found
    .map((path) => resolve(path))
    .filter((path) => isSupported(path) && !isProjectDocument(path));
}

const EXTENSION_LIST = SUPPORTED_EXTENSIONS.join(', ');

/**
 * Expands patterns into the files to lint.
 *
 * @returns the files, and the explicitly named files that are ignored.
 * @throws {CliError} when a pattern matches nothing, or only ignored files.
 */
export async function findLintFiles(options: FindLintFilesOptions): Promise<LintFiles> {
  const { cwd, isIgnored } = options;
  const patterns = options.patterns.length > 0 ? options.patterns : ['.'];
  const files = new Set<string>();
  const ignoredFiles = new Set<string>();

  for (const pattern of patterns) {
    const path = resolve(cwd, pattern);
    const info = isDynamicPattern(pattern) ? undefined : await statOrUndefined(path);
    if (info?.isFile()) {
      if (isIgnored(path)) ignoredFiles.add(path);
      else files.add(path);
      continue;
    }
    let matched: string[];
    if (info?.isDirectory()) {
      matched = await search(`**/*{${SUPPORTED_EXTENSIONS.join(',')}}`, path);
    } else if (isDynamicPattern(pattern)) {
      matched = await search(pattern.replace(/\\/gu, '/'), cwd);
    } else {
      throw new CliError(`No such file or folder: ${pattern}.`);
    }
    if (matched.length === 0) {
      throw new CliError(
        `No files matching "${pattern}" were found: sincerely reads ${EXTENSION_LIST} files.`,
      );
    }
    const kept = matched.filter((file) => !isIgnored(file));
    if (kept.length === 0) {
      throw new CliError(
        `All files matched by "${pattern}" are ignored (by ${'.sincerelyignore'} or the config's "ignores").`,
      );
    }
    for (const file of kept) files.add(file);
  }
  return { files: [...files].sort(), ignoredFiles: [...ignoredFiles].sort() };
}
