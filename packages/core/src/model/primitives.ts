/** The small value schemas every model object shares: ids, channels, times and time zones. */
import { z } from 'zod';

import { CHANNELS, isTimeZone, WEEKDAYS } from './values.js';

export type { Channel, Weekday } from './values.js';
export { canonicalTimeZone, CHANNELS, isTimeZone, WEEKDAYS } from './values.js';

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
