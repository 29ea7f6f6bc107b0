import type { Position, Range, SourceLocation } from './ast.js';

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
  // A scan rather than `matchAll`, which makes an object per line (a cost when V8 runs without
  // inlining, as the CLI does). A line ends at \r\n, \r, \n, U+2028 or U+2029, as
  // `SourceCode` counts lines, so that `loc` and `getLocFromIndex` always agree.
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0d) {
      if (text.charCodeAt(at + 1) === 0x0a) at++;
      starts.push(at + 1);
    } else if (code === 0x0a || code === 0x2028 || code === 0x2029) starts.push(at + 1);
  }

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
