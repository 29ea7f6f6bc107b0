import type { Fix, ReportFixFunction } from '../rule.js';
import { ruleFixer } from './rule-fixer.js';

function isFix(value: unknown): value is Fix {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as Fix).range) &&
    typeof (value as Fix).text === 'string'
  );
}

/**
 * Runs a report's fix function and merges what it returns into one fix, as ESLint does: several
 * fixes become one edit spanning them, with the original text kept between them.
 *
 * @returns the merged fix, or null when the function returned nothing.
 * @throws when fixes overlap or a value is not a fix.
 */
export function createFix(fixFunction: ReportFixFunction, text: string): Fix | null {
  const result = fixFunction(ruleFixer);
  if (result === null || result === undefined) return null;
  if (isFix(result)) return mergeFixes([result], text);
  const fixes: Fix[] = [];
  for (const fix of result as Iterable<unknown>) {
    if (!isFix(fix)) throw new TypeError('A fix function returned something that is not a fix.');
    fixes.push(fix);
  }
  return mergeFixes(fixes, text);
}

/**
 * Merges fixes of one report into a single fix.
 *
 * @returns the merged fix, or null for an empty list.
 * @throws when two fixes overlap or a range is outside the text.
 */
export function mergeFixes(fixes: readonly Fix[], text: string): Fix | null {
  if (fixes.length === 0) return null;
  for (const { range } of fixes) {
    const [start, end] = range;
    if (!(
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      start <= end &&
      end <= text.length
    )) {
      throw new RangeError(
        `A fix range [${start}, ${end}] is outside the text (0–${text.length}).`,
      );
    }
  }
  if (fixes.length === 1) {
    const [fix] = fixes as [Fix];
    return { range: [fix.range[0], fix.range[1]], text: fix.text };
  }
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const start = sorted[0]!.range[0];
  let end = start;
  let merged = '';
  for (const fix of sorted) {
    if (fix.range[0] < end) throw new RangeError('Fixes of one report must not overlap.');
    merged += text.slice(end, fix.range[0]) + fix.text;
    end = fix.range[1];
  }
  return { range: [start, end], text: merged };
}
