/** The flags `agenda` and `health` share, parsed with `node:util`'s `parseArgs`. */
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { canonicalTimeZone, parseCalendarDate } from '@sincerely/core';
import { UsageError } from './read-contact-store.js';

/** The parsed flags. */
export interface ContactCommandOptions {
  file: string;
  format: 'stylish' | 'json';
  now: Date;
  from?: string;
  days?: number;
  timeZone?: string;
  limit?: number;
  help: boolean;
}

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON: Options = {
  format: { type: 'string', short: 'f' },
  now: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

/** The agenda's extra flags. */
export const AGENDA_FLAGS: Options = {
  tz: { type: 'string' },
  from: { type: 'string' },
  days: { type: 'string' },
  limit: { type: 'string' },
};

function toWholeNumber(flag: string, value: string, max: number): number {
  const number = Number(value);
  if (!/^\d+$/u.test(value) || number < 1 || number > max) {
    throw new UsageError(`--${flag} expects a whole number from 1 to ${max}.`);
  }
  return number;
}

/**
 * Parses a command's arguments: one contacts file and the flags.
 *
 * @throws {UsageError} for unknown flags, a missing file or a malformed value.
 */
export function parseContactCommandArgs(
  command: string,
  args: string[],
  extra: Options = {},
): ContactCommandOptions {
  const options = { ...COMMON, ...extra };
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const known = Object.keys(options)
      .map((name) => `--${name}`)
      .join(', ');
    const match = /'(-[^']+)'/u.exec((error as Error).message);
    const flag = match ? match[1] : 'an option';
    throw new UsageError(
      `Unknown or incomplete option ${flag} for "sincerely ${command}"; the options are ${known}.`,
    );
  }
  const { values, positionals } = parsed;
  const help = values['help'] === true;
  if (positionals.length !== 1 && !help) {
    throw new UsageError(
      `"sincerely ${command}" takes one contacts file, e.g. sincerely ${command} contacts.json.`,
    );
  }
  const format = (values['format'] as string | undefined) ?? 'stylish';
  if (format !== 'stylish' && format !== 'json')
    throw new UsageError('--format expects stylish or json.');
  const nowText = values['now'] as string | undefined;
  const now = nowText === undefined ? new Date() : new Date(nowText);
  if (
    Number.isNaN(now.getTime()) ||
    (nowText !== undefined && !/^\d{4}-\d{2}-\d{2}T/u.test(nowText))
  ) {
    throw new UsageError('--now expects an ISO 8601 date-time such as 2025-06-02T15:00:00Z.');
  }
  const result: ContactCommandOptions = { file: positionals[0] ?? '', format, now, help };
  const timeZone = values['tz'] as string | undefined;
  if (timeZone !== undefined) {
    // Time zone names match in any case; print the IANA spelling (`America/New_York`).
    const canonical = canonicalTimeZone(timeZone);
    if (!canonical)
      throw new UsageError('--tz expects an IANA time zone name such as America/New_York.');
    result.timeZone = canonical;
  }
  const from = values['from'] as string | undefined;
  if (from !== undefined) {
    if (!parseCalendarDate(from))
      throw new UsageError('--from expects a calendar date YYYY-MM-DD.');
    result.from = from;
  }
  const days = values['days'] as string | undefined;
  if (days !== undefined) result.days = toWholeNumber('days', days, 3660);
  const limit = values['limit'] as string | undefined;
  if (limit !== undefined) result.limit = toWholeNumber('limit', limit, 1000);
  return result;
}
