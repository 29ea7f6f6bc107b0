import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  formatAgendaICalendar,
  formatImportantDatesICalendar,
} from '../../src/interop/icalendar.js';
import { buildAgenda } from '../../src/reminders/build-agenda.js';
import { loadSampleStore, SAMPLE_NOW } from '../support/sample-store.js';

function events(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
}

describe(formatAgendaICalendar, () => {
  it('round-trips the sample agenda as all-day events', () => {
    const agenda = buildAgenda(loadSampleStore(), { now: SAMPLE_NOW, days: 14 });
    const text = formatAgendaICalendar(agenda, { now: SAMPLE_NOW, name: 'Sincerely reminders' });
    expect(
      text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sincerely//Reminders//EN\r\n'),
    ).toBe(true);
    const parsed = events(text);
    expect(parsed.map((event) => [event.startDate.toString(), event.summary])).toEqual(
      agenda.items.map((item) => [item.date, item.title]),
    );
    expect(parsed.every((event) => event.startDate.isDate && event.endDate.isDate)).toBe(true);
    expect(new Set(parsed.map((event) => event.uid)).size).toBe(parsed.length);
    expect(text).toContain('DTSTART;VALUE=DATE:20250603\r\n');
    expect(text).toContain('DTSTAMP:20250602T150000Z\r\n');
  });
});

describe(formatImportantDatesICalendar, () => {
  const occurrences = (text: string, uid: string, count: number) => {
    const event = events(text).find((item) => item.uid === uid);
    const iterator = event?.iterator();
    return Array.from({ length: count }, () => iterator?.next()?.toString());
  };

  it('repeats yearly and follows the Feb 29 policy in common years', () => {
    const contacts = [
      {
        id: 'a',
        name: { full: 'Ana Ruiz' },
        importantDates: [
          {
            id: 'b',
            kind: 'birthday' as const,
            month: 2,
            day: 29,
            year: 2020,
            feb29: 'mar1' as const,
          },
        ],
      },
      {
        id: 'b',
        name: { full: 'Ben Stone' },
        importantDates: [{ id: 'b', kind: 'birthday' as const, month: 2, day: 29, year: 2020 }],
      },
      {
        id: 'c',
        name: { full: 'Cleo Hart' },
        importantDates: [{ id: 'w', kind: 'work-anniversary' as const, month: 6, day: 10 }],
      },
    ];
    const text = formatImportantDatesICalendar(contacts, { now: SAMPLE_NOW });
    expect(occurrences(text, 'date.a.b@sincerely', 5)).toEqual([
      '2020-02-29',
      '2021-03-01',
      '2022-03-01',
      '2023-03-01',
      '2024-02-29',
    ]);
    expect(occurrences(text, 'date.b.b@sincerely', 5)).toEqual([
      '2020-02-29',
      '2021-02-28',
      '2022-02-28',
      '2023-02-28',
      '2024-02-29',
    ]);
    expect(occurrences(text, 'date.c.w@sincerely', 2)).toEqual(['2000-06-10', '2001-06-10']);
    expect(events(text).map((event) => event.summary)).toEqual([
      'Ana Ruiz: birthday',
      'Ben Stone: birthday',
      'Cleo Hart: work anniversary',
    ]);
  });

  it('leaves out do-not-contact contacts', () => {
    const text = formatImportantDatesICalendar(loadSampleStore().contacts, { now: SAMPLE_NOW });
    expect(text).not.toContain('Lee Park');
    expect(text).toContain('SUMMARY:Maria Lopez: birthday\r\n');
  });
});
