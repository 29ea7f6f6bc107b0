/**
 * GitHub Actions workflow commands, one annotation per problem:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=sincerely/<rule>::message`.
 * Escaping follows `@actions/core`: data escapes `%`, CR and LF; properties also `:` and `,`.
 */
import type { LintMessage } from '../lint-result.js';
import { toDisplayPath } from './display-path.js';
import type { Formatter } from './formatter.js';
import { toReportedRuleId } from './formatter.js';

function escapeData(value: string): string {
  return value.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

function annotate(filePath: string, message: LintMessage): string {
  const properties: [string, string | number | undefined][] = [
    ['file', filePath],
    ['line', message.line],
    ['col', message.column],
    ['endLine', message.endLine],
    ['endColumn', message.endColumn],
    ['title', `sincerely/${toReportedRuleId(message)}`],
  ];
  const list = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  const command = message.severity === 2 ? 'error' : 'warning';
  return `::${command} ${list}::${escapeData(message.message)}`;
}

/**
 * Formats results as GitHub Actions annotations, with paths relative to `cwd` (the repository).
 *
 * @returns one workflow command per line; empty when there are no problems.
 * @example
 * formatGithub(results, { cwd: '/home/runner/work/app/app' });
 * // '::warning file=emails/welcome.hbs,line=3,col=1,…,title=sincerely/no-shouting::…\n'
 */
export const formatGithub: Formatter = (results, options = {}) => {
  const lines: string[] = [];
  for (const result of results) {
    const filePath = toDisplayPath(result.filePath, options.cwd);
    for (const message of result.messages) lines.push(annotate(filePath, message));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
