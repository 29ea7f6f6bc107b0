/** An interaction: one touch between you and a contact, in either direction. */
import { z } from 'zod';
import { INTERACTION_PURPOSES } from './interaction-kinds.js';
import { channelSchema, idSchema, instantSchema } from './primitives.js';

export type { InteractionPurpose } from './interaction-kinds.js';
export { INTERACTION_PURPOSES, isTwoWay, whoInitiated } from './interaction-kinds.js';

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
