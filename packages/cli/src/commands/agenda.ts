/** `sincerely agenda contacts.json`: reminders for the coming days and the next best touches. */
import { buildAgenda, nextBestTouches, weekdayOf, parseCalendarDate } from '@sincerely/core';
import type { Agenda, AgendaItemKind, TouchSuggestion } from '@sincerely/core';
import { AGENDA_FLAGS, parseContactCommandArgs } from '../contacts/contact-command-options.js';
import { readContactStore, UsageError } from '../contacts/read-contact-store.js';
import type { TerminalStyle } from '../contacts/terminal-style.js';
import { createTerminalStyle } from '../contacts/terminal-style.js';
import type { Command } from '../io.js';
import { ExitCode } from '../io.js';

const HELP = `Usage: sincerely agenda <contacts.json> [options]

Prints reminders (important dates, promises, cadence, follow-ups) and the next best touches.

Options:
  --from DATE      first day, YYYY-MM-DD (default: today in --tz)
  --days N         how many days (default: 14)
  --tz ZONE        your IANA time zone (default: the file's owner.timeZone, else UTC)
  --limit N        how many next best touches (default: 5)
  --format NAME    stylish or json (default: stylish)
  --now ISO        the current time, for reproducible output
`;

const LABELS: Record<AgendaItemKind, string> = {
  'important-date': 'date',
  'important-date-ahead': 'upcoming',
  'promise-due': 'promise',
  'promise-overdue': 'overdue',
  'cadence-due': 'cadence',
  'follow-up': 'follow-up',
};
const DAY_NAMES = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};

function formatAgenda(agenda: Agenda, touches: TouchSuggestion[], style: TerminalStyle): string {
  const lines = [style.bold(`Agenda ${agenda.from} – ${agenda.to} (${agenda.timeZone})`), ''];
  if (agenda.items.length === 0) lines.push('  Nothing due.', '');
  let day = '';
  for (const item of agenda.items) {
    if (item.date !== day) {
      day = item.date;
      const date = parseCalendarDate(day);
      lines.push(style.bold(`${date ? DAY_NAMES[weekdayOf(date)] : ''} ${day}`));
    }
    const label = LABELS[item.kind].padEnd(10);
    const colored = item.kind === 'promise-overdue' ? style.red(label) : style.cyan(label);
    lines.push(`  ${colored}${item.title}`);
    if (item.detail) lines.push(`  ${' '.repeat(10)}${style.dim(item.detail)}`);
  }
  if (agenda.items.length > 0) lines.push('');
  lines.push(style.bold('Next best touches'));
  if (touches.length === 0) lines.push('  No one needs a touch right now.');
  touches.forEach((touch, index) => {
    const channel = touch.channel ? style.dim(` (by ${touch.channel})`) : '';
    lines.push(`  ${index + 1}. ${style.bold(touch.name)}${channel}`, `     ${touch.suggestion}`);
    for (const reason of touch.reasons) lines.push(style.dim(`     - ${reason}`));
  });
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `sincerely agenda`.
 *
 * @example
 * await agenda(['contacts.json', '--days', '7', '--tz', 'America/Chicago'], io);
 */
export const agenda: Command = async (args, io) => {
  try {
    const options = parseContactCommandArgs('agenda', args, AGENDA_FLAGS);
    if (options.help) {
      io.stdout(HELP);
      return ExitCode.Ok;
    }
    const store = await readContactStore(options.file, io.cwd);
    const shared = {
      now: options.now,
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    };
    const result = buildAgenda(store, {
      ...shared,
      ...(options.from ? { from: options.from } : {}),
      ...(options.days ? { days: options.days } : {}),
    });
    const touches = nextBestTouches(store, {
      ...shared,
      ...(options.limit ? { limit: options.limit } : {}),
    });
    io.stdout(
      options.format === 'json'
        ? `${JSON.stringify({ agenda: result, nextBestTouches: touches }, null, 2)}\n`
        : formatAgenda(result, touches, createTerminalStyle(io)),
    );
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof UsageError || error instanceof RangeError) {
      io.stderr(`sincerely agenda: ${error.message}\n`);
      return ExitCode.Fatal;
    }
    throw error;
  }
};
