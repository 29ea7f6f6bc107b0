import type { Options } from 'tsup';

/** Shared build settings: ESM + CJS + declarations, spread into each package's tsup.config.ts. */
export const baseConfig: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
};
