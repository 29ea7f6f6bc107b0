/** `sincerely health contacts.json`: each contact's relationship status, with the reasons. */
import { assessStoreHealth } from '@sincerely/core';
import type { HealthStatus, RelationshipHealth } from '@sincerely/core';
import { parseContactCommandArgs } from '../contacts/contact-command-options.js';
import { readContactStore, UsageError } from '../contacts/read-contact-store.js';
import type { TerminalStyle } from '../contacts/terminal-style.js';
import { createTerminalStyle } from '../contacts/terminal-style.js';
import type { Command } from '../io.js';
import { ExitCode } from '../io.js';

const HELP = `Usage: sincerely health <contacts.json> [options]

Prints each contact's relationship status (new, warm, cooling, cold, unknown) with the reasons.

Options:
  --format NAME    stylish or json (default: stylish)
  --now ISO        the current time, for reproducible output
`;

const STATUSES: HealthStatus[] = ['new', 'warm', 'cooling', 'cold', 'unknown'];

function colorStatus(status: HealthStatus, style: TerminalStyle): string {
  if (status === 'warm' || status === 'new') return style.green(status);
  if (status === 'cooling') return style.yellow(status);
  if (status === 'cold') return style.red(status);
  return style.dim(status);
}

function formatHealth(reports: RelationshipHealth[], style: TerminalStyle): string {
  const width = Math.max(0, ...reports.map((report) => report.name.length));
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(`${style.bold(report.name.padEnd(width))}  ${colorStatus(report.status, style)}`);
    for (const reason of report.reasons) lines.push(`  ${reason}`);
    lines.push('');
  }
  const counts = STATUSES.map(
    (status) => [status, reports.filter((report) => report.status === status).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`);
  lines.push(counts.length > 0 ? counts.join(' · ') : 'No contacts.');
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `sincerely health`.
 *
 * @example
 * await health(['contacts.json', '--format', 'json'], io);
 */
export const health: Command = async (args, io) => {
  try {
    const options = parseContactCommandArgs('health', args);
    if (options.help) {
      io.stdout(HELP);
      return ExitCode.Ok;
    }
    const store = await readContactStore(options.file, io.cwd);
    const reports = assessStoreHealth(store, { now: options.now });
    io.stdout(
      options.format === 'json'
        ? `${JSON.stringify(reports, null, 2)}\n`
        : formatHealth(reports, createTerminalStyle(io)),
    );
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`sincerely health: ${error.message}\n`);
      return ExitCode.Fatal;
    }
    throw error;
  }
};
