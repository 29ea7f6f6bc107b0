/**
 * The documented CSV column mapping: which export headers of HubSpot, Salesforce and Sincerely
 * itself fill which contact field. Headers match case-insensitively, ignoring spaces and
 * punctuation ("First Name", "FirstName" and "first_name" are the same column).
 */

/** The contact fields a CSV column can fill. */
export type CsvField =
  | 'id'
  | 'fullName'
  | 'givenName'
  | 'familyName'
  | 'preferredName'
  | 'pronouns'
  | 'email'
  | 'phone'
  | 'organization'
  | 'role'
  | 'timeZone'
  | 'birthday'
  | 'cadenceDays'
  | 'emailOptOut'
  | 'doNotCall'
  | 'doNotContact';

/** One documented header: the CRM it comes from and the field it fills. */
export interface CsvColumn {
  header: string;
  field: CsvField;
  source: 'hubspot' | 'salesforce' | 'sincerely';
  note?: string;
}

/** Every header Sincerely recognises. */
export const CSV_COLUMNS: readonly CsvColumn[] = Object.freeze([
  // HubSpot contact export (property labels).
  { header: 'Record ID', field: 'id', source: 'hubspot' },
  {
    header: 'First Name',
    field: 'givenName',
    source: 'hubspot',
    note: 'Also Salesforce (`FirstName`).',
  },
  {
    header: 'Last Name',
    field: 'familyName',
    source: 'hubspot',
    note: 'Also Salesforce (`LastName`).',
  },
  { header: 'Email', field: 'email', source: 'hubspot', note: 'Also Salesforce.' },
  { header: 'Phone Number', field: 'phone', source: 'hubspot' },
  { header: 'Mobile Phone Number', field: 'phone', source: 'hubspot' },
  { header: 'Company Name', field: 'organization', source: 'hubspot' },
  { header: 'Job Title', field: 'role', source: 'hubspot' },
  {
    header: 'Time Zone',
    field: 'timeZone',
    source: 'hubspot',
    note: 'IANA names, HubSpot values such as "america_slash_new_york", or labels ending in the IANA name. Also Sincerely\'s `time zone`.',
  },
  { header: 'Date of birth', field: 'birthday', source: 'hubspot' },
  { header: 'Unsubscribed from all email', field: 'emailOptOut', source: 'hubspot' },
  // Salesforce (report labels and API names).
  { header: 'Contact ID', field: 'id', source: 'salesforce' },
  {
    header: 'Id',
    field: 'id',
    source: 'salesforce',
    note: "API name; also Sincerely's `id` column.",
  },
  { header: 'Phone', field: 'phone', source: 'salesforce' },
  { header: 'Mobile', field: 'phone', source: 'salesforce' },
  { header: 'MobilePhone', field: 'phone', source: 'salesforce' },
  {
    header: 'Account Name',
    field: 'organization',
    source: 'salesforce',
    note: 'Also `Account.Name`.',
  },
  { header: 'Title', field: 'role', source: 'salesforce' },
  { header: 'Birthdate', field: 'birthday', source: 'salesforce' },
  {
    header: 'Email Opt Out',
    field: 'emailOptOut',
    source: 'salesforce',
    note: "Also Sincerely's `email opt-out`.",
  },
  { header: 'HasOptedOutOfEmail', field: 'emailOptOut', source: 'salesforce' },
  {
    header: 'Do Not Call',
    field: 'doNotCall',
    source: 'salesforce',
    note: "Also `DoNotCall` and Sincerely's `do not call`.",
  },
  // Sincerely's own export (`formatContactsCsv`).
  { header: 'full name', field: 'fullName', source: 'sincerely' },
  { header: 'given name', field: 'givenName', source: 'sincerely' },
  { header: 'family name', field: 'familyName', source: 'sincerely' },
  { header: 'preferred name', field: 'preferredName', source: 'sincerely' },
  { header: 'pronouns', field: 'pronouns', source: 'sincerely' },
  {
    header: 'emails',
    field: 'email',
    source: 'sincerely',
    note: 'Several addresses separated by ";".',
  },
  {
    header: 'phones',
    field: 'phone',
    source: 'sincerely',
    note: 'Several numbers separated by ";".',
  },
  { header: 'organization', field: 'organization', source: 'sincerely' },
  { header: 'role', field: 'role', source: 'sincerely' },
  {
    header: 'birthday',
    field: 'birthday',
    source: 'sincerely',
    note: 'YYYY-MM-DD, or --MM-DD without a year.',
  },
  { header: 'cadence days', field: 'cadenceDays', source: 'sincerely' },
  { header: 'do not contact', field: 'doNotContact', source: 'sincerely' },
] satisfies CsvColumn[]);

/** A header reduced to lowercase letters and digits, for matching. */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/gu, '');
}

const BY_HEADER = new Map(
  CSV_COLUMNS.map((column) => [normalizeHeader(column.header), column.field]),
);

/** The field a header fills, or undefined for a column Sincerely does not read. */
export function findCsvField(header: string): CsvField | undefined {
  return BY_HEADER.get(normalizeHeader(header));
}
