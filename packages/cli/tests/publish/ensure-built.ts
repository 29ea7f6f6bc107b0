/**
 * Tests that read the built packages (`dist`) build a package only when its `dist` is missing: on
 * a fresh clone, `npm ci` already built everything through the root `prepare` script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The published packages, in build order. */
export const PACKAGE_DIRS = ['core', 'lint', 'cli', 'eslint-plugin'].map((name) =>
  fileURLToPath(new URL(`../../../${name}/`, import.meta.url)),
);

/** Builds each of `packageDirs` whose `dist` lacks its entry points. */
export function ensureBuilt(packageDirs: readonly string[] = PACKAGE_DIRS): void {
  for (const dir of packageDirs) {
    const built = ['index.js', 'index.cjs', 'index.d.ts'].every((file) =>
      existsSync(`${dir}dist/${file}`),
    );
    if (built) continue;
    const result = spawnSync(
      process.execPath,
      [`${REPO_ROOT}node_modules/tsup/dist/cli-default.js`],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) {
      throw new Error(`Building ${dir} failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
}
