/**
 * How quickly we answer when they reach out. A run of their messages with no answer in between is
 * one wait, timed from the first; the wait ends at our next outbound touch.
 */
import type { Interaction } from '../model/interaction.js';
import type { CareSignal, SignalDetector } from './care-signal.js';
import { formatHours } from './care-signal.js';

const MS_PER_HOUR = 3_600_000;

/**
 * True for a message they started that expects an answer: not a reply to us, not a meeting, and
 * not a call we took (a missed call, `answered: false`, does expect a call back).
 */
export function isOpeningFromThem(interaction: Interaction): boolean {
  if (interaction.direction !== 'inbound' || interaction.replyTo !== undefined) return false;
  if (interaction.channel === 'meeting') return false;
  return interaction.channel !== 'call' || interaction.answered === false;
}

/** Their messages still waiting for an answer at `now`: the first of the unanswered run. */
export function findUnansweredFromThem(
  interactions: readonly Interaction[],
): Interaction | undefined {
  let waiting: Interaction | undefined;
  for (const interaction of interactions) {
    if (interaction.direction === 'outbound') waiting = undefined;
    else if (!waiting && isOpeningFromThem(interaction)) waiting = interaction;
  }
  return waiting;
}

export const detectResponseTimes: SignalDetector = ({ contact, interactions }, options) => {
  const signals: CareSignal[] = [];
  let waiting: Interaction | undefined;
  for (const interaction of interactions) {
    if (interaction.direction === 'inbound') {
      if (!waiting && isOpeningFromThem(interaction)) waiting = interaction;
      continue;
    }
    if (!waiting) continue;
    const hours = (Date.parse(interaction.at) - Date.parse(waiting.at)) / MS_PER_HOUR;
    const evidence = { interactionIds: [waiting.id, interaction.id] };
    if (hours <= options.quickReplyHours) {
      signals.push({
        kind: 'replied-quickly',
        contactId: contact.id,
        at: interaction.at,
        weight: 1,
        evidence,
        reason: `Answered their ${waiting.channel} within ${formatHours(hours)}.`,
      });
    } else if (hours > options.waitingHours) {
      signals.push({
        kind: 'left-waiting',
        contactId: contact.id,
        at: interaction.at,
        weight: -2,
        evidence,
        reason: `Took ${formatHours(hours)} to answer their ${waiting.channel}.`,
      });
    }
    waiting = undefined;
  }
  if (waiting) {
    const hours = (options.now - Date.parse(waiting.at)) / MS_PER_HOUR;
    if (hours > options.waitingHours) {
      signals.push({
        kind: 'left-waiting',
        contactId: contact.id,
        at: new Date(Date.parse(waiting.at) + options.waitingHours * MS_PER_HOUR).toISOString(),
        weight: -2,
        evidence: { interactionIds: [waiting.id] },
        reason: `Their ${waiting.channel} from ${formatHours(hours)} ago is still waiting for an answer.`,
      });
    }
  }
  return signals;
};
