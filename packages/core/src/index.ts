export * from './checks.js';

// Relationship model, dates, signals, health, reminders, interop and privacy.
export {
  CHANNELS,
  WEEKDAYS,
  canonicalTimeZone,
  isTimeZone,
  channelSchema,
  timeZoneSchema,
  instantSchema,
  calendarDateSchema,
} from './model/primitives.js';
export type { Channel, Weekday } from './model/primitives.js';
export {
  CONSENT_BASES,
  FACT_KINDS,
  FEB29_POLICIES,
  IMPORTANT_DATE_KINDS,
  contactSchema,
  contactWindowSchema,
  importantDateSchema,
  factSchema,
} from './model/contact.js';
export type {
  ChannelPreferences,
  Consent,
  Contact,
  ContactWindow,
  Fact,
  Feb29Policy,
  ImportantDate,
  ImportantDateKind,
  OptOut,
  Pet,
  PersonName,
  RelatedPerson,
} from './model/contact.js';
export {
  INTERACTION_PURPOSES,
  interactionSchema,
  isTwoWay,
  whoInitiated,
} from './model/interaction.js';
export type { Interaction, InteractionPurpose } from './model/interaction.js';
export { promiseRecordSchema, valueDeliveredSchema } from './model/promise-record.js';
export { locateJsonError } from './model/locate-json-error.js';
export type { JsonErrorLocation } from './model/locate-json-error.js';
export type { PromiseRecord, ValueDelivered } from './model/promise-record.js';
export {
  CONTACT_STORE_VERSION,
  contactStoreSchema,
  suppressionSchema,
} from './model/contact-store.js';
export type { ContactStore, ContactStoreInput, Suppression } from './model/contact-store.js';
export {
  assertContactStore,
  formatIssue,
  formatPath,
  ModelValidationError,
  parseContact,
  parseContactStore,
  parseContactStoreJson,
  parseInteraction,
} from './model/validation.js';
export type { ModelIssue, ModelParseResult } from './model/validation.js';
export { buildContactsJsonSchema, CONTACTS_SCHEMA_ID } from './model/json-schema.js';
export { parseSendContext, sendContextSchema } from './model/send-context.js';
export type { SendContext } from './model/send-context.js';
export {
  addDays,
  compareCalendarDates,
  daysBetween,
  daysInMonth,
  formatCalendarDate,
  isLeapYear,
  parseCalendarDate,
  weekdayOf,
} from './dates/calendar-date.js';
export type { CalendarDate } from './dates/calendar-date.js';
export {
  DEFAULT_FEB29_POLICY,
  occurrenceInYear,
  occurrencesBetween,
} from './dates/important-date-occurrence.js';
export type { ImportantDateOccurrence } from './dates/important-date-occurrence.js';
export { todayIn, toLocalDateTime } from './dates/local-time.js';
export type { LocalDateTime } from './dates/local-time.js';
export {
  detectCareSignals,
  SIGNAL_DETECTORS,
  selectSignalInput,
} from './signals/detect-care-signals.js';
export { resolveSignalOptions } from './signals/care-signal.js';
export type {
  CareSignal,
  CareSignalKind,
  ResolvedSignalOptions,
  SignalDetector,
  SignalEvidence,
  SignalInput,
  SignalOptions,
} from './signals/care-signal.js';
export { findUnansweredFromThem, isOpeningFromThem } from './signals/detect-response-times.js';
export { describeImportantDate } from './signals/detect-occasions.js';
export { assessHealth, assessStoreHealth } from './health/assess-health.js';
export type {
  ComponentRating,
  HealthComponent,
  HealthComponentName,
  HealthOptions,
  HealthStatus,
  RelationshipHealth,
} from './health/relationship-health.js';
export { buildAgenda, DEFAULT_LEAD_DAYS, resolveAgendaRange } from './reminders/build-agenda.js';
export type { Agenda, AgendaItem, AgendaItemKind, AgendaOptions } from './reminders/agenda.js';
export { chooseChannel, nextBestTouches } from './reminders/next-best-touch.js';
export type { NextBestTouchOptions, TouchSuggestion } from './reminders/next-best-touch.js';
export { formatVCard, formatVCards, parseVCards } from './interop/vcard.js';
export type { VCardVersion } from './interop/vcard.js';
export {
  formatAgendaICalendar,
  formatImportantDatesICalendar,
  importantDateRule,
} from './interop/icalendar.js';
export type { ICalendarOptions } from './interop/icalendar.js';
export { formatContactsCsv, parseContactsCsv } from './interop/csv.js';
export type { CsvImport, ParseContactsCsvOptions } from './interop/csv.js';
export { CSV_COLUMNS, findCsvField, normalizeHeader } from './interop/csv-columns.js';
export type { CsvColumn, CsvField } from './interop/csv-columns.js';
export {
  findSuppressedContacts,
  forget,
  isSuppressed,
  suppressionHashesOf,
} from './privacy/forget.js';
export type { ForgetResult } from './privacy/forget.js';
export { hashIdentifier, normalizeIdentifier } from './privacy/suppression-hash.js';
export type { IdentifierKind } from './privacy/suppression-hash.js';
