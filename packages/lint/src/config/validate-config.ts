/**
 * Validates a flat config before it is used, so that a mistake is a clear error and never a
 * silent "no rules" (textlint #406). Every problem names the config's source, the object (by
 * index and name), the key and the bad value.
 */
import type { Ajv as AjvInstance, ValidateFunction } from 'ajv';
import { ajv as loadAjv } from '#deps';
import type { JSONSchema4 } from '../json-schema.js';
import type { AnyRule } from '../rule.js';
import { rules as builtInRules } from '../rules/index.js';
import type { Config, ConfigObject } from './config-types.js';
import { ConfigError } from './config-error.js';
import { describeSchemaError, showValue } from './describe-schema-error.js';
import { findClosestName } from './find-closest-name.js';
import { normalizeRuleEntry, toDirectiveSeverity } from './normalize-rule-entry.js';

/** Options of `validateConfig`. */
export interface ValidateConfigOptions {
  /** Where the config came from, for messages (a file name); `config` when absent. */
  source?: string;
  /** The rules ids may name; the built-in rules when absent. */
  rules?: Readonly<Record<string, AnyRule>>;
}

const OBJECT_KEYS = [
  'name',
  'files',
  'ignores',
  'rules',
  'languageOptions',
  'settings',
  'linterOptions',
];
const LANGUAGE_OPTION_KEYS = ['syntax'];
const LINTER_OPTION_KEYS = ['reportUnusedDirectives'];
const SYNTAXES = ['text', 'handlebars', 'liquid', 'html', 'markdown'];

let ajv: AjvInstance | undefined;

