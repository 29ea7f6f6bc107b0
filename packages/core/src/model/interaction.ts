/** An interaction: one touch between you and a contact, in either direction. */
import { z } from 'zod';
import { channelSchema, idSchema, instantSchema } from './primitives.js';

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

/** One touch between you and a contact. */
export const interactionSchema = z.strictObject({
  id: idSchema,
  contactId: idSchema,
  channel: channelSchema,
  direction: z.enum(['inbound', 'outbound'], { error: 'expected "inbound" or "outbound"' }),
  initiatedBy: z.enum(['us', 'them'], { error: 'expected "us" or "them"' }).optional().meta({
    description: 'Who started it; defaults to us for outbound and them for inbound.',
  }),
  at: instantSchema,
  durationMinutes: z.number('expected minutes').min(0, 'expected 0 or more minutes').optional(),
  answered: z.boolean('expected true or false').optional().meta({
    description:
      'For outbound calls: whether they picked up. A reply is recorded as its own inbound interaction.',
  }),
  replyTo: idSchema.optional().meta({ description: 'The interaction this one answers.' }),
  talkShare: z
    .number('expected a share 0–1')
    .min(0, 'expected 0–1')
    .max(1, 'expected 0–1')
    .optional()
    .meta({ description: 'For calls and meetings: the share of time you talked (0–1).' }),
  questionsAsked: z.int('expected a whole number').min(0, 'expected 0 or more').optional(),
  purpose: z
    .enum(INTERACTION_PURPOSES, { error: `expected one of ${INTERACTION_PURPOSES.join(', ')}` })
    .optional(),
  hasAsk: z.boolean('expected true or false').optional().meta({
    description: 'True when the touch asked for something (a meeting, a purchase, a referral).',
  }),
  occasion: idSchema
    .optional()
    .meta({ description: 'The important date this touch acknowledges.' }),
  subject: z
    .string()
    .optional()
    .meta({ description: 'Optional: keep only what you need (data minimisation).' }),
  body: z
    .string()
    .optional()
    .meta({ description: 'Optional: keep only what you need (data minimisation).' }),
  factsReferenced: z
    .array(idSchema)
    .optional()
    .meta({ description: 'Ids of facts this touch referred to.' }),
});
/** One touch between you and a contact. */
export type Interaction = z.infer<typeof interactionSchema>;

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
