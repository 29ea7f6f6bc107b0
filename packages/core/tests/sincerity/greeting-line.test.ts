import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

function hollow(text: string): string[] {
  return analyzeMessage({ text, kind: 'cold' }).hollowOpeners.map((finding) => finding.evidence);
}

describe('hollow openers: "Greetings" as the whole greeting', () => {
  it.each(['Greetings!\n\nYour move is on the 12th.', 'Greetings,\n\nYour move is on the 12th.'])(
    'flags %j',
    (text) => {
      expect(hollow(text)).toEqual(['Greetings']);
    },
  );

  it.each([
    "Season's greetings!\n\nThanks for a lovely year, Dana.",
    'Greetings from Denver, Dana! The new store looks great.\n\nSam',
    'Warm greetings,\n\nThank you for the flowers.',
  ])('does not flag %j', (text) => {
    expect(hollow(text)).toEqual([]);
  });
});
