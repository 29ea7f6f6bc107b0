import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/split-sentences.js';

function sentences(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

describe(splitSentences, () => {
  it.each([
    ['Hi Ana. Thanks for the note!', ['Hi Ana.', 'Thanks for the note!']],
    ['Is Friday ok? Let me know.', ['Is Friday ok?', 'Let me know.']],
    ['Best,\nSam', ['Best,', 'Sam']],
    ['He said "Stop." Then he left.', ['He said "Stop."', 'Then he left.']],
  ])('splits %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it.each([
    ['Mr. Lee met Dr. Patel today.'],
    ['The rate is 3.5 percent.'],
    ['J. Smith signed it.'],
    ['See e.g. the second page.'],
    ['You said "is it done?" and I agreed.'],
    ['Visit acme.com for more.'],
  ])('keeps %j as one sentence', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('splits only between `from` and `to`', () => {
    const text = 'One. Two. Three.';
    expect(splitSentences(text, 5, 9)).toEqual([{ start: 5, end: 9 }]);
  });
});
