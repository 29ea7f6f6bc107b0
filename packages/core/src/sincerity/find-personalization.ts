import { classifyMergeField, isShallowRole } from './classify-merge-fields.js';
import type { MessageClassification, Personalization } from './message-analysis.js';
import type { MessageField } from './message-input.js';

/**
 * Sorts the reader's merge fields by role and decides whether a first touch is personalized only
 * by shallow fields (name, company, title, city). A message with no merge fields is not a
 * template, so it is never shallow.
 *
 * @returns the reader's fields with their roles, and `shallow`.
 */
export function findPersonalization(
  fields: readonly MessageField[],
  classification: MessageClassification,
): Personalization {
  const readerFields = fields
    .map((field) => ({ ...field, role: classifyMergeField(field.path) }))
    .filter((field) => field.role !== 'sender' && field.role !== 'system');
  const shallow =
    classification.kind === 'cold' &&
    !classification.thread &&
    readerFields.length > 0 &&
    readerFields.every((field) => isShallowRole(field.role));
  return { fields: readerFields, shallow };
}
