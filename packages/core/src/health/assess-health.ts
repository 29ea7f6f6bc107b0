/**
 * Relationship health from a contact's own history. Silence is measured from the last two-way
 * contact, so any real exchange resets the cadence (Monica #1814) and one-way sends never do.
 * With fewer than three two-way contacts the status is `unknown`: little contact does not prove a
 * weak tie (Wiese et al.). Silence beyond ~8× the pair's usual gap means the tie is likely
 * decaying (EPJ Data Science 2017): `cold`. With a cadence, the rhythm is the longer of the cadence
 * and the usual gap, so a contact inside the cadence you planned is never `cold`. Past the cadence
 * (or, with no cadence, 2× the usual gap): `cooling`.
 */
import { isTwoWay, whoInitiated } from '../model/interaction.js';
import type { ContactStore } from '../model/contact-store.js';
import type { CareSignal } from '../signals/care-signal.js';
import { detectCareSignals, selectSignalInput } from '../signals/detect-care-signals.js';
import { findUnansweredFromThem } from '../signals/detect-response-times.js';
import type { SignalInput } from '../signals/care-signal.js';
import type {
  HealthComponent,
  HealthComponentName,
  HealthOptions,
  HealthStatus,
  RelationshipHealth,
} from './relationship-health.js';

const MS_PER_DAY = 86_400_000;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function days(count: number): string {
  return plural(count, 'day');
}

function sumWeights(signals: readonly CareSignal[]): { positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  for (const signal of signals) {
    if (signal.weight > 0) positive += signal.weight;
    else negative -= signal.weight;
  }
  return { positive, negative };
}

function rateReciprocity(input: SignalInput, since: number): HealthComponent {
  const recent = input.interactions.filter((item) => Date.parse(item.at) >= since);
  if (recent.length < 4)
    return {
      rating: 'unknown',
      reason: `Only ${plural(recent.length, 'interaction')} in the last year.`,
    };
  const theirs = recent.filter((item) => whoInitiated(item) === 'them').length;
  const share = theirs / recent.length;
  const reason = `They started ${theirs} of the last ${recent.length} interactions.`;
  return { rating: share >= 0.3 ? 'good' : share >= 0.15 ? 'fair' : 'poor', reason };
}

function rateResponsiveness(
  signals: readonly CareSignal[],
  input: SignalInput,
  now: number,
): HealthComponent {
  const quick = signals.filter((signal) => signal.kind === 'replied-quickly').length;
  const slow = signals.filter((signal) => signal.kind === 'left-waiting').length;
  const waiting = findUnansweredFromThem(input.interactions);
  if (waiting) {
    const waited = Math.floor((now - Date.parse(waiting.at)) / MS_PER_DAY);
    if (waited >= 1)
      return {
        rating: slow > 0 ? 'poor' : 'fair',
        reason: `Their ${waiting.channel} from ${days(waited)} ago is waiting for an answer.`,
      };
  }
  if (quick + slow === 0)
    return { rating: 'unknown', reason: 'No messages from them to answer yet.' };
  const reason = `Answered ${quick} of ${quick + slow} of their messages within a day or so.`;
  return { rating: slow === 0 ? 'good' : quick >= slow ? 'fair' : 'poor', reason };
}

function ratePromises(signals: readonly CareSignal[], input: SignalInput): HealthComponent {
  const kept = signals.filter((signal) => signal.kind === 'kept-promise');
  const broken = signals.filter((signal) => signal.kind === 'broke-promise');
  if (kept.length + broken.length === 0)
    return { rating: 'unknown', reason: 'No promises due yet.' };
  const lastBroken = input.promises.find(
    (promise) => promise.id === broken.at(-1)?.evidence.promiseId,
  );
  const reason =
    broken.length === 0
      ? `Kept ${plural(kept.length, 'promise')}.`
      : `Kept ${kept.length} of ${plural(kept.length + broken.length, 'promise')} due; not kept: "${lastBroken?.text}".`;
  return {
    rating: broken.length === 0 ? 'good' : kept.length >= 2 * broken.length ? 'fair' : 'poor',
    reason,
  };
}

const CARE_KINDS = new Set([
  'remembered-detail',
  'acknowledged-date',
  'pitched-in-care-touch',
  'gave-value',
  'value-delivered',
  'pushed',
  'respected-time',
  'intruded',
]);

