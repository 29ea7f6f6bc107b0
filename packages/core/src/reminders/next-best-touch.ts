/**
 * "Next best touch": who deserves attention now and why, ranked by care — someone waiting for an
 * answer, a promise coming due, a date that matters to them, a follow-up they would value, a
 * relationship cooling — and never by deal size. Someone who has had several touches with no
 * reply is ranked down: the kind move is to give them room.
 */
import {
  addDays,
  compareCalendarDates,
  daysBetween,
  formatCalendarDate,
  parseCalendarDate,
} from '../dates/calendar-date.js';
import { occurrencesBetween } from '../dates/important-date-occurrence.js';
import { toLocalDateTime } from '../dates/local-time.js';
import type { Contact } from '../model/contact.js';
import type { ContactStore } from '../model/contact-store.js';
import type { Channel } from '../model/primitives.js';
import { assessHealth } from '../health/assess-health.js';
import { selectSignalInput } from '../signals/detect-care-signals.js';
import { describeImportantDate } from '../signals/detect-occasions.js';
import { findUnansweredStreak } from '../signals/detect-pushing.js';
import { findUnansweredFromThem } from '../signals/detect-response-times.js';
import type { SignalInput } from '../signals/care-signal.js';
import { describeFollowUp, isFollowUpDone } from './build-agenda.js';

/** A contact worth a touch, with the reasons and what to do. */
export interface TouchSuggestion {
  contactId: string;
  name: string;
  /** The sum of the reasons' weights; only for ranking, always shown with the reasons. */
  score: number;
  reasons: string[];
  /** The most important thing to do. */
  suggestion: string;
  /** A channel they prefer and have not opted out of, when known. */
  channel?: Channel;
}

/** What `nextBestTouches` takes. */
export interface NextBestTouchOptions {
  now: string | Date | number;
  /** The user's time zone, for "today" (default: the store owner's, else UTC). */
  timeZone?: string;
  /** How many to return (default 5). */
  limit?: number;
  /** Look-ahead for dates, promises and follow-ups, in days (default 7). */
  horizonDays?: number;
}

interface Reason {
  weight: number;
  reason: string;
  suggestion?: string;
}

const MS_PER_DAY = 86_400_000;

function isReachable(contact: Contact): boolean {
  return (
    !contact.doNotContact && !(contact.optOuts ?? []).some((optOut) => optOut.channel === 'all')
  );
}

/** A channel they prefer, have not asked to avoid and have not opted out of. */
export function chooseChannel(contact: Contact): Channel | undefined {
  const blocked = new Set<string>([
    ...(contact.channelPreferences?.avoid ?? []),
    ...(contact.optOuts ?? []).map((optOut) => optOut.channel),
  ]);
  return (contact.channelPreferences?.preferred ?? []).find((channel) => !blocked.has(channel));
}

function collectReasons(
  input: SignalInput,
  store: ContactStore,
  options: Required<Omit<NextBestTouchOptions, 'limit'>>,
): Reason[] {
  const { contact, interactions } = input;
  const now = new Date(options.now).getTime();
  const today = toLocalDateTime(now, options.timeZone).date;
  const horizon = addDays(today, options.horizonDays);
  const reasons: Reason[] = [];

  const waiting = findUnansweredFromThem(interactions);
  if (waiting && now - Date.parse(waiting.at) >= MS_PER_DAY) {
    const days = Math.floor((now - Date.parse(waiting.at)) / MS_PER_DAY);
    reasons.push({
      weight: 5,
      reason: `Their ${waiting.channel} from ${days} day${days === 1 ? '' : 's'} ago is waiting for an answer.`,
      suggestion: `Answer their ${waiting.channel}.`,
    });
  }
  for (const promise of store.promises) {
    if (promise.contactId !== contact.id || promise.status !== 'open') continue;
    const due = parseCalendarDate(promise.dueOn);
    if (!due || compareCalendarDates(due, horizon) > 0) continue;
    const late = daysBetween(due, today);
    reasons.push({
      weight: late > 0 ? 5 : 3,
      reason:
        late > 0
          ? `A promise is ${late} days overdue: ${promise.text}.`
          : `A promise is due ${promise.dueOn}: ${promise.text}.`,
      suggestion: `Keep your promise: ${promise.text}.`,
    });
  }
  for (const date of contact.importantDates ?? []) {
    const [next] = occurrencesBetween(date, today, horizon);
    if (!next) continue;
    const inDays = daysBetween(today, next.date);
    const what = describeImportantDate(date);
    const when =
      inDays === 0
        ? 'today'
        : inDays === 1
          ? `tomorrow (${formatCalendarDate(next.date)})`
          : `in ${inDays} days (${formatCalendarDate(next.date)})`;
    reasons.push({
      weight: 3,
      reason: `${what[0]?.toUpperCase()}${what.slice(1)} is ${when}.`,
      suggestion: `Mark ${what} with a note that asks for nothing.`,
    });
  }
  for (const fact of contact.facts ?? []) {
    const due = fact.followUpOn ? parseCalendarDate(fact.followUpOn) : undefined;
    if (
      !due ||
      compareCalendarDates(due, horizon) > 0 ||
      isFollowUpDone(fact, interactions, options.timeZone)
    )
      continue;
    reasons.push({
      weight: 2,
      reason: `They told you: ${fact.text}.`,
      suggestion: describeFollowUp(contact, fact),
    });
  }
  const health = assessHealth(input, { now });
  if (health.status === 'cooling' || health.status === 'cold') {
    reasons.push({
      weight: health.status === 'cooling' ? 2 : 1,
      reason: health.reasons[0] as string,
      suggestion: 'Reconnect with something useful to them, with no ask.',
    });
  }
  const streak = findUnansweredStreak(interactions, now, 14);
  if (streak.length >= 3) {
    reasons.push({
      weight: -4,
      reason: `Give them room: ${streak.length} touches without a reply in 14 days.`,
    });
  }
  return reasons;
}

/**
 * Ranks who deserves a touch now, with the reasons in words. Contacts marked do-not-contact or
 * opted out of everything are left out; so is anyone with nothing that calls for a touch.
 *
 * @example
 * nextBestTouches(store, { now: new Date(), limit: 3 }).map((touch) => `${touch.name}: ${touch.suggestion}`);
 * // ['Maria Lopez: Answer their email.', 'Dana Whitfield: Keep your promise: Send the pricing sheet.', …]
 */
export function nextBestTouches(
  store: ContactStore,
  options: NextBestTouchOptions,
): TouchSuggestion[] {
  const resolved = {
    now: options.now,
    timeZone: options.timeZone ?? store.owner?.timeZone ?? 'UTC',
    horizonDays: options.horizonDays ?? 7,
  };
  const suggestions: TouchSuggestion[] = [];
  for (const contact of store.contacts) {
    if (!isReachable(contact)) continue;
    const reasons = collectReasons(
      selectSignalInput(store, contact.id) as SignalInput,
      store,
      resolved,
    );
    const score = reasons.reduce((sum, item) => sum + item.weight, 0);
    const top = [...reasons]
      .filter((item) => item.suggestion)
      .sort((a, b) => b.weight - a.weight)[0];
    if (score <= 0 || !top?.suggestion) continue;
    const channel = chooseChannel(contact);
    suggestions.push({
      contactId: contact.id,
      name: contact.name.full,
      score,
      reasons: [...reasons].sort((a, b) => b.weight - a.weight).map((item) => item.reason),
      suggestion: top.suggestion,
      ...(channel ? { channel } : {}),
    });
  }
  return suggestions
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .slice(0, options.limit ?? 5);
}
