import type { Linter as LinterTypes } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { templateLanguage } from '../../src/index.js';
import { eslintVersions } from '../eslint-versions.js';

const rules = { 'sincerely/no-false-urgency': 'warn', 'sincerely/no-shouting': 'error' } as const;
const config = (extra: object = {}): never =>
  [
    {
      files: ['**/*.hbs', '**/*.liquid', '**/*.html', '**/*.txt'],
      plugins: { sincerely: plugin },
      language: 'sincerely/template',
      rules,
    },
    extra,
  ] as never;

const URGENT = 'Only 2 days left to decide.';

describe.each(eslintVersions)('sincerely/template on $label', ({ Linter }) => {
  const lint = (text: string, filename: string, extra?: object) => {
    const linter = new Linter();
    const messages = linter.verify(text, config(extra), { filename });
    // `getSuppressedMessages` exists on both versions' Linter but is missing from ESLint 10's types.
    const { getSuppressedMessages } = linter as unknown as {
      getSuppressedMessages(): LinterTypes.SuppressedLintMessage[];
    };
    return { messages, suppressed: getSuppressedMessages.call(linter) };
  };

  it('reports with 1-based lines and columns, end exclusive', () => {
    const { messages } = lint(`Hi Sam,\n\n${URGENT}`, 'note.txt');
    expect(messages).toMatchObject([
      {
        ruleId: 'sincerely/no-false-urgency',
        severity: 1,
        messageId: 'falseUrgency',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 17,
      },
    ]);
  });

  it('honours eslint-disable-next-line in a Handlebars comment, keeping its justification', () => {
    const text = `Hi Sam,\n\n{{!-- eslint-disable-next-line sincerely/no-false-urgency -- approved by legal --}}\n${URGENT}`;
    const { messages, suppressed } = lint(text, 'note.hbs');
    expect(messages).toEqual([]);
    expect(suppressed).toMatchObject([
      {
        ruleId: 'sincerely/no-false-urgency',
        line: 4,
        suppressions: [{ kind: 'directive', justification: 'approved by legal' }],
      },
    ]);
  });

  it('honours eslint-disable and eslint-enable in Liquid comments', () => {
    const text = [
      '{% comment %}eslint-disable sincerely/no-false-urgency{% endcomment %}',
      URGENT,
      '',
      '{% comment %}eslint-enable sincerely/no-false-urgency{% endcomment %}',
      `Hi {{ contact.firstName | default: "there" }}. ${URGENT}`,
    ].join('\n');
    const { messages, suppressed } = lint(text, 'note.liquid');
    expect(messages).toMatchObject([{ ruleId: 'sincerely/no-false-urgency', line: 5, column: 48 }]);
    expect(suppressed).toMatchObject([{ ruleId: 'sincerely/no-false-urgency', line: 2 }]);
  });

  it('honours eslint-disable-line in an HTML comment', () => {
    const text = `<p>${URGENT} <!-- eslint-disable-line sincerely/no-false-urgency --></p>\n<p>GREAT NEWS!!</p>`;
    const { messages } = lint(text, 'note.html');
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['sincerely/no-shouting', 2],
      ['sincerely/no-shouting', 2],
    ]);
  });

  it('reports an unused directive and removes it with --fix', () => {
    const text = `Thanks for the call, Sam.\n{{!-- eslint-disable-next-line sincerely/no-false-urgency --}}\nTalk soon.`;
    const options = { linterOptions: { reportUnusedDisableDirectives: 'error' } };
    const { messages } = lint(text, 'note.hbs', options);
    expect(messages).toMatchObject([
      {
        ruleId: null,
        severity: 2,
        message:
          "Unused eslint-disable directive (no problems were reported from 'sincerely/no-false-urgency').",
        line: 2,
        column: 1,
      },
    ]);
    const fixed = new Linter().verifyAndFix(text, config(options), { filename: 'note.hbs' });
    expect(fixed.output).toBe('Thanks for the call, Sam.\n \nTalk soon.');
  });

  it('removes only the unused rule from a directive that names two', () => {
    const text = `{{!-- eslint-disable-next-line sincerely/no-shouting, sincerely/no-false-urgency --}}\n${URGENT}`;
    const options = { linterOptions: { reportUnusedDisableDirectives: 'warn' } };
    const fixed = new Linter().verifyAndFix(text, config(options), { filename: 'note.hbs' });
    expect(fixed.output).toBe(
      `{{!-- eslint-disable-next-line sincerely/no-false-urgency --}}\n${URGENT}`,
    );
  });

  it('also honours the standalone runner’s sincerely-* directives', () => {
    const text = `{{!-- sincerely-disable-next-line no-false-urgency -- approved by legal --}}\n${URGENT}`;
    const { messages, suppressed } = lint(text, 'note.hbs');
    expect(messages).toEqual([]);
    expect(suppressed).toMatchObject([
      {
        ruleId: 'sincerely/no-false-urgency',
        suppressions: [{ justification: 'approved by legal' }],
      },
    ]);
  });

  it('asks for the plugin prefix when a sincerely-* directive names several rules without it', () => {
    const text = `{{!-- sincerely-disable no-false-urgency, no-shouting --}}\n${URGENT}`;
    const { messages } = lint(text, 'note.hbs');
    expect(messages).toMatchObject([
      { ruleId: null, line: 1, message: expect.stringContaining('"sincerely/no-false-urgency"') },
      { ruleId: 'sincerely/no-false-urgency', line: 2 },
    ]);
  });

  it('reads rule settings from an eslint comment', () => {
    const text = `{{!-- eslint sincerely/no-false-urgency: "off", sincerely/no-shouting: ["error", { "allow": ["FAQ"] }] --}}\n${URGENT} See the FAQ!!`;
    const { messages } = lint(text, 'note.hbs');
    expect(messages.map((m) => m.ruleId)).toEqual(['sincerely/no-shouting']);
  });

  it('warns only about directive comments when inline config is off', () => {
    const text = `{{!-- a note for the team --}}\n{{!-- eslint-disable sincerely/no-shouting --}}\nThanks, Sam.`;
    const { messages } = lint(text, 'note.hbs', { linterOptions: { noInlineConfig: true } });
    expect(messages).toMatchObject([{ ruleId: null, severity: 1, line: 2 }]);
  });

  it('shows a broken template as a parsing error', () => {
    const { messages } = lint('Hi {{firstName,\n\nThanks!', 'note.hbs');
    expect(messages).toMatchObject([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        line: 1,
        column: 4,
        message: expect.stringMatching(/^Parsing error: /u),
      },
    ]);
  });

  it('takes the syntax from languageOptions over the extension', () => {
    const text = `{{!-- eslint-disable-next-line sincerely/no-false-urgency --}}\n${URGENT}`;
    expect(lint(text, 'note.txt').messages).toHaveLength(1);
    expect(lint(text, 'note.txt', { languageOptions: { syntax: 'handlebars' } }).messages).toEqual(
      [],
    );
  });
});

describe('templateLanguage.validateLanguageOptions', () => {
  it('accepts a known syntax and nothing else', () => {
    expect(() => templateLanguage.validateLanguageOptions({ syntax: 'liquid' })).not.toThrow();
    expect(() => templateLanguage.validateLanguageOptions({ syntax: 'jinja' as never })).toThrow(
      /languageOptions\.syntax must be one of/u,
    );
    expect(() => templateLanguage.validateLanguageOptions({ parser: {} })).toThrow(
      /Unexpected key "parser"/u,
    );
  });
});
