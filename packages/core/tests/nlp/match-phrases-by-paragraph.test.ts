/**
 * Phrase matching paragraph by paragraph, cached by paragraph text, must find what matching the
 * whole message finds, at the same offsets, wherever a paragraph comes back; only a phrase broken
 * by a blank line is not one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as data from '../../src/data/index.js';
import type { PhraseEntry } from '../../src/data/phrase-entry.js';
import { BUZZWORDS } from '../../src/data/buzzwords.js';
import { HOLLOW_OPENERS } from '../../src/data/hollow-openers.js';
import { TIME_GRABS } from '../../src/data/time-grabs.js';
import { matchPhrases, normalizeForMatching } from '../../src/nlp/match-phrases.js';
import {
  createPhraseMatcher,
  matchPhrasesCached,
} from '../../src/nlp/match-phrases-by-paragraph.js';

const LISTS = Object.values(data).filter(
  (value): value is readonly PhraseEntry[] =>
    Array.isArray(value) && typeof (value[0] as PhraseEntry | undefined)?.pattern === 'string',
);

function show(matches: readonly { entry: PhraseEntry; start: number; end: number }[]) {
  return matches.map(({ entry, start, end }) => [entry.phrase, start, end]);
}

function matcherFor(text: string) {
  return createPhraseMatcher(text, normalizeForMatching(text));
}

describe(createPhraseMatcher, () => {
  const folder = fileURLToPath(new URL('../../../../examples/eval/messages/', import.meta.url));
  const messages = readdirSync(folder).map((name) => readFileSync(`${folder}${name}`, 'utf8'));

  it('finds what matching the whole message finds, in every list, on the evaluation set', () => {
    let compared = 0;
    for (const text of messages) {
      const lower = normalizeForMatching(text);
      const byParagraph = createPhraseMatcher(text, lower);
      for (const list of LISTS) {
        expect(show(byParagraph(list)), text.slice(0, 60)).toEqual(
          show(matchPhrases(list, text, lower)),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300 * 15);
  });

  it('gives the offsets of each message when a paragraph comes back elsewhere', () => {
    const pitch = 'Could I get 15 minutes of your time this week?';
    const first = `Hi Ana,\n\n${pitch}\n\nBest,\nSam`;
    const second = `Hello again Maria, long time no see!\n\n${pitch}\n\nThanks,\nLee`;
    expect(show(matcherFor(first)(TIME_GRABS))).toEqual([
      ['10 minutes of your time', first.indexOf('15 minutes'), first.indexOf(' this week')],
    ]);
    expect(show(matcherFor(second)(TIME_GRABS))).toEqual([
      ['10 minutes of your time', second.indexOf('15 minutes'), second.indexOf(' this week')],
    ]);
  });

  it('does not join words across a blank line into a phrase', () => {
    const text = 'Shall we hop on\n\na call?';
    // Read as one text, the words would run on across the blank line.
    expect(matchPhrases(TIME_GRABS, text, normalizeForMatching(text))).toHaveLength(1);
    expect(matcherFor(text)(TIME_GRABS)).toEqual([]);
    expect(matcherFor('Shall we hop on a call?')(TIME_GRABS)).toHaveLength(1);
  });

  it('lets a phrase look ahead to the line break that ends its paragraph', () => {
    const text = 'Greetings!\n\nThe filters you asked about are in stock.';
    expect(show(matcherFor(text)(HOLLOW_OPENERS))).toEqual([['Greetings!', 0, 9]]);
    // "Greetings from Denver" is not a greeting line.
    expect(matcherFor('Greetings from Denver!\n\nSee you soon.')(HOLLOW_OPENERS)).toEqual([]);
  });

  it('handles CRLF line breaks and a message without paragraphs', () => {
    const text = 'Hi Ana,\r\n\r\nWe leverage synergy.\r\n\r\nBest,\r\nSam';
    expect(show(matcherFor(text)(BUZZWORDS))).toEqual(
      show(matchPhrases(BUZZWORDS, text, normalizeForMatching(text))),
    );
    expect(show(matcherFor('Synergy!')(BUZZWORDS))).toEqual([['synergy', 0, 7]]);
    expect(matcherFor('')(BUZZWORDS)).toEqual([]);
  });
});

describe(matchPhrasesCached, () => {
  it('returns the same matches for the same text, matched once', () => {
    const text = 'Let us circle back on the synergy.';
    const lower = normalizeForMatching(text);
    const first = matchPhrasesCached(BUZZWORDS, text, lower);
    expect(first.length).toBeGreaterThan(0);
    expect(matchPhrasesCached(BUZZWORDS, text, lower)).toBe(first);
  });

  it('matches a very long paragraph every time instead of keeping a copy', () => {
    const text = `${'The shipment left Denver on time. '.repeat(400)}Let us circle back on the synergy.`;
    const lower = normalizeForMatching(text);
    const first = matchPhrasesCached(BUZZWORDS, text, lower);
    expect(show(first)).toEqual(show(matchPhrases(BUZZWORDS, text, lower)));
    expect(first.length).toBeGreaterThan(0);
    expect(matchPhrasesCached(BUZZWORDS, text, lower)).not.toBe(first);
  });

  it('matches again when the same text was folded differently', () => {
    const text = 'Synergy, SYNERGY.';
    const lower = normalizeForMatching(text);
    const found = matchPhrasesCached(BUZZWORDS, text, lower);
    // The same text read with its case kept: nothing is lower-case "synergy" in the second word.
    const other = matchPhrasesCached(BUZZWORDS, text, text);
    expect(other).not.toBe(found);
    expect(show(other)).toEqual(show(matchPhrases(BUZZWORDS, text, text)));
  });
});
