/**
 * Finds text the sender quotes rather than says: stretches in quotation marks (“…”, "…", «…») and
 * lines that start with ">" (a quoted reply). Findings inside them are the reader's or someone
 * else's words, so the heuristics leave them alone.
 */
import type { SentenceSpan } from './split-sentences.js';

const QUOTE_PAIRS = /“[^”\n]*”?|"[^"\n]*"?|«[^»\n]*»?|^[ \t]*>[^\n]*/gmu;

/**
 * Lists quoted stretches of `text`, in order. An opening mark without its closing mark quotes to
 * the end of the line.
 *
 * @returns spans into `text`, end exclusive.
 * @example
 * findQuotedSpans('You said “we are the best”.'); // [{ start: 9, end: 26 }]
 */
export function findQuotedSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const match of text.matchAll(QUOTE_PAIRS)) {
    if (match[0].length > 1) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** True when `[start, end)` overlaps one of the sorted `spans`. */
export function isInsideSpans(spans: readonly SentenceSpan[], start: number, end: number): boolean {
  for (const span of spans) {
    if (span.start >= end) return false;
    if (span.end > start) return true;
  }
  return false;
}
