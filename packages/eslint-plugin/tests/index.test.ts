import { Linter as Linter10, type ESLint, type Linter as LinterType } from 'eslint';
import * as parser from '@typescript-eslint/parser';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { presets, rules as catalogRules } from '@sincerely/lint';
import plugin, { copyRules, TEMPLATE_FILES, templateLanguage } from '../src/index.js';
import { eslintVersions } from './eslint-versions.js';

// The type test: the plugin is an ESLint plugin, and its configs are flat config objects.
plugin satisfies ESLint.Plugin;
plugin.configs.recommended satisfies LinterType.Config;
plugin.configs['copy-strict'] satisfies LinterType.Config;

describe('eslint-plugin-sincerely', () => {
  it('is typed as an ESLint plugin', () => {
    expectTypeOf(plugin).toExtend<ESLint.Plugin>();
    expectTypeOf(plugin.languages.template).toEqualTypeOf(templateLanguage);
  });

  it('registers every catalog rule as the very same object, for the template language', () => {
    for (const [id, rule] of Object.entries(catalogRules)) {
      expect(plugin.rules[id]).toBe(rule);
      expect(rule.meta.languages).toEqual(['sincerely/template']);
    }
  });

  it('registers a copy rule for every catalog rule, with its messages and docs page', () => {
    expect(Object.keys(copyRules).sort()).toEqual(
      Object.keys(catalogRules)
        .map((id) => `copy-${id}`)
        .sort(),
    );
    for (const [id, rule] of Object.entries(catalogRules)) {
      const copy = copyRules[`copy-${id}`]!;
      expect(plugin.rules[`copy-${id}`]).toBe(copy);
      expect(copy.meta.messages).toBe(rule.meta.messages);
      expect(copy.meta.docs?.url).toBe(rule.meta.docs.url);
      expect(copy.meta.fixable).toBe(rule.meta.fixable);
    }
  });

  it('declares the languages of every rule: templates for catalog rules, JavaScript for copy rules', () => {
    const ids = Object.keys(plugin.rules);
    expect(ids).toHaveLength(Object.keys(catalogRules).length * 2);
    for (const id of ids) {
      const { meta } = plugin.rules[id] as { meta?: { languages?: unknown } };
      expect([id, meta?.languages]).toEqual([
        id,
        id.startsWith('copy-') ? ['js/js'] : ['sincerely/template'],
      ]);
    }
  });

  it.each(Object.keys(presets) as (keyof typeof presets)[])(
    'builds the %s configs from the preset',
    (name) => {
      const preset = presets[name];
      const config = plugin.configs[name];
      expect(config).toMatchObject({ name: `sincerely/${name}`, language: 'sincerely/template' });
      expect(config.plugins['sincerely']).toBe(plugin);
      expect(config.files).toEqual(
        expect.arrayContaining(['**/*.hbs', '**/*.liquid', '**/*.html', '**/*.txt']),
      );
      expect(config.files).not.toContain('**/*');
      expect(Object.keys(config.rules)).toEqual(
        Object.keys(preset.rules ?? {}).map((id) => `sincerely/${id}`),
      );
      expect(Object.keys(plugin.configs[`copy-${name}`].rules)).toEqual(
        Object.keys(preset.rules ?? {}).map((id) => `sincerely/copy-${id}`),
      );
    },
  );

  it('leaves Markdown out of the template files', () => {
    expect(TEMPLATE_FILES).not.toContain('**/*.md');
  });
});

describe('the rules’ languages on ESLint 10, which checks them', () => {
  const run = (code: string, filename: string, rules: Record<string, 'warn'>) =>
    new Linter10().verify(
      code,
      [
        { files: ['**/*.txt'], plugins: { sincerely: plugin }, language: 'sincerely/template' },
        { files: ['**/*.tsx'], plugins: { sincerely: plugin }, languageOptions: { parser } },
        { rules },
      ] as never,
      { filename },
    );

  it('refuses a copy rule on a template and a catalog rule on code', () => {
    expect(() => run('Hi!!', 'a.txt', { 'sincerely/copy-no-shouting': 'warn' })).toThrow(
      /do not support the language "sincerely\/template"/u,
    );
    expect(() => run('const a = 1;', 'a.tsx', { 'sincerely/no-shouting': 'warn' })).toThrow(
      /do not support the language "js\/js"/u,
    );
  });

  it('runs each where it belongs', () => {
    expect(run('Hi!!', 'a.txt', { 'sincerely/no-shouting': 'warn' })).toHaveLength(1);
    expect(
      run('const a = <Text>Hi!!</Text>;', 'a.tsx', { 'sincerely/copy-no-shouting': 'warn' }),
    ).toHaveLength(1);
  });
});

describe.each(eslintVersions)('the configs on $label', ({ Linter }) => {
  it('lint a template file and a TSX file', () => {
    const linter = new Linter();
    const config = [
      plugin.configs.recommended,
      { ...plugin.configs['copy-recommended'], languageOptions: { parser } },
    ] as never;
    const template = linter.verify('Hi there,\n\nOnly 2 days left!!', config, {
      filename: 'a.txt',
    });
    const tsx = linter.verify('const a = <Text>Only 2 days left!!</Text>;', config, {
      filename: 'a.tsx',
    });
    const summary = (messages: LinterType.LintMessage[]) =>
      messages.map((m) => [m.ruleId, m.line, m.column]);
    expect(summary(template)).toEqual([
      ['sincerely/no-false-urgency', 3, 1],
      ['sincerely/no-shouting', 3, 17],
    ]);
    expect(summary(tsx)).toEqual([
      ['sincerely/copy-no-false-urgency', 1, 17],
      ['sincerely/copy-no-shouting', 1, 33],
    ]);
    expect(
      linter.verifyAndFix('const a = <Text>Only 2 days left!!</Text>;', config, {
        filename: 'a.tsx',
      }).output,
    ).toBe('const a = <Text>Only 2 days left!</Text>;');
  });

  it('follow the names passed to a configured call to their const, and lint ternary branches', () => {
    const linter = new Linter();
    const config = [
      { ...plugin.configs['copy-recommended'], languageOptions: { parser } },
    ] as never;
    const code = [
      "const subject = 'Act now';",
      "const body = vip ? 'Only 2 days left!!' : 'Hi Sam';",
      'sendEmail({ subject, body });',
    ].join('\n');
    const messages = linter.verify(code, config, { filename: 'send.ts' });
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn])).toEqual([
      ['sincerely/copy-no-false-urgency', 1, 18, 25],
      ['sincerely/copy-no-false-urgency', 2, 21, 37],
      ['sincerely/copy-no-shouting', 2, 37, 39],
    ]);
    expect(linter.verifyAndFix(code, config, { filename: 'send.ts' }).output).toBe(
      code.replace('left!!', 'left!'),
    );
  });
});
