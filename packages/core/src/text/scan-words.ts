/**
 * The two word scans that run over every message, written by hand: reading each character once
 * from a table is several times faster than trying a regular expression at each word, and builds
 * nothing per word. Each finds exactly what `matchAll` finds with its pattern and the flags `gu`
 * (a property test compares them on random text):
 *
 * - words: `MASK+|https?:\/\/[^\s<>"]+|[\p{L}\p{N}]+(?:[-'’.,:/@&][\p{L}\p{N}]+)*`, where MASK is
 *   `MERGE_FIELD_MASK`: merge syntax, a URL, or letters and digits joined by inner punctuation
 *   ("don't", "1,000", "e-mail");
 * - tokens: `[\p{L}\p{N}_]+(?:['’]\p{L}+)*`: letters, digits and underscores, with apostrophes
 *   inside a word ("o'clock").
 */
import { MERGE_FIELD_MASK } from './mask-merge-fields.js';

const LETTER = 1;
const NUMBER = 2;
const SPACE = 4;
const KNOWN = 8;
const ALPHANUMERIC = LETTER | NUMBER;

/** The kind of each code unit (`LETTER`, `NUMBER`, `SPACE` bits, with `KNOWN`); 0 until read. */
const unitKinds = new Uint8Array(0x10000);
/** The kinds of code points outside the BMP met so far. */
const astralKinds = new Map<number, number>();
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;
const MASK = MERGE_FIELD_MASK.charCodeAt(0);

function kindOf(char: string): number {
  return (
    KNOWN |
    (IS_LETTER.test(char) ? LETTER : 0) |
    (IS_NUMBER.test(char) ? NUMBER : 0) |
    (IS_SPACE.test(char) ? SPACE : 0)
  );
}

function unitKind(code: number): number {
  let kind = unitKinds[code] as number;
  if (kind === 0) {
    kind = kindOf(String.fromCharCode(code));
    unitKinds[code] = kind;
  }
  return kind;
}

/** The width (1 or 2 code units) of the code point read by the last `kindAt`. */
let width = 1;

/** The kind of the code point at `index` (before `end`); sets `width`. */
function kindAt(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      width = 2;
      const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      let kind = astralKinds.get(point);
      if (kind === undefined) {
        kind = kindOf(String.fromCodePoint(point));
        astralKinds.set(point, kind);
      }
      return kind;
    }
  }
  width = 1;
  return unitKind(code);
}

/** Past a run of code points of one of the `kinds` from `index`, not beyond `end`. */
function skipKinds(text: string, index: number, end: number, kinds: number): number {
  let at = index;
  while (at < end) {
    // The table read is written out here: this loop reads most characters of every message.
    const code = text.charCodeAt(at);
    if (code < 0xd800 || code > 0xdfff) {
      const kind = unitKinds[code] || unitKind(code);
      if ((kind & kinds) === 0) break;
      at++;
    } else if ((kindAt(text, at, end) & kinds) !== 0) at += width;
    else break;
  }
  return at;
}

/** Where a URL that starts at `index` ends, or -1 when none starts there. */
function urlEnd(text: string, index: number, end: number): number {
  if (index + 7 > end || !text.startsWith('http', index)) return -1;
  let at = index + 4;
  if (text.charCodeAt(at) === 0x73) at++; // "s"
  if (at + 3 > end || !text.startsWith('://', at)) return -1;
  const body = at + 3;
  at = body;
  while (at < end) {
    const code = text.charCodeAt(at);
    if (code === 0x3c || code === 0x3e || code === 0x22 || (unitKind(code) & SPACE) !== 0) break;
    at++;
  }
  return at > body ? at : -1;
}

/** `-'’.,:/@&`: what may join two runs of letters and digits into one word. */
function isWordJoiner(code: number): boolean {
  return (
    code === 0x2d ||
    code === 0x27 ||
    code === 0x2019 ||
    code === 0x2e ||
    code === 0x2c ||
    code === 0x3a ||
    code === 0x2f ||
    code === 0x40 ||
    code === 0x26
  );
}

/** Steps past the code point at `index`. */
function nextPoint(text: string, index: number, end: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < end) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return index + 2;
  }
  return index + 1;
}

/**
 * Calls `found(start, end)` for each word of `text` between `from` and `to` (see above), in order.
 * The range is read as if it were the whole text.
 */
export function scanWords(
  text: string,
  from: number,
  to: number,
  found: (start: number, end: number) => void,
): void {
  let index = from;
  while (index < to) {
    const code = text.charCodeAt(index);
    if (code === MASK) {
      let end = index + 1;
      while (end < to && text.charCodeAt(end) === MASK) end++;
      found(index, end);
      index = end;
      continue;
    }
    if (code === 0x68) {
      const end = urlEnd(text, index, to);
      if (end > 0) {
        found(index, end);
        index = end;
        continue;
      }
    }
    const kind =
      code < 0xd800 || code > 0xdfff ? unitKinds[code] || unitKind(code) : kindAt(text, index, to);
    if ((kind & ALPHANUMERIC) === 0) {
      index = code < 0xd800 || code > 0xdfff ? index + 1 : nextPoint(text, index, to);
      continue;
    }
    let end = skipKinds(text, index, to, ALPHANUMERIC);
    while (
      end + 1 < to &&
      isWordJoiner(text.charCodeAt(end)) &&
      (kindAt(text, end + 1, to) & ALPHANUMERIC) !== 0
    ) {
      end = skipKinds(text, end + 1, to, ALPHANUMERIC);
    }
    found(index, end);
    index = end;
  }
}

/** Calls `found(start, end)` for each token of `text` (see above), in order. */
export function scanTokens(text: string, found: (start: number, end: number) => void): void {
  const to = text.length;
  let index = 0;
  while (index < to) {
    const code = text.charCodeAt(index);
    const kind =
      code < 0xd800 || code > 0xdfff ? unitKinds[code] || unitKind(code) : kindAt(text, index, to);
    if (code !== 0x5f && (kind & ALPHANUMERIC) === 0) {
      index = code < 0xd800 || code > 0xdfff ? index + 1 : nextPoint(text, index, to);
      continue;
    }
    let end = index;
    for (;;) {
      end = skipKinds(text, end, to, ALPHANUMERIC);
      if (end < to && text.charCodeAt(end) === 0x5f) end++;
      else break;
    }
    while (end + 1 < to) {
      const mark = text.charCodeAt(end);
      if ((mark !== 0x27 && mark !== 0x2019) || (kindAt(text, end + 1, to) & LETTER) === 0) break;
      end = skipKinds(text, end + 1, to, LETTER);
    }
    found(index, end);
    index = end;
  }
}
