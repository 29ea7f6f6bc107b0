import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

function buzzwords(text: string): string[] {
  return analyzeMessage({ text, kind: 'cold' }).buzzwords.map((finding) => finding.evidence);
}

describe('buzzwords: "leverage" as reuse of something the reader has', () => {
  it.each([
    "Your panel has room for two chargers, so we can leverage what's already there.",
    'We can leverage your existing conduit instead of trenching the lot.',
    'The plan leverages the current rack, so nothing new needs mounting.',
    'You can leverage what you already have in the shed for the first season.',
  ])('does not flag %j', (text) => {
    expect(buzzwords(text)).toEqual([]);
  });

  it.each([
    ['We leverage our proprietary platform to unlock value.', 'leverage'],
    ['Our team can leverage AI to grow your pipeline.', 'leverage'],
  ])('still flags %j', (text, expected) => {
    expect(buzzwords(text)).toContain(expected);
  });
});
