/**
 * vCard 3.0 and 4.0 import and export with ical.js. Mapping: FN/N → name, NICKNAME → preferred
 * name, ORG/TITLE → organisation and role, EMAIL/TEL, TZ (an IANA name; bare UTC offsets are
 * skipped because they cannot say when daylight saving applies), BDAY → birthday, ANNIVERSARY
 * (vCard 4) or X-ANNIVERSARY (vCard 3) → anniversary, RELATED;VALUE=text → people who matter,
 * PRONOUNS (RFC 9554), UID → id. A year-less date is `--MM-DD` in vCard 4 and Apple's
 * `X-APPLE-OMIT-YEAR` in vCard 3; a Feb 29 policy travels as `X-SINCERELY-FEB29`.
 * Import is all-or-nothing, and problems name the card and property, never their values.
 */
import ICAL from 'ical.js';
import type { Contact, ImportantDate, RelatedPerson } from '../model/contact.js';
import type { ModelIssue, ModelParseResult } from '../model/validation.js';
import { formatPath, parseContact } from '../model/validation.js';
import { canonicalTimeZone } from '../model/primitives.js';

/** The vCard versions Sincerely reads and writes. */
export type VCardVersion = '3.0' | '4.0';

type JCardProperty = [string, Record<string, string | string[]>, string, ...unknown[]];

/** Apple's placeholder year for a birthday without a year. */
const OMIT_YEAR = 1604;
const DATE_VALUE = /^(?:(\d{4})|--)-?(\d{2})-?(\d{2})(?:T.*)?$/u;

interface PartialDate {
  month: number;
  day: number;
  year?: number;
}

function readDate(property: JCardProperty): PartialDate | undefined {
  const raw = property[3];
  if (typeof raw !== 'string') return undefined;
  const match = DATE_VALUE.exec(raw.trim());
  if (!match) return undefined;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const year = match[1] === undefined ? undefined : Number(match[1]);
  const omit = property[1]['x-apple-omit-year'];
  if (
    year === undefined ||
    year === OMIT_YEAR ||
    (typeof omit === 'string' && Number(omit) === year)
  )
    return { month, day };
  return { month, day, year };
}

function text(value: unknown): string | undefined {
  if (Array.isArray(value)) return text(value[0]);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function paramText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function toContact(card: unknown[], index: number, issues: ModelIssue[]): Record<string, unknown> {
  const properties = (card[1] ?? []) as JCardProperty[];
  const where = (property: string) => formatPath(['vcards', index, property.toUpperCase()]);
  const contact: Record<string, unknown> = {};
  const name: Record<string, string> = {};
  const dates: ImportantDate[] = [];
  const people: RelatedPerson[] = [];
  const emails: string[] = [];
  const phones: string[] = [];
  let feb29: string | undefined;
  for (const property of properties) {
    const [key, params, , value] = property;
    switch (key) {
      case 'uid':
        if (text(value)) contact['id'] = text(value);
        break;
      case 'fn':
        if (text(value)) name['full'] = text(value) as string;
        break;
      case 'n':
        if (Array.isArray(value)) {
          if (text(value[0])) name['family'] = text(value[0]) as string;
          if (text(value[1])) name['given'] = text(value[1]) as string;
        }
        break;
      case 'nickname': {
        const nickname = text(value)?.split(',')[0]?.trim();
        if (nickname) name['preferred'] = nickname;
        break;
      }
      case 'pronouns':
        if (text(value)) contact['pronouns'] = text(value);
        break;
      case 'org':
        if (text(value)) contact['organization'] = text(value);
        break;
      case 'title':
        if (text(value)) contact['role'] = text(value);
        break;
      case 'role':
        if (text(value) && contact['role'] === undefined) contact['role'] = text(value);
        break;
      case 'email':
        if (text(value)) emails.push(text(value) as string);
        break;
      case 'tel':
        if (text(value)) phones.push((text(value) as string).replace(/^tel:/u, ''));
        break;
      case 'tz': {
        const zone = canonicalTimeZone(text(value) ?? '');
        if (zone) contact['timeZone'] = zone;
        break;
      }
      case 'bday':
      case 'anniversary':
      case 'x-anniversary': {
        const date = readDate(property);
        if (!date) {
          issues.push({
            path: where(key),
            message: 'expected a date such as 1985-02-14 or --02-14',
          });
          break;
        }
        const kind = key === 'bday' ? 'birthday' : 'anniversary';
        dates.push({ id: kind, kind, ...date });
        break;
      }
      case 'x-sincerely-feb29':
        feb29 = text(value);
        break;
      case 'related': {
        const person = text(value);
        if (person && !/^[a-z][a-z0-9+.-]*:/iu.test(person)) {
          people.push({ name: person, relation: paramText(params['type']) ?? 'related' });
        }
        break;
      }
      default:
        break;
    }
  }
  if (!name['full'] && (name['given'] || name['family'])) {
    name['full'] = [name['given'], name['family']].filter(Boolean).join(' ');
  }
  contact['id'] ??= `vcard-${index + 1}`;
  contact['name'] = name;
  if (emails.length > 0) contact['emails'] = emails;
  if (phones.length > 0) contact['phones'] = phones;
  if (dates.length > 0) {
    contact['importantDates'] = dates.map((date) =>
      date.month === 2 && date.day === 29 && (feb29 === 'feb28' || feb29 === 'mar1')
        ? { ...date, feb29 }
        : date,
    );
  }
  if (people.length > 0) contact['people'] = people;
  return contact;
}

/**
 * Parses one or more vCards (3.0 or 4.0) into contacts.
 *
 * @returns every contact, or every problem (`vcards[1].BDAY: expected a date …`); never some.
 * @example
 * const result = parseVCards(readFileSync('contacts.vcf', 'utf8'));
 * if (result.ok) result.value[0]?.name.preferred; // 'Mitch'
 */
export function parseVCards(input: string): ModelParseResult<Contact[]> {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(input);
  } catch (error) {
    const line = /line (\d+)/iu.exec(String((error as Error)?.message ?? ''));
    return {
      ok: false,
      issues: [{ path: '(root)', message: `not a valid vCard${line ? ` (line ${line[1]})` : ''}` }],
    };
  }
  const cards = (
    Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : (parsed as unknown[])
  ) as unknown[][];
  const issues: ModelIssue[] = [];
  const contacts: Contact[] = [];
  cards.forEach((card, index) => {
    if (card[0] !== 'vcard') {
      issues.push({ path: formatPath(['vcards', index]), message: 'expected a VCARD' });
      return;
    }
    const raw = toContact(card, index, issues);
    const result = parseContact(raw, formatPath(['vcards', index]));
    if (result.ok) contacts.push(result.value);
    else issues.push(...result.issues);
  });
  if (cards.length === 0) issues.push({ path: '(root)', message: 'expected at least one VCARD' });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: contacts };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function dateProperty(name: string, date: ImportantDate, version: VCardVersion): JCardProperty {
  const monthDay = `${pad(date.month)}-${pad(date.day)}`;
  if (version === '4.0') {
    return [
      name,
      {},
      'date-and-or-time',
      date.year === undefined ? `--${monthDay}` : `${pad(date.year, 4)}-${monthDay}`,
    ];
  }
  if (date.year === undefined)
    return [name, { 'x-apple-omit-year': String(OMIT_YEAR) }, 'date', `${OMIT_YEAR}-${monthDay}`];
  return [name, {}, 'date', `${pad(date.year, 4)}-${monthDay}`];
}

