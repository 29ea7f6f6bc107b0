/**
 * Parses untrusted model data (JSON from another CRM) all-or-nothing. Every problem is reported
 * with its path and what was expected (`contacts[3].importantDates[0].month: expected 1–12`);
 * messages never repeat the input's values, so they are safe to log.
 */
import type { z } from 'zod';
import { contactSchema } from './contact.js';
import type { Contact } from './contact.js';
import { contactStoreSchema } from './contact-store.js';
import type { ContactStore } from './contact-store.js';
import { interactionSchema } from './interaction.js';
import type { Interaction } from './interaction.js';
import { locateJsonError } from './locate-json-error.js';

/** One validation problem: where, and what was expected. Never contains the input's values. */
export interface ModelIssue {
  /** The path, e.g. `contacts[3].importantDates[0].month`. */
  path: string;
  /** What was expected, e.g. `expected 1–12`. */
  message: string;
}

/** The result of parsing: the typed value, or every problem found. */
export type ModelParseResult<T> = { ok: true; value: T } | { ok: false; issues: ModelIssue[] };

/** Thrown by the `assert…` functions: lists every problem, one per line. */
export class ModelValidationError extends Error {
  readonly code = 'SINCERELY_MODEL';
  readonly issues: readonly ModelIssue[];

  constructor(subject: string, issues: readonly ModelIssue[]) {
    super(`Invalid ${subject}:\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    this.name = 'ModelValidationError';
    this.issues = issues;
  }
}

/**
 * A key the model may name in a message: a plausible identifier, not free text. Keys that come
 * from the input (a misspelt property, a record's key) can be personal data, such as an email
 * address used as a key; those are never repeated.
 */
const SAFE_KEY = /^[A-Za-z_$][\w$]{0,40}$/u;

/** Stands in for a key that is not safe to repeat; `formatPath` writes it as `[…]`. */
const HIDDEN_KEY = Symbol('hidden key');

function hideUnsafeKey(segment: PropertyKey): PropertyKey {
  return typeof segment === 'string' && !SAFE_KEY.test(segment) ? HIDDEN_KEY : segment;
}

/**
 * Formats a path as JavaScript would write it, after an optional root.
 *
 * @example
 * formatPath(['contacts', 3, 'importantDates', 0, 'month']); // 'contacts[3].importantDates[0].month'
 */
export function formatPath(segments: readonly PropertyKey[], root = ''): string {
  let path = root;
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (segment === HIDDEN_KEY) path += '[…]';
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/u.test(segment))
      path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path || '(root)';
}

/** `path: message`. */
export function formatIssue(issue: ModelIssue): string {
  return `${issue.path}: ${issue.message}`;
}

function describeBound(origin: string, bound: number | bigint, kind: 'least' | 'most'): string {
  if (origin === 'array')
    return `expected at ${kind} ${bound} item${Number(bound) === 1 ? '' : 's'}`;
  if (origin === 'string')
    return `expected at ${kind} ${bound} character${Number(bound) === 1 ? '' : 's'}`;
  return kind === 'least' ? `expected ${bound} or more` : `expected ${bound} or less`;
}

/**
 * `unknown property "timezone"`; keys that are not plausible identifiers are counted, not quoted:
 * `unknown property (not part of the contact model)`.
 */
function describeUnknownKeys(keys: readonly string[]): string {
  const shown = keys.filter((key) => SAFE_KEY.test(key)).map((key) => JSON.stringify(key));
  const hidden = keys.length - shown.length;
  const noun = keys.length === 1 ? 'property' : 'properties';
  if (hidden === 0) return `unknown ${noun} ${shown.join(', ')}`;
  const outside = '(not part of the contact model)';
  if (shown.length === 0)
    return keys.length === 1
      ? `unknown ${noun} ${outside}`
      : `${keys.length} unknown ${noun} ${outside}`;
  return `unknown ${noun} ${shown.join(', ')} and ${hidden} more ${outside}`;
}

/** Zod's per-parse error map: generic, value-free messages for issues our schemas don't word. */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : `expected ${issue.expected}`;
    case 'too_small':
      return describeBound(issue.origin, issue.minimum, 'least');
    case 'too_big':
      return describeBound(issue.origin, issue.maximum, 'most');
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    case 'invalid_format':
      return `expected ${issue.format} format`;
    case 'unrecognized_keys':
      return describeUnknownKeys(issue.keys);
    case 'invalid_union':
      return 'does not match any allowed shape';
    case 'invalid_key':
      return 'invalid key';
    case 'invalid_element':
      return 'invalid element';
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`;
    default:
      return 'invalid value';
  }
}

function toIssues(error: z.ZodError, root: string): ModelIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path.map(hideUnsafeKey), root),
    message: issue.message,
  }));
}

/** Parses `input` with `schema`; issues carry value-free messages and paths rooted at `root`. */
export function parseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  root: string,
): ModelParseResult<T> {
  const result = schema.safeParse(input, { error: describeIssue });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: toIssues(result.error, root) };
}

/**
 * Validates a whole contact store (contacts, interactions, promises, value delivered,
 * suppressions) and checks that every reference points at something that exists.
 *
 * @returns the typed store with defaults filled in, or every problem with its path.
 * @example
 * const result = parseContactStore(JSON.parse(text));
 * if (!result.ok) console.error(result.issues.map(formatIssue).join('\n'));
 */
export function parseContactStore(input: unknown): ModelParseResult<ContactStore> {
  return parseWith(contactStoreSchema, input, '');
}

/**
 * Parses the JSON text of a contact store. Syntax errors give a line and column, never the text.
 *
 * @example
 * parseContactStoreJson('{"version":1,"contacts":[]}'); // { ok: true, value: { … } }
 */
export function parseContactStoreJson(text: string): ModelParseResult<ContactStore> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ path: '(root)', message: describeJsonError(text) }] };
  }
  return parseContactStore(data);
}

/**
 * `not valid JSON (line 4, column 17)`: the place is found by scanning the text, because engines'
 * messages may quote the input (V8's `Unexpected token 'M', "{"full": Mitchell"…`) or lack a
 * position; the engine's message is never used.
 */
function describeJsonError(text: string): string {
  const location = locateJsonError(text);
  return location
    ? `not valid JSON (line ${location.line}, column ${location.column})`
    : 'not valid JSON';
}

/**
 * Validates one contact. `root` prefixes the paths (default `contact`).
 *
 * @example
 * parseContact({ id: 'c1', name: { full: 'Maria Lopez' } }).ok; // true
 */
export function parseContact(input: unknown, root = 'contact'): ModelParseResult<Contact> {
  return parseWith(contactSchema, input, root);
}

/**
 * Validates one interaction. `root` prefixes the paths (default `interaction`).
 *
 * @example
 * parseInteraction({ id: 'i1', contactId: 'c1', channel: 'email', direction: 'inbound', at: '2025-01-02T10:00:00Z' }).ok; // true
 */
export function parseInteraction(
  input: unknown,
  root = 'interaction',
): ModelParseResult<Interaction> {
  return parseWith(interactionSchema, input, root);
}

/**
 * Like `parseContactStore`, but throws a `ModelValidationError` listing every problem.
 *
 * @example
 * const store = assertContactStore(JSON.parse(text));
 */
export function assertContactStore(input: unknown): ContactStore {
  const result = parseContactStore(input);
  if (!result.ok) throw new ModelValidationError('contact store', result.issues);
  return result.value;
}