function rateCare(signals: readonly CareSignal[], since: number): HealthComponent {
  const recent = signals.filter(
    (signal) => CARE_KINDS.has(signal.kind) && Date.parse(signal.at) >= since,
  );
  if (recent.length === 0)
    return { rating: 'unknown', reason: 'No care signals in the last year.' };
  const { positive, negative } = sumWeights(recent);
  const best = recent.filter((signal) => signal.weight > 0).sort((a, b) => b.weight - a.weight)[0];
  const worst = recent.filter((signal) => signal.weight < 0).sort((a, b) => a.weight - b.weight)[0];
  const rating = positive > negative ? (negative === 0 ? 'good' : 'fair') : 'poor';
  const reason = rating === 'poor' ? (worst?.reason ?? '') : (best?.reason ?? '');
  return { rating, reason };
}

function rateListening(input: SignalInput): HealthComponent {
  const shares = input.interactions.flatMap((item) =>
    item.talkShare === undefined ? [] : [item.talkShare],
  );
  if (shares.length === 0)
    return { rating: 'unknown', reason: 'No calls with a known talk share.' };
  const average = shares.reduce((sum, share) => sum + share, 0) / shares.length;
  const percent = Math.round(average * 100);
  const reason = `Talked ${percent}% of the time on average over ${plural(shares.length, 'call')} (top reps: about 43%).`;
  return { rating: average <= 0.43 ? 'good' : average <= 0.65 ? 'fair' : 'poor', reason };
}

interface Recency {
  status: HealthStatus;
  component: HealthComponent;
  lastTwoWayAt?: string;
  daysSinceTwoWay?: number;
  usualGapDays?: number;
}

function assessRecency(
  input: SignalInput,
  options: Required<Omit<HealthOptions, 'now'>>,
  now: number,
): Recency {
  const { contact, interactions } = input;
  const twoWay = interactions.filter((item) => isTwoWay(item) && Date.parse(item.at) <= now);
  const first = interactions[0] ?? undefined;
  const cadence = contact.cadenceDays;
  const ageFrom = first
    ? Date.parse(first.at)
    : contact.createdAt
      ? Date.parse(contact.createdAt)
      : undefined;
  const age = ageFrom === undefined ? undefined : Math.floor((now - ageFrom) / MS_PER_DAY);
  const last = twoWay.at(-1);
  const lastFields = last
    ? {
        lastTwoWayAt: last.at,
        daysSinceTwoWay: Math.floor((now - Date.parse(last.at)) / MS_PER_DAY),
      }
    : {};
  if (age !== undefined && age <= options.newDays) {
    const reason = first
      ? `First contact ${days(age)} ago.`
      : `Added ${days(age)} ago; no interactions yet.`;
    return { status: 'new', component: { rating: 'unknown', reason }, ...lastFields };
  }
  if (!last) {
    const reason =
      interactions.length === 0
        ? 'No interactions recorded.'
        : 'No two-way contact recorded yet: only one-way touches.';
    return { status: 'unknown', component: { rating: 'unknown', reason } };
  }
  const silence = lastFields.daysSinceTwoWay as number;
  const gaps: number[] = [];
  for (let index = 1; index < twoWay.length; index++) {
    gaps.push(
      (Date.parse((twoWay[index] as { at: string }).at) -
        Date.parse((twoWay[index - 1] as { at: string }).at)) /
        MS_PER_DAY,
    );
  }
  const usual =
    twoWay.length >= options.minTwoWay ? Math.max(1, Math.round(median(gaps))) : undefined;
  const usualFields = usual === undefined ? {} : { usualGapDays: usual };
  const since = `Last two-way contact ${days(silence)} ago`;
  if (usual === undefined && cadence === undefined) {
    const reason = `Only ${plural(twoWay.length, 'two-way contact')} so far: too little history to judge (little contact is not proof of a weak tie).`;
    return { status: 'unknown', component: { rating: 'unknown', reason }, ...lastFields };
  }
  // The pair's rhythm is the slower of the gap they keep and the cadence you planned: a weekly
  // correspondent on a monthly cadence is not fading after eight quiet weeks.
  const byCadence = cadence !== undefined && (usual === undefined || cadence >= usual);
  const decayGap = byCadence ? (cadence as number) : (usual as number);
  if (silence > options.coldMultiple * decayGap) {
    const basis = byCadence
      ? `the ${decayGap}-day cadence you planned`
      : `the usual gap of ${days(decayGap)}`;
    const reason = `${since}, over ${options.coldMultiple}× ${basis}: ties this quiet for this long usually fade.`;
    return { status: 'cold', component: { rating: 'poor', reason }, ...lastFields, ...usualFields };
  }
  if (cadence !== undefined && silence > cadence) {
    const reason = `${since}: ${days(silence - cadence)} past the ${cadence}-day cadence you planned.`;
    return {
      status: 'cooling',
      component: { rating: 'fair', reason },
      ...lastFields,
      ...usualFields,
    };
  }
  if (cadence === undefined && usual !== undefined && silence > options.coolingMultiple * usual) {
    const reason = `${since}, over ${options.coolingMultiple}× the usual gap of ${days(usual)}.`;
    return {
      status: 'cooling',
      component: { rating: 'fair', reason },
      ...lastFields,
      ...usualFields,
    };
  }
  const within =
    cadence !== undefined
      ? `within the ${cadence}-day cadence`
      : `within the usual gap of ${days(usual as number)}`;
  return {
    status: 'warm',
    component: { rating: 'good', reason: `${since}, ${within}.` },
    ...lastFields,
    ...usualFields,
  };
}

