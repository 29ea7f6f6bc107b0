import { describe, expect, it } from 'vitest';
import { GenerationalCache } from '../../src/nlp/lru-cache.js';

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
