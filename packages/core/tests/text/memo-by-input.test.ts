import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/sincerity/analyze-message.js';
import { findBodyWords } from '../../src/text/count-words.js';
import { maskMergeFields } from '../../src/text/mask-merge-fields.js';
import { MESSAGE_MEMO, memoByInput, ownMemo } from '../../src/text/memo-by-input.js';

describe(memoByInput, () => {
  it('computes once per message object, and again when the object holds new content', () => {
    let calls = 0;
    const length = memoByInput((input) => {
      calls++;
      return input.text.length;
    });
    const input = { text: 'Hi Ana' };
    expect(length(input)).toBe(6);
    expect(length(input)).toBe(6);
    expect(calls).toBe(1);
    input.text = 'Hi Ana, thanks';
    expect(length(input)).toBe(14);
    expect(calls).toBe(2);
    expect(length({ text: 'Hi Ana' })).toBe(6);
    expect(calls).toBe(3);
  });

  it("keeps values in the message's own memo when it carries one", () => {
    const compute = memoByInput((input) => input.text.toUpperCase());
    const input = { text: 'hi' };
    Object.defineProperty(input, MESSAGE_MEMO, { value: new Map() });
    expect(compute(input)).toBe('HI');
    expect(ownMemo(input)?.size).toBe(1);
    expect(ownMemo({ text: 'hi' })).toBeUndefined();
  });
});

describe('text helpers share their work per message', () => {
  it('gives each caller its own copy of the words', () => {
    const input = { text: 'Thanks for the call, {{firstName}}.' };
    const first = findBodyWords(input);
    first[0]!.start = 99;
    first.pop();
    expect(findBodyWords(input)).toEqual(findBodyWords({ text: input.text }));
    expect(findBodyWords(input)).toHaveLength(5);
  });

  it('masks the same object once and a changed one again', () => {
    const input = { text: 'Hi {{name}}!' };
    expect(maskMergeFields(input)).toBe('Hi \uE000\uE000\uE000\uE000\uE000\uE000\uE000\uE000!');
    input.text = 'Hi {{n}}!';
    expect(maskMergeFields(input)).toBe('Hi \uE000\uE000\uE000\uE000\uE000!');
  });

  it('analyses a message object once, in its own memo or not', () => {
    const plain = { text: 'My name is Sam. Do you have 10 minutes of your time?' };
    expect(analyzeMessage(plain)).toBe(analyzeMessage(plain));
    const carrying = { text: plain.text };
    Object.defineProperty(carrying, MESSAGE_MEMO, { value: new Map() });
    expect(analyzeMessage(carrying)).toBe(analyzeMessage(carrying));
    expect(analyzeMessage(carrying)).toEqual(analyzeMessage(plain));
  });
});
