import { describe, expect, it } from 'vitest';
import { countSyllables } from '../../src/nlp/count-syllables.js';

describe(countSyllables, () => {
  it.each([
    ['cat', 1],
    ['make', 1],
    ['takes', 1],
    ['liked', 1],
    ['wanted', 2],
    ['table', 2],
    ['little', 2],
    ['happy', 2],
    ['email', 2],
    ['meeting', 2],
    ['idea', 3],
    ['nation', 2],
    ['social', 2],
    ['actual', 3],
    ['quarter', 2],
    ['readability', 5],
    ['organization', 5],
    ['calendar', 3],
    ['business', 2],
    ['Denver', 2],
    ['', 0],
    ['123', 0],
  ])('%j has %i syllable(s)', (word, count) => {
    expect(countSyllables(word)).toBe(count);
  });
});
