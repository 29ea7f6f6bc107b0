/** Whether an instant falls inside a contact's window, judged on their wall clock. */
import type { ContactWindow } from '../model/contact.js';
import type { Weekday } from '../model/values.js';
import { WEEKDAYS } from '../model/values.js';
import type { LocalDateTime } from './local-time.js';
import { parseClockTime, toLocalDateTime } from './local-time.js';

/** The outcome of a window check, with what a message needs to explain it. */
export interface WindowCheck {
  inside: boolean;
  /** The local date and time of the instant. */
  local: LocalDateTime;
  /** `08:00–18:00`. */
  hours: string;
  /** `mon–fri`, or the days listed. */
  days: string;
  /** True when the hour is fine but the day is not. */
  wrongDay: boolean;
}

/**
 * The calling hours US TCPA allows for sales calls at the called party's location: it bans calls
 * before 8 a.m. and after 9 p.m. (47 CFR §64.1200(c)(1)), so 21:00 itself is allowed and 21:01 is
 * not, as `checkContactWindow` counts a window's end minute in.
 */
export const TCPA_WINDOW: ContactWindow = Object.freeze({
  days: [...WEEKDAYS],
  start: '08:00',
  end: '21:00',
}) as ContactWindow;

/**
 * Describes a set of weekdays compactly: `mon–fri`, `every day`, or `mon, wed, fri`.
 *
 * @example
 * formatWeekdays(['mon', 'tue', 'wed', 'thu', 'fri']); // 'mon–fri'
 */
export function formatWeekdays(days: readonly Weekday[]): string {
  const indexes = [...new Set(days.map((day) => WEEKDAYS.indexOf(day)))].sort((a, b) => a - b);
  if (indexes.length === 7) return 'every day';
  const first = indexes[0];
  const last = indexes.at(-1);
  if (
    first !== undefined &&
    last !== undefined &&
    indexes.length > 2 &&
    last - first === indexes.length - 1
  ) {
    return `${WEEKDAYS[first]}–${WEEKDAYS[last]}`;
  }
  return indexes.map((index) => WEEKDAYS[index]).join(', ');
}

/**
 * Checks `instant` against a window in `timeZone`, to the minute. Both ends are inside: 08:00–18:00
 * takes 08:00 and 18:00 but not 18:01, so a message never says "18:00, outside 08:00–18:00". A
 * window whose end is before its start runs past midnight (22:00–06:00); the day is the day the
 * window starts.
 *
 * @example
 * const check = checkContactWindow('2025-07-01T01:00:00Z', { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' }, 'America/New_York');
 * check.inside; // false
 * check.local.time; // '21:00'
 */
export function checkContactWindow(
  instant: Date | string | number,
  window: ContactWindow,
  timeZone: string,
): WindowCheck {
  const local = toLocalDateTime(instant, timeZone);
  const start = parseClockTime(window.start);
  const end = parseClockTime(window.end);
  const minute = local.minuteOfDay;
  let inHours: boolean;
  let windowDay = local.weekday;
  if (start <= end) {
    inHours = minute >= start && minute <= end;
  } else {
    inHours = minute >= start || minute <= end;
    if (minute <= end) windowDay = WEEKDAYS[(WEEKDAYS.indexOf(local.weekday) + 6) % 7] as Weekday;
  }
  const dayOk = window.days.includes(windowDay);
  return {
    inside: inHours && dayOk,
    local,
    hours: `${window.start}–${window.end}`,
    days: formatWeekdays(window.days),
    wrongDay: inHours && !dayOk,
  };
}
