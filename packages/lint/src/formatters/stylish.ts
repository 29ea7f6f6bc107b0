/**
 * The default formatter, after ESLint's `stylish`: problems grouped per file as
 * `line:column  severity  message  rule-id`, then a summary with counts and how many `--fix`
 * would fix. Colour is ANSI escapes, only when the caller says so (`color: true`).
 */
import type { LintMessage, LintResult } from '../lint-result.js';
import { toDisplayPath } from './display-path.js';
import type { Formatter } from './formatter.js';

interface Paint {
  underline(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  boldRed(text: string): string;
  boldYellow(text: string): string;
}

function createPaint(color: boolean): Paint {
  const wrap =
    (open: string, close: string) =>
    (text: string): string =>
      color ? `\u001B[${open}m${text}\u001B[${close}m` : text;
  return {
    underline: wrap('4', '24'),
    dim: wrap('2', '22'),
    red: wrap('31', '39'),
    yellow: wrap('33', '39'),
    boldRed: wrap('1;31', '39;22'),
    boldYellow: wrap('1;33', '39;22'),
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** ESLint drops a message's final period in this table; the rule id follows it. */
function tableText(message: LintMessage): string {
  return message.message.replace(/([^ ])\.$/u, '$1').replace(/\r?\n/gu, ' ');
}

function formatFile(result: LintResult, paint: Paint, cwd: string | undefined): string[] {
  const messages = result.messages;
  const lineWidth = Math.max(...messages.map((message) => String(message.line).length));
  const columnWidth = Math.max(...messages.map((message) => String(message.column).length));
  const hasWarning = messages.some((message) => message.severity === 1);
  const severityWidth = hasWarning ? 'warning'.length : 'error'.length;
  const textWidth = Math.max(...messages.map((message) => tableText(message).length));

  const lines = [paint.underline(toDisplayPath(result.filePath, cwd))];
  for (const message of messages) {
    const position = `${String(message.line).padStart(lineWidth)}:${String(message.column).padEnd(columnWidth)}`;
    const severityName = message.severity === 2 ? 'error' : 'warning';
    const severity = severityName.padEnd(severityWidth);
    const ruleId = message.ruleId ?? '';
    const text = ruleId ? tableText(message).padEnd(textWidth) : tableText(message);
    const row = [
      paint.dim(position),
      message.severity === 2 ? paint.red(severity) : paint.yellow(severity),
      text,
      ...(ruleId ? [paint.dim(ruleId)] : []),
    ];
    lines.push(`  ${row.join('  ')}`.trimEnd());
  }
  return lines;
}

/**
 * Formats results for a terminal, grouped per file.
 *
 * @returns the report, or an empty string when there is nothing to report.
 * @example
 * process.stdout.write(formatStylish(results, { cwd: process.cwd(), color: true }));
 */
export const formatStylish: Formatter = (results, options = {}) => {
  const paint = createPaint(options.color === true);
  const blocks: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableErrorCount + result.fixableWarningCount;
    if (result.messages.length > 0) blocks.push(formatFile(result, paint, options.cwd).join('\n'));
  }
  const total = errors + warnings;
  if (total === 0) return '';

  const summaryPaint = errors > 0 ? paint.boldRed : paint.boldYellow;
  const lines = [
    '',
    blocks.join('\n\n'),
    '',
    summaryPaint(
      `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
    ),
  ];
  if (fixable > 0) {
    lines.push(summaryPaint(`  ${plural(fixable, 'problem')} potentially fixable with --fix.`));
  }
  return `${lines.join('\n')}\n`;
};