/**
 * Assesses one contact's relationship health: a status (`new`, `warm`, `cooling`, `cold`,
 * `unknown`), the reasons in words, and six rated components with their own reasons.
 *
 * @example
 * const health = assessHealth(selectSignalInput(store, 'c-maria')!, { now: '2025-06-01T12:00:00Z' });
 * health.status; // 'warm'
 * health.reasons[0]; // 'Last two-way contact 6 days ago, within the 30 days cadence.'
 */
export function assessHealth(input: SignalInput, options: HealthOptions): RelationshipHealth {
  const now = new Date(options.now).getTime();
  const resolved = {
    minTwoWay: options.minTwoWay ?? 3,
    newDays: options.newDays ?? 30,
    coldMultiple: options.coldMultiple ?? 8,
    coolingMultiple: options.coolingMultiple ?? 2,
    windowDays: options.windowDays ?? 365,
  };
  const since = now - resolved.windowDays * MS_PER_DAY;
  const signals = detectCareSignals(input, { now });
  const recency = assessRecency(input, resolved, now);
  const components: Record<HealthComponentName, HealthComponent> = {
    recency: recency.component,
    reciprocity: rateReciprocity(input, since),
    responsiveness: rateResponsiveness(signals, input, now),
    promiseKeeping: ratePromises(signals, input),
    care: rateCare(signals, since),
    listening: rateListening(input),
  };
  const notable = (Object.keys(components) as HealthComponentName[])
    .filter(
      (name) =>
        name !== 'recency' &&
        (components[name].rating === 'poor' || components[name].rating === 'good'),
    )
    .sort(
      (a, b) => Number(components[b].rating === 'poor') - Number(components[a].rating === 'poor'),
    )
    .map((name) => components[name].reason);
  const { contact } = input;
  return {
    contactId: contact.id,
    name: contact.name.full,
    status: recency.status,
    reasons: [recency.component.reason, ...notable],
    components,
    ...(recency.lastTwoWayAt ? { lastTwoWayAt: recency.lastTwoWayAt } : {}),
    ...(recency.daysSinceTwoWay !== undefined ? { daysSinceTwoWay: recency.daysSinceTwoWay } : {}),
    ...(recency.usualGapDays !== undefined ? { usualGapDays: recency.usualGapDays } : {}),
    ...(contact.cadenceDays !== undefined ? { cadenceDays: contact.cadenceDays } : {}),
    signals,
  };
}

/**
 * Assesses every contact in a store, in store order.
 *
 * @example
 * assessStoreHealth(store, { now: new Date() }).map((health) => [health.name, health.status]);
 */
export function assessStoreHealth(
  store: ContactStore,
  options: HealthOptions,
): RelationshipHealth[] {
  return store.contacts.map((contact) =>
    assessHealth(selectSignalInput(store, contact.id) as SignalInput, options),
  );
}
