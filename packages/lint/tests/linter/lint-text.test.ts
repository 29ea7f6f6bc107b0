import { beforeEach, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/config-types.js';
import { ConfigError } from '../../src/config/config-error.js';
import { lintText, lintWithConfig } from '../../src/linter.js';
import { RuleError } from '../../src/messages/rule-error.js';
import type { AnyRule, Severity } from '../../src/rule.js';
import { breaksFields, crashes, misreports, noBad, recorder } from './test-rules.js';

const testRules: Record<string, AnyRule> = {
  'no-bad': noBad,
  recorder: recorder.rule,
  crashes,
  misreports,
  'breaks-fields': breaksFields,
};

function config(
  rules: Record<string, [Severity, ...unknown[]]>,
  extra: Partial<ResolvedConfig> = {},
): ResolvedConfig {
  return { rules, languageOptions: {}, settings: {}, reportUnusedDirectives: 0, ...extra };
}

function lint(
  text: string,
  rules: Record<string, [Severity, ...unknown[]]>,
  options: { filePath?: string; fix?: boolean; extra?: Partial<ResolvedConfig> } = {},
) {
  return lintWithConfig(text, {
    config: config(rules, options.extra),
    rules: testRules,
    ...(options.filePath ? { filePath: options.filePath } : {}),
    ...(options.fix ? { fix: true } : {}),
  });
}

beforeEach(() => {
  recorder.visits.length = 0;
  recorder.seen.length = 0;
});

describe(lintWithConfig, () => {
  it('follows a config and a rule set changed in place between calls', () => {
    const shared = config({ 'no-bad': [2] });
    const registry: Record<string, AnyRule> = { ...testRules };
    const run = () =>
      lintWithConfig('This is bad.', { config: shared, rules: registry }).messages.map(
        (message) => `${message.ruleId}:${message.severity}`,
      );
    expect(run()).toEqual(['no-bad:2']);
    shared.rules['no-bad'] = [0];
    expect(run()).toEqual([]);
    shared.rules['no-bad'] = [1];
    expect(run()).toEqual(['no-bad:1']);
    (shared.rules['no-bad'] as [Severity])[0] = 2;
    expect(run()).toEqual(['no-bad:2']);
    shared.rules['no-such-rule'] = [2];
    expect(run).toThrow(RuleError);
    delete shared.rules['no-such-rule'];
    expect(run()).toEqual(['no-bad:2']);
    delete registry['no-bad'];
    expect(run).toThrow(RuleError);
  });

  it('calls Type and Type:exit visitors in document order', () => {
    lint('One.\n\nTwo.', { recorder: [1] });
    expect(recorder.visits).toEqual([
      'Document',
      'Paragraph',
      'Paragraph:exit',
      'Paragraph',
      'Paragraph:exit',
      'Document:exit',
    ]);
  });

  it('gives rules their id, merged options, filename, settings and syntax', () => {
    lintWithConfig('Hi.', {
      config: config({ recorder: [1, { flag: true }] }, { settings: { team: 'x' } }),
      rules: testRules,
      filePath: 'emails/a.hbs',
      context: { channel: 'email' },
    });
    expect(recorder.seen).toEqual([
      {
        id: 'recorder',
        options: [{ flag: true, list: ['a'] }],
        filename: 'emails/a.hbs',
        settings: { team: 'x', sincerely: { context: { channel: 'email' } } },
        syntax: 'handlebars',
      },
    ]);
  });

  it('chooses the syntax from languageOptions, then the extension, then text', () => {
    lint(
      'Hi.',
      { recorder: [1] },
      { filePath: 'a.liquid', extra: { languageOptions: { syntax: 'html' } } },
    );
    lint('Hi.', { recorder: [1] }, { filePath: 'a.liquid' });
    lint('Hi.', { recorder: [1] });
    expect(recorder.seen.map((seen) => (seen as { syntax: string }).syntax)).toEqual([
      'html',
      'liquid',
      'text',
    ]);
  });

  it('turns reports into sorted ESLint-shaped messages with counts', () => {
    const result = lint('A bad day.\n\nbad again, bad.', { 'no-bad': [2] });
    expect(
      result.messages.map((m) => [m.line, m.column, m.endLine, m.endColumn, m.message]),
    ).toEqual([
      [1, 3, 1, 6, 'Replace "bad".'],
      [3, 1, 3, 4, 'Replace "bad".'],
      [3, 12, 3, 15, 'Replace "bad".'],
    ]);
    expect(result.messages[0]).toMatchObject({
      ruleId: 'no-bad',
      severity: 2,
      messageId: 'bad',
      fix: { range: [2, 5], text: 'good' },
      suggestions: [
        {
          desc: 'Use "good".',
          messageId: 'useGood',
          data: { replacement: 'good' },
          fix: { range: [2, 5], text: 'good' },
        },
      ],
    });
    expect(result).toMatchObject({
      filePath: '<text>',
      errorCount: 3,
      warningCount: 0,
      fatalErrorCount: 0,
      fixableErrorCount: 3,
      fixableWarningCount: 0,
      source: 'A bad day.\n\nbad again, bad.',
      suppressedMessages: [],
      usedDeprecatedRules: [],
    });
    expect(result.output).toBeUndefined();
  });

  it('applies fixes with fix: true and returns the output only when it changed', () => {
    const result = lint(
      'A bad day.\n\nbad again.',
      { 'no-bad': [1, { replacement: 'fine' }] },
      { fix: true },
    );
    expect(result.output).toBe('A fine day.\n\nfine again.');
    expect(result.messages).toEqual([]);
    expect(result.source).toBeUndefined();
    expect(lint('All good.', { 'no-bad': [1] }, { fix: true }).output).toBeUndefined();
  });

  it('keeps a leading BOM out of positions and in the output', () => {
    const result = lint('\uFEFFbad', { 'no-bad': [1] }, { fix: true });
    expect(result.output).toBe('\uFEFFgood');
    const unfixed = lint('\uFEFFbad', { 'no-bad': [1] });
    expect(unfixed.messages[0]).toMatchObject({
      line: 1,
      column: 1,
      fix: { range: [0, 3], text: 'good' },
    });
  });

  it('drops a fix that would change a merge field, and keeps safe ones', () => {
    const text = 'Hey {{firstName}}, good to see you.';
    const result = lint(text, { 'breaks-fields': [1] }, { filePath: 'a.hbs' });
    expect(result.messages.map((m) => [m.column, m.fix])).toEqual([
      [1, { range: [0, 3], text: 'Hi' }],
      [5, undefined],
    ]);
    expect(result.fixableWarningCount).toBe(1);
    expect(lint(text, { 'breaks-fields': [1] }, { filePath: 'a.hbs', fix: true }).output).toBe(
      'Hi {{firstName}}, good to see you.',
    );
  });

  it('gives one fatal message for a template that does not parse', () => {
    const result = lint('Hello {{#broken', { 'no-bad': [2] }, { filePath: 'a.hbs' });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ ruleId: null, severity: 2, fatal: true });
    expect(result.messages[0]?.message).toMatch(/^Parsing error: /u);
    expect(result).toMatchObject({ errorCount: 1, fatalErrorCount: 1 });
  });

  it('throws a RuleError naming the rule and the file when a rule throws', () => {
    let error: unknown;
    try {
      lint('Hello.', { crashes: [2] }, { filePath: 'emails/a.txt' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).message).toBe(
      'Rule "crashes" failed while linting emails/a.txt:1: Cannot read properties of undefined',
    );
    expect((error as RuleError).ruleId).toBe('crashes');
    expect((error as RuleError).cause).toBeInstanceOf(TypeError);
  });

  it.each([
    [
      'id',
      'Rule "misreports" failed while linting <text>: the report uses messageId "nope", which is not in meta.messages.',
    ],
    [
      'data',
      'Rule "misreports" failed while linting <text>: message "needsData": the message needs data "value", but the report did not give it.',
    ],
    [
      'fix',
      'Rule "misreports" failed while linting <text>: the report has a fix, but meta.fixable is not set.',
    ],
  ])('throws a RuleError for an invalid report (%s)', (mode, message) => {
    expect(() => lint('Hi.', { misreports: [2, { mode }] })).toThrow(message);
  });
});

