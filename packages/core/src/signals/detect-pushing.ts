import type { Interaction } from '../model/interaction.js';
import { isTwoWay } from '../model/interaction-kinds.js';
import type { CareSignal, SignalDetector } from './care-signal.js';

const MS_PER_DAY = 86_400_000;

/**
 * Our one-way touches in the `windowDays` before `at` since their last two-way contact, oldest
 * first. The same count `respect-cadence` uses.
 */
export function findUnansweredStreak(
  interactions: readonly Interaction[],
  at: number,
  windowDays: number,
): Interaction[] {
  const streak: Interaction[] = [];
  for (const interaction of interactions) {
    const time = Date.parse(interaction.at);
    if (time > at) break;
    if (isTwoWay(interaction)) streak.length = 0;
    else if (interaction.direction === 'outbound') streak.push(interaction);
  }
  return streak.filter((interaction) => Date.parse(interaction.at) >= at - windowDays * MS_PER_DAY);
}

/** A touch sent after more than `maxUnanswered` unanswered ones in the window: pushing. */
export const detectPushing: SignalDetector = ({ contact, interactions }, options) => {
  const signals: CareSignal[] = [];
  for (const interaction of interactions) {
    if (interaction.direction !== 'outbound' || isTwoWay(interaction)) continue;
    const streak = findUnansweredStreak(
      interactions,
      Date.parse(interaction.at),
      options.pushWindowDays,
    );
    if (streak.length <= options.maxUnanswered) continue;
    signals.push({
      kind: 'pushed',
      contactId: contact.id,
      at: interaction.at,
      weight: -2,
      evidence: { interactionIds: streak.map((item) => item.id) },
      reason: `Touch ${streak.length} with no reply within ${options.pushWindowDays} days.`,
    });
  }
  return signals;
};
