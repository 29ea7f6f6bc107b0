import { describe, expect, it } from 'vitest';
import { LruCache } from '../../src/nlp/lru-cache.js';
import { findTermAt, tagTerms } from '../../src/nlp/tag-terms.js';

describe(tagTerms, () => {
  it.each([
    ['We leverage AI.', 'leverage', 'Verb'],
    ['Your debt leverage is high.', 'leverage', 'Noun'],
    ['Act now to save.', 'Act', 'Verb'],
    ['It meets the Clean Air Act.', 'Act', 'ProperNoun'],
  ])('tags %j: %s as %s', (sentence, word, tag) => {
    const terms = tagTerms(sentence);
    const term = findTermAt(terms, sentence.indexOf(word));
    expect(term?.text).toBe(word);
    expect(term?.tags.has(tag)).toBe(true);
  });

  it('returns the cached terms for the same sentence', () => {
    expect(tagTerms('Thanks for the tour.')).toBe(tagTerms('Thanks for the tour.'));
  });

  it('tags only the start of a "sentence" with no sentence marks', () => {
    const sentence = `We leverage AI ${'and we provide and we have our own '.repeat(200)}today`;
    const terms = tagTerms(sentence);
    expect(findTermAt(terms, sentence.indexOf('leverage'))?.tags.has('Verb')).toBe(true);
    expect(Math.max(...terms.map((term) => term.end))).toBeLessThanOrEqual(1000);
    expect(findTermAt(terms, sentence.indexOf('today'))).toBeUndefined();
  });

  it('leaves out the implicit terms of contractions', () => {
    const terms = tagTerms("You're right.");
    expect(terms.map((term) => term.text)).toEqual(["You're", 'right']);
  });
});

describe(LruCache, () => {
  it('drops the least recently used entry when full', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.size).toBe(2);
  });
});
