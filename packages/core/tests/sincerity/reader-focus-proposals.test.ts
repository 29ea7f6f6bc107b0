import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

function focus(text: string): { sender: number; shared: number } {
  const { sender, shared } = analyzeMessage({ text, kind: 'nurture' }).readerFocus;
  return { sender, shared };
}

describe('reader focus: proposals of joint work', () => {
  it('counts "we" after "I suggest" as shared', () => {
    expect(focus("Here's what I'd suggest we do between us before the recital.")).toEqual({
      sender: 1,
      shared: 2,
    });
    expect(focus('I propose that we meet at the site on Friday.')).toEqual({
      sender: 1,
      shared: 1,
    });
  });

  it('keeps "we" about the sender alone as the sender', () => {
    expect(focus('I suggest you call us on Friday; we open at nine.')).toEqual({
      sender: 3,
      shared: 0,
    });
  });
});
