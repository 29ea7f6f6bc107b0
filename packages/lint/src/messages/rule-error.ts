/**
 * A rule that threw, or reported something invalid, while linting a file. Like ESLint, the run
 * stops with an error that names the rule and the file rather than losing the problem.
 */
export class RuleError extends Error {
  readonly code = 'SINCERELY_RULE';
  /** The rule that failed. */
  readonly ruleId: string;
  /** The file being linted (`<text>` when there is none). */
  readonly filePath: string;

  constructor(
    ruleId: string,
    filePath: string,
    detail: string,
    options?: { cause?: unknown; line?: number },
  ) {
    const where = options?.line ? `${filePath}:${options.line}` : filePath;
    super(
      `Rule "${ruleId}" failed while linting ${where}: ${detail}`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'RuleError';
    this.ruleId = ruleId;
    this.filePath = filePath;
  }
}
