/**
 * ESLint's `eslint-disable…`/`eslint-enable` comments in a template: the standalone runner honours
 * those that name our rules with the `sincerely/` prefix (or no rule), as ESLint with
 * `eslint-plugin-sincerely` does, and leaves other plugins' rules alone.
 */
import { describe, expect, it } from 'vitest';
import { applyDirectives } from '../../src/directives/apply-directives.js';
import { parseDirectives } from '../../src/directives/parse-directives.js';
import type { LintMessage } from '../../src/lint-result.js';
import { lintText } from '../../src/linter.js';
import { htmlComments } from './html-comments.js';

const known = ['no-shouting', 'max-words', 'no-false-urgency'];

function parse(text: string) {
  return parseDirectives(htmlComments(text), (id) => known.includes(id), known);
}

function problem(ruleId: string, line: number, column: number): LintMessage {
  return { ruleId, severity: 1, message: `${ruleId} here.`, line, column };
}

describe('eslint-* directives in parseDirectives', () => {
  it.each([
    [
      'eslint-disable-next-line sincerely/no-shouting -- quoting',
      'disable-next-line',
      ['no-shouting'],
    ],
    [
      'eslint-disable sincerely/no-shouting, sincerely/max-words',
      'disable',
      ['no-shouting', 'max-words'],
    ],
    ['eslint-enable sincerely/max-words', 'enable', ['max-words']],
    ['eslint-disable-line sincerely/no-shouting', 'disable-line', ['no-shouting']],
    ['eslint-disable', 'disable', []],
    ['eslint-enable -- back to normal', 'enable', []],
    [
      '  eslint-disable-next-line no-console, sincerely/max-words',
      'disable-next-line',
      ['max-words'],
    ],
  ])('reads <!-- %s -->', (value, type, ids) => {
    const { directives, problems } = parse(`<!-- ${value} -->`);
    expect(problems).toEqual([]);
    expect(directives.map((d) => [d.label, d.type, d.rules.map((rule) => rule.id)])).toEqual([
      [`eslint-${type}`, type, ids],
    ]);
  });

  it.each([
    ['names only another plugin’s rule', 'eslint-disable-next-line no-console'],
    ['names only rules of other plugins', 'eslint-disable react/no-danger, import/no-cycle -- ok'],
    [
      'names our rule without the plugin prefix (a core rule, to ESLint)',
      'eslint-disable no-shouting',
    ],
    ['is another ESLint comment', 'eslint sincerely/max-words: ["warn", { "max": 150 }]'],
    ['is a word that starts like a directive', 'eslint-disabled sincerely/no-shouting'],
    ['only mentions a directive', 'see eslint-disable sincerely/no-shouting'],
  ])('ignores a comment that %s', (_name, value) => {
    expect(parse(`<!-- ${value} -->`)).toEqual({ directives: [], problems: [] });
  });

  it('reports a misspelt rule of ours and suggests it with the prefix', () => {
    const { directives, problems } = parse('<!-- eslint-disable sincerely/no-shoutng -->');
    expect(directives).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'The directive "eslint-disable" names the rule "sincerely/no-shoutng", which does not exist. Did you mean "sincerely/no-shouting"?',
    ]);
  });

  it('rejects an eslint-disable-line comment over several lines', () => {
    const { directives, problems } = parse('<!-- eslint-disable-line\nsincerely/no-shouting -->');
    expect(directives).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'This "eslint-disable-line" comment must fit on one line: use "eslint-disable-next-line" before the line instead.',
    ]);
  });
});

