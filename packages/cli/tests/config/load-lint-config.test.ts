import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@sincerely/lint';
import { ExitCode } from '../../src/io.js';
import { runCli } from '../run-cli.js';
import { createTempProject, TEMPLATES } from '../temp-project.js';

function ruleIds(out: string): (string | null)[] {
  return (JSON.parse(out) as LintResult[]).flatMap((result) =>
    result.messages.map((message) => message.ruleId),
  );
}

const CONFIG_OFF_SHOUTING = `export default [
  { rules: { 'no-shouting': 'off', 'no-unfilled-placeholder': 'error' } },
];
`;

describe('sincerely lint: config files', () => {
  it('uses the recommended preset when there is no config file', async () => {
    const dir = createTempProject({ 'a.txt': TEMPLATES.shouting });
    expect(ruleIds((await runCli(['lint', '-f', 'json'], dir)).out)).toEqual(['no-shouting']);
  });

  it('finds sincerely.config.mjs upward from cwd; patterns are relative to its folder', async () => {
    const dir = createTempProject({
      'sincerely.config.mjs': `export default [
  { rules: { 'no-shouting': 'error' } },
  { files: ['team/drafts/**'], rules: { 'no-shouting': 'off' } },
];
`,
      'team/follow-up.txt': TEMPLATES.shouting,
      'team/drafts/follow-up.txt': TEMPLATES.shouting,
    });
    const run = await runCli(['lint', '-f', 'json'], join(dir, 'team'));
    expect(run.code).toBe(ExitCode.LintErrors);
    const results = JSON.parse(run.out) as LintResult[];
    expect(results.map((result) => [result.filePath, result.errorCount])).toEqual([
      [join(dir, 'team/drafts/follow-up.txt'), 0],
      [join(dir, 'team/follow-up.txt'), 1],
    ]);
  });

  it('reads sincerely.config.json and sincerely.config.js', async () => {
    const json = createTempProject({
      'sincerely.config.json': JSON.stringify([{ rules: { 'no-shouting': 'off' } }]),
      'a.txt': TEMPLATES.shouting,
    });
    expect(ruleIds((await runCli(['lint', '-f', 'json'], json)).out)).toEqual([]);
    const js = createTempProject({
      'sincerely.config.js': CONFIG_OFF_SHOUTING,
      'a.txt': TEMPLATES.shouting,
    });
    expect(ruleIds((await runCli(['lint', '-f', 'json'], js)).out)).toEqual([]);
  });

  it('--config picks a file, --no-config-lookup ignores the one found', async () => {
    const dir = createTempProject({
      'sincerely.config.mjs': CONFIG_OFF_SHOUTING,
      'ci/strict.config.json': JSON.stringify({ rules: { 'no-shouting': 'error' } }),
      'a.txt': TEMPLATES.shouting,
    });
    expect(ruleIds((await runCli(['lint', 'a.txt', '-f', 'json'], dir)).out)).toEqual([]);
    const picked = await runCli(['lint', 'a.txt', '-c', 'ci/strict.config.json'], dir);
    expect(picked.code).toBe(ExitCode.LintErrors);
    const noLookup = await runCli(['lint', 'a.txt', '--no-config-lookup', '-f', 'json'], dir);
    expect(ruleIds(noLookup.out)).toEqual(['no-shouting']);
    expect(noLookup.code).toBe(ExitCode.Ok);
  });

  it('an invalid rule option is exit 2 with a message naming the file, rule and value', async () => {
    const dir = createTempProject({
      'sincerely.config.mjs': `export default [{ rules: { 'max-words': ['warn', { max: 'lots' }] } }];\n`,
      'a.txt': TEMPLATES.clean,
    });
    const run = await runCli(['lint'], dir);
    expect(run.code).toBe(ExitCode.Fatal);
    expect(run.out).toBe('');
    expect(run.err).toMatch(
      /^sincerely lint: sincerely\.config\.mjs: config\[0\]\.rules\["max-words"\]: .*"lots".*\n$/u,
    );
  });

  it('an unknown rule id suggests the closest one', async () => {
    const dir = createTempProject({
      'sincerely.config.json': JSON.stringify([{ rules: { 'no-shoutin': 'warn' } }]),
      'a.txt': TEMPLATES.clean,
    });
    const run = await runCli(['lint'], dir);
    expect(run).toMatchObject({ code: ExitCode.Fatal, out: '' });
    expect(run.err).toBe(
      'sincerely lint: sincerely.config.json: config[0].rules["no-shoutin"]: unknown rule "no-shoutin"; did you mean "no-shouting"?\n',
    );
  });

  it('a config file that cannot be read, parsed or imported is exit 2, naming it', async () => {
    const dir = createTempProject({
      'broken.json': '[{ "rules": { "no-shouting": "off" }, }]',
      'syntax.mjs': 'export default [{ rules: { ',
      'nodefault.mjs': 'export const config = [];\n',
      'config.yaml': 'rules: {}\n',
      'a.txt': TEMPLATES.clean,
    });
    const lines = async (config: string) => (await runCli(['lint', '-c', config], dir)).err;
    expect(await lines('missing.json')).toBe(
      'sincerely lint: Cannot read the config file missing.json: no such file.\n',
    );
    expect(await lines('broken.json')).toMatch(
      /^sincerely lint: broken\.json is not valid JSON \(line \d+, column \d+\): check the quotes/u,
    );
    expect(await lines('syntax.mjs')).toMatch(
      /^sincerely lint: Cannot load the config file syntax\.mjs: /u,
    );
    expect(await lines('nodefault.mjs')).toBe(
      'sincerely lint: nodefault.mjs has no default export: write `export default [ … ]` with your config objects.\n',
    );
    expect(await lines('config.yaml')).toBe(
      'sincerely lint: Cannot load the config file config.yaml: use a .js, .mjs, .cjs or .json file.\n',
    );
    for (const config of ['missing.json', 'broken.json', 'syntax.mjs']) {
      const run = await runCli(['lint', '-c', config], dir);
      expect(run.code).toBe(ExitCode.Fatal);
      expect(run.err.split('\n')).toHaveLength(2);
    }
  });
});

