/**
 * The opening's pronouns are read from its words when no pronoun could be a place or an acronym,
 * so that most openings are judged without loading the tagger. Where the words answer, they must
 * give exactly what the tagger gives: every sentence of the evaluation set and the example
 * templates is read both ways, and so are seeded variants with capitals and punctuation around
 * the pronouns.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/nlp/match-phrases.js';
import {
  openingPronouns,
  pronounsByWords,
  taggedPronouns,
} from '../../src/sincerity/opening-pronouns.js';
import { exampleSentences } from '../support/example-sentences.js';
import { createRandom } from '../support/random.js';

const byWords = (sentence: string) => pronounsByWords(sentence, normalizeForMatching(sentence));
const byTagger = (sentence: string) => taggedPronouns(sentence, normalizeForMatching(sentence));

describe('pronounsByWords', () => {
  it('reads plain openings without the tagger', () => {
    expect(byWords('I saw your post about hiring night-shift nurses in Denver.')).toEqual([
      { word: 'i', start: 0 },
      { word: 'your', start: 6 },
    ]);
    expect(byWords('When we spoke last week, you said scheduling was the hard part.')).toEqual([
      { word: 'we', start: 5 },
      { word: 'you', start: 25 },
    ]);
    expect(byWords('“You’re right,” I said.')).toEqual([
      { word: "you're", start: 1 },
      { word: 'i', start: 16 },
    ]);
  });

  it('leaves to the tagger what could be a place or an acronym', () => {
    for (const sentence of [
      'We sell in the US and Canada.',
      'Our U.S. team loves you.',
      'Call ME when you land.',
      'Part I. covers what you asked.',
      'WE ARE HIRING, YOU SHOULD APPLY.',
      'Pick you/your team.',
      'Sent 2you yesterday.',
      // Characters the tagger may keep on the word, or read with it.
      '@I hope your launch went well.',
      '€I hope your launch went well.',
      '\u200BI hope your launch went well.',
      "Saw _'you ok",
      "Saw $'you ok",
      "Saw you'_ ok",
      "Thanks from both of 'us'",
      "The deal is 'yours'",
      `I make nice ${'boxes and '.repeat(120)}boxes for you.`,
    ]) {
      expect(byWords(sentence), sentence).toBeUndefined();
    }
    // The tagger does turn the country down, which is why the words must not answer here.
    expect(byTagger('We sell in the US and Canada.').map((pronoun) => pronoun.word)).toEqual([
      'we',
    ]);
  });

  const sentences = exampleSentences();

  it('finds no pronoun, without the tagger, in a sentence that holds none as a word', () => {
    for (const sentence of [
      'The y\u200Bou team rocks.',
      'Great news for yo\u00ADu and the team.',
    ]) {
      expect(openingPronouns(sentence, normalizeForMatching(sentence)), sentence).toEqual([]);
    }
  });

  it('gives what the tagger gives on every sentence of the evaluation set', () => {
    let answered = 0;
    for (const sentence of sentences) {
      const words = byWords(sentence);
      if (words === undefined) continue;
      answered++;
      expect(words, sentence).toEqual(byTagger(sentence));
    }
    expect(sentences.length).toBeGreaterThan(2000);
    // Nearly every sentence is read without the tagger.
    expect(answered / sentences.length).toBeGreaterThan(0.95);
  });

  it('gives what the tagger gives with capitals and punctuation around the pronouns', () => {
    const random = createRandom(20261130);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const pronouns = [
      'I',
      'i',
      'me',
      'Me',
      'my',
      'My',
      "I'm",
      'I’ve',
      'we',
      'We',
      'us',
      'Us',
      'our',
      'you',
      'You',
      "you're",
      'You’ll',
      'your',
      'yours',
    ];
    const around = ['', '', '"', '“', '(', '‘', '*', '-', "'", '@', '#', '_', '$', '€', '\u200B'];
    const after = ['', '', ',', '.', '!', '?', ')', '”', '…', ':', '—', "'s", "'", '’', '°', '_'];
    const others = [
      'saw',
      'the',
      'team',
      'Acme',
      'know',
      'last',
      'week',
      'and',
      'Denver',
      'AI',
      'CEO',
      'to',
      'thanks',
    ];
    let answered = 0;
    for (let index = 0; index < 3000; index++) {
      const words: string[] = [];
      const length = 3 + Math.floor(random() * 8);
      for (let at = 0; at < length; at++) {
        const word = random() < 0.4 ? pick(pronouns) : pick(others);
        words.push(`${pick(around)}${word}${pick(after)}`);
      }
      const sentence = words.join(' ');
      const read = byWords(sentence);
      if (read === undefined) continue;
      answered++;
      expect(read, sentence).toEqual(byTagger(sentence));
    }
    expect(answered).toBeGreaterThan(500);
  });
});
