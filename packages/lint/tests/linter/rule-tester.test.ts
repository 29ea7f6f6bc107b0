import { describe, expect, it } from 'vitest';
import { RuleTester } from '../rule-tester.js';
import { noBad } from './test-rules.js';

const tester = new RuleTester();
const error = {
  messageId: 'bad',
  data: { word: 'bad' },
  line: 1,
  column: 3,
  endLine: 1,
  endColumn: 6,
};
const suggestions = [
  { messageId: 'useGood', data: { replacement: 'good' }, output: 'A good day.' },
];

describe(RuleTester, () => {
  it('passes a correct invalid case', () => {
    expect(() =>
      tester.checkInvalid('no-bad', noBad, {
        code: 'A bad day.',
        output: 'A good day.',
        errors: [{ ...error, suggestions }],
      }),
    ).not.toThrow();
  });

  it.each([
    [
      'an extra message',
      { code: 'A bad bad day.', output: 'A good good day.', errors: [{ ...error, suggestions }] },
      'Expected 1 message(s), got 2',
    ],
    [
      'a missing position',
      {
        code: 'A bad day.',
        output: 'A good day.',
        errors: [{ ...error, endColumn: undefined, suggestions }],
      },
      'assert its endColumn',
    ],
    [
      'a wrong column',
      { code: 'A bad day.', output: 'A good day.', errors: [{ ...error, column: 2, suggestions }] },
      'position',
    ],
    [
      'missing data',
      {
        code: 'A bad day.',
        output: 'A good day.',
        errors: [{ ...error, data: undefined, suggestions }],
      },
      'assert its data',
    ],
    [
      'unasserted suggestions',
      { code: 'A bad day.', output: 'A good day.', errors: [error] },
      'assert them with "suggestions"',
    ],
    [
      'a missing output',
      { code: 'A bad day.', errors: [{ ...error, suggestions }] },
      'Expected no autofix',
    ],
    [
      'a wrong output',
      { code: 'A bad day.', output: 'A fine day.', errors: [{ ...error, suggestions }] },
      'output after fixing',
    ],
    ['no errors', { code: 'A bad day.', errors: [] }, 'at least one error'],
    [
      'invalid options',
      { code: 'A bad day.', options: [{ nope: 1 }], errors: [error] },
      'options are invalid',
    ],
  ])('fails on %s', (_name, testCase, message) => {
    expect(() => tester.checkInvalid('no-bad', noBad, testCase as never)).toThrow(message);
  });

  it('fails a valid case that reports or does not parse', () => {
    expect(() => tester.checkValid('no-bad', noBad, { code: 'bad' })).toThrow(
      'Expected no messages',
    );
    expect(() =>
      tester.checkValid('no-bad', noBad, { code: 'Hi {{#broken', filename: 'a.hbs' }),
    ).toThrow('did not parse');
    expect(() => tester.checkValid('no-bad', noBad, { code: 'good' })).not.toThrow();
  });
});

new RuleTester().run('no-bad', noBad, {
  valid: ['A good day.', { code: 'A badge.', filename: 'a.txt' }],
  invalid: [{ code: 'A bad day.', output: 'A good day.', errors: [{ ...error, suggestions }] }],
});
