/** Lint results the formatter tests share: written out by hand, so they do not move with rules. */
import type { LintResult } from '../../src/index.js';

export const CWD = '/home/sam/outreach';

const INTRO_SOURCE =
  'Hi [FIRST NAME],\n\nI hope this email finds you well. We are trusted by 10,000+ companies!!\n';

/** A plain-text email with an error, two warnings and one fixable warning. */
export const introResult: LintResult = {
  filePath: `${CWD}/emails/intro.txt`,
  messages: [
    {
      ruleId: 'no-unfilled-placeholder',
      severity: 2,
      message:
        'This reads like a leftover placeholder: fill in "[FIRST NAME]" or remove it before sending.',
      messageId: 'placeholder',
      line: 1,
      column: 4,
      endLine: 1,
      endColumn: 16,
    },
    {
      ruleId: 'no-hollow-opener',
      severity: 1,
      message:
        '"I hope this email finds you well" could open any email: start with something specific to them.',
      messageId: 'hollowOpener',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 33,
    },
    {
      ruleId: 'no-shouting',
      severity: 1,
      message: '"!!" reads as shouting: one "!" is enough.',
      messageId: 'repeatedPunctuation',
      line: 3,
      column: 69,
      endLine: 3,
      endColumn: 71,
      fix: { range: [86, 88], text: '!' },
    },
  ],
  suppressedMessages: [],
  errorCount: 1,
  warningCount: 2,
  fatalErrorCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 1,
  source: INTRO_SOURCE,
  usedDeprecatedRules: [],
};

/** A Handlebars template that does not parse: one fatal message without an end position. */
export const brokenResult: LintResult = {
  filePath: `${CWD}/emails/follow up, v2.hbs`,
  messages: [
    {
      ruleId: null,
      severity: 2,
      fatal: true,
      message:
        'Parsing error: The block "{{#if firstName}}" at line 1, column 4 is never closed: add "{{/if}}" where it should end.',
      line: 1,
      column: 4,
    },
  ],
  suppressedMessages: [],
  errorCount: 1,
  warningCount: 0,
  fatalErrorCount: 1,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  source: 'Hi {{#if firstName}}{{firstName}},\n',
  usedDeprecatedRules: [],
};

/** A clean file: formatters leave it out. */
export const cleanResult: LintResult = {
  filePath: `${CWD}/emails/thank-you.liquid`,
  messages: [],
  suppressedMessages: [],
  errorCount: 0,
  warningCount: 0,
  fatalErrorCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  usedDeprecatedRules: [],
};
