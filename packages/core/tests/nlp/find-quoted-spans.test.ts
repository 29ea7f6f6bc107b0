import { describe, expect, it } from 'vitest';
import { findQuotedSpans, isInsideSpans } from '../../src/nlp/find-quoted-spans.js';

function quoted(text: string): string[] {
  return findQuotedSpans(text).map((span) => text.slice(span.start, span.end));
}

describe(findQuotedSpans, () => {
  it.each([
    ['You said “we are the best”.', ['“we are the best”']],
    ['You said "we are the best".', ['"we are the best"']],
    ['Thanks.\n> We are the best.\nOk.', ['> We are the best.']],
    ['Il a dit «merci».', ['«merci»']],
  ])('finds quotes in %j', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it.each([
    ["It's Ana's plan."],
    ['The 5" screen > the 4" one.'.replace(/"/gu, ' inch')],
    ['No quotes here.'],
  ])('finds none in %j', (text) => {
    expect(quoted(text)).toEqual([]);
  });

  it('tells whether a range touches a span', () => {
    const spans = [{ start: 5, end: 10 }];
    expect(isInsideSpans(spans, 6, 7)).toBe(true);
    expect(isInsideSpans(spans, 0, 5)).toBe(false);
    expect(isInsideSpans(spans, 10, 12)).toBe(false);
  });
});
