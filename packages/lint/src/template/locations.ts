import type { Position, Range, SourceLocation } from './ast.js';

/** Line breaks as `SourceCode` counts them, so `loc` and `getLocFromIndex` always agree. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/gu;

/** Turns offsets of one text into 1-based lines and columns. */
export interface Locator {
  /** The text the offsets point into. */
  readonly text: string;
  /** The 1-based line and column of a 0-based offset. */
  position(offset: number): Position;
  /** The location of a `[start, end)` range. */
  location(range: Range): SourceLocation;
}

/**
 * Builds a locator for `text`: line starts are computed once, each lookup is a binary search.
 *
 * @example
 * createLocator('a\nb').position(2); // { line: 2, column: 1 }
 */
export function createLocator(text: string): Locator {
  const starts = [0];
  for (const match of text.matchAll(LINE_BREAK)) starts.push(match.index + match[0].length);

  const position = (offset: number): Position => {
    const index = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= index) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: index - (starts[low] as number) + 1 };
  };

  return {
    text,
    position,
    location: ([start, end]) => ({ start: position(start), end: position(end) }),
  };
}
