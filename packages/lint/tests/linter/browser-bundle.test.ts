/**
 * The package must run in a browser: bundling it for `platform: 'browser'` must succeed without
 * Node built-ins, and the bundle must lint a template.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Lint from '../../src/index.js';

const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
const core = fileURLToPath(new URL('../../../core/src/index.ts', import.meta.url));
const checks = fileURLToPath(new URL('../../../core/src/checks.ts', import.meta.url));

describe('browser bundle', () => {
  it('bundles for the browser without Node built-ins and lints', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      alias: { '@sincerely/core/checks': checks, '@sincerely/core': core },
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((path) => path.startsWith('node:'))).toEqual([]);
    const code = result.outputFiles[0]!.text;
    const module = (await import(
      `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
    )) as typeof Lint;
    const lint = module.lintText('Hi [FIRST NAME]!!', { filePath: 'draft.txt' });
    expect(lint.messages.map((message) => message.ruleId)).toEqual([
      'no-unfilled-placeholder',
      'no-shouting',
    ]);
  }, 60_000);
});
