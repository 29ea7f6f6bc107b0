import type { SignalDetector } from './care-signal.js';

/** A touch that referred to something they told you: the clearest sign you listened. */
export const detectRememberedDetails: SignalDetector = ({ contact, interactions }) => {
  const facts = new Map((contact.facts ?? []).map((fact) => [fact.id, fact]));
  return interactions.flatMap((interaction) => {
    if (interaction.direction !== 'outbound') return [];
    const referenced = (interaction.factsReferenced ?? []).filter((id) => facts.has(id));
    if (referenced.length === 0) return [];
    const texts = referenced.map((id) => `"${facts.get(id)?.text}"`).join(', ');
    return [
      {
        kind: 'remembered-detail' as const,
        contactId: contact.id,
        at: interaction.at,
        weight: 2,
        evidence: { interactionIds: [interaction.id], factIds: referenced },
        reason: `Followed up on what they told you: ${texts}.`,
      },
    ];
  });
};
