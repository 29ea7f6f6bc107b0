import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { CliError } from '../cli-error.js';

/** The ignore file `sincerely lint` reads from the working directory (gitignore syntax). */
export const IGNORE_FILE_NAME = '.sincerelyignore';

/**
 * Reads `.sincerelyignore` in `cwd`, if there is one.
 *
 * @returns a predicate telling whether an absolute path is ignored; never true for a path outside
 *   `cwd`.
 * @throws {CliError} when the file exists but cannot be read.
 */
export async function readIgnoreFile(cwd: string): Promise<(path: string) => boolean> {
  let text: string;
  try {
    text = await readFile(join(cwd, IGNORE_FILE_NAME), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return () => false;
    throw new CliError(`Cannot read ${IGNORE_FILE_NAME}: ${code ?? 'read error'}.`, {
      cause: error,
    });
  }
  // Loaded only when there is an ignore file: most runs have none, and Node reads through all of
  // this CommonJS package (50 KB) to list its exports when an ES module imports it.
  const { default: ignore } = await import('ignore');
  const matcher = ignore().add(text);
  return (path) => {
    const relativePath = relative(cwd, path);
    if (!relativePath || relativePath.startsWith('..') || isAbsolute(relativePath)) return false;
    return matcher.ignores(relativePath.split(sep).join('/'));
  };
}
