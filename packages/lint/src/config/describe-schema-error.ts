import type { ErrorObject } from 'ajv';
import type { JSONSchema4 } from '../json-schema.js';
import { findClosestName } from './find-closest-name.js';

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

/** A short JSON rendering of a bad value for an error message. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return 'a function';
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/**
 * Describes what a schema accepts, in words: `a number ≥ 1`, `one of "a", "b"`,
 * `an array of strings`.
 */
export function describeSchema(schema: JSONSchema4 | undefined): string {
  if (!schema) return 'valid';
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map(showValue).join(', ')}`;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  let words = types.map((type) => TYPE_NAMES[type] ?? type).join(' or ') || 'valid';
  if (types.includes('array') && schema.items && !Array.isArray(schema.items)) {
    const item = describeSchema(schema.items).replace(/^an? /u, '');
    words = words.replace(
      'an array',
      `an array of ${item.startsWith('string') ? 'strings' : item + ' items'}`,
    );
  }
  if (types.includes('string') && typeof schema.minLength === 'number' && schema.minLength > 0) {
    words = words.replace('a string', 'a non-empty string');
  }
  if (typeof schema.minimum === 'number') words += ` ≥ ${schema.minimum}`;
  if (typeof schema.maximum === 'number') words += ` ≤ ${schema.maximum}`;
  return words;
}

/** Names the option at an Ajv instance path: `/0/max` → `option "max"`. */
function describePath(instancePath: string): string {
  const segments = instancePath.split('/').slice(1);
  if (segments.length === 0) return 'the options';
  const [, ...rest] = segments;
  if (rest.length === 0)
    return segments[0] === '0' ? 'the options' : `option ${Number(segments[0]) + 1}`;
  let name = rest[0] as string;
  for (const segment of rest.slice(1))
    name += /^\d+$/u.test(segment) ? `[${segment}]` : `.${segment}`;
  return `option "${name}"`;
}

/**
 * Turns an Ajv error (with `verbose: true`) into a sentence a person can act on.
 *
 * @returns e.g. `option "max" must be a number ≥ 1, got "lots"`.
 */
export function describeSchemaError(error: ErrorObject): string {
  const where = describePath(error.instancePath);
  const parentSchema = error.parentSchema as JSONSchema4 | undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(parentSchema?.properties ?? {});
      const closest = findClosestName(name, known);
      const prefix = where === 'the options' ? '' : `${where} has `;
      return (
        `${prefix}unknown option "${name}"` +
        (closest
          ? `; did you mean "${closest}"?`
          : known.length > 0
            ? `; expected ${known.map((key) => `"${key}"`).join(', ')}`
            : '')
      );
    }
    case 'required':
      return `option "${String((error.params as { missingProperty: string }).missingProperty)}" is required`;
    case 'maxItems': {
      const limit = Number((error.params as { limit: number }).limit);
      if (error.instancePath === '') {
        return `takes at most ${limit} option${limit === 1 ? '' : 's'}, got ${(error.data as unknown[]).length}`;
      }
      return `${where} must have at most ${limit} items, got ${(error.data as unknown[]).length}`;
    }
    case 'uniqueItems':
      return `${where} must not repeat items, got ${showValue(error.data)}`;
    default: {
      let expected = describeSchema(parentSchema);
      // "a whole number" only helps when a number was given; for "lots", say "a number".
      if (typeof error.data !== 'number') expected = expected.replace('a whole number', 'a number');
      return `${where} must be ${expected}, got ${showValue(error.data)}`;
    }
  }
}
