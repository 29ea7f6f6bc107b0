/**
 * Walks the matches of a sticky regular expression through a text as `matchAll` would with the
 * same pattern and the `g` flag, but tries the pattern only where a match can begin and builds no
 * result array per match: `RegExp.prototype.test` on a sticky pattern sets `lastIndex` to the
 * match's end. For the word scans that run over every message, this saves most of their garbage.
 */

/** 1 for a letter or digit code unit (`\p{L}`, `\p{N}`), 2 for any other; 0 until looked up. */
const unitKinds = new Uint8Array(0x10000);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** True when the code point starting at `index` is a letter or a digit. */
export function isLetterOrDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(index, index + 2));
  }
  let kind = unitKinds[code] as number;
  if (kind === 0) {
    kind = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
    unitKinds[code] = kind;
  }
  return kind === 1;
}

/**
 * Calls `found(start, end)` for each match of `sticky` (flags `uy`) in `text`, left to right and
 * not overlapping. `canStart(text, index)` must be true wherever a match can begin; the pattern
 * must not match the empty string.
 */
export function scanMatches(
  text: string,
  sticky: RegExp,
  canStart: (text: string, index: number) => boolean,
  found: (start: number, end: number) => void,
): void {
  let index = 0;
  while (index < text.length) {
    if (canStart(text, index)) {
      sticky.lastIndex = index;
      if (sticky.test(text)) {
        found(index, sticky.lastIndex);
        index = sticky.lastIndex;
        continue;
      }
    }
    // One code point on, as the `u` flag steps.
    const code = text.charCodeAt(index);
    const low = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(index + 1) : 0;
    index += low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
  }
}
