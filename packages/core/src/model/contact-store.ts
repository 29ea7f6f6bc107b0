/** The contact store: everything Sincerely knows, as one JSON document with cross-checked ids. */
import { z } from 'zod';
import { contactSchema } from './contact.js';
import { interactionSchema } from './interaction.js';
import { instantSchema, timeZoneSchema } from './primitives.js';
import { promiseRecordSchema, valueDeliveredSchema } from './promise-record.js';

/** What is left of an erased contact: hashes of their addresses, so an opt-out survives erasure. */
export const suppressionSchema = z.strictObject({
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/u, 'expected "sha256:" and 64 hex digits'),
  reason: z.enum(['erasure', 'opt-out'], { error: 'expected "erasure" or "opt-out"' }),
  at: instantSchema,
});
/** A suppression entry. */
export type Suppression = z.infer<typeof suppressionSchema>;

/** The current store format version. */
export const CONTACT_STORE_VERSION = 1;

/** Contacts, interactions, promises, value delivered and suppressions. */
export const contactStoreSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({ description: 'The JSON Schema this file follows, for editors.' }),
    version: z.literal(CONTACT_STORE_VERSION, { error: `expected ${CONTACT_STORE_VERSION}` }),
    owner: z
      .strictObject({ timeZone: timeZoneSchema.optional() })
      .optional()
      .meta({ description: 'The user of the store: their time zone drives agendas.' }),
    contacts: z.array(contactSchema),
    interactions: z.array(interactionSchema).default([]),
    promises: z.array(promiseRecordSchema).default([]),
    valueDelivered: z.array(valueDeliveredSchema).default([]),
    suppressions: z.array(suppressionSchema).default([]),
  })
  .superRefine((store, context) => {
    const contactIds = new Set<string>();
    store.contacts.forEach((contact, index) => {
      if (contactIds.has(contact.id)) {
        context.addIssue({
          code: 'custom',
          path: ['contacts', index, 'id'],
          message: 'duplicate contact id',
        });
      }
      contactIds.add(contact.id);
      checkUnique(contact.importantDates ?? [], ['contacts', index, 'importantDates'], context);
      checkUnique(contact.facts ?? [], ['contacts', index, 'facts'], context);
    });
    const interactionIds = new Set(store.interactions.map((interaction) => interaction.id));
    checkUnique(store.interactions, ['interactions'], context);
    checkUnique(store.promises, ['promises'], context);
    const groups = [
      ['interactions', store.interactions],
      ['promises', store.promises],
      ['valueDelivered', store.valueDelivered],
    ] as const;
    for (const [key, items] of groups) {
      items.forEach((item, index) => {
        if (!contactIds.has(item.contactId)) {
          context.addIssue({
            code: 'custom',
            path: [key, index, 'contactId'],
            message: 'no contact has this id',
          });
        }
      });
    }
    const missingInteraction = (id: string | undefined, path: (string | number)[]) => {
      if (id !== undefined && !interactionIds.has(id))
        context.addIssue({ code: 'custom', path, message: 'no interaction has this id' });
    };
    store.contacts.forEach((contact, index) => {
      (contact.facts ?? []).forEach((fact, factIndex) =>
        missingInteraction(fact.fromInteraction, [
          'contacts',
          index,
          'facts',
          factIndex,
          'fromInteraction',
        ]),
      );
    });
    const contactsById = new Map(store.contacts.map((contact) => [contact.id, contact]));
    store.interactions.forEach((interaction, index) => {
      const path = ['interactions', index];
      missingInteraction(interaction.replyTo, [...path, 'replyTo']);
      // Fact and date ids are unique per contact, so they are looked up in the interaction's own
      // contact. An interaction with an unknown contact is already reported above.
      const contact = contactsById.get(interaction.contactId);
      if (!contact) return;
      const factIds = new Set((contact.facts ?? []).map((fact) => fact.id));
      (interaction.factsReferenced ?? []).forEach((factId, factIndex) => {
        if (!factIds.has(factId))
          context.addIssue({
            code: 'custom',
            path: [...path, 'factsReferenced', factIndex],
            message: "no fact of this interaction's contact has this id",
          });
      });
      const occasion = interaction.occasion;
      if (
        occasion !== undefined &&
        !(contact.importantDates ?? []).some((date) => date.id === occasion)
      ) {
        context.addIssue({
          code: 'custom',
          path: [...path, 'occasion'],
          message: "no important date of this interaction's contact has this id",
        });
      }
    });
    store.promises.forEach((promise, index) =>
      missingInteraction(promise.fromInteraction, ['promises', index, 'fromInteraction']),
    );
    store.valueDelivered.forEach((value, index) =>
      missingInteraction(value.fromInteraction, ['valueDelivered', index, 'fromInteraction']),
    );
  });
/** Contacts, interactions, promises, value delivered and suppressions. */
export type ContactStore = z.output<typeof contactStoreSchema>;
/** A store as written in JSON: the arrays other than `contacts` may be left out. */
export type ContactStoreInput = z.input<typeof contactStoreSchema>;

function checkUnique(
  items: readonly { id: string }[],
  path: (string | number)[],
  context: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      context.addIssue({ code: 'custom', path: [...path, index, 'id'], message: 'duplicate id' });
    seen.add(item.id);
  });
}
