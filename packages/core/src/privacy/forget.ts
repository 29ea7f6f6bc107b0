/**
 * Erasure with memory of the opt-out: `forget` removes a contact and everything recorded about
 * them, and keeps only hashes of their addresses in `suppressions`, so that a later import of
 * the same person is recognised and not contacted again.
 */
import type { Contact } from '../model/contact.js';
import type { ContactStore, Suppression } from '../model/contact-store.js';
import { hashIdentifier } from './suppression-hash.js';

/** What `forget` did, in counts only. */
export interface ForgetResult {
  /** The store without the contact. The input store is not changed. */
  store: ContactStore;
  /** False when no contact had the id (the store is returned unchanged). */
  forgotten: boolean;
  removed: { interactions: number; promises: number; valueDelivered: number };
  /** How many suppression hashes were added. */
  suppressionsAdded: number;
}

/** The suppression hashes of a contact's addresses and phone numbers. */
export function suppressionHashesOf(contact: Pick<Contact, 'emails' | 'phones'>): string[] {
  return [
    ...(contact.emails ?? []).map((email) => hashIdentifier('email', email)),
    ...(contact.phones ?? []).map((phone) => hashIdentifier('phone', phone)),
  ];
}

/**
 * Removes a contact, their interactions, promises and value records, and keeps hashed suppression
 * entries of their email addresses and phone numbers. References from other records to what was
 * removed (`replyTo`, `fromInteraction`) are dropped so the store stays valid.
 *
 * @example
 * const { store: next, removed } = forget(store, 'c-lee', { now: new Date() });
 * isSuppressed(next, { email: 'lee.park@hanseatic.example' }); // true
 */
export function forget(
  store: ContactStore,
  contactId: string,
  options: { now: string | Date | number },
): ForgetResult {
  const contact = store.contacts.find((item) => item.id === contactId);
  if (!contact) {
    return {
      store,
      forgotten: false,
      removed: { interactions: 0, promises: 0, valueDelivered: 0 },
      suppressionsAdded: 0,
    };
  }
  const at = new Date(options.now).toISOString();
  const removedInteractions = new Set(
    store.interactions.filter((item) => item.contactId === contactId).map((item) => item.id),
  );
  const known = new Set(store.suppressions.map((entry) => entry.hash));
  const added: Suppression[] = [];
  for (const hash of suppressionHashesOf(contact)) {
    if (known.has(hash)) continue;
    known.add(hash);
    added.push({ hash, reason: 'erasure', at });
  }
  const dropReference = <T extends { fromInteraction?: string }>(item: T): T => {
    if (item.fromInteraction === undefined || !removedInteractions.has(item.fromInteraction))
      return item;
    const rest = { ...item };
    delete rest.fromInteraction;
    return rest;
  };
  const interactions = store.interactions
    .filter((item) => item.contactId !== contactId)
    .map((item) => {
      if (item.replyTo === undefined || !removedInteractions.has(item.replyTo)) return item;
      const rest = { ...item };
      delete rest.replyTo;
      return rest;
    });
  const promises = store.promises.filter((item) => item.contactId !== contactId).map(dropReference);
  const valueDelivered = store.valueDelivered
    .filter((item) => item.contactId !== contactId)
    .map(dropReference);
  return {
    store: {
      ...store,
      contacts: store.contacts.filter((item) => item.id !== contactId),
      interactions,
      promises,
      valueDelivered,
      suppressions: [...store.suppressions, ...added],
    },
    forgotten: true,
    removed: {
      interactions: removedInteractions.size,
      promises: store.promises.length - promises.length,
      valueDelivered: store.valueDelivered.length - valueDelivered.length,
    },
    suppressionsAdded: added.length,
  };
}

/**
 * True when an email address or phone number matches a suppression entry: someone erased or
 * opted out whom you must not contact again.
 *
 * @example
 * isSuppressed(store, { email: 'lee.park@hanseatic.example' });
 */
export function isSuppressed(
  store: Pick<ContactStore, 'suppressions'>,
  identifier: { email?: string; phone?: string },
): boolean {
  const hashes = new Set(store.suppressions.map((entry) => entry.hash));
  return (
    (identifier.email !== undefined && hashes.has(hashIdentifier('email', identifier.email))) ||
    (identifier.phone !== undefined && hashes.has(hashIdentifier('phone', identifier.phone)))
  );
}

/**
 * The contacts (from an import) that match a suppression entry by any address or number.
 *
 * @example
 * findSuppressedContacts(store, imported.contacts).map((contact) => contact.id);
 */
export function findSuppressedContacts(
  store: Pick<ContactStore, 'suppressions'>,
  contacts: readonly Contact[],
): Contact[] {
  const hashes = new Set(store.suppressions.map((entry) => entry.hash));
  return contacts.filter((contact) =>
    suppressionHashesOf(contact).some((hash) => hashes.has(hash)),
  );
}
