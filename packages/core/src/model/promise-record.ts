/** A promise you made to a contact, and whether you kept it. */
import { z } from 'zod';
import { calendarDateSchema, idSchema, instantSchema, textSchema } from './primitives.js';

/** A promise you made: what, when, due, kept or broken. */
export const promiseRecordSchema = z.strictObject({
  id: idSchema,
  contactId: idSchema,
  text: textSchema.meta({ description: 'What you promised, e.g. "Send the staffing checklist".' }),
  madeAt: instantSchema,
  dueOn: calendarDateSchema,
  status: z.enum(['open', 'kept', 'broken'], { error: 'expected open, kept or broken' }),
  settledAt: instantSchema.optional().meta({ description: 'When it was kept or given up.' }),
  fromInteraction: idSchema.optional(),
});
/** A promise you made. */
export type PromiseRecord = z.infer<typeof promiseRecordSchema>;

/** An outcome the customer got: value delivered, measured apart from revenue. */
export const valueDeliveredSchema = z.strictObject({
  id: idSchema,
  contactId: idSchema,
  at: instantSchema,
  outcome: textSchema.meta({
    description: 'What they got, e.g. "Cut night-shift scheduling time by half".',
  }),
  measure: z.strictObject({ value: z.number('expected a number'), unit: textSchema }).optional(),
  fromInteraction: idSchema.optional(),
});
/** An outcome the customer got. */
export type ValueDelivered = z.infer<typeof valueDeliveredSchema>;
