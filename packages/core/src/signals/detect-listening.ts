import type { CareSignal, SignalDetector } from './care-signal.js';

/**
 * Calls and meetings where we listened more than we talked. Gong Labs' 25,537 calls: top reps
 * talk 43% of the time; above 65%, conversion drops.
 */
export const detectListening: SignalDetector = ({ contact, interactions }, options) =>
  interactions.flatMap((interaction): CareSignal[] => {
    if (interaction.talkShare === undefined) return [];
    const percent = Math.round(interaction.talkShare * 100);
    const evidence = { interactionIds: [interaction.id] };
    if (interaction.talkShare <= options.listenShare) {
      return [
        {
          kind: 'listened',
          contactId: contact.id,
          at: interaction.at,
          weight: 1,
          evidence,
          reason: `Listened more than talked on a ${interaction.channel} (talked ${percent}% of the time).`,
        },
      ];
    }
    if (interaction.talkShare > options.talkOverShare) {
      return [
        {
          kind: 'talked-over',
          contactId: contact.id,
          at: interaction.at,
          weight: -1,
          evidence,
          reason: `Talked ${percent}% of a ${interaction.channel}; top reps talk about 43%.`,
        },
      ];
    }
    return [];
  });