describe(lintText, () => {
  it('uses the recommended preset when no config is given', () => {
    const result = lintText('Hi [FIRST NAME],\n\nGreat to meet you!!', { filePath: 'hello.txt' });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ['no-unfilled-placeholder', 2, 1, 4],
      ['no-shouting', 1, 3, 18],
    ]);
    expect(result.filePath).toBe('hello.txt');
  });

  it('applies a flat config for the file and validates it', () => {
    const config = [
      { rules: { 'no-shouting': 'error' as const } },
      { files: ['**/*.hbs'], rules: { 'no-shouting': 'off' as const } },
    ];
    expect(lintText('Wow!!', { config, filePath: 'a.txt' }).errorCount).toBe(1);
    expect(lintText('Wow!!', { config, filePath: 'a.hbs' }).messages).toEqual([]);
    expect(() => lintText('Hi', { config: { rules: { 'no-shoutin': 'warn' } } })).toThrow(
      ConfigError,
    );
  });

  it('fixes in passes until stable', () => {
    const result = lintText('Great!!! See you soon!!', {
      fix: true,
      config: { rules: { 'no-shouting': 'warn' } },
    });
    expect(result.output).toBe('Great! See you soon!');
    expect(result.messages).toEqual([]);
  });

  it('suppresses messages with inline directives and reports unused ones when asked', () => {
    const text = [
      '{{!-- sincerely-disable-next-line no-shouting -- quoting the customer --}}',
      'They said: WOW!!',
      '{{!-- sincerely-disable-next-line max-words --}}',
      'Thanks!',
    ].join('\n');
    const result = lintText(text, { filePath: 'a.hbs', reportUnusedDirectives: 'warn' });
    expect(result.suppressedMessages.map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([
      ['no-shouting', 2, [{ kind: 'directive', justification: 'quoting the customer' }]],
    ]);
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.line, m.message])).toEqual([
      [
        null,
        1,
        3,
        'Unused "sincerely-disable-next-line" directive for "max-words": no problems were reported here, so you can remove it.',
      ],
    ]);
    const fixed = lintText(text, { filePath: 'a.hbs', reportUnusedDirectives: true, fix: true });
    expect(fixed.output).toBe(
      '{{!-- sincerely-disable-next-line no-shouting -- quoting the customer --}}\nThey said: WOW!!\nThanks!',
    );
  });

  it('reports an unknown rule in a directive', () => {
    const result = lintText('<!-- sincerely-disable no-shoting -->\nHello.', { filePath: 'a.hbs' });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      [
        null,
        2,
        'The directive "sincerely-disable" names the rule "no-shoting", which does not exist. Did you mean "no-shouting"?',
      ],
    ]);
  });

  it('reports an ignored file instead of linting it', () => {
    const result = lintText('Wow!!', {
      filePath: 'drafts/a.txt',
      config: [{ ignores: ['drafts/**'] }],
    });
    expect(result.messages).toEqual([
      {
        ruleId: null,
        severity: 1,
        message: 'This file matches an "ignores" pattern of the config, so it was not linted.',
        line: 1,
        column: 1,
      },
    ]);
    expect(result.warningCount).toBe(1);
  });
});

