/**
 * When an important date falls in a given year. A Feb 29 date is celebrated on Feb 29 in leap
 * years and, in common years, on Feb 28 or Mar 1 by the contact's policy (default Feb 28). The
 * result is a calendar date in the contact's calendar: it is never shifted across time zones.
 */
import type { Feb29Policy, ImportantDate } from '../model/contact.js';
import type { CalendarDate } from './calendar-date.js';
import { compareCalendarDates, isLeapYear } from './calendar-date.js';

/** The policy used when a Feb 29 date gives none. */
export const DEFAULT_FEB29_POLICY: Feb29Policy = 'feb28';

/** A date's occurrence in one year. */
export interface ImportantDateOccurrence {
  date: CalendarDate;
  /** Years since the original date when its year is known (age, years as a customer). */
  years?: number;
  /** True when a Feb 29 date moved to Feb 28 or Mar 1 in a common year. */
  moved: boolean;
}

/**
 * The day an important date is celebrated in `year`.
 *
 * @example
 * occurrenceInYear({ id: 'b', kind: 'birthday', month: 2, day: 29 }, 2025).date; // { year: 2025, month: 2, day: 28 }
 * occurrenceInYear({ id: 'b', kind: 'birthday', month: 2, day: 29, feb29: 'mar1' }, 2025).date; // { …, month: 3, day: 1 }
 */
export function occurrenceInYear(
  date: Pick<ImportantDate, 'month' | 'day' | 'year' | 'feb29'>,
  year: number,
): ImportantDateOccurrence {
  const years = date.year === undefined ? undefined : year - date.year;
  const withYears = (
    occurrence: Omit<ImportantDateOccurrence, 'years'>,
  ): ImportantDateOccurrence => (years === undefined ? occurrence : { ...occurrence, years });
  if (date.month === 2 && date.day === 29 && !isLeapYear(year)) {
    const policy = date.feb29 ?? DEFAULT_FEB29_POLICY;
    const moved = policy === 'mar1' ? { year, month: 3, day: 1 } : { year, month: 2, day: 28 };
    return withYears({ date: moved, moved: true });
  }
  return withYears({ date: { year, month: date.month, day: date.day }, moved: false });
}

/**
 * Every occurrence of an important date from `from` to `to`, both inclusive, in date order.
 * Occurrences before the date's own year are skipped.
 *
 * @example
 * occurrencesBetween({ id: 'b', kind: 'birthday', month: 1, day: 2 }, { year: 2024, month: 12, day: 1 }, { year: 2025, month: 1, day: 31 });
 * // [{ date: { year: 2025, month: 1, day: 2 }, moved: false }]
 */
export function occurrencesBetween(
  date: Pick<ImportantDate, 'month' | 'day' | 'year' | 'feb29'>,
  from: CalendarDate,
  to: CalendarDate,
): ImportantDateOccurrence[] {
  const occurrences: ImportantDateOccurrence[] = [];
  for (let year = from.year; year <= to.year; year++) {
    if (date.year !== undefined && year < date.year) continue;
    const occurrence = occurrenceInYear(date, year);
    if (
      compareCalendarDates(occurrence.date, from) >= 0 &&
      compareCalendarDates(occurrence.date, to) <= 0
    ) {
      occurrences.push(occurrence);
    }
  }
  return occurrences;
}
