import { describe, expect, it } from 'vitest';
import type { Block, MergeField } from '../../src/template/ast.js';
import { parseTemplate } from '../../src/template/parse-template.js';
import { parseOk, paragraphsOf } from './parse-ok.js';

function inlineNodes(text: string) {
  return paragraphsOf(parseOk(text, 'handlebars')).flatMap((paragraph) => paragraph.children);
}

function fields(text: string): MergeField[] {
  return inlineNodes(text).filter((node): node is MergeField => node.type === 'MergeField');
}

function tags(text: string): Block[] {
  return inlineNodes(text).filter((node): node is Block => node.type === 'Block');
}

describe('Handlebars merge fields', () => {
  it.each([
    {
      text: 'Hi {{firstName}}!',
      path: 'firstName',
      helpers: [],
      unescaped: false,
      raw: '{{firstName}}',
      range: [3, 16],
    },
    {
      text: 'Hi {{ contact.first_name }}!',
      path: 'contact.first_name',
      helpers: [],
      unescaped: false,
      raw: '{{ contact.first_name }}',
      range: [3, 27],
    },
    {
      text: 'Hi {{{bio}}}!',
      path: 'bio',
      helpers: [],
      unescaped: true,
      raw: '{{{bio}}}',
      range: [3, 12],
    },
    {
      text: 'Hi {{& bio}}!',
      path: 'bio',
      helpers: [],
      unescaped: true,
      raw: '{{& bio}}',
      range: [3, 12],
    },
    {
      text: 'Hi {{~firstName~}} !',
      path: 'firstName',
      helpers: [],
      unescaped: false,
      raw: '{{~firstName~}}',
      range: [3, 18],
    },
    {
      text: 'Hi {{capitalize firstName}}!',
      path: 'firstName',
      helpers: ['capitalize'],
      unescaped: false,
      raw: '{{capitalize firstName}}',
      range: [3, 27],
    },
    {
      text: 'Hi {{upper (lower name)}}!',
      path: 'name',
      helpers: ['upper', 'lower'],
      unescaped: false,
      raw: '{{upper (lower name)}}',
      range: [3, 25],
    },
    {
      text: 'Hi {{../owner.name}}!',
      path: '../owner.name',
      helpers: [],
      unescaped: false,
      raw: '{{../owner.name}}',
      range: [3, 20],
    },
  ])('reads $raw', ({ text, path, helpers, unescaped, raw, range }) => {
    expect(fields(text)).toEqual([
      expect.objectContaining({
        type: 'MergeField',
        syntax: 'handlebars',
        path,
        helpers,
        unescaped,
        raw,
        range,
        hasFallback: false,
      }),
    ]);
  });

  it('gives each field its line and column', () => {
    const [field] = fields('Hi there,\n\nThanks {{firstName}} 🙂 and {{company}}.');
    expect(field?.loc).toEqual({ start: { line: 3, column: 8 }, end: { line: 3, column: 21 } });
    const [, second] = fields('Hi there,\n\nThanks {{firstName}} 🙂 and {{company}}.');
    expect(second?.range).toEqual([39, 50]);
    expect(second?.loc.start).toEqual({ line: 3, column: 29 });
  });

  it('reads an empty `{{}}` as a field with an empty path, not a parse error', () => {
    expect(fields('Hi {{}}, and {{ }} and {{{}}}.')).toEqual([
      expect.objectContaining({ path: '', raw: '{{}}', range: [3, 7], unescaped: false }),
      expect.objectContaining({ path: '', raw: '{{ }}', range: [13, 18] }),
      expect.objectContaining({ path: '', raw: '{{{}}}', range: [23, 29], unescaped: true }),
    ]);
  });

  it.each([
    {
      text: 'Hi {{default firstName "there"}},',
      path: 'firstName',
      fallback: 'there',
      helpers: ['default'],
    },
    {
      text: 'Hi {{or firstName "friend"}},',
      path: 'firstName',
      fallback: 'friend',
      helpers: ['or'],
    },
    {
      text: 'Hi {{fallback contact.name "you"}},',
      path: 'contact.name',
      fallback: 'you',
      helpers: ['fallback'],
    },
    {
      text: 'Hi {{capitalize (default name "there")}},',
      path: 'name',
      fallback: 'there',
      helpers: ['capitalize', 'default'],
    },
  ])('reads the helper fallback of $text', ({ text, path, fallback, helpers }) => {
    expect(fields(text)).toEqual([
      expect.objectContaining({
        path,
        helpers,
        hasFallback: true,
        fallback,
        fallbackKind: 'filter',
      }),
    ]);
  });

  it('takes a fallback helper pointing at another field as a fallback without literal', () => {
    const [field] = fields('Hi {{or nickname firstName}},');
    expect(field).toMatchObject({ path: 'nickname', hasFallback: true, fallbackKind: 'filter' });
    expect(field).not.toHaveProperty('fallback');
  });

  it('does not take an empty fallback for one', () => {
    expect(fields('Hi {{default firstName ""}},')[0]).toMatchObject({ hasFallback: false });
  });

  it.each([
    {
      name: 'an {{#if}} on the same path with an else branch',
      text: 'Hi {{#if firstName}}{{firstName}}{{else}}there{{/if}},',
      expected: {
        path: 'firstName',
        hasFallback: true,
        fallbackKind: 'conditional',
        fallback: 'there',
      },
    },
    {
      name: 'an {{#unless}} whose first branch is the fallback',
      text: 'Hi {{#unless firstName}}friend{{else}}{{firstName}}{{/unless}},',
      expected: {
        path: 'firstName',
        hasFallback: true,
        fallbackKind: 'conditional',
        fallback: 'friend',
      },
    },
    {
      name: 'a field nested deeper in the guarded branch',
      text: '{{#if company}}We love {{#if vip}}working with {{company}}{{/if}}{{else}}We love your work{{/if}}.',
      expected: {
        path: 'company',
        hasFallback: true,
        fallbackKind: 'conditional',
        fallback: 'We love your work',
      },
    },
    {
      name: 'a Mustache section followed by an inverted section (Mustache’s fallback idiom)',
      text: 'Hi {{#first_name}}{{first_name}}{{/first_name}}{{^first_name}}there{{/first_name}},',
      expected: {
        path: 'first_name',
        hasFallback: true,
        fallbackKind: 'conditional',
        fallback: 'there',
      },
    },
    {
      name: 'an inverted section before the section',
      text: 'Hi {{^first_name}}friend{{/first_name}}{{#first_name}}{{first_name}}{{/first_name}},',
      expected: {
        path: 'first_name',
        hasFallback: true,
        fallbackKind: 'conditional',
        fallback: 'friend',
      },
    },
    {
      name: 'a Mustache section with an else branch',
      text: 'Hi {{#first_name}}{{first_name}}{{else}}there{{/first_name}},',
      expected: {
        path: 'first_name',
        hasFallback: true,
        fallbackKind: 'conditional',
        fallback: 'there',
      },
    },
  ])('gives a conditional fallback for $name', ({ text, expected }) => {
    expect(fields(text).find((field) => field.path === expected.path)).toMatchObject(expected);
  });

  it.each([
    {
      name: 'a Mustache section that holds the space before the field',
      text: 'Hi{{#first_name}} {{first_name}}{{/first_name}},',
    },
    {
      name: 'an {{#if}} that holds the space before the field',
      text: 'Hi{{#if firstName}} {{firstName}}{{/if}},',
    },
    {
      name: 'a section that holds the words around the field at the start of a line',
      text: '{{#first_name}}{{first_name}}, {{/first_name}}welcome aboard.',
    },
  ])('counts a guard without a fallback branch that leaves no gap: $name', ({ text }) => {
    const field = fields(text).find((candidate) => candidate.path !== '');
    expect(field).toMatchObject({ hasFallback: true, fallbackKind: 'conditional' });
    expect(field).not.toHaveProperty('fallback');
  });

  it.each([
    {
      name: 'an {{#if}} without an else branch, with the space outside it',
      text: 'Hi {{#if firstName}}{{firstName}}{{/if}},',
    },
    {
      name: 'a Mustache section without an inverted section, with the space outside it',
      text: 'Hi {{#first_name}}{{first_name}}{{/first_name}},',
    },
    {
      name: 'an inverted section on another field',
      text: 'Hi {{#first_name}}{{first_name}}{{/first_name}}{{^nickname}}there{{/nickname}},',
    },
    {
      name: 'an empty inverted section',
      text: 'Hi {{#first_name}}{{first_name}}{{/first_name}}{{^first_name}} {{/first_name}},',
    },
    {
      name: 'a section on another field',
      text: 'Hi {{#company}}{{first_name}}{{/company}}{{^company}}there{{/company}},',
    },
    {
      name: 'an {{#each}} over a list',
      text: 'Hi {{#each first_name}}{{first_name}}{{/each}},',
    },
    { name: 'an empty else branch', text: 'Hi {{#if firstName}}{{firstName}}{{else}} {{/if}},' },
    {
      name: 'an {{#if}} on another path',
      text: 'Hi {{#if nickname}}{{firstName}}{{else}}there{{/if}},',
    },
    {
      name: 'the field in the else branch',
      text: 'Hi {{#if firstName}}you{{else}}{{firstName}}{{/if}},',
    },
  ])('gives no conditional fallback for $name', ({ text }) => {
    expect(fields(text).every((field) => !field.hasFallback)).toBe(true);
  });
});