describe('linting the same text again', () => {
  const draft =
    'Hi {{firstName}},\n\nI hope this email finds you well. Only 3 spots left, act now!';

  it('gives equal results in separate objects', () => {
    const first = lintText(draft, { filePath: 'draft.hbs' });
    const second = lintText(draft, { filePath: 'draft.hbs' });
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    expect(second.messages).not.toBe(first.messages);
    expect(first.messages.map((message) => message.ruleId)).toContain('no-false-urgency');
  });

  it('reads a changed text, the same text in another syntax and a broken text afresh', () => {
    lintText(draft, { filePath: 'draft.hbs' });
    const calmer = lintText(draft.replace('Only 3 spots left, act now!', 'Thanks again.'), {
      filePath: 'draft.hbs',
    });
    expect(calmer.messages.map((message) => message.ruleId)).not.toContain('no-false-urgency');
    // As plain text, `{{firstName}}` is not a merge field.
    const plain = lintText(draft, { filePath: 'draft.txt' });
    const template = lintText(draft, { filePath: 'draft.hbs' });
    expect(plain.messages).not.toEqual(template.messages);
    const broken = '{{#if x}}Hi';
    expect(lintText(broken, { filePath: 'a.hbs' }).messages[0]?.fatal).toBe(true);
    expect(lintText(broken, { filePath: 'a.hbs' }).messages[0]?.fatal).toBe(true);
  });
});
