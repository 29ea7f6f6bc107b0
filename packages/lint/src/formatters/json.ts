import type { Formatter } from './formatter.js';

/**
 * Formats results as JSON in ESLint's `LintResult[]` shape, for tools built for ESLint.
 *
 * @returns one line of JSON.
 * @example
 * const parsed = JSON.parse(formatJson(results)); // LintResult[]
 */
export const formatJson: Formatter = (results) => JSON.stringify(results);