describe('eslint-* directives in applyDirectives', () => {
  function run(text: string, messages: LintMessage[]) {
    const { directives } = parse(text);
    return applyDirectives({ messages, directives, reportUnusedDirectives: 1, text });
  }

  it('suppresses by line, next line and between disable and enable, for our rules', () => {
    const text = [
      'A <!-- eslint-disable-line sincerely/no-shouting -->',
      '<!-- eslint-disable-next-line -->',
      'B',
      '<!-- eslint-disable sincerely/max-words -->',
      'C',
      '<!-- eslint-enable sincerely/max-words -->',
      'D',
    ].join('\n');
    const result = run(text, [
      problem('no-shouting', 1, 1),
      problem('max-words', 1, 1),
      problem('no-shouting', 3, 1),
      problem('max-words', 5, 1),
      problem('no-shouting', 5, 1),
      problem('max-words', 7, 1),
    ]);
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['max-words', 1],
      ['no-shouting', 5],
      ['max-words', 7],
    ]);
    expect(result.suppressedMessages.map((m) => [m.ruleId, m.line])).toEqual([
      ['no-shouting', 1],
      ['no-shouting', 3],
      ['max-words', 5],
    ]);
    expect(result.unusedDirectives).toEqual([]);
  });

  it('does not let a directive about another plugin’s rules turn ours off', () => {
    const text =
      '<!-- eslint-disable-next-line no-console -->\nWOW\n<!-- eslint-disable react/x -->\nWOW';
    const result = run(text, [problem('no-shouting', 2, 1), problem('no-shouting', 4, 1)]);
    expect(result.messages).toHaveLength(2);
    expect(result.unusedDirectives).toEqual([]);
  });

  it('names the directive as written when unused, and removes only our unused id', () => {
    const text =
      'Hi <!-- eslint-disable-line no-console, sincerely/max-words -->\n<!-- eslint-disable-next-line sincerely/max-words -->\nthere';
    const result = run(text, []);
    expect(result.unusedDirectives.map((m) => m.message)).toEqual([
      'Unused "eslint-disable-line" directive for "sincerely/max-words": no problems were reported here, so you can remove "sincerely/max-words" from it.',
      'Unused "eslint-disable-next-line" directive for "sincerely/max-words": no problems were reported here, so you can remove it.',
    ]);
    const apply = (fix: { range: [number, number]; text: string }) =>
      text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
    const [one, whole] = result.unusedDirectives;
    expect(apply(one!.fix!)).toBe(
      'Hi <!-- eslint-disable-line no-console -->\n<!-- eslint-disable-next-line sincerely/max-words -->\nthere',
    );
    expect(apply(whole!.fix!)).toBe(
      'Hi <!-- eslint-disable-line no-console, sincerely/max-words -->\nthere',
    );
  });
});

describe('eslint-* directives in lintText', () => {
  const ids = (text: string, filePath: string) =>
    lintText(text, {
      filePath,
      config: { rules: { 'no-false-urgency': 'warn', 'no-shouting': 'warn' } },
    });

  it.each([
    [
      'Handlebars',
      'a.hbs',
      '{{!-- eslint-disable-next-line sincerely/no-false-urgency -- approved by legal --}}\nOnly 2 days left.\nOnly 2 days left.',
    ],
    [
      'Liquid',
      'a.liquid',
      '{% comment %}eslint-disable sincerely/no-false-urgency{% endcomment %}\nOnly 2 days left.\n{% comment %}eslint-enable sincerely/no-false-urgency{% endcomment %}\nOnly 2 days left.',
    ],
    [
      'HTML',
      'a.html',
      '<p>Only 2 days left. <!-- eslint-disable-line sincerely/no-false-urgency --></p>\n<p>Only 2 days left.</p>',
    ],
  ])('honours them in %s comments', (_name, filePath, text) => {
    const result = ids(text, filePath);
    expect(result.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['no-false-urgency', text.split('\n').length],
    ]);
    expect(result.suppressedMessages.map((m) => m.ruleId)).toEqual(['no-false-urgency']);
  });

  it('keeps the justification, and a bare eslint-disable turns off every rule of ours', () => {
    const text =
      '{{!-- eslint-disable-next-line sincerely/no-shouting -- the customer’s words --}}\nWOW!!\n{{!-- eslint-disable --}}\nOnly 2 days left!!';
    const result = ids(text, 'a.hbs');
    expect(result.messages).toEqual([]);
    expect(result.suppressedMessages.map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([
      ['no-shouting', 2, [{ kind: 'directive', justification: 'the customer’s words' }]],
      ['no-false-urgency', 4, [{ kind: 'directive', justification: '' }]],
      ['no-shouting', 4, [{ kind: 'directive', justification: '' }]],
    ]);
  });

  it('still honours the sincerely-* directives', () => {
    const text = '{{!-- sincerely-disable-next-line no-shouting --}}\nWOW!!';
    expect(ids(text, 'a.hbs').messages).toEqual([]);
  });
});
