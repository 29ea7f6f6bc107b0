/**
 * A phrase never ends inside a word, in any script. Matching first uses an expression that only
 * looks ahead for ASCII letters and digits, and switches to the exact one when a match ends before
 * another letter: the matches must be those of the exact expression alone.
 */
import { describe, expect, it } from 'vitest';
import { definePhrases } from '../../src/data/phrase-entry.js';
import { matchPhrases, normalizeForMatching } from '../../src/nlp/match-phrases.js';

const LIST = definePhrases([
  { phrase: 'deals', pattern: 'deals?', note: 'A test entry.' },
  { phrase: 'synergy', pattern: 'synergy', note: 'A test entry.' },
  { phrase: 'act now', pattern: 'act now', note: 'A test entry.' },
]);

function found(text: string): string[] {
  return matchPhrases(LIST, text, normalizeForMatching(text)).map((match) =>
    text.slice(match.start, match.end),
  );
}

describe('the end of a match', () => {
  it.each([
    ['Dealsé are here, and more deals.', ['deals']],
    ['Synergyä everywhere. Synergy!', ['Synergy']],
    ['Synergy𝒜 and synergy', ['synergy']],
    ['Act nowé, or act now.', ['act now']],
    ['Dealsé dealé deal', ['deal']],
    ['Deal٣ deals', ['deals']],
  ])('in %j is before no letter or digit', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Deals— all of them.', ['Deals']],
    ['Synergy’s cost', ['Synergy']],
    ['Synergy😀 and deals…', ['Synergy', 'deals']],
    ['Act now, then deals.', ['Act now', 'deals']],
  ])('in %j may be before other characters', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
