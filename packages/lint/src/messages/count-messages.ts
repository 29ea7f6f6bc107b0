import type { LintMessage, LintResult } from '../lint-result.js';

/** The counters of a `LintResult`. */
export type MessageCounts = Pick<
  LintResult,
  'errorCount' | 'warningCount' | 'fatalErrorCount' | 'fixableErrorCount' | 'fixableWarningCount'
>;

/**
 * Counts errors, warnings, fatal errors and fixable problems the way ESLint does.
 *
 * @returns the counters to spread into a `LintResult`.
 */
export function countMessages(messages: readonly LintMessage[]): MessageCounts {
  const counts: MessageCounts = {
    errorCount: 0,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
  for (const message of messages) {
    if (message.fatal) counts.fatalErrorCount++;
    if (message.severity === 2) {
      counts.errorCount++;
      if (message.fix) counts.fixableErrorCount++;
    } else {
      counts.warningCount++;
      if (message.fix) counts.fixableWarningCount++;
    }
  }
  return counts;
}
