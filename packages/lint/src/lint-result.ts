/**
 * Results in the shape of ESLint's `LintResult` and `LintMessage`, so tools built for ESLint
 * (formatters, editors, CI annotations) read them as they are.
 */
import type { Fix } from './rule.js';

/** A suggestion attached to a message. */
export interface LintSuggestion {
  desc: string;
  messageId?: string;
  data?: Record<string, string | number>;
  fix: Fix;
}

/** One finding. Lines and columns are 1-based; `endColumn` is exclusive. */
export interface LintMessage {
  /** The rule's id, or null for a fatal parse error or a config problem. */
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** True for a template that could not be parsed. */
  fatal?: boolean;
  fix?: Fix;
  suggestions?: LintSuggestion[];
}

/** A message that an inline directive turned off. */
export interface SuppressedLintMessage extends LintMessage {
  suppressions: { kind: 'directive'; justification: string }[];
}

/** The result of linting one file. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: SuppressedLintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, present only when fixing changed something. */
  output?: string;
  /** The source, present when there are messages and no output (as ESLint does). */
  source?: string;
  usedDeprecatedRules: { ruleId: string; replacedBy: string[] }[];
}
