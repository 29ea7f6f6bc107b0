import { describe, expect, it } from 'vitest';
import { resolveConfig, toRelativePath } from '../../src/config/resolve-config.js';
import { createRule } from '../../src/create-rule.js';
import type { AnyRule } from '../../src/rule.js';

function makeRule(name: string): AnyRule {
  return createRule<[{ max?: number }], 'x'>({
    name,
    meta: {
      type: 'suggestion',
      docs: { description: 'Enforce x', preset: 'recommended', severity: 'warn' },
      messages: { x: 'X.' },
      schema: [
        { type: 'object', properties: { max: { type: 'integer' } }, additionalProperties: false },
      ],
      defaultOptions: [{}],
    },
    create: () => ({}),
  });
}

const rules = { a: makeRule('a'), b: makeRule('b') };

describe(resolveConfig, () => {
  it('merges objects in order; options replace, a bare severity keeps them', () => {
    const config = [
      { rules: { a: ['warn', { max: 5 }], b: 'error' } },
      { rules: { a: 'error' } },
      { files: ['**/*.hbs'], rules: { b: ['warn', { max: 9 }] } },
    ] as const;
    expect(resolveConfig(config as never, 'emails/welcome.hbs', { rules })?.rules).toEqual({
      a: [2, { max: 5 }],
      b: [1, { max: 9 }],
    });
    expect(resolveConfig(config as never, 'emails/welcome.txt', { rules })?.rules).toEqual({
      a: [2, { max: 5 }],
      b: [2],
    });
  });

  it('applies files and ignores relative to cwd', () => {
    const config = [{ files: ['emails/**/*.liquid'], ignores: ['emails/old/**'], rules: { a: 2 } }];
    const resolve = (path: string) =>
      resolveConfig(config as never, path, { cwd: '/repo', rules })?.rules;
    expect(resolve('/repo/emails/a.liquid')).toEqual({ a: [2] });
    expect(resolve('/repo/emails/old/a.liquid')).toEqual({});
    expect(resolve('C:\\work\\emails\\a.liquid')).toEqual({});
    expect(
      resolveConfig(config as never, 'C:\\repo\\emails\\a.liquid', { cwd: 'C:\\repo', rules })
        ?.rules,
    ).toEqual({ a: [2] });
  });

  it('returns null for globally ignored files, with negation', () => {
    const config = [
      { ignores: ['drafts/', '**/*.tmp.hbs', '!drafts/keep.hbs'] },
      { rules: { a: 1 } },
    ];
    expect(resolveConfig(config as never, 'drafts/x.hbs', { rules })).toBeNull();
    expect(resolveConfig(config as never, 'src/x.tmp.hbs', { rules })).toBeNull();
    expect(resolveConfig(config as never, 'drafts/keep.hbs', { rules })?.rules).toEqual({ a: [1] });
    expect(resolveConfig(config as never, 'src/x.hbs', { rules })?.rules).toEqual({ a: [1] });
  });

  it('uses only objects without files for text that has no path', () => {
    const config = [
      { rules: { a: 1 } },
      { files: ['**/*'], rules: { b: 1 } },
      { ignores: ['**/*'] },
    ];
    expect(resolveConfig(config as never, undefined, { rules })?.rules).toEqual({ a: [1] });
  });

  it('merges settings deeply and takes the last language and linter options', () => {
    const config = [
      {
        settings: { sincerely: { context: { channel: 'email' } }, team: 'x' },
        languageOptions: { syntax: 'text' },
      },
      {
        settings: { sincerely: { other: 1 } },
        languageOptions: { syntax: 'liquid' },
        linterOptions: { reportUnusedDirectives: true },
      },
    ];
    expect(resolveConfig(config as never, 'a.txt', { rules })).toEqual({
      rules: {},
      languageOptions: { syntax: 'liquid' },
      settings: { sincerely: { context: { channel: 'email' }, other: 1 }, team: 'x' },
      reportUnusedDirectives: 1,
    });
  });

  it('throws a ConfigError for an invalid config', () => {
    expect(() => resolveConfig({ rules: { c: 1 } }, 'a.txt', { rules, source: 'x.json' })).toThrow(
      'x.json: config.rules["c"]: unknown rule "c"',
    );
  });
});

describe(toRelativePath, () => {
  it.each([
    ['/repo/a/b.hbs', '/repo', 'a/b.hbs'],
    ['/repo/a/b.hbs', '/repo/', 'a/b.hbs'],
    ['./a.hbs', '/repo', 'a.hbs'],
    ['/a.hbs', '/', 'a.hbs'],
    ['D:\\x\\a.hbs', 'D:\\x', 'a.hbs'],
  ])('%s from %s is %s', (path, cwd, expected) => {
    expect(toRelativePath(path, cwd)).toBe(expected);
  });
});
