/** Loads the sample CRM data in `examples/crm-data`, validated. */
import { readFileSync } from 'node:fs';
import type { ContactStore } from '../../src/model/contact-store.js';
import { parseContactStoreJson } from '../../src/model/validation.js';

/** The moment the sample data was written for: Monday 2 June 2025, 10:00 in Chicago. */
export const SAMPLE_NOW = '2025-06-02T15:00:00Z';

export const sampleDir = new URL('../../../../examples/crm-data/', import.meta.url);

export function readSample(name: string): string {
  return readFileSync(new URL(name, sampleDir), 'utf8');
}

export function loadSampleStore(): ContactStore {
  const result = parseContactStoreJson(readSample('contacts.json'));
  if (!result.ok)
    throw new Error(result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  return result.value;
}