describe('sincerely lint --rule', () => {
  it('sets severities and options on top of the config', async () => {
    const dir = createTempProject({ 'a.txt': TEMPLATES.shouting, 'b.hbs': TEMPLATES.placeholder });
    const off = await runCli(['lint', '--rule', 'no-shouting: off', '-f', 'json'], dir);
    expect(ruleIds(off.out)).toEqual(['no-unfilled-placeholder']);
    const tuned = await runCli(
      [
        'lint',
        'a.txt',
        '--rule',
        'max-words: ["error", {"max": 10}]',
        '--rule',
        'no-shouting: 0',
        '-f',
        'json',
      ],
      dir,
    );
    expect(ruleIds(tuned.out)).toEqual(['max-words']);
    expect(tuned.code).toBe(ExitCode.LintErrors);
  });

  it('names the flag, rule and value when a --rule is wrong', async () => {
    const dir = createTempProject({ 'a.txt': TEMPLATES.clean });
    const value = await runCli(['lint', '--rule', 'max-words: ["warn", {"max": "lots"}]'], dir);
    expect(value.code).toBe(ExitCode.Fatal);
    expect(value.err).toMatch(/^sincerely lint: --rule: config\.rules\["max-words"\]: .*"lots"/u);
    const severity = await runCli(['lint', '--rule', 'no-shouting: loud'], dir);
    expect(severity.err).toMatch(
      /^sincerely lint: --rule: config\.rules\["no-shouting"\]: the severity must be/u,
    );
    const json = await runCli(['lint', '--rule', 'max-words: ["warn", {max: 5}]'], dir);
    expect(json.err).toMatch(/^sincerely lint: --rule "max-words": the setting is not valid JSON/u);
    const shape = await runCli(['lint', '--rule', 'no-shouting'], dir);
    expect(shape.err).toBe(
      `sincerely lint: --rule expects "id: severity" or 'id: ["warn", { … }]', got "no-shouting".\n`,
    );
  });
});

describe('sincerely lint: ignores', () => {
  it("skips node_modules, .git, .sincerelyignore and the config's global ignores", async () => {
    const dir = createTempProject({
      '.sincerelyignore': '# archived campaigns\narchive/\n',
      'sincerely.config.json': JSON.stringify([
        { ignores: ['drafts/**'] },
        { rules: { 'no-shouting': 'warn' } },
      ]),
      'node_modules/pkg/readme.txt': TEMPLATES.placeholder,
      '.git/description.txt': TEMPLATES.placeholder,
      'archive/2023.txt': TEMPLATES.placeholder,
      'drafts/next.txt': TEMPLATES.placeholder,
      'emails/follow-up.txt': TEMPLATES.shouting,
    });
    const run = await runCli(['lint', '-f', 'json'], dir);
    const results = JSON.parse(run.out) as LintResult[];
    expect(results.map((result) => result.filePath)).toEqual([join(dir, 'emails/follow-up.txt')]);
    expect(run.code).toBe(ExitCode.Ok);
  });

  it('warns about an ignored file named on the command line, and fails when a folder is all ignored', async () => {
    const dir = createTempProject({
      '.sincerelyignore': 'archive/\n',
      'archive/2023.txt': TEMPLATES.placeholder,
    });
    const named = await runCli(['lint', 'archive/2023.txt', '-f', 'json'], dir);
    expect(named.code).toBe(ExitCode.Ok);
    expect(JSON.parse(named.out)).toMatchObject([
      {
        filePath: join(dir, 'archive/2023.txt'),
        warningCount: 1,
        messages: [{ ruleId: null, severity: 1 }],
      },
    ]);
    const folder = await runCli(['lint', 'archive'], dir);
    expect(folder.code).toBe(ExitCode.Fatal);
    expect(folder.err).toMatch(/^sincerely lint: All files matched by "archive" are ignored/u);
  });

  it('lints an explicitly named file whatever its extension, but globs only supported ones', async () => {
    const dir = createTempProject({ 'notes/intro.eml': TEMPLATES.placeholder });
    mkdirSync(join(dir, 'empty'));
    const named = await runCli(['lint', 'notes/intro.eml', '-f', 'json'], dir);
    expect(ruleIds(named.out)).toEqual(['no-unfilled-placeholder']);
    expect((await runCli(['lint', 'notes'], dir)).code).toBe(ExitCode.Fatal);
    expect((await runCli(['lint', 'empty'], dir)).err).toMatch(
      /No files matching "empty" were found/u,
    );
  });
});
