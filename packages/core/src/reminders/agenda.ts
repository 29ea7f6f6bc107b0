/** The agenda: reminders for a date range, in the user's calendar. */

/** What a reminder is about. */
export type AgendaItemKind =
  | 'important-date'
  | 'important-date-ahead'
  | 'promise-due'
  | 'promise-overdue'
  | 'cadence-due'
  | 'follow-up';

/** One reminder. */
export interface AgendaItem {
  /** The day to act, `YYYY-MM-DD` in the user's calendar. */
  date: string;
  kind: AgendaItemKind;
  contactId: string;
  contactName: string;
  /** What to do or remember, in words. */
  title: string;
  /** Why, or more context. */
  detail?: string;
  /** For `important-date-ahead`: how many days before the date. */
  daysBefore?: number;
  /** The records behind it. */
  ref: { importantDateId?: string; promiseId?: string; factId?: string };
}

/** An agenda for `from`–`to` (inclusive) in `timeZone`. */
export interface Agenda {
  from: string;
  to: string;
  timeZone: string;
  items: AgendaItem[];
}

/** What `buildAgenda` takes. */
export interface AgendaOptions {
  /** Now (ISO instant, Date or epoch ms): decides "today" and what is overdue. */
  now: string | Date | number;
  /** The first day, `YYYY-MM-DD` (default: today in `timeZone`). */
  from?: string;
  /** How many days, including `from` (default 14). */
  days?: number;
  /** The user's IANA time zone (default: the store owner's, else UTC). */
  timeZone?: string;
  /** Reminder lead times for important dates, in days (default [7, 30], as Monica does). */
  leadDays?: readonly number[];
}
