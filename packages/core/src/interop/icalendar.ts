/**
 * iCalendar (`.ics`) export with ical.js, so reminders land in the user's calendar. Every event
 * is an all-day event on a calendar date (`DTSTART;VALUE=DATE`): a birthday is a date, not an
 * instant, and must not move when the calendar app is in another time zone.
 */
import ICAL from 'ical.js';
import { addDays, formatCalendarDate, parseCalendarDate } from '../dates/calendar-date.js';
import type { Contact, ImportantDate } from '../model/contact.js';
import type { Agenda } from '../reminders/agenda.js';
import { describeImportantDate } from '../signals/detect-occasions.js';

/** Options for calendar export. */
export interface ICalendarOptions {
  /** The DTSTAMP of every event (ISO instant, Date or epoch ms); required for reproducible files. */
  now: string | Date | number;
  /** The calendar's PRODID (default `-//Sincerely//Reminders//EN`). */
  prodId?: string;
  /** The calendar's display name (X-WR-CALNAME). */
  name?: string;
}

type JCalProperty = [string, Record<string, string>, string, ...unknown[]];
type JCalComponent = [string, JCalProperty[], JCalComponent[]];

function stamp(now: ICalendarOptions['now']): string {
  return `${new Date(now).toISOString().slice(0, 19)}Z`;
}

function calendar(events: JCalComponent[], options: ICalendarOptions): string {
  const properties: JCalProperty[] = [
    ['version', {}, 'text', '2.0'],
    ['prodid', {}, 'text', options.prodId ?? '-//Sincerely//Reminders//EN'],
    ['calscale', {}, 'text', 'GREGORIAN'],
  ];
  if (options.name) properties.push(['x-wr-calname', {}, 'unknown', options.name]);
  return `${new ICAL.Component(['vcalendar', properties, events]).toString()}\r\n`;
}

function nextDay(date: string): string {
  const parsed = parseCalendarDate(date);
  return parsed ? formatCalendarDate(addDays(parsed, 1)) : date;
}

/**
 * Writes an agenda as an iCalendar file: one all-day event per reminder, with a stable UID so a
 * re-import updates events instead of duplicating them.
 *
 * @example
 * writeFileSync('reminders.ics', formatAgendaICalendar(buildAgenda(store, { now }), { now }));
 */
export function formatAgendaICalendar(agenda: Agenda, options: ICalendarOptions): string {
  const dtstamp = stamp(options.now);
  const events = agenda.items.map((item): JCalComponent => {
    const ref = item.ref.importantDateId ?? item.ref.promiseId ?? item.ref.factId ?? 'cadence';
    const properties: JCalProperty[] = [
      ['uid', {}, 'text', `${item.kind}.${item.contactId}.${ref}.${item.date}@sincerely`],
      ['dtstamp', {}, 'date-time', dtstamp],
      ['dtstart', {}, 'date', item.date],
      ['dtend', {}, 'date', nextDay(item.date)],
      ['summary', {}, 'text', item.title],
      ['categories', {}, 'text', item.kind],
      ['transp', {}, 'text', 'TRANSPARENT'],
    ];
    if (item.detail) properties.push(['description', {}, 'text', item.detail]);
    return ['vevent', properties, []];
  });
  return calendar(events, options);
}

/**
 * The yearly rule for an important date. Feb 29 dates use a rule that lands on Feb 29 in leap
 * years and follows the contact's policy otherwise: the last day of February (`feb28`) or the
 * 60th day of the year (`mar1`).
 */
export function importantDateRule(
  date: Pick<ImportantDate, 'month' | 'day' | 'feb29'>,
): Record<string, unknown> {
  if (date.month === 2 && date.day === 29) {
    return date.feb29 === 'mar1'
      ? { freq: 'YEARLY', byyearday: 60 }
      : { freq: 'YEARLY', bymonth: 2, bymonthday: -1 };
  }
  return { freq: 'YEARLY' };
}

/**
 * Writes contacts' important dates as yearly all-day events.
 *
 * @example
 * formatImportantDatesICalendar(store.contacts, { now: new Date() });
 */
export function formatImportantDatesICalendar(
  contacts: readonly Contact[],
  options: ICalendarOptions,
): string {
  const dtstamp = stamp(options.now);
  const events: JCalComponent[] = [];
  for (const contact of contacts) {
    if (contact.doNotContact) continue;
    for (const date of contact.importantDates ?? []) {
      // A year-less date starts in 2000, a leap year, so that Feb 29 is a valid first occurrence.
      const year = date.year ?? 2000;
      const start = formatCalendarDate({ year, month: date.month, day: date.day });
      const what = describeImportantDate(date);
      const summary = what.startsWith('their ')
        ? `${contact.name.full}: ${what.slice(6)}`
        : `${contact.name.full}: ${what}`;
      events.push([
        'vevent',
        [
          ['uid', {}, 'text', `date.${contact.id}.${date.id}@sincerely`],
          ['dtstamp', {}, 'date-time', dtstamp],
          ['dtstart', {}, 'date', start],
          ['dtend', {}, 'date', nextDay(start)],
          ['rrule', {}, 'recur', importantDateRule(date)],
          ['summary', {}, 'text', summary],
          ['categories', {}, 'text', date.kind],
          ['transp', {}, 'text', 'TRANSPARENT'],
        ],
        [],
      ]);
    }
  }
  return calendar(events, options);
}
