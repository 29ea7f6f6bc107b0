import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { buildContactsJsonSchema } from '../../src/model/json-schema.js';
import packageJson from '../../package.json' with { type: 'json' };

const schemaUrl = new URL('../../schema/contacts.schema.json', import.meta.url);

describe(buildContactsJsonSchema, () => {
  it('matches the published schema file (UPDATE_FIXTURES=1 rewrites it)', async () => {
    const filepath = fileURLToPath(schemaUrl);
    const options = await prettier.resolveConfig(filepath);
    const expected = await prettier.format(JSON.stringify(buildContactsJsonSchema()), {
      ...options,
      filepath,
    });
    if (process.env['UPDATE_FIXTURES']) writeFileSync(schemaUrl, expected);
    expect(readFileSync(schemaUrl, 'utf8')).toBe(expected);
  });

  it('describes the store, its contacts and the month bounds', () => {
    const schema = buildContactsJsonSchema() as {
      required: string[];
      properties: {
        contacts: {
          items: {
            properties: { importantDates: { items: { properties: Record<string, unknown> } } };
          };
        };
      };
    };
    expect(schema.required).toEqual(['version', 'contacts']);
    expect(
      schema.properties.contacts.items.properties.importantDates.items.properties['month'],
    ).toMatchObject({
      minimum: 1,
      maximum: 12,
    });
  });

  it('is published as @sincerely/core/schema/contacts.schema.json', () => {
    expect(packageJson.files).toContain('schema');
    expect(packageJson.exports['./schema/contacts.schema.json']).toBe(
      './schema/contacts.schema.json',
    );
  });
});
