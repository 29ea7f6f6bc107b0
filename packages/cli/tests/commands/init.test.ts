import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@sincerely/lint';
import { presets } from '@sincerely/lint';
import { renderStarterConfig } from '../../src/commands/init.js';
import { ExitCode } from '../../src/io.js';
import { runCli } from '../run-cli.js';
import { createTempProject, TEMPLATES } from '../temp-project.js';

describe('sincerely init', () => {
  it('writes sincerely.config.mjs with the recommended preset, prints it, and lint uses it', async () => {
    const dir = createTempProject({ 'emails/follow-up.txt': TEMPLATES.shouting });
    const run = await runCli(['init'], dir);
    expect(run.code).toBe(ExitCode.Ok);
    expect(run.err).toBe('');
    const written = readFileSync(join(dir, 'sincerely.config.mjs'), 'utf8');
    expect(run.out).toContain('Wrote sincerely.config.mjs with the recommended preset:');
    expect(run.out).toContain(written);
    for (const id of Object.keys(presets.recommended.rules ?? {})) {
      expect(written).toContain(`'${id}': `);
    }

    // Lint reads the written file: turn one rule off in it and the warning goes away.
    const before = JSON.parse((await runCli(['lint', '-f', 'json'], dir)).out) as LintResult[];
    expect(before[0]!.messages.map((message) => message.ruleId)).toEqual(['no-shouting']);
    writeFileSync(
      join(dir, 'sincerely.config.mjs'),
      written.replace(`'no-shouting': 'warn'`, `'no-shouting': 'off'`),
    );
    const after = JSON.parse((await runCli(['lint', '-f', 'json'], dir)).out) as LintResult[];
    expect(after[0]!.messages).toEqual([]);
  });

  it('refuses to overwrite an existing config', async () => {
    const dir = createTempProject({ 'sincerely.config.json': '[]' });
    expect(await runCli(['init'], dir)).toEqual({
      code: ExitCode.Fatal,
      out: '',
      err: 'sincerely init: sincerely.config.json already exists here; edit it, or delete it and run "sincerely init" again.\n',
    });
    expect(readFileSync(join(dir, 'sincerely.config.json'), 'utf8')).toBe('[]');
  });

  it('imports the preset when the project can import @sincerely/lint', () => {
    const text = renderStarterConfig({ importPresets: true });
    expect(text).toContain(`import { presets } from '@sincerely/lint';`);
    expect(text).toContain('  presets.recommended,\n');
    expect(text).toContain('    rules: {},\n');
  });

  it('rejects arguments it does not take', async () => {
    const dir = createTempProject({});
    const run = await runCli(['init', '--force'], dir);
    expect(run.code).toBe(ExitCode.Fatal);
    expect(run.err).toBe(
      'sincerely init: Unknown option or argument --force for "sincerely init"; run "sincerely init --help".\n',
    );
  });
});
