/** The small value schemas every model object shares: ids, channels, times and time zones. */
import { z } from 'zod';

/** The ways a touch can reach a person. */
export const CHANNELS = ['email', 'call', 'meeting', 'message', 'letter', 'gift'] as const;
/** A way a touch reaches a person. */
export type Channel = (typeof CHANNELS)[number];

/** The days of the week, as short English names (Monday first, ISO order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A day of the week. */
export type Weekday = (typeof WEEKDAYS)[number];

const IANA_NAME = /^(?:UTC|[A-Za-z][A-Za-z_]*(?:\/[A-Za-z0-9_+-]+)+)$/u;

/**
 * True when `value` is an IANA time zone name the runtime knows (`America/New_York`, `UTC`).
 * Offsets such as `+05:00` are not names and return false.
 *
 * @example
 * isTimeZone('Pacific/Kiritimati'); // true
 */
export function isTimeZone(value: string): boolean {
  if (!IANA_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The runtime's canonical spelling of a time zone name (`america/denver` → `America/Denver`), or
 * undefined when it is not a time zone name. A correctly spelled name the runtime knows under an
 * older alias (`Asia/Kolkata`) is kept as written.
 *
 * @example
 * canonicalTimeZone('europe/berlin'); // 'Europe/Berlin'
 */
export function canonicalTimeZone(value: string): string | undefined {
  if (!isTimeZone(value)) return undefined;
  const lower = value.toLowerCase();
  // Prefer the IANA spelling the runtime lists; `resolvedOptions` may give a legacy alias
  // (`Asia/Calcutta` for `Asia/Kolkata`), so it is used only to fix the case, or when the name
  // was written all in lower case and has no listed spelling.
  const listed = Intl.supportedValuesOf('timeZone').find((zone) => zone.toLowerCase() === lower);
  if (listed) return listed;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === lower || value === lower ? resolved : value;
}

/** A non-empty identifier. */
export const idSchema = z
  .string()
  .min(1, 'expected a non-empty id')
  .max(200, 'expected an id of at most 200 characters');

/** A non-empty line of text. */
export const textSchema = z.string().trim().min(1, 'expected non-empty text');

/** An IANA time zone name. */
export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, 'expected an IANA time zone name such as "America/New_York"')
  .meta({ description: 'An IANA time zone name, e.g. "America/New_York".' });

/** An instant: ISO 8601 date-time with `Z` or an offset. */
export const instantSchema = z.iso
  .datetime({
    offset: true,
    error: 'expected an ISO 8601 date-time with an offset, e.g. "2025-03-01T09:30:00Z"',
  })
  .meta({ description: 'An ISO 8601 date-time with Z or an offset.' });

/** A calendar date `YYYY-MM-DD` (no time, no zone). */
export const calendarDateSchema = z.iso
  .date({ error: 'expected a calendar date "YYYY-MM-DD"' })
  .meta({ description: 'A calendar date YYYY-MM-DD; never shifted across time zones.' });

/** A wall-clock time `HH:MM` (24 h). `24:00` is allowed as the end of a day. */
export const clockTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/u, 'expected a 24-hour time "HH:MM"')
  .meta({ description: "A 24-hour wall-clock time HH:MM in the contact's time zone." });

/** A channel. */
export const channelSchema = z.enum(CHANNELS, { error: `expected one of ${CHANNELS.join(', ')}` });

/** A weekday. */
export const weekdaySchema = z.enum(WEEKDAYS, { error: `expected one of ${WEEKDAYS.join(', ')}` });
