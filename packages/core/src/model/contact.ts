/** The contact: who a person is to you, what they told you, and how they want to be reached. */
import { z } from 'zod';
import {
  calendarDateSchema,
  channelSchema,
  clockTimeSchema,
  idSchema,
  instantSchema,
  textSchema,
  timeZoneSchema,
  weekdaySchema,
} from './primitives.js';

/** How a person is named: in full, and what they like to be called. */
export const personNameSchema = z.strictObject({
  full: textSchema.meta({ description: 'The full name as the person writes it.' }),
  given: textSchema.optional(),
  family: textSchema.optional(),
  preferred: textSchema
    .optional()
    .meta({ description: 'What they like to be called, e.g. "Mitch".' }),
  formal: textSchema
    .optional()
    .meta({ description: 'A formal form of address, e.g. "Dr. Okafor".' }),
});
/** How a person is named. */
export type PersonName = z.infer<typeof personNameSchema>;

/** When a contact is happy to be reached, in their own time zone. */
export const contactWindowSchema = z
  .strictObject({
    days: z.array(weekdaySchema).min(1, 'expected at least one day'),
    start: clockTimeSchema,
    end: clockTimeSchema,
  })
  .meta({
    description:
      "Days and hours in the contact's time zone. A window whose end is before its start runs past midnight.",
  });
/** When a contact is happy to be reached. */
export type ContactWindow = z.infer<typeof contactWindowSchema>;

/** Channels the person prefers, and channels they asked you not to use. */
export const channelPreferencesSchema = z.strictObject({
  preferred: z.array(channelSchema).optional(),
  avoid: z
    .array(channelSchema)
    .optional()
    .meta({ description: 'Channels they asked not to be reached on.' }),
});
/** Channel preferences. */
export type ChannelPreferences = z.infer<typeof channelPreferencesSchema>;

/** An opt-out (unsubscribe) or a GDPR Art. 21 objection, per channel or for all. */
export const optOutSchema = z.strictObject({
  channel: z.union([channelSchema, z.literal('all')], { error: 'expected a channel or "all"' }),
  kind: z.enum(['opt-out', 'objection'], { error: 'expected "opt-out" or "objection"' }),
  at: instantSchema,
  note: textSchema.optional(),
});
/** An opt-out or objection. */
export type OptOut = z.infer<typeof optOutSchema>;

/** The legal basis for contacting someone on a channel (CASL, PECR, GDPR). */
export const CONSENT_BASES = [
  'opt-in',
  'soft-opt-in',
  'implied-purchase',
  'implied-inquiry',
  'legitimate-interest',
  'contract',
] as const;
/** A consent basis for one channel. */
export const consentSchema = z.strictObject({
  channel: channelSchema,
  basis: z.enum(CONSENT_BASES, { error: `expected one of ${CONSENT_BASES.join(', ')}` }),
  since: calendarDateSchema,
  expires: calendarDateSchema.optional().meta({
    description:
      'When implied consent lapses (CASL: 2 years after a purchase, 6 months after an inquiry).',
  }),
});
/** A consent basis. */
export type Consent = z.infer<typeof consentSchema>;

/** The kinds of important dates. */
export const IMPORTANT_DATE_KINDS = [
  'birthday',
  'purchase-anniversary',
  'work-anniversary',
  'anniversary',
  'custom',
] as const;
/** What a Feb 29 date becomes in a common year. */
export const FEB29_POLICIES = ['feb28', 'mar1'] as const;
/** What a Feb 29 date becomes in a common year: the day before or the day after. */
export type Feb29Policy = (typeof FEB29_POLICIES)[number];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A date that recurs every year: month and day, with the year when known. */
export const importantDateSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(IMPORTANT_DATE_KINDS, {
      error: `expected one of ${IMPORTANT_DATE_KINDS.join(', ')}`,
    }),
    label: textSchema
      .optional()
      .meta({ description: 'For custom dates: what it is, e.g. "Clinic opening".' }),
    month: z.int('expected a whole number 1–12').min(1, 'expected 1–12').max(12, 'expected 1–12'),
    day: z.int('expected a whole number 1–31').min(1, 'expected 1–31').max(31, 'expected 1–31'),
    year: z
      .int('expected a whole year')
      .min(1800, 'expected a year from 1800')
      .max(2200, 'expected a year up to 2200')
      .optional(),
    feb29: z.enum(FEB29_POLICIES, { error: 'expected "feb28" or "mar1"' }).optional().meta({
      description:
        'For Feb 29 dates: celebrate on Feb 28 or Mar 1 in common years (default feb28).',
    }),
    remindDaysBefore: z
      .array(
        z
          .int('expected whole days')
          .min(0, 'expected 0 or more days')
          .max(365, 'expected at most 365 days'),
      )
      .optional()
      .meta({ description: 'Lead times for reminders; default [7, 30].' }),
  })
  .superRefine((value, context) => {
    const max = DAYS_IN_MONTH[value.month - 1] ?? 31;
    if (value.day > max) {
      context.addIssue({
        code: 'custom',
        path: ['day'],
        message: `expected 1–${max} for month ${value.month}`,
      });
    }
    if (value.year !== undefined && value.month === 2 && value.day === 29 && !isLeap(value.year)) {
      context.addIssue({
        code: 'custom',
        path: ['year'],
        message: 'expected a leap year for Feb 29',
      });
    }
  });
