/**
 * CSV import and export with papaparse. Columns map to contact fields by the documented headers in
 * `CSV_COLUMNS` (HubSpot, Salesforce, Sincerely); other columns are listed in `ignoredColumns`.
 * Import is all-or-nothing; problems name the row and column, never the cell's value.
 */
import Papa from 'papaparse';
import { formatCalendarDate } from '../dates/calendar-date.js';
import type { Contact, ImportantDate } from '../model/contact.js';
import { canonicalTimeZone } from '../model/primitives.js';
import type { ModelIssue, ModelParseResult } from '../model/validation.js';
import { formatPath, parseContact } from '../model/validation.js';
import type { CsvField } from './csv-columns.js';
import { findCsvField } from './csv-columns.js';

/** What `parseContactsCsv` takes. */
export interface ParseContactsCsvOptions {
  /** When the opt-outs in the file are recorded as made (a CSV has no opt-out dates). */
  importedAt: string | Date | number;
  /** How to read slashed dates such as 03/04/1985: month first (US exports, default) or day first. */
  dateOrder?: 'mdy' | 'dmy';
  /** Extra or overriding header → field mappings. */
  columns?: Readonly<Record<string, CsvField>>;
}

/** The contacts of a CSV file and the columns that were not read. */
export interface CsvImport {
  contacts: Contact[];
  ignoredColumns: string[];
}

const TRUE_VALUES = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE_VALUES = new Set(['false', 'no', 'n', '0', '']);

function readBoolean(value: string): boolean | undefined {
  const normalized = value.trim().toLowerCase();
  if (TRUE_VALUES.has(normalized)) return true;
  if (FALSE_VALUES.has(normalized)) return false;
  return undefined;
}

function readDate(
  value: string,
  order: 'mdy' | 'dmy',
): Omit<ImportantDate, 'id' | 'kind'> | undefined {
  const trimmed = value.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/u.exec(trimmed);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  match = /^--(\d{2})-?(\d{2})$/u.exec(trimmed);
  if (match) return { month: Number(match[1]), day: Number(match[2]) };
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/u.exec(trimmed);
  if (match) {
    const [first, second] = [Number(match[1]), Number(match[2])];
    return order === 'mdy'
      ? { year: Number(match[3]), month: first, day: second }
      : { year: Number(match[3]), month: second, day: first };
  }
  return undefined;
}

/** An IANA name from HubSpot-style values: `america_slash_new_york`, `(GMT-05:00) America/New_York`. */
function readTimeZone(value: string): string | undefined {
  const trimmed = value.trim();
  const candidates = [
    trimmed,
    trimmed.replace(/^\(.*?\)\s*/u, ''),
    trimmed.replace(/_slash_/gu, '/'),
  ];
  for (const candidate of candidates) {
    const zone = canonicalTimeZone(candidate);
    if (zone) return zone;
  }
  return undefined;
}

function splitList(value: string): string[] {
  return value
    .split(/[;,]/u)
    .map((item) => item.trim())
    .filter(Boolean);
}

function buildContact(
  row: Record<string, string>,
  fields: ReadonlyMap<string, CsvField>,
  index: number,
  options: ParseContactsCsvOptions,
  issues: ModelIssue[],
): Record<string, unknown> {
  const name: Record<string, string> = {};
  const contact: Record<string, unknown> = {};
  const emails: string[] = [];
  const phones: string[] = [];
  const optOuts: unknown[] = [];
  const at = new Date(options.importedAt).toISOString();
  const problem = (header: string, message: string) =>
    issues.push({ path: formatPath(['rows', index, header]), message });
  for (const [header, field] of fields) {
    const value = (row[header] ?? '').trim();
    const flag = (): boolean | undefined => {
      const result = readBoolean(value);
      if (result === undefined) problem(header, 'expected true or false');
      return result;
    };
    if (
      value === '' &&
      field !== 'emailOptOut' &&
      field !== 'doNotCall' &&
      field !== 'doNotContact'
    )
      continue;
    switch (field) {
      case 'id':
        contact['id'] = value;
        break;
      case 'fullName':
        name['full'] = value;
        break;
      case 'givenName':
        name['given'] = value;
        break;
      case 'familyName':
        name['family'] = value;
        break;
      case 'preferredName':
        name['preferred'] = value;
        break;
      case 'pronouns':
      case 'organization':
      case 'role':
        contact[field] = value;
        break;
      case 'email':
        emails.push(...splitList(value));
        break;
      case 'phone':
        phones.push(
          ...value
            .split(';')
            .map((item) => item.trim())
            .filter(Boolean),
        );
        break;
      case 'timeZone': {
        const zone = readTimeZone(value);
        if (zone) contact['timeZone'] = zone;
        else problem(header, 'expected an IANA time zone name such as "America/New_York"');
        break;
      }
      case 'birthday': {
        const date = readDate(value, options.dateOrder ?? 'mdy');
        if (date) contact['importantDates'] = [{ id: 'birthday', kind: 'birthday', ...date }];
        else problem(header, 'expected a date such as 1985-02-14, 02/14/1985 or --02-14');
        break;
      }
      case 'cadenceDays':
        if (/^\d+$/u.test(value)) contact['cadenceDays'] = Number(value);
        else problem(header, 'expected a whole number of days');
        break;
      case 'emailOptOut':
        if (flag()) optOuts.push({ channel: 'email', kind: 'opt-out', at });
        break;
      case 'doNotCall':
        if (flag()) optOuts.push({ channel: 'call', kind: 'opt-out', at });
        break;
      case 'doNotContact':
        if (flag()) contact['doNotContact'] = true;
        break;
    }
  }
  if (!name['full'] && (name['given'] || name['family'])) {
    name['full'] = [name['given'], name['family']].filter(Boolean).join(' ');
  }
  contact['id'] ??= `csv-${index + 1}`;
  contact['name'] = name;
  if (emails.length > 0) contact['emails'] = [...new Set(emails)];
  if (phones.length > 0) contact['phones'] = [...new Set(phones)];
  if (optOuts.length > 0) contact['optOuts'] = optOuts;
  return contact;
}

