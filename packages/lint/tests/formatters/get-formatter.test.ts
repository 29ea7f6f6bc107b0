import { describe, expect, it } from 'vitest';
import {
  FORMATTER_NAMES,
  formatGithub,
  formatJson,
  formatSarif,
  formatStylish,
  getFormatter,
} from '../../src/index.js';

describe('getFormatter', () => {
  it('returns each built-in formatter by name', () => {
    expect(FORMATTER_NAMES).toEqual(['stylish', 'json', 'sarif', 'github']);
    expect(getFormatter('stylish')).toBe(formatStylish);
    expect(getFormatter('json')).toBe(formatJson);
    expect(getFormatter('sarif')).toBe(formatSarif);
    expect(getFormatter('github')).toBe(formatGithub);
  });

  it('names the valid formatters for an unknown name', () => {
    expect(() => getFormatter('checkstyle')).toThrow(
      'Unknown formatter "checkstyle": use one of "stylish", "json", "sarif", "github".',
    );
    expect(() => getFormatter('toString')).toThrow(/Unknown formatter "toString"/u);
  });
});
