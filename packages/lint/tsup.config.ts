import { defineConfig } from 'tsup';
import { baseConfig } from '../../tsup.config.base.js';

export default defineConfig({
  ...baseConfig,
  // Resolved where the package is used (package.json "imports"): Node loads each on first use.
  external: ['#deps'],
});
