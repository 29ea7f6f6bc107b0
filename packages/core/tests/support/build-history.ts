/** Builds contacts and interactions for scenario tests, with ids and defaults filled in. */
import type { Contact } from '../../src/model/contact.js';
import type { Interaction } from '../../src/model/interaction.js';
import type { PromiseRecord, ValueDelivered } from '../../src/model/promise-record.js';
import type { SignalInput } from '../../src/signals/care-signal.js';

export const NOW = '2025-06-01T12:00:00Z';
const MS_PER_DAY = 86_400_000;

/** The ISO instant `days` days before `NOW` (fractions allowed). */
export function daysAgo(days: number, from = NOW): string {
  return new Date(Date.parse(from) - days * MS_PER_DAY).toISOString();
}

export function contact(overrides: Partial<Contact> = {}): Contact {
  return {
    id: 'c-maria',
    name: { full: 'Maria Lopez', given: 'Maria' },
    timeZone: 'America/Denver',
    ...overrides,
  };
}

let sequence = 0;
export function touch(
  direction: Interaction['direction'],
  at: string,
  overrides: Partial<Interaction> = {},
): Interaction {
  return {
    id: `i${++sequence}`,
    contactId: 'c-maria',
    channel: 'email',
    direction,
    at,
    ...overrides,
  };
}

export function input(
  interactions: Interaction[],
  overrides: {
    contact?: Contact;
    promises?: PromiseRecord[];
    valueDelivered?: ValueDelivered[];
  } = {},
): SignalInput {
  return {
    contact: overrides.contact ?? contact(),
    interactions,
    promises: overrides.promises ?? [],
    valueDelivered: overrides.valueDelivered ?? [],
  };
}

/** A two-way exchange (their email and our answer an hour later) `days` days ago. */
export function exchange(days: number): Interaction[] {
  const theirs = touch('inbound', daysAgo(days));
  return [theirs, touch('outbound', daysAgo(days - 1 / 24), { replyTo: theirs.id })];
}
