import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isLeapYear,
  parseCalendarDate,
  weekdayOf,
} from '../../src/dates/calendar-date.js';
import { checkContactWindow, formatWeekdays, TCPA_WINDOW } from '../../src/dates/contact-window.js';
import { occurrenceInYear, occurrencesBetween } from '../../src/dates/important-date-occurrence.js';
import { todayIn, toLocalDateTime } from '../../src/dates/local-time.js';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const leapling = { month: 2, day: 29, year: 1988 };

describe(occurrenceInYear, () => {
  it.each([
    [2024, undefined, '2024-02-29', false],
    [2025, undefined, '2025-02-28', true],
    [2025, 'feb28', '2025-02-28', true],
    [2025, 'mar1', '2025-03-01', true],
    [2028, 'mar1', '2028-02-29', false],
    [2100, 'mar1', '2100-03-01', true],
    [2000, 'feb28', '2000-02-29', false],
  ] as const)('Feb 29 in %i with policy %s → %s', (year, feb29, expected, moved) => {
    const occurrence = occurrenceInYear({ ...leapling, ...(feb29 ? { feb29 } : {}) }, year);
    expect(occurrence.date).toEqual(parseCalendarDate(expected));
    expect(occurrence.moved).toBe(moved);
  });

  it('counts the years since the original date', () => {
    expect(occurrenceInYear({ month: 6, day: 1, year: 2019 }, 2025).years).toBe(6);
    expect(occurrenceInYear({ month: 6, day: 1 }, 2025)).not.toHaveProperty('years');
  });
});

describe(occurrencesBetween, () => {
  it('spans a new year and skips years before the date', () => {
    const from = { year: 2024, month: 12, day: 20 };
    const to = { year: 2026, month: 1, day: 10 };
    expect(occurrencesBetween({ month: 1, day: 3 }, from, to).map((o) => o.date.year)).toEqual([
      2025, 2026,
    ]);
    expect(
      occurrencesBetween({ month: 1, day: 3, year: 2026 }, from, to).map((o) => o.date.year),
    ).toEqual([2026]);
  });

  it('finds a Feb 29 birthday on Mar 1 of a common year but not twice in a leap year', () => {
    const between = (from: string, to: string) =>
      occurrencesBetween(
        { month: 2, day: 29, feb29: 'mar1' },
        parseCalendarDate(from)!,
        parseCalendarDate(to)!,
      ).map((o) => o.date);
    expect(between('2025-02-27', '2025-03-02')).toEqual([{ year: 2025, month: 3, day: 1 }]);
    expect(between('2024-02-27', '2024-03-02')).toEqual([{ year: 2024, month: 2, day: 29 }]);
  });
});

describe('calendar dates', () => {
  it('parses strictly and does arithmetic across leap days', () => {
    expect(parseCalendarDate('2025-02-29')).toBeUndefined();
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2024, month: 2, day: 28 }, 2)).toEqual({ year: 2024, month: 3, day: 1 });
    expect(addDays({ year: 2025, month: 2, day: 28 }, 1)).toEqual({ year: 2025, month: 3, day: 1 });
    expect(daysBetween({ year: 2024, month: 1, day: 1 }, { year: 2025, month: 1, day: 1 })).toBe(
      366,
    );
    expect(isLeapYear(1900)).toBe(false);
    expect(weekdayOf({ year: 2025, month: 3, day: 9 })).toBe('sun');
  });
});

describe(toLocalDateTime, () => {
  it.each([
    // Both sides of the date line: one instant, three calendar dates.
    ['2025-01-01T11:00:00Z', 'Pacific/Kiritimati', '2025-01-02', '01:00'],
    ['2025-01-01T11:00:00Z', 'Pacific/Pago_Pago', '2025-01-01', '00:00'],
    ['2025-01-01T09:00:00Z', 'Pacific/Pago_Pago', '2024-12-31', '22:00'],
    ['2025-01-01T11:00:00Z', 'Pacific/Auckland', '2025-01-02', '00:00'],
    // US daylight saving: 2025-03-09 02:00 → 03:00, 2025-11-02 02:00 → 01:00 in New York.
    ['2025-03-09T06:30:00Z', 'America/New_York', '2025-03-09', '01:30'],
    ['2025-03-09T07:30:00Z', 'America/New_York', '2025-03-09', '03:30'],
    ['2025-11-02T05:30:00Z', 'America/New_York', '2025-11-02', '01:30'],
    ['2025-11-02T06:30:00Z', 'America/New_York', '2025-11-02', '01:30'],
    // Southern-hemisphere DST and a half-hour zone.
    ['2025-04-05T15:30:00Z', 'Australia/Sydney', '2025-04-06', '02:30'],
    ['2025-04-05T16:30:00Z', 'Australia/Sydney', '2025-04-06', '02:30'],
    ['2025-06-01T12:00:00Z', 'Asia/Kolkata', '2025-06-01', '17:30'],
  ])('%s in %s is %s %s', (instant, zone, date, time) => {
    const local = toLocalDateTime(instant, zone);
    expect(local.date).toEqual(parseCalendarDate(date));
    expect(local.time).toBe(time);
  });

  it('rejects an invalid instant', () => {
    expect(() => toLocalDateTime('not a date', 'UTC')).toThrow(RangeError);
  });
});