describe('Handlebars tags and comments', () => {
  it('keeps control tags inline in the paragraph, with role, name and params', () => {
    const text =
      'Hi {{#if firstName}}{{firstName}}{{else if nickname}}{{nickname}}{{^}}there{{/if}}, {{> signature name="Sam"}}';
    expect(
      tags(text).map(({ role, name, params, raw, range }) => ({ role, name, params, raw, range })),
    ).toEqual([
      { role: 'open', name: 'if', params: 'firstName', raw: '{{#if firstName}}', range: [3, 20] },
      {
        role: 'else',
        name: 'else',
        params: 'if nickname',
        raw: '{{else if nickname}}',
        range: [33, 53],
      },
      { role: 'else', name: 'else', params: '', raw: '{{^}}', range: [65, 70] },
      { role: 'close', name: 'if', params: '', raw: '{{/if}}', range: [75, 82] },
      {
        role: 'tag',
        name: '>',
        params: 'signature name="Sam"',
        raw: '{{> signature name="Sam"}}',
        range: [84, 110],
      },
    ]);
  });

  it('reads each blocks, inverted sections and partial blocks', () => {
    const text =
      '{{#each items}}- {{this}}\n{{/each}}{{^vip}}Welcome!{{/vip}}{{#> layout}}Hi{{/layout}}';
    expect(tags(text).map(({ role, name, params }) => [role, name, params])).toEqual([
      ['open', 'each', 'items'],
      ['close', 'each', ''],
      ['open', 'vip', ''],
      ['close', 'vip', ''],
      ['open', '>', 'layout'],
      ['close', 'layout', ''],
    ]);
  });

  it('reads raw blocks as static text', () => {
    const nodes = inlineNodes('Use {{{{raw}}}}{{firstName}}{{{{/raw}}}} in your template.');
    expect(nodes.map((node) => [node.type, node.type === 'Text' ? node.value : node.raw])).toEqual([
      ['Text', 'Use '],
      ['Block', '{{{{raw}}}}'],
      ['Text', '{{firstName}}'],
      ['Block', '{{{{/raw}}}}'],
      ['Text', ' in your template.'],
    ]);
  });

  it('collects comments with their value ranges and leaves them out of the prose', () => {
    const text = '{{!-- sincerely-disable no-shouting --}}\nHi {{! internal note }}Sam,';
    const ast = parseOk(text, 'handlebars');
    expect(
      ast.comments.map(({ syntax, value, range, valueRange }) => ({
        syntax,
        value,
        range,
        valueRange,
      })),
    ).toEqual([
      {
        syntax: 'handlebars',
        value: ' sincerely-disable no-shouting ',
        range: [0, 40],
        valueRange: [5, 36],
      },
      { syntax: 'handlebars', value: ' internal note ', range: [44, 64], valueRange: [47, 62] },
    ]);
    expect(
      paragraphsOf(ast).map((paragraph) =>
        paragraph.children.map((node) => node.type === 'Text' && node.value),
      ),
    ).toEqual([['Hi ', 'Sam,']]);
  });

  it('keeps a paragraph split on blank lines around a block', () => {
    const text = 'Hi Sam,\n\n{{#if company}}\nHow is {{company}}?\n{{/if}}\n\nBest,\nJo';
    const paragraphs = paragraphsOf(parseOk(text, 'handlebars'));
    expect(paragraphs.map((paragraph) => text.slice(...paragraph.range))).toEqual([
      'Hi Sam,',
      '{{#if company}}\nHow is {{company}}?\n{{/if}}',
      'Best,\nJo',
    ]);
    expect(paragraphs[1]?.children.map((node) => node.type)).toEqual([
      'Block',
      'Text',
      'MergeField',
      'Text',
      'Block',
    ]);
  });
});

