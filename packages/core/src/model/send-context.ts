/** The recipient context of one send: who it goes to, when, on which channel, and what came before. */
import { z } from 'zod';
import type { Contact } from './contact.js';
import { contactSchema } from './contact.js';
import type { Interaction } from './interaction.js';
import { interactionSchema } from './interaction.js';
import type { Channel } from './primitives.js';
import { channelSchema, instantSchema } from './primitives.js';
import type { ModelParseResult } from './validation.js';
import { parseWith } from './validation.js';

/** The send context as given: `sendAt` may be a `Date`. */
export const sendContextSchema = z.strictObject({
  contact: contactSchema.optional(),
  sendAt: z
    .union([instantSchema, z.date()], {
      error: 'expected an ISO 8601 date-time with an offset, or a valid Date',
    })
    .optional(),
  channel: channelSchema.optional(),
  history: z.array(interactionSchema).optional(),
});

/** A validated send context; `sendAt` is an ISO instant and `history` is sorted by time. */
export interface SendContext {
  contact?: Contact;
  sendAt?: string;
  channel?: Channel;
  history: Interaction[];
}

/**
 * Validates the recipient context of a send (`lintText`'s `context`). Paths start at `root`
 * (default `context`), e.g. `context.contact.timeZone`.
 *
 * @returns the normalised context, or every problem with its path.
 * @example
 * parseSendContext({ sendAt: '2025-07-01T01:00:00Z', channel: 'email' }).ok; // true
 */
export function parseSendContext(input: unknown, root = 'context'): ModelParseResult<SendContext> {
  const result = parseWith(sendContextSchema, input, root);
  if (!result.ok) return result;
  const { contact, sendAt, channel, history } = result.value;
  const value: SendContext = {
    history: [...(history ?? [])].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
  };
  if (contact) value.contact = contact;
  if (sendAt !== undefined) value.sendAt = sendAt instanceof Date ? sendAt.toISOString() : sendAt;
  if (channel) value.channel = channel;
  return { ok: true, value };
}
