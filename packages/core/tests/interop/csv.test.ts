import { describe, expect, it } from 'vitest';
import { formatContactsCsv, parseContactsCsv } from '../../src/interop/csv.js';
import { CSV_COLUMNS, findCsvField } from '../../src/interop/csv-columns.js';
import type { Contact } from '../../src/model/contact.js';
import { loadSampleStore, readSample } from '../support/sample-store.js';

const importedAt = '2025-06-02T15:00:00Z';

function parseOk(text: string, options: Partial<Parameters<typeof parseContactsCsv>[1]> = {}) {
  const result = parseContactsCsv(text, { importedAt, ...options });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe(parseContactsCsv, () => {
  it('reads a HubSpot-style export', () => {
    const { contacts, ignoredColumns } = parseOk(readSample('hubspot-contacts.csv'));
    expect(ignoredColumns).toEqual(['Lifecycle Stage', 'Contact owner']);
    expect(contacts[0]).toEqual({
      id: '10451',
      name: { full: 'Maria Lopez', given: 'Maria', family: 'Lopez' },
      emails: ['maria.lopez@frontrangeclinic.example'],
      phones: ['+1 303 555 0142'],
      organization: 'Front Range Family Clinic',
      role: 'Clinic director',
      timeZone: 'America/Denver',
      importantDates: [{ id: 'birthday', kind: 'birthday', year: 1980, month: 2, day: 29 }],
    });
    expect(contacts[1]?.timeZone).toBe('America/Los_Angeles');
    expect(contacts[2]).toMatchObject({
      role: 'Director, Fleet & Logistics',
      importantDates: [{ month: 6, day: 4, year: 1979 }],
      optOuts: [{ channel: 'email', kind: 'opt-out', at: '2025-06-02T15:00:00.000Z' }],
    });
  });

  it('reads a Salesforce-style report with US dates and opt-out flags', () => {
    const { contacts, ignoredColumns } = parseOk(readSample('salesforce-contacts.csv'));
    expect(ignoredColumns).toEqual(['Lead Source']);
    expect(
      contacts.map((contact) => [
        contact.id,
        contact.name.full,
        contact.organization,
        contact.phones,
        contact.optOuts?.map((optOut) => optOut.channel),
      ]),
    ).toEqual([
      ['0035e00000Abc12AAB', 'Mitchell Evans', 'Evans Logistics', ['(212) 555-0178'], ['call']],
      [
        '0035e00000Abc13AAB',
        'Priya Natarajan',
        'Lotus Dental Group',
        ['+91 80 5555 0199', '+91 98 5555 0110'],
        undefined,
      ],
      [
        '0035e00000Abc14AAB',
        'Sam Okafor',
        'Okafor & Daughters Pharmacy',
        ['(312) 555-0166'],
        ['email'],
      ],
    ]);
    expect(contacts[0]?.importantDates).toEqual([
      { id: 'birthday', kind: 'birthday', year: 1975, month: 6, day: 10 },
    ]);
  });

  it('reads day-first dates when asked', () => {
    const { contacts } = parseOk('First Name,Birthdate\nAna,07/06/1986\n', { dateOrder: 'dmy' });
    expect(contacts[0]?.importantDates?.[0]).toMatchObject({ month: 6, day: 7 });
  });

  it.each(['hubspot-contacts.csv', 'salesforce-contacts.csv'])(
    'round-trips %s through Sincerely’s CSV',
    (file) => {
      const { contacts } = parseOk(readSample(file));
      const again = parseOk(formatContactsCsv(contacts));
      expect(again).toEqual({ contacts, ignoredColumns: [] });
    },
  );

  it('round-trips the sample store’s contacts (what a spreadsheet can hold)', () => {
    const contacts = loadSampleStore().contacts;
    const { contacts: again } = parseOk(formatContactsCsv(contacts));
    const spreadsheet = (contact: Contact) => [
      contact.id,
      contact.name,
      contact.emails,
      contact.phones,
      contact.timeZone,
      contact.cadenceDays,
      contact.doNotContact ?? false,
      contact.importantDates?.find((date) => date.kind === 'birthday')?.day,
    ];
    expect(again.map(spreadsheet)).toEqual(contacts.map(spreadsheet));
  });

  it('rejects the whole file, naming row and column but not the value', () => {
    const text = readSample('salesforce-contacts.csv')
      .replace('6/7/1986', 'June 7th')
      .replace(',1,0,Web', ',maybe,0,Web');
    const result = parseContactsCsv(text, { importedAt });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: 'rows[1].Birthdate',
          message: 'expected a date such as 1985-02-14, 02/14/1985 or --02-14',
        },
        { path: 'rows[2]["Email Opt Out"]', message: 'expected true or false' },
      ],
    });
    expect(JSON.stringify(result)).not.toMatch(/June|maybe/u);
  });

  it('rejects a file without a name column, and rows with the wrong number of cells', () => {
    expect(parseContactsCsv('Email\nana@clinic.example\n', { importedAt })).toEqual({
      ok: false,
      issues: [
        {
          path: '(root)',
          message: 'expected a name column such as "First Name", "LastName" or "full name"',
        },
      ],
    });
    const ragged = parseContactsCsv('First Name,Email\nAna,ana@clinic.example,extra\n', {
      importedAt,
    });
    expect(ragged).toEqual({
      ok: false,
      issues: [{ path: 'rows[0]', message: 'expected 2 columns' }],
    });
  });

  it('validates the contacts it builds', () => {
    expect(parseContactsCsv('First Name,Email\nAna,not-an-address\n', { importedAt })).toEqual({
      ok: false,
      issues: [{ path: 'rows[0].emails[0]', message: 'expected an email address' }],
    });
  });
});

describe(findCsvField, () => {
  it.each([
    ['First Name', 'givenName'],
    ['FirstName', 'givenName'],
    ['first_name', 'givenName'],
    ['Account.Name', 'organization'],
    ['HasOptedOutOfEmail', 'emailOptOut'],
    ['Lead Source', undefined],
  ])('maps %s to %s', (header, field) => {
    expect(findCsvField(header)).toBe(field);
  });

  it('documents every header once', () => {
    const normalized = CSV_COLUMNS.map((column) =>
      column.header.toLowerCase().replace(/[^a-z0-9]/gu, ''),
    );
    expect(new Set(normalized).size).toBe(normalized.length);
  });
});