/** A date that recurs every year. */
export type ImportantDate = z.infer<typeof importantDateSchema>;
/** The kind of an important date. */
export type ImportantDateKind = ImportantDate['kind'];

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Someone who matters to the contact: family, colleagues, friends. */
export const relatedPersonSchema = z.strictObject({
  name: textSchema,
  relation: textSchema.meta({
    description: 'How they relate to the contact, e.g. "daughter", "manager".',
  }),
  group: z
    .enum(['family', 'colleague', 'friend', 'other'], {
      error: 'expected family, colleague, friend or other',
    })
    .optional(),
  note: textSchema.optional(),
});
/** Someone who matters to the contact. */
export type RelatedPerson = z.infer<typeof relatedPersonSchema>;

/** A pet. */
export const petSchema = z.strictObject({ name: textSchema, species: textSchema.optional() });
/** A pet. */
export type Pet = z.infer<typeof petSchema>;

/** The kinds of facts a person tells you. */
export const FACT_KINDS = [
  'priority',
  'challenge',
  'preference',
  'hobby',
  'life-event',
  'other',
] as const;
/** Something the person told you, when you learned it, and whether to follow up. */
export const factSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(FACT_KINDS, { error: `expected one of ${FACT_KINDS.join(', ')}` }),
  text: textSchema.meta({
    description: 'The fact in your words, e.g. "Moving the Denver office in May".',
  }),
  learnedAt: instantSchema,
  fromInteraction: idSchema
    .optional()
    .meta({ description: 'The interaction where you learned it.' }),
  followUpOn: calendarDateSchema.optional().meta({ description: 'When to ask about it.' }),
  followUp: textSchema
    .optional()
    .meta({ description: 'What to ask, e.g. "Ask how the Denver office move went".' }),
});
/** Something the person told you. */
export type Fact = z.infer<typeof factSchema>;

/** A person you care for. */
export const contactSchema = z.strictObject({
  id: idSchema,
  name: personNameSchema,
  pronouns: textSchema.optional(),
  organization: textSchema.optional(),
  role: textSchema.optional(),
  emails: z.array(z.email('expected an email address')).optional(),
  phones: z.array(textSchema).optional(),
  timeZone: timeZoneSchema.optional(),
  contactWindow: contactWindowSchema.optional(),
  channelPreferences: channelPreferencesSchema.optional(),
  optOuts: z.array(optOutSchema).optional(),
  doNotContact: z
    .boolean('expected true or false')
    .optional()
    .meta({ description: 'Do not contact on any channel.' }),
  consent: z.array(consentSchema).optional(),
  importantDates: z.array(importantDateSchema).optional(),
  people: z.array(relatedPersonSchema).optional(),
  pets: z.array(petSchema).optional(),
  facts: z.array(factSchema).optional(),
  cadenceDays: z
    .int('expected whole days')
    .min(1, 'expected at least 1 day')
    .max(3650, 'expected at most 3650 days')
    .optional()
    .meta({ description: 'Stay in touch every N days.' }),
  createdAt: instantSchema.optional(),
  externalIds: z
    .record(z.string(), z.string())
    .optional()
    .meta({ description: 'Ids in other systems (HubSpot, Salesforce).' }),
});
/** A person you care for. */
export type Contact = z.infer<typeof contactSchema>;
