/**
 * Engine fixtures: each folder under `fixtures/` holds an `input.*`, the `options.ts` passed to
 * `lintText`, and the expected `output.json` (the `LintResult`). Run with `UPDATE_FIXTURES=1` to
 * rewrite the outputs, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LintTextOptions } from '../../src/config/config-types.js';
import { lintText } from '../../src/linter.js';

const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const update = process.env.UPDATE_FIXTURES === '1';

describe('lintText fixtures', () => {
  it.each(readdirSync(fixturesDir).sort())('%s', async (name) => {
    const dir = `${fixturesDir}${name}/`;
    const input = readdirSync(dir).find((file) => file.startsWith('input.'));
    if (!input) throw new Error(`${name}: no input.* file.`);
    const options = (
      (await import(`./fixtures/${name}/options.ts`)) as { default: LintTextOptions }
    ).default;
    const text = readFileSync(`${dir}${input}`, 'utf8');
    const result = lintText(text, { filePath: input, ...options });
    const outputPath = `${dir}output.json`;
    const actual = `${JSON.stringify(result, null, 2)}\n`;
    if (update) writeFileSync(outputPath, actual);
    if (!existsSync(outputPath))
      throw new Error(`${name}: no output.json; run with UPDATE_FIXTURES=1 and review it.`);
    expect(actual).toBe(readFileSync(outputPath, 'utf8'));
  });
});
