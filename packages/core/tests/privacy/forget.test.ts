import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseContactsCsv } from '../../src/interop/csv.js';
import { parseContactStore } from '../../src/model/validation.js';
import { findSuppressedContacts, forget, isSuppressed } from '../../src/privacy/forget.js';
import { hashIdentifier } from '../../src/privacy/suppression-hash.js';
import { loadSampleStore, readSample, SAMPLE_NOW } from '../support/sample-store.js';

describe(forget, () => {
  it('removes the contact and their records, keeping only hashes', () => {
    const store = loadSampleStore();
    const result = forget(store, 'c-maria', { now: SAMPLE_NOW });
    expect(result.forgotten).toBe(true);
    expect(result.removed).toEqual({ interactions: 17, promises: 2, valueDelivered: 1 });
    expect(result.suppressionsAdded).toBe(2);
    const text = JSON.stringify(result.store);
    expect(text).not.toMatch(/Maria|Lopez|frontrangeclinic|303 555|c-maria/u);
    expect(result.store.suppressions).toEqual([
      {
        hash: hashIdentifier('email', 'maria.lopez@frontrangeclinic.example'),
        reason: 'erasure',
        at: '2025-06-02T15:00:00.000Z',
      },
      {
        hash: hashIdentifier('phone', '+1 303 555 0142'),
        reason: 'erasure',
        at: '2025-06-02T15:00:00.000Z',
      },
    ]);
    expect(store.contacts).toHaveLength(7);
    expect(parseContactStore(result.store).ok).toBe(true);
  });

  it('keeps the opt-out alive: a re-import of the same person is recognised', () => {
    const { store } = forget(loadSampleStore(), 'c-lee', { now: SAMPLE_NOW });
    expect(isSuppressed(store, { email: ' Lee.Park@Hanseatic.example' })).toBe(true);
    expect(isSuppressed(store, { email: 'lee.park@other.example' })).toBe(false);
    const imported = parseContactsCsv(readSample('hubspot-contacts.csv'), {
      importedAt: SAMPLE_NOW,
    });
    if (!imported.ok) throw new Error('sample CSV should parse');
    expect(
      findSuppressedContacts(store, imported.value.contacts).map((contact) => contact.name.full),
    ).toEqual(['Lee Park']);
  });

  it('drops references from other records to what was removed', () => {
    const store = loadSampleStore();
    const lee = store.interactions.find((item) => item.contactId === 'c-lee');
    const withReference = {
      ...store,
      interactions: [
        ...store.interactions,
        {
          id: 'i-x',
          contactId: 'c-dana',
          channel: 'email' as const,
          direction: 'outbound' as const,
          at: SAMPLE_NOW,
          replyTo: lee?.id,
        },
      ],
    };
    const { store: next } = forget(withReference, 'c-lee', { now: SAMPLE_NOW });
    expect(next.interactions.find((item) => item.id === 'i-x')).not.toHaveProperty('replyTo');
    expect(parseContactStore(next).ok).toBe(true);
  });

  it('does not add a hash twice, and leaves the store alone for an unknown id', () => {
    const first = forget(loadSampleStore(), 'c-lee', { now: SAMPLE_NOW }).store;
    const again = {
      ...first,
      contacts: [
        ...first.contacts,
        { id: 'c-lee-2', name: { full: 'L. Park' }, emails: ['lee.park@hanseatic.example'] },
      ],
    };
    expect(forget(again, 'c-lee-2', { now: SAMPLE_NOW }).suppressionsAdded).toBe(0);
    const missing = forget(first, 'c-nobody', { now: SAMPLE_NOW });
    expect([missing.forgotten, missing.store]).toEqual([false, first]);
  });
});

describe(hashIdentifier, () => {
  it('normalises before hashing and never contains the address', () => {
    expect(hashIdentifier('email', 'Ana@Clinic.example ')).toBe(
      hashIdentifier('email', 'ana@clinic.example'),
    );
    expect(hashIdentifier('phone', '+1 (303) 555-0142')).toBe(
      hashIdentifier('phone', '+13035550142'),
    );
    expect(hashIdentifier('email', 'ana@clinic.example')).toMatch(/^sha256:[0-9a-f]{64}$/u);
    expect(hashIdentifier('email', 'abc')).toBe(
      `sha256:${createHash('sha256').update('email:abc').digest('hex')}`,
    );
  });
});
