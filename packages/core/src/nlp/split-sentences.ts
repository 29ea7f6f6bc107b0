/**
 * Splits a stretch of text into sentences in one linear pass, without the tagger: a sentence ends
 * at ".", "!" or "?" (with any closing quotes or brackets) followed by white space, or at a line
 * break. A period after a known abbreviation ("Mr.", "e.g.") or a single capital ("J. Smith"), and
 * a period inside a number ("3.5"), do not end a sentence.
 */
import { isWhiteSpace } from '../text/is-white-space.js';

/** A sentence's offsets (end exclusive) into the text that was split, trimmed of white space. */
export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'approx',
  'dept',
  'est',
  'u.s',
  'a.m',
  'p.m',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+[^\s\p{Ll}]|\s*$)|\n/gu;

/**
 * Finds the sentences of `text` between `from` and `to`.
 *
 * @returns sentence spans in order, offsets into `text`.
 * @example
 * splitSentences('Hi Ana. Thanks for the note!', 0, 28); // [{start:0,end:7},{start:8,end:28}]
 */
export function splitSentences(text: string, from = 0, to = text.length): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = from;
  BOUNDARY.lastIndex = from;
  for (let match = BOUNDARY.exec(text); match && match.index < to; match = BOUNDARY.exec(text)) {
    const end = Math.min(to, match.index + match[0].length);
    if (match[0] !== '\n' && match[0].startsWith('.') && match[0].length === 1) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, match.index - 12), match.index));
      const before = word?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(before) || /^\p{Lu}$/u.test(word?.[1] ?? '')) continue;
    }
    pushTrimmed(text, start, end, sentences);
    start = end;
  }
  pushTrimmed(text, start, to, sentences);
  return sentences;
}

function pushTrimmed(text: string, start: number, end: number, into: SentenceSpan[]): void {
  let from = start;
  let to = end;
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from++;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  if (to > from) into.push({ start: from, end: to });
}
