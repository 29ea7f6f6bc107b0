import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Tests run against the TypeScript sources; the packed artifacts are checked by publint tests. */
export default defineConfig({
  resolve: {
    alias: {
      '@sincerely/core': fromRoot('./packages/core/src/index.ts'),
      '@sincerely/lint': fromRoot('./packages/lint/src/index.ts'),
    },
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
