import { describe, expect, it } from 'vitest';
import { applyDirectives } from '../../src/directives/apply-directives.js';
import { parseDirectives } from '../../src/directives/parse-directives.js';
import type { LintMessage } from '../../src/lint-result.js';
import { htmlComments } from './html-comments.js';

const known = ['no-shouting', 'max-words', 'no-unfilled-placeholder'];

function problem(ruleId: string, line: number, column: number): LintMessage {
  return { ruleId, severity: 1, message: `${ruleId} here.`, line, column };
}

function run(text: string, messages: LintMessage[], reportUnusedDirectives: 0 | 1 | 2 = 1) {
  const { directives, problems } = parseDirectives(
    htmlComments(text),
    (id) => known.includes(id),
    known,
  );
  return { problems, ...applyDirectives({ messages, directives, reportUnusedDirectives, text }) };
}

describe(parseDirectives, () => {
  it('reads rule ids, the sincerely/ prefix and a justification', () => {
    const text =
      '<!-- sincerely-disable no-shouting, sincerely/max-words -- the client asked for caps -->';
    const { directives, problems } = parseDirectives(
      htmlComments(text),
      (id) => known.includes(id),
      known,
    );
    expect(problems).toEqual([]);
    expect(directives).toHaveLength(1);
    const [directive] = directives;
    expect(directive?.type).toBe('disable');
    expect(directive?.justification).toBe('the client asked for caps');
    expect(directive?.rules.map((rule) => [rule.id, text.slice(...rule.range)])).toEqual([
      ['no-shouting', 'no-shouting'],
      ['max-words', 'sincerely/max-words'],
    ]);
  });

  it('ignores comments that are not directives', () => {
    const text = '<!-- a note about sincerely-disable --><!-- sincerely-disabled -->';
    expect(parseDirectives(htmlComments(text), () => true, known).directives).toEqual([]);
  });

  it('reports an unknown rule id with a suggestion', () => {
    const { problems } = parseDirectives(
      htmlComments('<!-- sincerely-disable-line no-shoutng -->'),
      (id) => known.includes(id),
      known,
    );
    expect(problems).toEqual([
      {
        ruleId: null,
        severity: 2,
        message:
          'The directive "sincerely-disable-line" names the rule "no-shoutng", which does not exist. Did you mean "no-shouting"?',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 43,
      },
    ]);
  });

  it('rejects a disable-line comment over several lines', () => {
    const { problems, directives } = parseDirectives(
      htmlComments('<!-- sincerely-disable-line\n-->'),
      () => true,
      known,
    );
    expect(directives).toEqual([]);
    expect(problems[0]?.message).toContain('must fit on one line');
  });
});

describe(applyDirectives, () => {
  it('suppresses by line and next line, for the named rules only', () => {
    const text =
      'A <!-- sincerely-disable-line no-shouting -->\n<!-- sincerely-disable-next-line -- ok -->\nB\nC';
    const result = run(text, [
      problem('no-shouting', 1, 1),
      problem('max-words', 1, 1),
      problem('max-words', 3, 1),
      problem('max-words', 4, 1),
    ]);
    expect(result.messages).toEqual([problem('max-words', 1, 1), problem('max-words', 4, 1)]);
    expect(result.suppressedMessages).toEqual([
      { ...problem('no-shouting', 1, 1), suppressions: [{ kind: 'directive', justification: '' }] },
      { ...problem('max-words', 3, 1), suppressions: [{ kind: 'directive', justification: 'ok' }] },
    ]);
    expect(result.unusedDirectives).toEqual([]);
  });

  it('suppresses between disable and enable, by position', () => {
    const text =
      'x <!-- sincerely-disable -->\ny <!-- sincerely-enable no-shouting -->\nz\n<!-- sincerely-enable -->\nw <!-- sincerely-enable max-words -->';
    const result = run(text, [
      problem('no-shouting', 1, 1),
      problem('max-words', 2, 1),
      problem('no-shouting', 3, 1),
      problem('max-words', 3, 1),
      problem('max-words', 5, 1),
    ]);
    expect(result.messages).toEqual([
      problem('no-shouting', 1, 1),
      problem('no-shouting', 3, 1),
      problem('max-words', 5, 1),
    ]);
    expect(result.suppressedMessages.map((m) => [m.ruleId, m.line])).toEqual([
      ['max-words', 2],
      ['max-words', 3],
    ]);
    expect(result.unusedDirectives.map((m) => m.message)).toEqual([
      'Unused "sincerely-enable" directive for "max-words": nothing was disabled here, so you can remove it.',
    ]);
  });

  it('reports unused directives with fixes that remove the comment or the unused id', () => {
    const text =
      'Hi\n  <!-- sincerely-disable-next-line max-words -->\nthere <!-- sincerely-disable-line no-shouting, max-words -->';
    const result = run(text, [problem('no-shouting', 3, 1)], 2);
    expect(result.unusedDirectives.map((m) => [m.severity, m.message])).toEqual([
      [
        2,
        'Unused "sincerely-disable-next-line" directive for "max-words": no problems were reported here, so you can remove it.',
      ],
      [
        2,
        'Unused "sincerely-disable-line" directive for "max-words": no problems were reported here, so you can remove "max-words" from it.',
      ],
    ]);
    const [whole, one] = result.unusedDirectives;
    const apply = (fix: { range: [number, number]; text: string }) =>
      text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
    expect(apply(whole!.fix!)).toBe(
      'Hi\nthere <!-- sincerely-disable-line no-shouting, max-words -->',
    );
    expect(apply(one!.fix!)).toBe(
      'Hi\n  <!-- sincerely-disable-next-line max-words -->\nthere <!-- sincerely-disable-line no-shouting -->',
    );
  });

  it('removes a trailing comment on the last line with its line break', () => {
    const text = 'Hello.\n<!-- sincerely-disable -->';
    const [unused] = run(text, []).unusedDirectives;
    expect(unused?.fix).toEqual({ range: [6, text.length], text: '' });
  });

  it('does not report unused directives when asked not to, and never suppresses directive problems', () => {
    const text = '<!-- sincerely-disable -->';
    const fatal: LintMessage = {
      ruleId: null,
      severity: 2,
      message: 'Parsing error.',
      line: 2,
      column: 1,
    };
    const result = run(text, [fatal], 0);
    expect(result.messages).toEqual([fatal]);
    expect(result.unusedDirectives).toEqual([]);
  });
});
