import type { Severity } from '../rule.js';

const SEVERITIES: Readonly<Record<string, Severity>> = {
  off: 0,
  warn: 1,
  error: 2,
  0: 0,
  1: 1,
  2: 2,
};

/**
 * Reads a severity written as `"off" | "warn" | "error" | 0 | 1 | 2`.
 *
 * @returns the numeric severity, or undefined when the value is not one.
 */
export function toSeverity(value: unknown): Severity | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return Object.hasOwn(SEVERITIES, String(value)) ? SEVERITIES[String(value)] : undefined;
}

/**
 * Splits a rule entry (`"warn"`, `2`, `["error", { max: 150 }]`) into severity and options.
 *
 * @returns the severity and the options, or undefined when the entry is malformed.
 */
export function normalizeRuleEntry(
  entry: unknown,
): { severity: Severity; options: unknown[] | undefined } | undefined {
  if (Array.isArray(entry)) {
    const severity = toSeverity(entry[0]);
    return severity === undefined
      ? undefined
      : { severity, options: entry.length > 1 ? entry.slice(1) : undefined };
  }
  const severity = toSeverity(entry);
  return severity === undefined ? undefined : { severity, options: undefined };
}

/**
 * Reads `reportUnusedDirectives` (`true`, `false` or a severity).
 *
 * @returns the severity; `true` means warn.
 */
export function toDirectiveSeverity(value: unknown): Severity | undefined {
  if (value === true) return 1;
  if (value === false) return 0;
  return toSeverity(value);
}
