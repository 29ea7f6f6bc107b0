import { describe, expect, it } from 'vitest';
import {
  BUZZWORDS,
  CLAIM_PHRASES,
  GUILT_PHRASES,
  HOLLOW_OPENERS,
  MANIPULATIVE_CLOSES,
  PITCH_OPENERS,
  PRESSURE_PHRASES,
  TIME_GRABS,
} from '../../src/index.js';

const LISTS = Object.entries({
  BUZZWORDS,
  CLAIM_PHRASES,
  GUILT_PHRASES,
  HOLLOW_OPENERS,
  MANIPULATIVE_CLOSES,
  PITCH_OPENERS,
  PRESSURE_PHRASES,
  TIME_GRABS,
});

describe('phrase lists', () => {
  it.each(LISTS)('%s is frozen data with a note and a valid pattern per entry', (_name, list) => {
    expect(Object.isFrozen(list)).toBe(true);
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) {
      expect(Object.isFrozen(entry)).toBe(true);
      expect(entry.phrase).toBeTruthy();
      expect(entry.note).toBeTruthy();
      expect(() => new RegExp(entry.pattern.replaceAll(' ', '\\s+'), 'u')).not.toThrow();
      // Patterns run on lower-cased text, so a capital outside an escape could never match.
      const literal = entry.pattern.replace(/\\[pP]\{[^}]+\}|\\./gu, '');
      if (!entry.caseSensitive) expect(literal, entry.phrase).toBe(literal.toLowerCase());
    }
  });

  it.each(LISTS)('%s patterns never match an empty string', (_name, list) => {
    for (const entry of list) {
      expect(new RegExp(`^(?:${entry.pattern})$`, 'u').test(''), entry.phrase).toBe(false);
    }
  });
});
