/** Wall-clock time in a time zone: what the clock on a person's wall says at an instant. */
import { TZDate } from '@date-fns/tz';
import type { Weekday } from '../model/primitives.js';
import type { CalendarDate } from './calendar-date.js';
import { weekdayOf } from './calendar-date.js';

/** The local date and time at an instant in a zone. */
export interface LocalDateTime {
  date: CalendarDate;
  hour: number;
  minute: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
  weekday: Weekday;
  /** `HH:MM`. */
  time: string;
  timeZone: string;
}

/**
 * The local date and time at `instant` in `timeZone`, daylight-saving time included.
 *
 * @example
 * toLocalDateTime('2025-07-01T01:00:00Z', 'America/New_York').time; // '21:00'
 * toLocalDateTime('2025-07-01T01:00:00Z', 'America/New_York').date; // { year: 2025, month: 6, day: 30 }
 */
export function toLocalDateTime(instant: Date | string | number, timeZone: string): LocalDateTime {
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) throw new RangeError('Expected a valid instant.');
  const local = new TZDate(time, timeZone);
  const date = { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() };
  const hour = local.getHours();
  const minute = local.getMinutes();
  return {
    date,
    hour,
    minute,
    minuteOfDay: hour * 60 + minute,
    weekday: weekdayOf(date),
    time: formatClockTime(hour * 60 + minute),
    timeZone,
  };
}

/**
 * Today's calendar date in a time zone.
 *
 * @example
 * todayIn('Pacific/Kiritimati', new Date('2025-01-01T11:00:00Z')); // { year: 2025, month: 1, day: 2 }
 */
export function todayIn(timeZone: string, now: Date | string | number = Date.now()): CalendarDate {
  return toLocalDateTime(now, timeZone).date;
}

/** `HH:MM` for minutes since midnight. */
export function formatClockTime(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Minutes since midnight for `HH:MM`. */
export function parseClockTime(text: string): number {
  const [hours = '0', minutes = '0'] = text.split(':');
  return Number(hours) * 60 + Number(minutes);
}
