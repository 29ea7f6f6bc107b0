/**
 * What kind of touch an interaction is (its purpose, who started it, whether it was two-way),
 * without the schema that validates it: the message checks use these, and load nothing else of
 * the model.
 */
import type { Interaction } from './interaction.js';

/** Why a touch was made; used to tell care from pitch. */
export const INTERACTION_PURPOSES = [
  'care',
  'value',
  'pitch',
  'service',
  'follow-up',
  'other',
] as const;
/** Why a touch was made. */
export type InteractionPurpose = (typeof INTERACTION_PURPOSES)[number];

/** Who started an interaction: its `initiatedBy`, else derived from its direction. */
export function whoInitiated(
  interaction: Pick<Interaction, 'direction' | 'initiatedBy'>,
): 'us' | 'them' {
  return interaction.initiatedBy ?? (interaction.direction === 'outbound' ? 'us' : 'them');
}

/**
 * True when an interaction was two-way: they wrote or called (inbound), or we met or spoke
 * (an answered call, a meeting). A one-way send is not.
 */
export function isTwoWay(
  interaction: Pick<Interaction, 'direction' | 'channel' | 'answered'>,
): boolean {
  if (interaction.direction === 'inbound') return true;
  if (interaction.channel === 'meeting') return interaction.answered !== false;
  if (interaction.channel === 'call') return interaction.answered === true;
  return false;
}
