/**
 * A result that holds one file-level warning and nothing else: what a linter reports for a file
 * it did not lint (an `ignores` pattern covers it), in ESLint's shape.
 */
import type { LintResult } from '../lint-result.js';

/**
 * Builds a result with one warning at line 1, column 1 and no rule id.
 *
 * @returns an ESLint-shaped result with `warningCount: 1`.
 * @example
 * warningResult('drafts/old.txt', 'File ignored because of a matching ignore pattern.').warningCount; // 1
 */
export function warningResult(filePath: string, message: string): LintResult {
  return {
    filePath,
    messages: [{ ruleId: null, severity: 1, message, line: 1, column: 1 }],
    suppressedMessages: [],
    errorCount: 0,
    warningCount: 1,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}
