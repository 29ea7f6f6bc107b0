/**
 * The hand-written word scans must find exactly what their regular expressions find with
 * `matchAll` (flags `gu`): checked on real text and on random text built from the characters
 * that decide where a word starts and ends.
 */
import { describe, expect, it } from 'vitest';
import { MERGE_FIELD_MASK } from '../../src/text/mask-merge-fields.js';
import { scanTokens, scanWords } from '../../src/text/scan-words.js';
import { createRandom } from '../support/random.js';

const WORD = new RegExp(
  `${MERGE_FIELD_MASK}+|https?:\\/\\/[^\\s<>"]+|[\\p{L}\\p{N}]+(?:[-'’.,:/@&][\\p{L}\\p{N}]+)*`,
  'gu',
);
const TOKEN = /[\p{L}\p{N}_]+(?:['’][\p{L}]+)*/gu;

function byRegExp(pattern: RegExp, text: string): [number, number][] {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);
}

function words(text: string, from = 0, to = text.length): [number, number][] {
  const found: [number, number][] = [];
  scanWords(text, from, to, (start, end) => found.push([start, end]));
  return found;
}

function tokens(text: string): [number, number][] {
  const found: [number, number][] = [];
  scanTokens(text, (start, end) => found.push([start, end]));
  return found;
}

/** Pieces random text is built from: letters of several scripts, digits, joiners, spaces, URLs. */
const PIECES = [
  'a',
  'Z',
  'é',
  'ß',
  'Ж',
  '中',
  'ا',
  '𝒜',
  '𝟙',
  '٣',
  '7',
  '_',
  MERGE_FIELD_MASK,
  "'",
  '’',
  '-',
  '.',
  ',',
  ':',
  '/',
  '@',
  '&',
  '!',
  '?',
  '"',
  '<',
  '>',
  '(',
  ' ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '😀',
  '\ud83d',
  '\ude00',
  'http://',
  'https://',
  'http',
  'https:/',
  'h',
  'ttp://',
  'don',
  't',
  'x.y',
  '1,000',
];

function randomText(random: () => number): string {
  let text = '';
  const length = 1 + Math.floor(random() * 24);
  for (let index = 0; index < length; index++) {
    text += PIECES[Math.floor(random() * PIECES.length)];
  }
  return text;
}

describe('scanWords', () => {
  it.each([
    "Hi Maria, the 1,000-seat venue isn't booked. See https://example.com/a?b=1 <now>.",
    `Hi ${MERGE_FIELD_MASK.repeat(9)}, e-mail me@example.com & don’t wait:go.`,
    'A 𝒜𝒷𝒸 word, emoji 😀 and http:// with nothing after, https://x"quoted".',
    'ends with a joiner- and a dot.',
  ])('finds what the pattern finds in %j', (text) => {
    expect(words(text)).toEqual(byRegExp(WORD, text));
  });

  it('reads a range as the whole text: a URL or word stops at its end', () => {
    const text = 'see https://example.com/page and more';
    const to = text.indexOf('/page');
    expect(words(text, 4, to)).toEqual(
      byRegExp(WORD, text.slice(4, to)).map(([start, end]) => [start + 4, end + 4]),
    );
    expect(words('abc http://x', 0, 6)).toEqual([
      [0, 3],
      [4, 6],
    ]);
  });

  it('agrees with the pattern on random text', () => {
    const random = createRandom(20_261_130);
    for (let round = 0; round < 5000; round++) {
      const text = randomText(random);
      expect(words(text), JSON.stringify(text)).toEqual(byRegExp(WORD, text));
    }
  });
});

describe('scanTokens', () => {
  it.each([
    "IT'S THE BEST DEAL_EVER, o'clock 9'o ’tis rock’n’roll 2nd",
    'snake_case __init__ 𝒜𝒷 ٣٤ x’9',
  ])('finds what the pattern finds in %j', (text) => {
    expect(tokens(text)).toEqual(byRegExp(TOKEN, text));
  });

  it('agrees with the pattern on random text', () => {
    const random = createRandom(20_261_131);
    for (let round = 0; round < 5000; round++) {
      const text = randomText(random);
      expect(tokens(text), JSON.stringify(text)).toEqual(byRegExp(TOKEN, text));
    }
  });
});
