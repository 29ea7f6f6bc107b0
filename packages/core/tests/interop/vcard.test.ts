import { describe, expect, it } from 'vitest';
import { formatVCard, formatVCards, parseVCards } from '../../src/interop/vcard.js';
import type { Contact } from '../../src/model/contact.js';
import { loadSampleStore, readSample } from '../support/sample-store.js';

function parseOk(text: string): Contact[] {
  const result = parseVCards(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe(parseVCards, () => {
  it('reads the sample cards (vCard 4.0 and 3.0)', () => {
    const [mitch, maria, priya, tomasz] = parseOk(readSample('contacts.vcf'));
    expect(mitch).toEqual({
      id: 'urn:uuid:6f1d2c3e-8a4b-4c6d-9e0f-1a2b3c4d5e6f',
      name: { full: 'Mitchell Evans', family: 'Evans', given: 'Mitchell', preferred: 'Mitch' },
      organization: 'Evans Logistics',
      role: 'VP of Operations',
      emails: ['mitch@evanslogistics.example'],
      phones: ['+1-212-555-0178'],
      timeZone: 'America/New_York',
      importantDates: [
        { id: 'birthday', kind: 'birthday', month: 6, day: 11 },
        { id: 'anniversary', kind: 'anniversary', month: 9, day: 12, year: 2009 },
      ],
      people: [
        { name: 'Renée Evans', relation: 'spouse' },
        { name: 'Owen', relation: 'child' },
      ],
    });
    expect(maria?.importantDates).toEqual([
      { id: 'birthday', kind: 'birthday', month: 2, day: 29, year: 1980, feb29: 'mar1' },
    ]);
    expect(maria?.pronouns).toBe('she/her');
    // A bare UTC offset says nothing about daylight saving, so it is not a time zone.
    expect(priya).toMatchObject({
      id: 'vcard-3',
      organization: 'Lotus Dental Group',
      importantDates: [{ kind: 'birthday', month: 6, day: 7, year: 1986 }],
    });
    expect(priya).not.toHaveProperty('timeZone');
    expect(tomasz).toMatchObject({
      name: { preferred: 'Tom' },
      timeZone: 'Pacific/Auckland',
      importantDates: [
        { kind: 'birthday', month: 6, day: 3 },
        { kind: 'anniversary', month: 2, day: 29, year: 2016 },
      ],
    });
    expect(tomasz?.importantDates?.[0]).not.toHaveProperty('year');
  });

  it.each(['4.0', '3.0'] as const)('round-trips the sample cards through vCard %s', (version) => {
    const contacts = parseOk(readSample('contacts.vcf'));
    const again = parseOk(formatVCards(contacts, { version }));
    const expected =
      version === '3.0' ? contacts.map(({ pronouns: _p, ...rest }) => rest) : contacts;
    expect(again).toEqual(expected);
  });

  it('round-trips the sample store’s contacts (what vCard can hold)', () => {
    const contacts = loadSampleStore().contacts;
    const again = parseOk(formatVCards(contacts));
    expect(
      again.map((contact) => [contact.id, contact.name, contact.emails, contact.timeZone]),
    ).toEqual(
      contacts.map((contact) => [contact.id, contact.name, contact.emails, contact.timeZone]),
    );
    expect(again[0]?.importantDates).toEqual([
      { id: 'birthday', kind: 'birthday', month: 2, day: 29, year: 1980, feb29: 'mar1' },
    ]);
  });

  it('writes year-less birthdays as vCard 4 "--MM-DD" and as Apple’s omitted year in vCard 3', () => {
    const contact: Contact = {
      id: 'c1',
      name: { full: 'Tomasz Kowalski' },
      importantDates: [{ id: 'b', kind: 'birthday', month: 6, day: 3 }],
    };
    expect(formatVCard(contact)).toContain('BDAY:--0603\r\n');
    expect(formatVCard(contact, { version: '3.0' })).toContain(
      'BDAY;X-APPLE-OMIT-YEAR=1604;VALUE=DATE:16040603\r\n',
    );
  });

  it('rejects the whole file with the card and property, never the value', () => {
    const text = readSample('contacts.vcf').replace('BDAY:1986-06-07', 'BDAY:sometime in June');
    const result = parseVCards(text);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'vcards[2].BDAY', message: 'expected a date such as 1985-02-14 or --02-14' },
      ],
    });
  });

  it('rejects text that is not a vCard', () => {
    expect(parseVCards('Maria Lopez, maria@example.com').ok).toBe(false);
    expect(
      parseVCards('BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:someone@clinic.example\r\nEND:VCARD\r\n'),
    ).toEqual({
      ok: false,
      issues: [{ path: 'vcards[0].name.full', message: 'required' }],
    });
  });
});
