/** Care signals: explainable evidence that a relationship is being cared for, or not. */
import type { Contact } from '../model/contact.js';
import type { Interaction } from '../model/interaction.js';
import type { PromiseRecord, ValueDelivered } from '../model/promise-record.js';

/** The kinds of care signal. Each pairs a positive with a negative where both exist. */
export type CareSignalKind =
  | 'remembered-detail'
  | 'acknowledged-date'
  | 'pitched-in-care-touch'
  | 'kept-promise'
  | 'broke-promise'
  | 'replied-quickly'
  | 'left-waiting'
  | 'listened'
  | 'talked-over'
  | 'respected-time'
  | 'intruded'
  | 'gave-value'
  | 'value-delivered'
  | 'pushed';

/** What a signal rests on: the records a person can open to check it. */
export interface SignalEvidence {
  interactionIds?: string[];
  factIds?: string[];
  promiseId?: string;
  importantDateId?: string;
  valueDeliveredId?: string;
}

/** One piece of evidence about how a relationship is cared for. */
export interface CareSignal {
  kind: CareSignalKind;
  contactId: string;
  /** When it happened (ISO instant). */
  at: string;
  /** Signed: positive signals add, negative ones subtract. */
  weight: number;
  evidence: SignalEvidence;
  /** The signal in words, e.g. `Replied within 3 hours to their message`. */
  reason: string;
}

/** Thresholds for the detectors; each default cites its source in the README. */
export interface SignalOptions {
  /** Now, for open promises and messages still waiting (ISO instant, Date or epoch ms). */
  now: string | Date | number;
  /** A reply within this many hours counts as quick (default 24). */
  quickReplyHours?: number;
  /** A reply later than this, or none by now, leaves them waiting (default 72). */
  waitingHours?: number;
  /** Talk share at or below which a call counts as listening (default 0.43, Gong Labs). */
  listenShare?: number;
  /** Talk share above which a call counts as talking over them (default 0.65, Gong Labs). */
  talkOverShare?: number;
  /** Unanswered touches allowed in `pushWindowDays` before the next counts as pushing (default 3). */
  maxUnanswered?: number;
  /** The window for pushing, in days (default 14). */
  pushWindowDays?: number;
}

/** Everything the detectors read about one contact. `interactions` are sorted by time. */
export interface SignalInput {
  contact: Contact;
  interactions: readonly Interaction[];
  promises: readonly PromiseRecord[];
  valueDelivered: readonly ValueDelivered[];
}

/** Options with every default filled in and `now` as epoch milliseconds. */
export type ResolvedSignalOptions = Required<Omit<SignalOptions, 'now'>> & { now: number };

/** Fills in the defaults of `SignalOptions`. */
export function resolveSignalOptions(options: SignalOptions): ResolvedSignalOptions {
  return {
    now: new Date(options.now).getTime(),
    quickReplyHours: options.quickReplyHours ?? 24,
    waitingHours: options.waitingHours ?? 72,
    listenShare: options.listenShare ?? 0.43,
    talkOverShare: options.talkOverShare ?? 0.65,
    maxUnanswered: options.maxUnanswered ?? 3,
    pushWindowDays: options.pushWindowDays ?? 14,
  };
}

/** A detector: one kind of evidence, read from one contact's records. */
export type SignalDetector = (input: SignalInput, options: ResolvedSignalOptions) => CareSignal[];

/** Formats a duration in hours as words: `3 hours`, `2 days`. */
export function formatHours(hours: number): string {
  if (hours < 1) return 'under an hour';
  if (hours < 48) {
    const rounded = Math.round(hours);
    return `${rounded} hour${rounded === 1 ? '' : 's'}`;
  }
  const days = Math.round(hours / 24);
  return `${days} days`;
}