describe(todayIn, () => {
  it('gives different calendar days either side of the date line', () => {
    const now = new Date('2025-02-28T12:00:00Z');
    expect(todayIn('Pacific/Kiritimati', now)).toEqual({ year: 2025, month: 3, day: 1 });
    expect(todayIn('Pacific/Pago_Pago', now)).toEqual({ year: 2025, month: 2, day: 28 });
  });
});

describe(checkContactWindow, () => {
  const office = { days: [...weekdays], start: '08:00', end: '18:00' };

  it.each([
    ['2025-07-01T01:00:00Z', 'America/New_York', false, '21:00', false],
    ['2025-07-01T13:00:00Z', 'America/New_York', true, '09:00', false],
    // Both ends are inside, to the minute: 08:00 and 18:00 are in, 07:59 and 18:01 are out.
    ['2025-07-01T22:00:00Z', 'America/New_York', true, '18:00', false],
    ['2025-07-01T22:01:00Z', 'America/New_York', false, '18:01', false],
    ['2025-07-01T12:00:00Z', 'America/New_York', true, '08:00', false],
    ['2025-07-01T11:59:00Z', 'America/New_York', false, '07:59', false],
    ['2025-07-05T14:00:00Z', 'America/New_York', false, '10:00', true],
    // 09:00 UTC on Friday is already 23:00 on Friday in Kiritimati (UTC+14).
    ['2025-07-04T09:00:00Z', 'Pacific/Kiritimati', false, '23:00', false],
    // 20:00 UTC on Friday is Saturday 10:00 in Kiritimati: the right hour on the wrong day.
    ['2025-07-04T20:00:00Z', 'Pacific/Kiritimati', false, '10:00', true],
    // …and Friday 09:00 in Pago Pago (UTC−11), inside.
    ['2025-07-04T20:00:00Z', 'Pacific/Pago_Pago', true, '09:00', false],
    // Just after the spring-forward jump, 08:30 EDT is inside.
    ['2025-03-10T12:30:00Z', 'America/New_York', true, '08:30', false],
  ])('%s in %s: inside=%s at %s', (instant, zone, inside, time, wrongDay) => {
    const check = checkContactWindow(instant, office, zone);
    expect(check.inside).toBe(inside);
    expect(check.local.time).toBe(time);
    expect(check.wrongDay).toBe(wrongDay);
    expect(check.hours).toBe('08:00–18:00');
    expect(check.days).toBe('mon–fri');
  });

  it('handles windows that run past midnight', () => {
    const nights = { days: ['mon' as const], start: '22:00', end: '06:00' };
    expect(checkContactWindow('2025-07-08T03:00:00Z', nights, 'UTC').inside).toBe(true); // Tue 03:00, Monday's window
    expect(checkContactWindow('2025-07-07T23:00:00Z', nights, 'UTC').inside).toBe(true);
    expect(checkContactWindow('2025-07-07T12:00:00Z', nights, 'UTC').inside).toBe(false);
    expect(checkContactWindow('2025-07-08T06:00:00Z', nights, 'UTC').inside).toBe(true);
    expect(checkContactWindow('2025-07-08T06:01:00Z', nights, 'UTC').inside).toBe(false);
  });

  // TCPA bans sales calls before 8 a.m. and after 9 p.m. local: 21:00 itself is allowed.
  it.each([
    ['2025-07-02T01:00:00Z', true, '21:00'],
    ['2025-07-02T01:00:59Z', true, '21:00'],
    ['2025-07-02T01:01:00Z', false, '21:01'],
    ['2025-07-01T12:00:00Z', true, '08:00'],
    ['2025-07-01T11:59:00Z', false, '07:59'],
  ])('holds %s in New York to the TCPA calling hours: inside=%s at %s', (instant, inside, time) => {
    const check = checkContactWindow(instant, TCPA_WINDOW, 'America/New_York');
    expect([check.inside, check.local.time, check.hours]).toEqual([inside, time, '08:00–21:00']);
  });
});

describe(formatWeekdays, () => {
  it.each([
    [['mon', 'tue', 'wed', 'thu', 'fri'], 'mon–fri'],
    [['mon', 'wed', 'fri'], 'mon, wed, fri'],
    [['sat', 'sun'], 'sat, sun'],
    [['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], 'every day'],
  ] as const)('%j → %s', (days, text) => {
    expect(formatWeekdays(days)).toBe(text);
  });
});