/**
 * Writes a contact as a vCard (default 4.0). The first birthday and the first personal anniversary
 * are written (vCard has no place for work or purchase anniversaries); other Sincerely fields
 * (windows, facts, opt-outs) stay in Sincerely.
 *
 * @example
 * formatVCard({ id: 'c1', name: { full: 'Mitchell Evans', preferred: 'Mitch' } });
 * // 'BEGIN:VCARD\r\nVERSION:4.0\r\nUID:c1\r\nFN:Mitchell Evans\r\n…NICKNAME:Mitch\r\nEND:VCARD'
 */
export function formatVCard(contact: Contact, options: { version?: VCardVersion } = {}): string {
  const version = options.version ?? '4.0';
  const { name } = contact;
  const properties: JCardProperty[] = [
    ['version', {}, 'text', version],
    ['uid', {}, 'text', contact.id],
    ['fn', {}, 'text', name.full],
    ['n', {}, 'text', [name.family ?? '', name.given ?? '', '', '', '']],
  ];
  if (name.preferred) properties.push(['nickname', {}, 'text', name.preferred]);
  if (contact.pronouns && version === '4.0')
    properties.push(['pronouns', {}, 'text', contact.pronouns]);
  if (contact.organization) properties.push(['org', {}, 'text', [contact.organization]]);
  if (contact.role) properties.push(['title', {}, 'text', contact.role]);
  for (const email of contact.emails ?? []) properties.push(['email', {}, 'text', email]);
  for (const phone of contact.phones ?? []) properties.push(['tel', {}, 'text', phone]);
  if (contact.timeZone) properties.push(['tz', {}, 'text', contact.timeZone]);
  const dates = contact.importantDates ?? [];
  const birthday = dates.find((date) => date.kind === 'birthday');
  const anniversary = dates.find((date) => date.kind === 'anniversary');
  if (birthday) properties.push(dateProperty('bday', birthday, version));
  if (anniversary)
    properties.push(
      dateProperty(version === '4.0' ? 'anniversary' : 'x-anniversary', anniversary, version),
    );
  const leap = [birthday, anniversary].find(
    (date) => date?.month === 2 && date.day === 29 && date.feb29,
  );
  if (leap?.feb29) properties.push(['x-sincerely-feb29', {}, 'unknown', leap.feb29]);
  for (const person of contact.people ?? [])
    properties.push(['related', { type: person.relation }, 'text', person.name]);
  return new ICAL.Component(['vcard', properties, []]).toString();
}

/**
 * Writes several contacts as one `.vcf` text, CRLF line endings, ending with a line break.
 *
 * @example
 * writeFileSync('contacts.vcf', formatVCards(store.contacts, { version: '3.0' }));
 */
export function formatVCards(
  contacts: readonly Contact[],
  options: { version?: VCardVersion } = {},
): string {
  return contacts.map((contact) => `${formatVCard(contact, options)}\r\n`).join('');
}