/**
 * Parses a CSV export (HubSpot, Salesforce or Sincerely headers) into contacts.
 *
 * @returns the contacts and the ignored columns, or every problem (`rows[2].Birthdate: expected a
 *   date …`); never some of the contacts.
 * @example
 * const result = parseContactsCsv(readFileSync('hubspot-export.csv', 'utf8'), { importedAt: new Date() });
 * if (result.ok) result.value.contacts.length; // 3
 */
export function parseContactsCsv(
  text: string,
  options: ParseContactsCsvOptions,
): ModelParseResult<CsvImport> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/u, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  // A one-column file has no delimiter to detect; that is not an error.
  const errors = parsed.errors.filter((error) => error.code !== 'UndetectableDelimiter');
  const issues: ModelIssue[] = errors.map((error) => ({
    path: formatPath(error.row === undefined ? [] : ['rows', error.row]),
    message:
      error.code === 'TooManyFields' || error.code === 'TooFewFields'
        ? `expected ${parsed.meta.fields?.length ?? 0} columns`
        : 'not valid CSV',
  }));
  const headers = parsed.meta.fields ?? [];
  const fields = new Map<string, CsvField>();
  const ignoredColumns: string[] = [];
  for (const header of headers) {
    const field = options.columns?.[header] ?? findCsvField(header);
    if (field) fields.set(header, field);
    else ignoredColumns.push(header);
  }
  if (
    ![...fields.values()].some(
      (field) => field === 'fullName' || field === 'givenName' || field === 'familyName',
    )
  ) {
    issues.push({
      path: '(root)',
      message: 'expected a name column such as "First Name", "LastName" or "full name"',
    });
  }
  const contacts: Contact[] = [];
  if (issues.length === 0) {
    parsed.data.forEach((row, index) => {
      const raw = buildContact(row, fields, index, options, issues);
      const result = parseContact(raw, formatPath(['rows', index]));
      if (result.ok) contacts.push(result.value);
      else issues.push(...result.issues);
    });
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: { contacts, ignoredColumns } };
}

const EXPORT_HEADERS = [
  'id',
  'full name',
  'given name',
  'family name',
  'preferred name',
  'pronouns',
  'emails',
  'phones',
  'organization',
  'role',
  'time zone',
  'birthday',
  'cadence days',
  'email opt-out',
  'do not call',
  'do not contact',
] as const;

/**
 * Writes contacts as CSV with Sincerely's headers, which `parseContactsCsv` reads back. Only the
 * fields a spreadsheet can hold are written.
 *
 * @example
 * writeFileSync('contacts.csv', formatContactsCsv(store.contacts));
 */
export function formatContactsCsv(contacts: readonly Contact[]): string {
  const rows = contacts.map((contact) => {
    const birthday = contact.importantDates?.find((date) => date.kind === 'birthday');
    const optedOut = (channel: string) =>
      (contact.optOuts ?? []).some((optOut) => optOut.channel === channel);
    const cells: Record<(typeof EXPORT_HEADERS)[number], string> = {
      id: contact.id,
      'full name': contact.name.full,
      'given name': contact.name.given ?? '',
      'family name': contact.name.family ?? '',
      'preferred name': contact.name.preferred ?? '',
      pronouns: contact.pronouns ?? '',
      emails: (contact.emails ?? []).join('; '),
      phones: (contact.phones ?? []).join('; '),
      organization: contact.organization ?? '',
      role: contact.role ?? '',
      'time zone': contact.timeZone ?? '',
      birthday: birthday
        ? birthday.year === undefined
          ? `--${String(birthday.month).padStart(2, '0')}-${String(birthday.day).padStart(2, '0')}`
          : formatCalendarDate({ year: birthday.year, month: birthday.month, day: birthday.day })
        : '',
      'cadence days': contact.cadenceDays === undefined ? '' : String(contact.cadenceDays),
      'email opt-out': optedOut('email') ? 'true' : 'false',
      'do not call': optedOut('call') ? 'true' : 'false',
      'do not contact': contact.doNotContact ? 'true' : 'false',
    };
    return EXPORT_HEADERS.map((header) => cells[header]);
  });
  return `${Papa.unparse({ fields: [...EXPORT_HEADERS], data: rows }, { newline: '\r\n' })}\r\n`;
}
