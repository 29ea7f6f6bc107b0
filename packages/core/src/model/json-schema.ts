/** The published JSON Schema of the contact store, derived from the model's schemas. */
import { z } from 'zod';
import { contactStoreSchema } from './contact-store.js';

/** The `$id` of the published schema. */
export const CONTACTS_SCHEMA_ID =
  'https://github.com/sincerely-dev/sincerely/blob/main/packages/core/schema/contacts.schema.json';

/**
 * Builds the JSON Schema (draft 2020-12) of a contact store as written in JSON. Checks the model
 * cannot express in JSON Schema (valid time zones, days per month, references) still run in
 * `parseContactStore`.
 *
 * @returns a plain JSON object, the content of `@sincerely/core/schema/contacts.schema.json`.
 * @example
 * const schema = buildContactsJsonSchema();
 * schema.title; // 'Sincerely contact store'
 */
export function buildContactsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(contactStoreSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return {
    $schema: schema['$schema'],
    $id: CONTACTS_SCHEMA_ID,
    title: 'Sincerely contact store',
    description:
      'Contacts, interactions, promises, value delivered and suppressions, as read by @sincerely/core.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
