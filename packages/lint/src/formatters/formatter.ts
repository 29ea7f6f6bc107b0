import type { LintMessage, LintResult } from '../lint-result.js';
import type { RuleMeta } from '../rule.js';

/** What a formatter may be told by its caller; formatters never read the process themselves. */
export interface FormatterOptions {
  /** The folder paths are shown relative to (and SARIF URIs are relative to). */
  cwd?: string;
  /** Whether to colour the output with ANSI escapes (stylish only). Default: false. */
  color?: boolean;
  /** Rule metadata by rule id, for SARIF's rule descriptors; the built-in rules when absent. */
  rulesMeta?: Readonly<Record<string, RuleMeta>>;
  /** The name of the tool, for SARIF's `tool.driver.name`. Default: `sincerely`. */
  toolName?: string;
  /** The version of the tool, for SARIF's `tool.driver.version`. */
  toolVersion?: string;
}

/** Turns lint results into the text a person or a tool reads. */
export type Formatter = (results: readonly LintResult[], options?: FormatterOptions) => string;

/** The id a formatter shows for a message without a rule: a parse error or a config notice. */
export function toReportedRuleId(message: Pick<LintMessage, 'ruleId' | 'fatal'>): string {
  if (message.ruleId !== null) return message.ruleId;
  return message.fatal ? 'parse-error' : 'config';
}
