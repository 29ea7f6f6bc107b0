/**
 * Says what a merge field holds, from its variable path: the reader's name, company or a
 * firmographic fact (title, industry, city) — the shallow facts every purchased list has — the
 * sender's own details, plumbing (unsubscribe link, address), or anything else (`other`), which
 * is taken as something the sender learned about this reader.
 */
import { FIELD_ROLES, type FieldRole } from '../data/merge-field-roles.js';
import type { MessageField } from './message-input.js';

/** What a merge field holds. */
export type MergeFieldRole = FieldRole['role'] | 'other';

/** A merge field and its role. */
export interface ClassifiedField extends MessageField {
  role: MergeFieldRole;
}

/** Company-like parents of a `name` segment: `company.name`, `account.name`. */
const COMPANY_PARENT = /^(?:company|organi[sz]ation|org|account|business|employer)$/iu;

/**
 * Classifies a merge field by its path (`contact.first_name`, `company.name`, `sender.address`).
 *
 * @returns the field's role.
 * @example
 * classifyMergeField('contact.first_name'); // 'name'
 * classifyMergeField('account.name'); // 'company'
 * classifyMergeField('recent_post_title'); // 'other'
 */
export function classifyMergeField(path: string): MergeFieldRole {
  const segments = path.split('.').filter((segment) => segment !== '');
  const last = segments[segments.length - 1] ?? '';
  const parent = segments[segments.length - 2] ?? '';
  if (last === '') return 'system';
  for (const { role, pattern } of FIELD_ROLES) {
    if (role === 'sender' ? pattern.test(path) : pattern.test(last)) {
      if (role === 'name' && COMPANY_PARENT.test(parent)) return 'company';
      return role;
    }
  }
  return 'other';
}

/** True for roles that carry no knowledge of the reader beyond a list export. */
export function isShallowRole(role: MergeFieldRole): boolean {
  return role === 'name' || role === 'company' || role === 'firmographic';
}
