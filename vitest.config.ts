import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Tests run against the TypeScript sources; the packed artifacts are checked by publint tests and
 * the built CLI by `packages/cli/tests/bin`. Lint's `#deps` is read from its ES module version here,
 * so that what it loads of core is the sources too (Node's `index.cjs` would load core's `dist`).
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@sincerely\/core$/u, replacement: fromRoot('./packages/core/src/index.ts') },
      {
        find: /^@sincerely\/core\/checks$/u,
        replacement: fromRoot('./packages/core/src/checks.ts'),
      },
      { find: /^@sincerely\/lint$/u, replacement: fromRoot('./packages/lint/src/index.ts') },
      { find: /^#deps$/u, replacement: fromRoot('./packages/lint/deps/index.js') },
    ],
  },
  test: {
    projects: [
      ...['core', 'lint', 'cli', 'eslint-plugin'].map((name) => ({
        extends: true as const,
        test: { name, root: fromRoot(`./packages/${name}`), include: ['tests/**/*.test.ts'] },
      })),
      {
        extends: true as const,
        test: { name: 'examples', root: fromRoot('./examples'), include: ['*/tests/**/*.test.ts'] },
      },
    ],
    testTimeout: 20_000,
  },
});