describe('broken Handlebars', () => {
  it.each([
    {
      name: 'an unclosed merge field',
      text: 'Hi {{firstName,\n\nThanks!',
      error: {
        message: 'The tag "{{" at line 1, column 4 is never closed: add "}}" after it.',
        line: 1,
        column: 4,
        offset: 3,
      },
    },
    {
      name: 'an unclosed block',
      text: 'Hi there,\n\n{{#if firstName}}Hi {{firstName}}\n\nThanks!',
      error: {
        message:
          'The block "{{#if firstName}}" at line 3, column 1 is never closed: add "{{/if}}" where it should end.',
        line: 3,
        column: 1,
        offset: 11,
      },
    },
    {
      name: 'a mismatched closing tag',
      text: '{{#if vip}}Thanks!{{/each}}',
      error: {
        message:
          'The closing tag "{{/each}}" at line 1, column 19 does not match "{{#if vip}}" opened at line 1, column 1: close that block with "{{/if}}" first.',
        line: 1,
        column: 19,
      },
    },
    {
      name: 'a closing tag without its block',
      text: 'Thanks!{{/if}}',
      error: {
        message:
          'The closing tag "{{/if}}" at line 1, column 8 has no opening "{{#if}}" before it.',
        line: 1,
        column: 8,
      },
    },
    {
      name: 'an else outside any block',
      text: 'Hi {{else}} there',
      error: {
        message:
          '"{{else}}" at line 1, column 4 is not inside a block: use it between "{{#if …}}" and "{{/if}}".',
        line: 1,
        column: 4,
      },
    },
    {
      name: 'a stray brace run',
      text: 'Hi {{{{{{ there',
      error: { line: 1, column: 4 },
    },
    {
      name: 'a bad expression',
      text: 'Hi {{first name=}}!',
      error: {
        message: expect.stringMatching(
          /^Handlebars cannot read the template at line 1, column \d+: unexpected /u,
        ),
        line: 1,
      },
    },
  ])('reports $name where it is', ({ text, error }) => {
    const result = parseTemplate(text, { syntax: 'handlebars' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.objectContaining(error)]);
  });

  it('counts lines after CRLF in errors', () => {
    const result = parseTemplate('Hi,\r\n\r\n{{#if x}}open', { syntax: 'handlebars' });
    expect(!result.ok && result.errors[0]).toMatchObject({ line: 3, column: 1, offset: 7 });
  });
});
