import { describe, expect, it } from 'vitest';
import { countWords, findBodyWords } from '../../src/text/count-words.js';

describe(countWords, () => {
  it.each([
    ['Thanks for the call.', 4],
    ["It's a 1,000-seat rollout.", 4],
    ['Read https://example.com/pricing today', 3],
    ['Hi {{firstName}}, thanks!', 3],
    ['', 0],
    ['First paragraph here.\n\nSecond one.', 5],
  ])('counts %j as %i words', (text, count) => {
    expect(countWords(text)).toBe(count);
  });

  it('counts a listed merge field as one word', () => {
    const text = 'Hi {{ contact.first_name | default: "there" }}, welcome';
    expect(countWords({ text, fields: [{ start: 3, end: 46, path: 'contact.first_name' }] })).toBe(
      3,
    );
  });

  it('finds the words of many paragraphs at their own offsets', () => {
    const text = Array.from({ length: 3000 }, (_, index) => `Note ${index} here.`).join('\n\n');
    const words = findBodyWords(text);
    expect(words).toHaveLength(9000);
    const last = words[words.length - 2];
    expect(last && text.slice(last.start, last.end)).toBe('2999');
  });

  it('stops a word at its paragraph end when paragraphs are listed without separators', () => {
    const text = 'onetwo';
    const words = findBodyWords({
      text,
      paragraphs: [
        { start: 0, end: 3, part: 'body' },
        { start: 3, end: 6, part: 'body' },
      ],
    });
    expect(words).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
    ]);
  });

  it('skips the subject, the preheader and hidden paragraphs', () => {
    const text = 'Subject words\n\nPreheader words\n\nHidden words\n\nBody has four words';
    const words = findBodyWords({
      text,
      paragraphs: [
        { start: 0, end: 13, part: 'subject' },
        { start: 15, end: 30, part: 'preheader' },
        { start: 32, end: 44, part: 'body', hidden: true },
        { start: 46, end: text.length, part: 'body' },
      ],
    });
    expect(words.map((word) => text.slice(word.start, word.end))).toEqual([
      'Body',
      'has',
      'four',
      'words',
    ]);
  });
});
