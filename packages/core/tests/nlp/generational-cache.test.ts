import { describe, expect, it } from 'vitest';
import { detached, GenerationalCache } from '../../src/nlp/lru-cache.js';

describe(GenerationalCache, () => {
  it('keeps recent entries and drops old ones that were not used', () => {
    const cache = new GenerationalCache<string, number>(4);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // the young generation was full: a and b are now old
    expect(cache.get('a')).toBe(1); // moved back to the young generation
    cache.set('d', 4); // young full again: a and c are old, b is dropped
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.get('d')).toBe(4);
  });
});

describe(detached, () => {
  it('copies a slice of a longer text to an equal string', () => {
    const message = `${'Long message. '.repeat(200)}The paragraph to keep.`;
    const paragraph = message.slice(message.indexOf('The paragraph'));
    expect(detached(paragraph)).toBe('The paragraph to keep.');
    expect(detached('')).toBe('');
    expect(detached('“Quotes” and emoji 😀\n')).toBe('“Quotes” and emoji 😀\n');
  });
});
