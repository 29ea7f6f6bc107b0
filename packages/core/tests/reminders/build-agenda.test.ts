import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src/model/contact.js';
import type { ContactStore } from '../../src/model/contact-store.js';
import { buildAgenda } from '../../src/reminders/build-agenda.js';
import { loadSampleStore, SAMPLE_NOW } from '../support/sample-store.js';

function storeOf(contacts: Contact[], rest: Partial<ContactStore> = {}): ContactStore {
  return {
    version: 1,
    contacts,
    interactions: [],
    promises: [],
    valueDelivered: [],
    suppressions: [],
    ...rest,
  };
}
const leapling: Contact = {
  id: 'c-ana',
  name: { full: 'Ana Ruiz' },
  importantDates: [{ id: 'bday', kind: 'birthday', month: 2, day: 29, year: 1996, feb29: 'mar1' }],
};
const lines = (store: ContactStore, options: Parameters<typeof buildAgenda>[1]) =>
  buildAgenda(store, options).items.map(
    (item) => `${item.date} ${item.kind}: ${item.title}${item.detail ? ` (${item.detail})` : ''}`,
  );

describe(buildAgenda, () => {
  it('lists the sample data’s next two weeks in the owner’s time zone', () => {
    expect(lines(loadSampleStore(), { now: SAMPLE_NOW, days: 14 })).toEqual([
      '2025-06-02 cadence-due: Reach out to Sam Okafor: you planned to stay in touch every 14 days. (Last two-way contact on 2025-04-03; 46 days overdue.)',
      '2025-06-03 important-date: Tomasz Kowalski’s birthday is today.',
      '2025-06-03 important-date-ahead: Mitchell Evans’ work anniversary is in 7 days, on 2025-06-10.',
      '2025-06-04 promise-due: Keep your promise to Maria Lopez: Send the night-shift staffing checklist. (Due 2025-06-04.)',
      '2025-06-05 important-date-ahead: Maria Lopez’s anniversary as a customer is in 7 days, on 2025-06-12.',
      '2025-06-05 follow-up: Ask how the Denver clinic move went. (They told you: Moving the clinic to a bigger site in Denver in late May.)',
      '2025-06-06 promise-due: Keep your promise to Dana Whitfield: Send pricing for 40 caregivers. (Due 2025-06-06.)',
      '2025-06-07 important-date: Priya Natarajan’s birthday is today. (Turns 39.)',
      '2025-06-10 important-date: Mitchell Evans’ work anniversary is today. (10 years.)',
      '2025-06-10 cadence-due: Reach out to Dana Whitfield: you planned to stay in touch every 21 days. (Last two-way contact on 2025-05-20.)',
      '2025-06-12 important-date: Maria Lopez’s anniversary as a customer is today. (2 years as a customer.)',
      '2025-06-12 cadence-due: Reach out to Maria Lopez: you planned to stay in touch every 30 days. (Last two-way contact on 2025-05-13.)',
      '2025-06-13 important-date-ahead: Priya Natarajan’s anniversary as a customer is in 7 days, on 2025-06-20.',
    ]);
  });

  it('leaves out do-not-contact contacts, except for promises you still owe them', () => {
    const lee: Contact = {
      id: 'c-lee',
      name: { full: 'Lee Park' },
      doNotContact: true,
      importantDates: [{ id: 'b', kind: 'birthday', month: 6, day: 4 }],
    };
    const store = storeOf([lee], {
      promises: [
        {
          id: 'p',
          contactId: 'c-lee',
          text: 'Refund the May invoice',
          madeAt: '2025-05-20T10:00:00Z',
          dueOn: '2025-05-30',
          status: 'open',
        },
      ],
    });
    expect(lines(store, { now: SAMPLE_NOW, days: 7 })).toEqual([
      '2025-06-02 promise-overdue: Keep your promise to Lee Park: Refund the May invoice. (Due 2025-05-30, 3 days ago.)',
    ]);
  });

  it.each([
    [
      'a common year',
      '2025-02-24',
      [
        '2025-02-24 important-date-ahead: Ana Ruiz’s birthday is in 5 days, on 2025-03-01.',
        '2025-03-01 important-date: Ana Ruiz’s birthday is today. (Turns 29. Born on Feb 29: marked on this day in common years, as they prefer.)',
      ],
    ],
    [
      'a leap year',
      '2028-02-24',
      [
        '2028-02-24 important-date-ahead: Ana Ruiz’s birthday is in 5 days, on 2028-02-29.',
        '2028-02-29 important-date: Ana Ruiz’s birthday is today. (Turns 32.)',
      ],
    ],
  ])('marks a Feb 29 birthday in %s by the contact’s policy', (_title, from, expected) => {
    expect(
      lines(storeOf([leapling]), { now: `${from}T12:00:00Z`, from, days: 7, leadDays: [5] }),
    ).toEqual(expected);
  });

  it.each([
    [
      'birthday',
      'mar1',
      '2025-03-01',
      'Born on Feb 29: marked on this day in common years, as they prefer.',
    ],
    [
      'birthday',
      undefined,
      '2025-02-28',
      'Born on Feb 29: marked on this day in common years, by default.',
    ],
    [
      'purchase-anniversary',
      'mar1',
      '2025-03-01',
      'Became a customer on Feb 29: marked on this day in common years, as set for this date.',
    ],
    [
      'work-anniversary',
      undefined,
      '2025-02-28',
      'Started the job on Feb 29: marked on this day in common years, by default.',
    ],
    [
      'anniversary',
      'feb28',
      '2025-02-28',
      'The anniversary falls on Feb 29: marked on this day in common years, as set for this date.',
    ],
    [
      'custom',
      undefined,
      '2025-02-28',
      'The date falls on Feb 29: marked on this day in common years, by default.',
    ],
  ] as const)('words a moved Feb 29 %s (policy %s) for its kind', (kind, feb29, day, detail) => {
    const contact: Contact = {
      id: 'c-lee',
      name: { full: 'Lee Park' },
      importantDates: [{ id: 'd', kind, month: 2, day: 29, ...(feb29 ? { feb29 } : {}) }],
    };
    const [item] = buildAgenda(storeOf([contact]), {
      now: '2025-02-25T12:00:00Z',
      days: 7,
      leadDays: [],
    }).items;
    expect([item?.date, item?.detail]).toEqual([day, detail]);
    expect(item?.detail).not.toContain(kind === 'birthday' ? 'customer' : 'Born');
  });

  it('names the time zone in its IANA spelling, whatever case it was given in', () => {
    const store = storeOf([], { owner: { timeZone: 'america/new_york' } });
    expect(buildAgenda(store, { now: SAMPLE_NOW }).timeZone).toBe('America/New_York');
    expect(buildAgenda(store, { now: SAMPLE_NOW, timeZone: 'europe/berlin' }).timeZone).toBe(
      'Europe/Berlin',
    );
  });

  it('starts on the user’s today, either side of the date line, without shifting the birthday', () => {
    const store = storeOf([
      {
        id: 'c',
        name: { full: 'Sione Tupou' },
        importantDates: [{ id: 'b', kind: 'birthday', month: 3, day: 1 }],
      },
    ]);
    const now = '2025-02-28T12:00:00Z';
    const kiritimati = buildAgenda(store, {
      now,
      days: 1,
      timeZone: 'Pacific/Kiritimati',
      leadDays: [],
    });
    const pagoPago = buildAgenda(store, {
      now,
      days: 1,
      timeZone: 'Pacific/Pago_Pago',
      leadDays: [],
    });
    expect([kiritimati.from, kiritimati.items.map((item) => item.date)]).toEqual([
      '2025-03-01',
      ['2025-03-01'],
    ]);
    expect([pagoPago.from, pagoPago.items]).toEqual(['2025-02-28', []]);
  });

  it('uses a date’s own lead times and skips reminders already past', () => {
    const contact: Contact = {
      id: 'c',
      name: { full: 'Ana Ruiz' },
      importantDates: [
        {
          id: 'b',
          kind: 'custom',
          label: 'Clinic opening day',
          month: 7,
          day: 1,
          remindDaysBefore: [1, 14],
        },
      ],
    };
    expect(lines(storeOf([contact]), { now: SAMPLE_NOW, from: '2025-06-20', days: 12 })).toEqual([
      '2025-06-30 important-date-ahead: Ana Ruiz: Clinic opening day is in 1 days, on 2025-07-01.',
      '2025-07-01 important-date: Ana Ruiz: Clinic opening day is today.',
    ]);
  });

  it('resets the cadence on a two-way contact, not on a one-way send', () => {
    const contact: Contact = { id: 'c', name: { full: 'Ana Ruiz' }, cadenceDays: 10 };
    const at = (day: string, direction: 'inbound' | 'outbound') => ({
      id: day + direction,
      contactId: 'c',
      channel: 'email' as const,
      direction,
      at: `${day}T15:00:00Z`,
    });
    const oneWay = storeOf([contact], {
      interactions: [at('2025-05-01', 'inbound'), at('2025-05-25', 'outbound')],
    });
    const twoWay = storeOf([contact], {
      interactions: [at('2025-05-01', 'inbound'), at('2025-05-25', 'inbound')],
    });
    expect(lines(oneWay, { now: SAMPLE_NOW, days: 7, timeZone: 'UTC' })).toEqual([
      '2025-06-02 cadence-due: Reach out to Ana Ruiz: you planned to stay in touch every 10 days. (Last two-way contact on 2025-05-01; 22 days overdue.)',
    ]);
    expect(lines(twoWay, { now: SAMPLE_NOW, days: 7, timeZone: 'UTC' })).toEqual([
      '2025-06-04 cadence-due: Reach out to Ana Ruiz: you planned to stay in touch every 10 days. (Last two-way contact on 2025-05-25.)',
    ]);
  });

  it('rejects a bad range', () => {
    expect(() => buildAgenda(storeOf([]), { now: SAMPLE_NOW, from: '2025-02-30' })).toThrow(
      RangeError,
    );
    expect(() => buildAgenda(storeOf([]), { now: SAMPLE_NOW, days: 0 })).toThrow(RangeError);
  });
});
