import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Config file names, in the order they win when a folder has several. */
export const CONFIG_FILE_NAMES = [
  'sincerely.config.js',
  'sincerely.config.mjs',
  'sincerely.config.json',
] as const;

/**
 * Looks for a config file in `cwd`, then in each parent folder up to the file-system root.
 *
 * @returns the absolute path of the nearest config file, or undefined when there is none.
 */
export function findConfigFile(cwd: string): string | undefined {
  let dir = cwd;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
