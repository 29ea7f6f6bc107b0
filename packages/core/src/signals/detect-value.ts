import type { CareSignal, SignalDetector } from './care-signal.js';

/** Useful touches with no ask, and outcomes the customer got (value, measured apart from revenue). */
export const detectValue: SignalDetector = ({ contact, interactions, valueDelivered }) => {
  const signals: CareSignal[] = [];
  for (const interaction of interactions) {
    if (
      interaction.direction !== 'outbound' ||
      interaction.purpose !== 'value' ||
      interaction.hasAsk === true
    )
      continue;
    signals.push({
      kind: 'gave-value',
      contactId: contact.id,
      at: interaction.at,
      weight: 2,
      evidence: { interactionIds: [interaction.id] },
      reason: `Sent something useful by ${interaction.channel} without an ask.`,
    });
  }
  for (const value of valueDelivered) {
    const measure = value.measure ? ` (${value.measure.value} ${value.measure.unit})` : '';
    signals.push({
      kind: 'value-delivered',
      contactId: contact.id,
      at: value.at,
      weight: 3,
      evidence: {
        valueDeliveredId: value.id,
        ...(value.fromInteraction ? { interactionIds: [value.fromInteraction] } : {}),
      },
      reason: `They got an outcome: ${value.outcome}${measure}.`,
    });
  }
  return signals;
};
