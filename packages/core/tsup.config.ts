import { defineConfig } from 'tsup';
import { baseConfig } from '../../tsup.config.base.js';

export default defineConfig({
  ...baseConfig,
  // `checks` is what linting a message needs, without the model's schemas (see src/checks.ts).
  entry: ['src/index.ts', 'src/checks.ts'],
  // Resolved where core is used (package.json "imports"): Node loads compromise on first use.
  external: ['#load-compromise'],
});
