import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { validateConfig, validateRuleOptions } from '../../src/config/validate-config.js';
import { createRule } from '../../src/create-rule.js';
import type { AnyRule } from '../../src/rule.js';

const maxWords = createRule<[{ max: number }], 'tooLong'>({
  name: 'max-words',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce a maximum number of words',
      preset: 'recommended',
      severity: 'warn',
    },
    messages: { tooLong: 'Too long.' },
    schema: [
      {
        type: 'object',
        properties: { max: { type: 'integer', minimum: 1, description: 'The limit.' } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ max: 200 }],
  },
  create: () => ({}),
});

const noShouting = createRule<[{ allow: string[] }], 'shout'>({
  name: 'no-shouting',
  meta: {
    type: 'suggestion',
    docs: { description: 'Disallow shouting', preset: 'recommended', severity: 'warn' },
    messages: { shout: 'Shout.' },
    schema: [
      {
        type: 'object',
        properties: {
          allow: { type: 'array', items: { type: 'string' }, description: 'Allowed.' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  create: () => ({}),
});

const noOptions = createRule<[], 'x'>({
  name: 'no-options',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow x', preset: 'strict', severity: 'error' },
    messages: { x: 'X.' },
    schema: [],
    defaultOptions: [],
  },
  create: () => ({}),
});

const rules: Record<string, AnyRule> = {
  'max-words': maxWords,
  'no-shouting': noShouting,
  'no-options': noOptions,
};

function problemsOf(config: unknown, source = 'sincerely.config.js'): string[] {
  try {
    validateConfig(config as never, { source, rules });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).code).toBe('SINCERELY_CONFIG');
    return [...(error as ConfigError).problems];
  }
  return [];
}

describe(validateConfig, () => {
  it.each([
    [{ rules: { 'max-words': 'warn' } }],
    [
      [
        { rules: { 'max-words': ['error', { max: 150 }] } },
        { files: ['**/*.hbs'], rules: { 'no-shouting': 0 } },
      ],
    ],
    [[{ ignores: ['drafts/**'] }, { name: 'team', rules: { 'no-options': 2 } }]],
    [[[{ rules: { 'max-words': 1 } }], { languageOptions: { syntax: 'liquid' } }]],
    [{ linterOptions: { reportUnusedDirectives: 'error' }, settings: { sincerely: {} } }],
  ])('accepts %j', (config) => {
    expect(problemsOf(config)).toEqual([]);
  });

  it.each([
    [
      [{}, { rules: { 'max-words': ['warn', { max: 'lots' }] } }],
      'sincerely.config.js: config[1].rules["max-words"]: option "max" must be a number ≥ 1, got "lots".',
    ],
    [
      { rules: { 'max-words': ['warn', { max: 1.5 }] } },
      'sincerely.config.js: config.rules["max-words"]: option "max" must be a whole number ≥ 1, got 1.5.',
    ],
    [
      { rules: { 'max-words': ['warn', { maxx: 3 }] } },
      'sincerely.config.js: config.rules["max-words"]: unknown option "maxx"; did you mean "max"?',
    ],
    [
      [{ name: 'team', rules: { 'no-shouting': ['warn', { allow: 'NASA' }] } }],
      'sincerely.config.js: config[0] ("team").rules["no-shouting"]: option "allow" must be an array of strings, got "NASA".',
    ],
    [
      { rules: { 'no-options': ['error', { any: true }] } },
      'sincerely.config.js: config.rules["no-options"]: takes at most 0 options, got 1.',
    ],
    [
      { rules: { 'no-shoutin': 'warn' } },
      'sincerely.config.js: config.rules["no-shoutin"]: unknown rule "no-shoutin"; did you mean "no-shouting"?',
    ],
    [
      { rules: { 'sincerely/no-shouting': 'warn' } },
      'sincerely.config.js: config.rules["sincerely/no-shouting"]: unknown rule "sincerely/no-shouting"; did you mean "no-shouting"?',
    ],
    [
      { rules: { 'max-words': 'on' } },
      'sincerely.config.js: config.rules["max-words"]: the severity must be "off", "warn", "error", 0, 1 or 2 (alone or first in an array), got "on".',
    ],
    [{ rule: {} }, 'sincerely.config.js: config: unknown key "rule"; did you mean "rules"?'],
    [
      { files: 'src/*.hbs' },
      'sincerely.config.js: config.files must be an array of non-empty glob strings, got "src/*.hbs".',
    ],
    [
      { languageOptions: { syntax: 'mustache' } },
      'sincerely.config.js: config.languageOptions.syntax must be one of "text", "handlebars", "liquid", "html", "markdown", got "mustache".',
    ],
    [
      { linterOptions: { reportUnusedDirectives: 'loud' } },
      'sincerely.config.js: config.linterOptions.reportUnusedDirectives must be true, false, "off", "warn" or "error", got "loud".',
    ],
    [['recommended'], 'sincerely.config.js: config[0] must be a config object, got "recommended".'],
  ])('rejects %j', (config, message) => {
    expect(problemsOf(config)).toEqual([message]);
  });

  it('reports every problem, not just the first', () => {
    expect(problemsOf([{ rules: { nope: 1 } }, { rulez: {} }], 'team.json')).toHaveLength(2);
  });

  it('throws on a config that is not an object', () => {
    expect(() => validateConfig(42 as never, { rules })).toThrow(
      'config: the config must be an object or an array of objects, got 42.',
    );
  });
});

describe(validateRuleOptions, () => {
  it('returns no problems for valid options and one per problem otherwise', () => {
    expect(validateRuleOptions(maxWords, [{ max: 10 }])).toEqual([]);
    expect(validateRuleOptions(maxWords, [{ max: 0 }])).toEqual([
      'option "max" must be a whole number ≥ 1, got 0',
    ]);
  });
});
