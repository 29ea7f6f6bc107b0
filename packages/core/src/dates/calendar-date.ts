/**
 * Calendar dates: a year, month and day with no time and no zone. Birthdays and due dates are
 * calendar dates, so they are never shifted across time zones; arithmetic runs on a UTC epoch day
 * count, which has no daylight-saving jumps.
 */
import type { Weekday } from '../model/primitives.js';
import { WEEKDAYS } from '../model/values.js';

/** A calendar date. `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/**
 * True for leap years in the Gregorian calendar.
 *
 * @example
 * isLeapYear(2024); // true
 * isLeapYear(2100); // false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month of a year.
 *
 * @example
 * daysInMonth(2025, 2); // 28
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses `YYYY-MM-DD` strictly (the day must exist in that month).
 *
 * @returns the date, or undefined when the text is not a real calendar date.
 * @example
 * parseCalendarDate('2024-02-29'); // { year: 2024, month: 2, day: 29 }
 * parseCalendarDate('2025-02-29'); // undefined
 */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Formats a date as `YYYY-MM-DD`.
 *
 * @example
 * formatCalendarDate({ year: 2025, month: 3, day: 1 }); // '2025-03-01'
 */
export function formatCalendarDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Days since 1970-01-01 for a calendar date. */
export function toEpochDay(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

/** The calendar date of an epoch day. */
export function fromEpochDay(epochDay: number): CalendarDate {
  const value = new Date(epochDay * MS_PER_DAY);
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

/**
 * Adds (or with a negative count, subtracts) whole days.
 *
 * @example
 * addDays({ year: 2024, month: 2, day: 28 }, 1); // { year: 2024, month: 2, day: 29 }
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * The number of days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * daysBetween({ year: 2025, month: 2, day: 28 }, { year: 2025, month: 3, day: 1 }); // 1
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Compares two dates for sorting: negative, zero or positive. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(a) - toEpochDay(b);
}

/**
 * The weekday of a date.
 *
 * @example
 * weekdayOf({ year: 2025, month: 1, day: 6 }); // 'mon'
 */
export function weekdayOf(date: CalendarDate): Weekday {
  // 1970-01-01 was a Thursday (index 3 in Monday-first order).
  const index = (((toEpochDay(date) + 3) % 7) + 7) % 7;
  return WEEKDAYS[index] as Weekday;
}
