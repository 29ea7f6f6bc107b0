import { describe, expect, it } from 'vitest';
import type { Block, MergeField } from '../../src/template/ast.js';
import { parseTemplate } from '../../src/template/parse-template.js';
import { parseOk, paragraphsOf } from './parse-ok.js';

function inlineNodes(text: string) {
  return paragraphsOf(parseOk(text, 'liquid')).flatMap((paragraph) => paragraph.children);
}

function fields(text: string): MergeField[] {
  return inlineNodes(text).filter((node): node is MergeField => node.type === 'MergeField');
}

describe('Liquid merge fields', () => {
  it.each([
    {
      text: 'Hi {{ first_name }}!',
      path: 'first_name',
      helpers: [],
      raw: '{{ first_name }}',
      range: [3, 19],
    },
    {
      text: 'Hi {{contact.first_name}}!',
      path: 'contact.first_name',
      helpers: [],
      raw: '{{contact.first_name}}',
      range: [3, 25],
    },
    { text: 'Hi {{- name -}} !', path: 'name', helpers: [], raw: '{{- name -}}', range: [3, 15] },
    {
      text: 'Hi {{ name | capitalize | strip }}!',
      path: 'name',
      helpers: ['capitalize', 'strip'],
      raw: '{{ name | capitalize | strip }}',
      range: [3, 34],
    },
    {
      text: 'Hi {{ contact["first name"] }}!',
      path: 'contact["first name"]',
      helpers: [],
      raw: '{{ contact["first name"] }}',
      range: [3, 30],
    },
  ])('reads $raw', ({ text, path, helpers, raw, range }) => {
    expect(fields(text)).toEqual([
      expect.objectContaining({
        type: 'MergeField',
        syntax: 'liquid',
        path,
        helpers,
        raw,
        range,
        hasFallback: false,
        unescaped: false,
      }),
    ]);
  });

  it('reads an empty output as a field with an empty path', () => {
    expect(fields('Hi {{}} and {{ }}.')).toEqual([
      expect.objectContaining({ path: '', raw: '{{}}', range: [3, 7] }),
      expect.objectContaining({ path: '', raw: '{{ }}', range: [12, 17] }),
    ]);
  });

  it.each([
    { text: 'Hi {{ name | default: "there" }},', fallback: 'there', helpers: ['default'] },
    {
      text: "Hi {{ name | default: 'friend' | capitalize }},",
      fallback: 'friend',
      helpers: ['default', 'capitalize'],
    },
    {
      text: 'Hi {{ name | strip | default: "you" }},',
      fallback: 'you',
      helpers: ['strip', 'default'],
    },
  ])('reads the default filter of $text', ({ text, fallback, helpers }) => {
    expect(fields(text)).toEqual([
      expect.objectContaining({
        path: 'name',
        helpers,
        hasFallback: true,
        fallback,
        fallbackKind: 'filter',
      }),
    ]);
  });

  it('takes a default pointing at another variable as a fallback without literal', () => {
    const [field] = fields('Hi {{ nickname | default: first_name }},');
    expect(field).toMatchObject({ hasFallback: true, fallbackKind: 'filter' });
    expect(field).not.toHaveProperty('fallback');
  });

  it('does not take an empty default for a fallback', () => {
    expect(fields('Hi {{ name | default: "" }},')[0]).toMatchObject({ hasFallback: false });
  });

  it.each([
    { text: 'Hi {% if name %}{{ name }}{% else %}there{% endif %},', fallback: 'there' },
    { text: 'Hi {% if name != blank %}{{ name }}{% else %}there{% endif %},', fallback: 'there' },
    { text: 'Hi {%- if name -%}{{ name }}{%- else -%} friend {%- endif -%},', fallback: 'friend' },
    { text: 'Hi {% unless name %}there{% else %}{{ name }}{% endunless %},', fallback: 'there' },
    {
      text: 'Hi {% if name %}{{ name }}{% elsif nick %}{{ nick }}{% else %}there{% endif %},',
      fallback: 'there',
    },
  ])('gives a conditional fallback in $text', ({ text, fallback }) => {
    expect(fields(text)[0]).toMatchObject({
      path: 'name',
      hasFallback: true,
      fallbackKind: 'conditional',
      fallback,
    });
  });

  it.each([
    'Hi{% if name %} {{ name }}{% endif %},',
    'Hi {%- if name %} {{ name }}{% endif %},',
    '{% if name %}{{ name }}, {% endif %}welcome aboard.',
  ])('counts an if without else that leaves no gap in %s', (text) => {
    const field = fields(text).find((candidate) => candidate.path === 'name');
    expect(field).toMatchObject({ hasFallback: true, fallbackKind: 'conditional' });
    expect(field).not.toHaveProperty('fallback');
  });

  it.each([
    'Hi {% if name %}{{ name }}{% endif %},',
    'Hi {% if name %}{{ name }}{% else %}   {% endif %},',
    'Hi {% if nick %}{{ name }}{% else %}there{% endif %},',
    'Hi {% if name %}you{% else %}{{ name }}{% endif %},',
  ])('gives no conditional fallback in %s', (text) => {
    expect(fields(text).every((field) => !field.hasFallback)).toBe(true);
  });
});

