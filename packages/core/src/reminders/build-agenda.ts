/**
 * Builds reminders for a date range in the user's calendar: important dates (on the day and at
 * lead times), promises coming due or overdue, contacts past their cadence, and follow-ups on
 * facts. Important dates are calendar dates in the contact's life and are never shifted across
 * time zones; a Feb 29 date follows the contact's policy.
 */
import type { CalendarDate } from '../dates/calendar-date.js';
import {
  addDays,
  compareCalendarDates,
  daysBetween,
  formatCalendarDate,
  parseCalendarDate,
} from '../dates/calendar-date.js';
import { occurrencesBetween } from '../dates/important-date-occurrence.js';
import { toLocalDateTime } from '../dates/local-time.js';
import type { Contact, Fact, ImportantDate } from '../model/contact.js';
import type { ContactStore } from '../model/contact-store.js';
import type { Interaction } from '../model/interaction.js';
import { isTwoWay } from '../model/interaction.js';
import { canonicalTimeZone } from '../model/primitives.js';
import { describeImportantDate } from '../signals/detect-occasions.js';
import type { Agenda, AgendaItem, AgendaItemKind, AgendaOptions } from './agenda.js';

/** The default reminder lead times, in days. */
export const DEFAULT_LEAD_DAYS: readonly number[] = Object.freeze([7, 30]);

const KIND_ORDER: AgendaItemKind[] = [
  'promise-overdue',
  'promise-due',
  'important-date',
  'important-date-ahead',
  'follow-up',
  'cadence-due',
];

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

function describeOccasion(contact: Contact, date: ImportantDate): string {
  const what = describeImportantDate(date);
  return what.startsWith('their ')
    ? `${possessive(contact.name.full)} ${what.slice(6)}`
    : `${contact.name.full}: ${what}`;
}

function describeYears(
  date: ImportantDate,
  years: number | undefined,
  moved: boolean,
): string | undefined {
  const parts: string[] = [];
  if (years !== undefined && years > 0) {
    if (date.kind === 'birthday') parts.push(`Turns ${years}.`);
    else if (date.kind === 'purchase-anniversary')
      parts.push(`${years} year${years === 1 ? '' : 's'} as a customer.`);
    else parts.push(`${years} year${years === 1 ? '' : 's'}.`);
  }
  if (moved) parts.push(describeFeb29(date));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** What happened on Feb 29, per kind of date. */
const FEB29_EVENTS: Record<ImportantDate['kind'], string> = {
  birthday: 'Born on Feb 29',
  'purchase-anniversary': 'Became a customer on Feb 29',
  'work-anniversary': 'Started the job on Feb 29',
  anniversary: 'The anniversary falls on Feb 29',
  custom: 'The date falls on Feb 29',
};

/** Why a Feb 29 date shows on Feb 28 or Mar 1 this year, worded for its kind and its policy. */
function describeFeb29(date: ImportantDate): string {
  const chosen = date.kind === 'birthday' ? 'as they prefer' : 'as set for this date';
  return `${FEB29_EVENTS[date.kind]}: marked on this day in common years, ${date.feb29 ? chosen : 'by default'}.`;
}

/** The user's calendar date of an instant. */
function dayOf(instant: string, timeZone: string): CalendarDate {
  return toLocalDateTime(instant, timeZone).date;
}

/** The last two-way interaction with a contact, from time-sorted interactions. */
export function findLastTwoWay(interactions: readonly Interaction[]): Interaction | undefined {
  return interactions.filter((item) => isTwoWay(item)).at(-1);
}

/** True when an outbound touch referred to the fact within a week before its follow-up date, or after. */
export function isFollowUpDone(
  fact: Fact,
  interactions: readonly Interaction[],
  timeZone: string,
): boolean {
  const due = fact.followUpOn ? parseCalendarDate(fact.followUpOn) : undefined;
  if (!due) return true;
  return interactions.some(
    (item) =>
      item.direction === 'outbound' &&
      (item.factsReferenced ?? []).includes(fact.id) &&
      daysBetween(due, dayOf(item.at, timeZone)) >= -7,
  );
}

/** What to do for a fact's follow-up, as a sentence. */
export function describeFollowUp(contact: Contact, fact: Fact): string {
  const text =
    fact.followUp ??
    `Ask ${contact.name.preferred ?? contact.name.given ?? contact.name.full} about: ${fact.text}`;
  return /[.!?]$/u.test(text) ? text : `${text}.`;
}

interface Range {
  from: CalendarDate;
  to: CalendarDate;
  today: CalendarDate;
  timeZone: string;
  leadDays: readonly number[];
}

function dateItems(contact: Contact, range: Range): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const date of contact.importantDates ?? []) {
    const who = { contactId: contact.id, contactName: contact.name.full };
    const ref = { importantDateId: date.id };
    for (const occurrence of occurrencesBetween(date, range.from, range.to)) {
      const detail = describeYears(date, occurrence.years, occurrence.moved);
      items.push({
        date: formatCalendarDate(occurrence.date),
        kind: 'important-date',
        ...who,
        title: `${describeOccasion(contact, date)} is today.`,
        ...(detail ? { detail } : {}),
        ref,
      });
    }
    for (const lead of date.remindDaysBefore ?? range.leadDays) {
      if (lead === 0) continue;
      for (const occurrence of occurrencesBetween(
        date,
        addDays(range.from, lead),
        addDays(range.to, lead),
      )) {
        items.push({
          date: formatCalendarDate(addDays(occurrence.date, -lead)),
          kind: 'important-date-ahead',
          ...who,
          title: `${describeOccasion(contact, date)} is in ${lead} days, on ${formatCalendarDate(occurrence.date)}.`,
          daysBefore: lead,
          ref,
        });
      }
    }
  }
  return items;
}

