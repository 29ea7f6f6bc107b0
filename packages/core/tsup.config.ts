import { defineConfig } from 'tsup';
import { baseConfig } from '../../tsup.config.base.js';

export default defineConfig({
  ...baseConfig,
  // Resolved where core is used (package.json "imports"): Node gets compromise's one-file build.
  external: ['#compromise-two'],
});
