import { defineConfig } from 'tsup';
import { baseConfig } from '../../tsup.config.base.js';

// `lint-worker` is the worker thread script of large lint runs; `shims` gives the CommonJS build
// an `import.meta.url` to find it with. Only the index has public types.
export default defineConfig({
  ...baseConfig,
  entry: ['src/index.ts', 'src/lint-worker.ts'],
  shims: true,
  dts: { ...(typeof baseConfig.dts === 'object' ? baseConfig.dts : {}), entry: 'src/index.ts' },
});