function cadenceItem(
  contact: Contact,
  interactions: readonly Interaction[],
  range: Range,
): AgendaItem | undefined {
  if (contact.cadenceDays === undefined) return undefined;
  const last = findLastTwoWay(interactions);
  const anchor = last?.at ?? contact.createdAt;
  const title = `Reach out to ${contact.name.full}: you planned to stay in touch every ${contact.cadenceDays} days.`;
  const item = (date: CalendarDate, detail: string): AgendaItem => ({
    date: formatCalendarDate(date),
    kind: 'cadence-due',
    contactId: contact.id,
    contactName: contact.name.full,
    title,
    detail,
    ref: {},
  });
  if (!anchor) return item(range.from, 'No two-way contact recorded yet.');
  const due = addDays(dayOf(anchor, range.timeZone), contact.cadenceDays);
  if (compareCalendarDates(due, range.to) > 0) return undefined;
  const late = daysBetween(due, range.from);
  const since = last
    ? `Last two-way contact on ${formatCalendarDate(dayOf(last.at, range.timeZone))}`
    : 'Added without a two-way contact';
  return late > 0 ? item(range.from, `${since}; ${late} days overdue.`) : item(due, `${since}.`);
}

function followUpItems(
  contact: Contact,
  interactions: readonly Interaction[],
  range: Range,
): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const fact of contact.facts ?? []) {
    const due = fact.followUpOn ? parseCalendarDate(fact.followUpOn) : undefined;
    if (
      !due ||
      compareCalendarDates(due, range.to) > 0 ||
      isFollowUpDone(fact, interactions, range.timeZone)
    )
      continue;
    const overdue = compareCalendarDates(due, range.from) < 0;
    items.push({
      date: formatCalendarDate(overdue ? range.from : due),
      kind: 'follow-up',
      contactId: contact.id,
      contactName: contact.name.full,
      title: describeFollowUp(contact, fact),
      detail: overdue
        ? `They told you: ${fact.text}. Planned for ${fact.followUpOn}.`
        : `They told you: ${fact.text}.`,
      ref: { factId: fact.id },
    });
  }
  return items;
}

function promiseItems(store: ContactStore, contact: Contact, range: Range): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const promise of store.promises) {
    if (promise.contactId !== contact.id || promise.status !== 'open') continue;
    const due = parseCalendarDate(promise.dueOn);
    if (!due || compareCalendarDates(due, range.to) > 0) continue;
    const overdue = compareCalendarDates(due, range.from) < 0;
    items.push({
      date: formatCalendarDate(overdue ? range.from : due),
      kind: overdue ? 'promise-overdue' : 'promise-due',
      contactId: contact.id,
      contactName: contact.name.full,
      title: `Keep your promise to ${contact.name.full}: ${promise.text}.`,
      detail: overdue
        ? `Due ${promise.dueOn}, ${daysBetween(due, range.from)} days ago.`
        : `Due ${promise.dueOn}.`,
      ref: { promiseId: promise.id },
    });
  }
  return items;
}

/** Resolves the range and zone of an agenda; throws a `RangeError` for a bad `from` or `days`. */
export function resolveAgendaRange(store: ContactStore, options: AgendaOptions): Range {
  const zone = options.timeZone ?? store.owner?.timeZone ?? 'UTC';
  // Zone names match in any case; the agenda names the zone in its IANA spelling.
  const timeZone = canonicalTimeZone(zone) ?? zone;
  const today = toLocalDateTime(options.now, timeZone).date;
  const from = options.from === undefined ? today : parseCalendarDate(options.from);
  if (!from) throw new RangeError('Expected "from" as a calendar date YYYY-MM-DD.');
  const days = options.days ?? 14;
  if (!Number.isInteger(days) || days < 1 || days > 3660)
    throw new RangeError('Expected "days" as a whole number from 1 to 3660.');
  return {
    from,
    to: addDays(from, days - 1),
    today,
    timeZone,
    leadDays: options.leadDays ?? DEFAULT_LEAD_DAYS,
  };
}

/**
 * Builds the agenda for a date range in the user's time zone.
 *
 * @returns the reminders sorted by day, then by urgency, then by contact.
 * @example
 * const agenda = buildAgenda(store, { now: new Date(), days: 7, timeZone: 'Europe/Berlin' });
 * agenda.items.map((item) => `${item.date} ${item.title}`);
 * // ['2025-06-02 Keep your promise to Maria Lopez: Send the staffing checklist.', …]
 */
export function buildAgenda(store: ContactStore, options: AgendaOptions): Agenda {
  const range = resolveAgendaRange(store, options);
  const items: AgendaItem[] = [];
  for (const contact of store.contacts) {
    const interactions = store.interactions
      .filter((item) => item.contactId === contact.id)
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    items.push(...promiseItems(store, contact, range));
    if (contact.doNotContact) continue;
    items.push(...dateItems(contact, range), ...followUpItems(contact, interactions, range));
    const cadence = cadenceItem(contact, interactions, range);
    if (cadence) items.push(cadence);
  }
  items.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.contactName.localeCompare(b.contactName),
  );
  return {
    from: formatCalendarDate(range.from),
    to: formatCalendarDate(range.to),
    timeZone: range.timeZone,
    items,
  };
}
