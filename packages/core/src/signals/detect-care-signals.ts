import type { ContactStore } from '../model/contact-store.js';
import type { CareSignal, SignalDetector, SignalInput, SignalOptions } from './care-signal.js';
import { resolveSignalOptions } from './care-signal.js';
import { detectListening } from './detect-listening.js';
import { detectOccasions } from './detect-occasions.js';
import { detectPromises } from './detect-promises.js';
import { detectPushing } from './detect-pushing.js';
import { detectRememberedDetails } from './detect-remembered-details.js';
import { detectResponseTimes } from './detect-response-times.js';
import { detectTiming } from './detect-timing.js';
import { detectValue } from './detect-value.js';

/** Every detector, in the order their signals are listed when they share a time. */
export const SIGNAL_DETECTORS: readonly SignalDetector[] = Object.freeze([
  detectRememberedDetails,
  detectOccasions,
  detectPromises,
  detectResponseTimes,
  detectListening,
  detectTiming,
  detectValue,
  detectPushing,
]);

/**
 * Gathers one contact's records from a store, interactions sorted by time.
 *
 * @example
 * const input = selectSignalInput(store, 'c-maria');
 */
export function selectSignalInput(store: ContactStore, contactId: string): SignalInput | undefined {
  const contact = store.contacts.find((item) => item.id === contactId);
  if (!contact) return undefined;
  return {
    contact,
    interactions: store.interactions
      .filter((item) => item.contactId === contactId)
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
    promises: store.promises.filter((item) => item.contactId === contactId),
    valueDelivered: store.valueDelivered.filter((item) => item.contactId === contactId),
  };
}

/**
 * Detects the care signals in one contact's history: each with its time, signed weight, the
 * records it rests on, and a sentence that explains it. No opaque score.
 *
 * @returns the signals in time order.
 * @example
 * detectCareSignals(selectSignalInput(store, 'c-maria')!, { now: '2025-06-01T12:00:00Z' })
 *   .map((signal) => signal.reason);
 * // ['Answered their email within 3 hours.', 'Kept a promise: "Send the staffing checklist".', …]
 */
export function detectCareSignals(input: SignalInput, options: SignalOptions): CareSignal[] {
  const resolved = resolveSignalOptions(options);
  const sorted = {
    ...input,
    interactions: [...input.interactions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
  };
  return SIGNAL_DETECTORS.flatMap((detect) => detect(sorted, resolved))
    .filter((signal) => Date.parse(signal.at) <= resolved.now)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