/** One Ajv for every rule schema, made the first time a rule is given options. */
function getAjv(): AjvInstance {
  ajv ??= new (loadAjv().Ajv)({
    allErrors: true,
    verbose: true,
    strict: false,
    useDefaults: false,
  });
  return ajv;
}
const validators = new WeakMap<AnyRule, ValidateFunction>();
const validConfigs = new WeakMap<object, ValidateConfigOptions['rules']>();

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The options schema of a rule as one array schema (ESLint's form), compiled once per rule. */
function getValidator(rule: AnyRule): ValidateFunction {
  let validate = validators.get(rule);
  if (!validate) {
    const schema = rule.meta.schema;
    const items: JSONSchema4[] = Array.isArray(schema) ? schema : [];
    const arraySchema =
      items.length > 0
        ? { type: 'array', items, minItems: 0, maxItems: items.length }
        : { type: 'array', maxItems: 0 };
    try {
      validate = getAjv().compile(arraySchema);
    } catch (error) {
      const name = (rule as { name?: string }).name ?? 'a rule';
      throw new Error(
        `The rule "${name}" has an invalid meta.schema: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
    validators.set(rule, validate);
  }
  return validate;
}

/**
 * Checks a rule's options against its `meta.schema`.
 *
 * @returns one sentence per problem; empty when the options are valid.
 * @example
 * validateRuleOptions(rules['max-words'], [{ max: 'lots' }]);
 * // ['option "max" must be a whole number ≥ 1, got "lots"']
 */
export function validateRuleOptions(rule: AnyRule, options: readonly unknown[]): string[] {
  // No options always fit: every rule's options schema has `minItems: 0`.
  if (options.length === 0) return [];
  const validate = getValidator(rule);
  if (validate(options)) return [];
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const error of validate.errors ?? []) {
    const key = `${error.instancePath}|${error.keyword === 'additionalProperties' ? JSON.stringify(error.params) : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(describeSchemaError(error));
  }
  return problems;
}

/** Flattens nested config arrays (presets spread or nested). */
export function flattenConfig(config: Config | readonly unknown[]): unknown[] {
  if (!Array.isArray(config)) return [config];
  return (config as unknown[]).flatMap((item) =>
    Array.isArray(item) ? flattenConfig(item) : [item],
  );
}

function checkPatterns(value: unknown, where: string, problems: string[]): void {
  if (
    !Array.isArray(value) ||
    value.some((item) => typeof item !== 'string' || item.length === 0)
  ) {
    problems.push(`${where} must be an array of non-empty glob strings, got ${showValue(value)}.`);
  }
}

function checkRules(
  value: unknown,
  where: string,
  problems: string[],
  rules: Readonly<Record<string, AnyRule>>,
): void {
  if (!isPlainObject(value)) {
    problems.push(`${where}.rules must be an object of rule ids, got ${showValue(value)}.`);
    return;
  }
  const ids = Object.keys(rules);
  for (const [id, entry] of Object.entries(value)) {
    const at = `${where}.rules[${JSON.stringify(id)}]`;
    const rule = Object.hasOwn(rules, id) ? rules[id] : undefined;
    if (!rule) {
      const bare = id.startsWith('sincerely/') ? id.slice('sincerely/'.length) : id;
      const closest = Object.hasOwn(rules, bare) ? bare : findClosestName(id, ids);
      problems.push(
        `${at}: unknown rule "${id}"` +
          (closest
            ? `; did you mean "${closest}"?`
            : '; check the spelling against the rule list.'),
      );
      continue;
    }
    const normalized = normalizeRuleEntry(entry);
    if (!normalized) {
      problems.push(
        `${at}: the severity must be "off", "warn", "error", 0, 1 or 2 (alone or first in an array), got ${showValue(Array.isArray(entry) ? entry[0] : entry)}.`,
      );
      continue;
    }
    if (normalized.options) {
      for (const problem of validateRuleOptions(rule, normalized.options)) {
        problems.push(`${at}: ${problem}${problem.endsWith('?') ? '' : '.'}`);
      }
    }
  }
}

function checkObject(
  object: unknown,
  where: string,
  problems: string[],
  rules: Readonly<Record<string, AnyRule>>,
): void {
  if (!isPlainObject(object)) {
    problems.push(`${where} must be a config object, got ${showValue(object)}.`);
    return;
  }
  for (const key of Object.keys(object)) {
    if (!OBJECT_KEYS.includes(key)) {
      const closest = findClosestName(key, OBJECT_KEYS);
      problems.push(
        `${where}: unknown key "${key}"` +
          (closest
            ? `; did you mean "${closest}"?`
            : `; expected ${OBJECT_KEYS.map((k) => `"${k}"`).join(', ')}.`),
      );
    }
  }
  if ('name' in object && typeof object.name !== 'string') {
    problems.push(`${where}.name must be a string, got ${showValue(object.name)}.`);
  }
  if ('files' in object) checkPatterns(object.files, `${where}.files`, problems);
  if ('ignores' in object) checkPatterns(object.ignores, `${where}.ignores`, problems);
  if ('rules' in object) checkRules(object.rules, where, problems, rules);
  if ('settings' in object && !isPlainObject(object.settings)) {
    problems.push(`${where}.settings must be an object, got ${showValue(object.settings)}.`);
  }
  if ('languageOptions' in object) {
    const options = object.languageOptions;
    if (!isPlainObject(options)) {
      problems.push(`${where}.languageOptions must be an object, got ${showValue(options)}.`);
    } else {
      for (const key of Object.keys(options)) {
        if (!LANGUAGE_OPTION_KEYS.includes(key)) {
          problems.push(`${where}.languageOptions: unknown key "${key}"; expected "syntax".`);
        }
      }
      if ('syntax' in options && !SYNTAXES.includes(options.syntax as string)) {
        problems.push(
          `${where}.languageOptions.syntax must be one of ${SYNTAXES.map((s) => `"${s}"`).join(', ')}, got ${showValue(options.syntax)}.`,
        );
      }
    }
  }
  if ('linterOptions' in object) {
    const options = object.linterOptions;
    if (!isPlainObject(options)) {
      problems.push(`${where}.linterOptions must be an object, got ${showValue(options)}.`);
    } else {
      for (const key of Object.keys(options)) {
        if (!LINTER_OPTION_KEYS.includes(key)) {
          problems.push(
            `${where}.linterOptions: unknown key "${key}"; expected "reportUnusedDirectives".`,
          );
        }
      }
      if (
        'reportUnusedDirectives' in options &&
        toDirectiveSeverity(options.reportUnusedDirectives) === undefined
      ) {
        problems.push(
          `${where}.linterOptions.reportUnusedDirectives must be true, false, "off", "warn" or "error", got ${showValue(options.reportUnusedDirectives)}.`,
        );
      }
    }
  }
}

/**
 * Validates a flat config: every object's keys, globs, severities, rule ids ("did you mean …") and
 * each rule's options against its schema. A config that passed is remembered, so validating it
 * again is free.
 *
 * @throws {ConfigError} listing every problem, each prefixed with the source and the object.
 * @example
 * validateConfig(config, { source: 'sincerely.config.js' });
 */
export function validateConfig(config: Config, options: ValidateConfigOptions = {}): void {
  const rules = options.rules ?? builtInRules;
  if (typeof config === 'object' && config !== null && validConfigs.get(config) === rules) return;
  const source = options.source ?? 'config';
  const problems: string[] = [];
  if (!Array.isArray(config) && !isPlainObject(config)) {
    throw new ConfigError([
      `${source}: the config must be an object or an array of objects, got ${showValue(config)}.`,
    ]);
  }
  const objects = flattenConfig(config);
  const single = !Array.isArray(config);
  objects.forEach((object, index) => {
    const name =
      isPlainObject(object) && typeof object.name === 'string'
        ? ` (${JSON.stringify(object.name)})`
        : '';
    const where = `${single ? 'config' : `config[${index}]`}${name}`;
    const local: string[] = [];
    checkObject(object, where, local, rules);
    for (const problem of local) problems.push(`${source}: ${problem}`);
  });
  if (problems.length > 0) throw new ConfigError(problems);
  validConfigs.set(config, rules);
}

/** Whether a value is a config object (for callers that hold `unknown`). */
export function isConfigObject(value: unknown): value is ConfigObject {
  return isPlainObject(value);
}
