import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fixes/apply-fixes.js';
import { mergeFixes } from '../../src/fixes/merge-fixes.js';
import type { LintMessage } from '../../src/lint-result.js';

function message(
  line: number,
  column: number,
  range: [number, number] | null,
  text = '',
): LintMessage {
  return {
    ruleId: 'r',
    severity: 1,
    message: 'm',
    line,
    column,
    ...(range ? { fix: { range, text } } : {}),
  };
}

describe(applyFixes, () => {
  it('applies fixes in source order and keeps messages without fixes', () => {
    const text = 'Wow!!! Really??';
    const result = applyFixes(text, [
      message(1, 14, [13, 15], '?'),
      message(1, 4, [3, 6], '!'),
      message(1, 1, null),
    ]);
    expect(result).toEqual({
      fixed: true,
      output: 'Wow! Really?',
      messages: [message(1, 1, null)],
    });
  });

  it('leaves overlapping and touching fixes for the next pass', () => {
    const overlapping = message(1, 2, [1, 4], 'X');
    const touching = message(1, 3, [2, 3], 'Y');
    const result = applyFixes('abcdef', [message(1, 1, [0, 2], ''), overlapping, touching]);
    expect(result.output).toBe('cdef');
    expect(result.fixed).toBe(true);
    expect(result.messages).toEqual([overlapping, touching]);
  });

  it('keeps a leading BOM and applies ranges after it', () => {
    expect(applyFixes('\uFEFFHi!!', [message(1, 3, [2, 4], '!')]).output).toBe('\uFEFFHi!');
  });

  it('reports nothing fixed when there is nothing to fix', () => {
    expect(applyFixes('text', [])).toEqual({ fixed: false, output: 'text', messages: [] });
  });
});

describe(mergeFixes, () => {
  it('merges fixes of one report into one edit, keeping the text between them', () => {
    expect(
      mergeFixes(
        [
          { range: [8, 9], text: 'D' },
          { range: [0, 1], text: 'a' },
        ],
        'A b c d e',
      ),
    ).toEqual({ range: [0, 9], text: 'a b c d D' });
  });

  it('rejects overlapping fixes', () => {
    expect(() =>
      mergeFixes(
        [
          { range: [0, 3], text: '' },
          { range: [2, 4], text: '' },
        ],
        'abcdef',
      ),
    ).toThrow('Fixes of one report must not overlap.');
  });

  it('rejects a range outside the text', () => {
    expect(() => mergeFixes([{ range: [2, 9], text: '' }], 'abc')).toThrow(
      'A fix range [2, 9] is outside the text (0–3).',
    );
  });

  it('returns null for no fixes', () => {
    expect(mergeFixes([], 'x')).toBeNull();
  });
});