describe('Liquid tags and comments', () => {
  it('keeps control tags inline with role, name and params', () => {
    const text =
      '{% if vip %}Thanks, {{ name }}!{% elsif trial %}Welcome!{% else %}Hi!{% endif %} {% assign x = 1 %}{% render "footer" %}';
    const tags = inlineNodes(text).filter((node): node is Block => node.type === 'Block');
    expect(tags.map(({ role, name, params, range }) => ({ role, name, params, range }))).toEqual([
      { role: 'open', name: 'if', params: 'vip', range: [0, 12] },
      { role: 'else', name: 'elsif', params: 'trial', range: [31, 48] },
      { role: 'else', name: 'else', params: '', range: [56, 66] },
      { role: 'close', name: 'endif', params: '', range: [69, 80] },
      { role: 'tag', name: 'assign', params: 'x = 1', range: [81, 99] },
      { role: 'tag', name: 'render', params: '"footer"', range: [99, 120] },
    ]);
  });

  it('reads for loops, case and custom blocks with an end tag', () => {
    const text =
      '{% for item in items %}{{ item }}{% endfor %}{% case plan %}{% when "pro" %}Pro{% endcase %}{% mytag %}x{% endmytag %}';
    const tags = inlineNodes(text).filter((node): node is Block => node.type === 'Block');
    expect(tags.map(({ role, name }) => [role, name])).toEqual([
      ['open', 'for'],
      ['close', 'endfor'],
      ['open', 'case'],
      ['else', 'when'],
      ['close', 'endcase'],
      ['open', 'mytag'],
      ['close', 'endmytag'],
    ]);
  });

  it('reads comment blocks and inline comments as comments with value ranges', () => {
    const text =
      '{% comment %}sincerely-disable max-words{% endcomment %}\nHi {% # note to self %}Sam, {% comment %}{{ hidden }}{% endcomment %}thanks.';
    const ast = parseOk(text, 'liquid');
    expect(
      ast.comments.map(({ syntax, value, range, valueRange }) => ({
        syntax,
        value,
        range,
        valueRange,
      })),
    ).toEqual([
      {
        syntax: 'liquid',
        value: 'sincerely-disable max-words',
        range: [0, 56],
        valueRange: [13, 40],
      },
      { syntax: 'liquid', value: ' note to self ', range: [60, 80], valueRange: [64, 78] },
      { syntax: 'liquid', value: '{{ hidden }}', range: [85, 126], valueRange: [98, 110] },
    ]);
    expect(inlineNodes(text).map((node) => node.type === 'Text' && node.value)).toEqual([
      'Hi ',
      'Sam, ',
      'thanks.',
    ]);
  });

  it('reads raw content as static text', () => {
    const nodes = inlineNodes('Write {% raw %}{{ first_name }}{% endraw %} in your template.');
    expect(nodes.map((node) => [node.type, node.type === 'Text' ? node.value : node.raw])).toEqual([
      ['Text', 'Write '],
      ['Block', '{% raw %}'],
      ['Text', '{{ first_name }}'],
      ['Block', '{% endraw %}'],
      ['Text', ' in your template.'],
    ]);
  });
});

describe('broken Liquid', () => {
  it.each([
    {
      name: 'an unclosed output',
      text: 'Hi {{ first_name,\n\nThanks!',
      error: {
        message:
          'The merge field "{{" at line 1, column 4 is never closed: add "}}" after the variable.',
        line: 1,
        column: 4,
        offset: 3,
      },
    },
    {
      name: 'an unclosed tag',
      text: 'Hi\n{% if vip',
      error: {
        message: 'The tag "{%" at line 2, column 1 is never closed: add "%}" after it.',
        line: 2,
        column: 1,
        offset: 3,
      },
    },
    {
      name: 'an if without endif',
      text: 'Hi,\n\n{% if vip %}Thanks for being with us.',
      error: {
        message:
          'The block "{% if vip %}" at line 3, column 1 is never closed: add "{% endif %}" where it should end.',
        line: 3,
        column: 1,
        offset: 5,
      },
    },
    {
      name: 'a mismatched end tag',
      text: '{% if vip %}Thanks{% endfor %}',
      error: {
        message:
          'The tag "{% endfor %}" at line 1, column 19 does not match "{% if vip %}" opened at line 1, column 1: close that block with "{% endif %}" first.',
        line: 1,
        column: 19,
      },
    },
    {
      name: 'an end tag without its block',
      text: 'Thanks{% endif %}',
      error: {
        message:
          'The tag "{% endif %}" at line 1, column 7 closes a block that was never opened: remove it or add "{% if … %}" before it.',
        line: 1,
        column: 7,
      },
    },
    {
      name: 'an else outside any block',
      text: 'Hi {% else %} there',
      error: {
        message:
          'The tag "{% else %}" at line 1, column 4 is not inside a block: use it between "{% if … %}" and "{% endif %}".',
      },
    },
    {
      name: 'an unclosed comment',
      text: 'Hi {% comment %} note',
      error: {
        message:
          'The block "{% comment %}" at line 1, column 4 is never closed: add "{% endcomment %}" where it should end.',
      },
    },
    {
      name: 'a stray brace run',
      text: 'Hi {{{{{{ there',
      error: { line: 1, column: 4 },
    },
  ])('reports $name where it is', ({ text, error }) => {
    const result = parseTemplate(text, { syntax: 'liquid' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.objectContaining(error)]);
  });

  it('reports positions after the front matter in file coordinates', () => {
    const result = parseTemplate('---\nsubject: Hi\n---\nHi {{ name', { syntax: 'liquid' });
    expect(!result.ok && result.errors[0]).toMatchObject({ line: 4, column: 4, offset: 23 });
  });
});
