import { describe, expect, it } from 'vitest';
import { countMessages } from '../../src/messages/count-messages.js';
import { interpolate } from '../../src/messages/interpolate.js';
import { sortMessages } from '../../src/messages/sort-messages.js';
import type { LintMessage } from '../../src/lint-result.js';

describe(interpolate, () => {
  it.each([
    ['Fill in "{{ text }}".', { text: '[Company]' }, 'Fill in "[Company]".'],
    ['{{count}} of {{ max }}', { count: 201, max: 200 }, '201 of 200'],
    ['Keep "{{ text }}" as is.', { text: '{{ firstName }}' }, 'Keep "{{ firstName }}" as is.'],
    ['No placeholders.', undefined, 'No placeholders.'],
  ])('fills %j', (template, data, expected) => {
    expect(interpolate(template, data)).toBe(expected);
  });

  it('throws when data is missing or not printable', () => {
    expect(() => interpolate('Say {{ word }}.', {})).toThrow(
      'the message needs data "word", but the report did not give it',
    );
    expect(() => interpolate('Say {{ word }}.', { word: {} })).toThrow(
      'data "word" must be a string or a number, got object',
    );
  });
});

const message = (
  line: number,
  column: number,
  severity: 1 | 2,
  fix = false,
  fatal = false,
): LintMessage => ({
  ruleId: fatal ? null : 'r',
  severity,
  message: 'm',
  line,
  column,
  ...(fix ? { fix: { range: [0, 0] as [number, number], text: '' } } : {}),
  ...(fatal ? { fatal: true } : {}),
});

describe(sortMessages, () => {
  it('sorts by line, then column, keeping report order for ties', () => {
    const a = message(2, 1, 1);
    const b = message(1, 5, 1);
    const c = message(1, 5, 2);
    const d = message(1, 2, 1);
    expect(sortMessages([a, b, c, d])).toEqual([d, b, c, a]);
  });
});

describe(countMessages, () => {
  it('counts like ESLint', () => {
    expect(
      countMessages([
        message(1, 1, 2, true),
        message(1, 1, 2),
        message(1, 1, 1, true),
        message(1, 1, 2, false, true),
      ]),
    ).toEqual({
      errorCount: 3,
      warningCount: 1,
      fatalErrorCount: 1,
      fixableErrorCount: 1,
      fixableWarningCount: 1,
    });
  });
});
