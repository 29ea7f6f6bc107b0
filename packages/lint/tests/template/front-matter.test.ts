import { describe, expect, it } from 'vitest';
import type { Paragraph, TemplateSyntax } from '../../src/template/ast.js';
import { parseTemplate } from '../../src/template/parse-template.js';
import { parseOk, paragraphsOf } from './parse-ok.js';

function frontMatterParagraphs(text: string, syntax: TemplateSyntax = 'text'): Paragraph[] {
  return paragraphsOf(parseOk(text, syntax)).filter(
    (paragraph) => paragraph.origin === 'front-matter',
  );
}

describe('front matter', () => {
  it('reads the fields and keeps the rest of the data', () => {
    const text =
      '---\nsubject: Notes from Tuesday\npreheader: The two things we agreed on\nkind: follow-up\nchannel: email\nlocale: en-GB\ncampaign: q3\n---\nHi Maria,';
    const ast = parseOk(text, 'text');
    expect(ast.frontMatter).toEqual({
      type: 'FrontMatter',
      data: {
        subject: 'Notes from Tuesday',
        preheader: 'The two things we agreed on',
        kind: 'follow-up',
        channel: 'email',
        locale: 'en-GB',
        campaign: 'q3',
      },
      fields: {
        subject: 'Notes from Tuesday',
        preheader: 'The two things we agreed on',
        kind: 'follow-up',
        channel: 'email',
        locale: 'en-GB',
      },
      range: [0, 132],
      loc: { start: { line: 1, column: 1 }, end: { line: 8, column: 4 } },
    });
    expect(text.slice(132)).toBe('\nHi Maria,');
  });

  it('points the subject and preheader paragraphs at the scalar values', () => {
    const text =
      '---\nsubject: Notes from Tuesday\npreheader: The two things we agreed on\n---\nHi Maria,';
    const [subject, preheader] = frontMatterParagraphs(text);
    expect(subject).toMatchObject({
      part: 'subject',
      hidden: false,
      origin: 'front-matter',
      range: [13, 31],
    });
    expect(subject?.children).toEqual([
      {
        type: 'Text',
        value: 'Notes from Tuesday',
        range: [13, 31],
        loc: { start: { line: 2, column: 10 }, end: { line: 2, column: 28 } },
      },
    ]);
    expect(preheader).toMatchObject({ part: 'preheader', hidden: true, range: [43, 70] });
    expect(text.slice(43, 70)).toBe('The two things we agreed on');
  });

  it.each([
    {
      name: 'a double-quoted value',
      line: 'subject: "Quick question"',
      value: 'Quick question',
      slice: 'Quick question',
    },
    {
      name: 'a single-quoted value',
      line: "subject: 'Quick question'",
      value: 'Quick question',
      slice: 'Quick question',
    },
    {
      name: 'a value with a trailing comment',
      line: 'subject: Quick question # draft',
      value: 'Quick question',
      slice: 'Quick question',
    },
  ])('maps $name exactly', ({ line, value, slice }) => {
    const text = `---\n${line}\n---\nBody.`;
    const [subject] = frontMatterParagraphs(text);
    const [node] = subject?.children ?? [];
    expect(node).toMatchObject({ type: 'Text', value });
    expect(node).not.toHaveProperty('raw');
    expect(text.slice(node?.range[0], node?.range[1])).toBe(slice);
  });

  it('maps escapes, doubled quotes and folded lines one by one', () => {
    const text =
      '---\nsubject: "Caf\\u00e9 \\"notes\\""\npreheader: \'It\'\'s\n  been a while\'\n---\nBody.';
    const [subject, preheader] = frontMatterParagraphs(text);
    expect(
      subject?.children.map(
        (node) => node.type === 'Text' && [node.value, node.raw, text.slice(...node.range)],
      ),
    ).toEqual([
      ['Caf', undefined, 'Caf'],
      ['é', '\\u00e9', '\\u00e9'],
      [' ', undefined, ' '],
      ['"', '\\"', '\\"'],
      ['notes', undefined, 'notes'],
      ['"', '\\"', '\\"'],
    ]);
    expect(
      preheader?.children.map((node) => node.type === 'Text' && [node.value, node.raw]),
    ).toEqual([
      ['It', undefined],
      ["'", "''"],
      ['s', undefined],
      [' ', '\n  '],
      ['been a while', undefined],
    ]);
  });

  it('maps a block scalar as one node over the whole scalar', () => {
    const text = '---\npreheader: |\n  Two lines\n  of preview\n---\nBody.';
    const [preheader] = frontMatterParagraphs(text);
    expect(preheader?.children).toMatchObject([
      {
        type: 'Text',
        value: 'Two lines\nof preview',
        raw: '|\n  Two lines\n  of preview\n',
        range: [15, 42],
      },
    ]);
  });

  it('reads merge fields in the subject of a template', () => {
    const text = '---\nsubject: Quick question for {{ contact.company }}\n---\nHi,';
    const [subject] = frontMatterParagraphs(text, 'liquid');
    expect(subject?.children).toMatchObject([
      { type: 'Text', value: 'Quick question for ', range: [13, 32] },
      {
        type: 'MergeField',
        syntax: 'liquid',
        path: 'contact.company',
        raw: '{{ contact.company }}',
        range: [32, 53],
      },
    ]);
  });

  it('reads front matter after a BOM and with CRLF line endings', () => {
    const text = '\uFEFF---\r\nsubject: Hello again\r\n---\r\nHi Sam,';
    const ast = parseOk(text, 'text');
    expect(ast.frontMatter?.range).toEqual([1, 31]);
    const [subject, greeting] = paragraphsOf(ast);
    expect(subject?.range).toEqual([15, 26]);
    expect(subject?.loc).toEqual({ start: { line: 2, column: 10 }, end: { line: 2, column: 21 } });
    expect(greeting).toMatchObject({
      part: 'greeting',
      range: [33, 40],
      loc: { start: { line: 4, column: 1 } },
    });
  });

  it('leaves a file without front matter alone', () => {
    const ast = parseOk('Hi Sam,\n---\nBest,', 'text');
    expect(ast.frontMatter).toBeNull();
  });

  it('accepts an empty front matter', () => {
    expect(parseOk('---\n---\nHi,', 'text').frontMatter).toMatchObject({ data: {}, fields: {} });
  });

  it('accepts every message kind', () => {
    for (const kind of ['cold', 'follow-up', 'nurture', 'care', 'transactional']) {
      expect(parseOk(`---\nkind: ${kind}\n---\nHi,`, 'text').frontMatter?.fields.kind).toBe(kind);
    }
  });

  it.each([
    {
      name: 'an unknown kind',
      text: '---\nsubject: Hi\nkind: sales-pitch\n---\nBody',
      error: {
        message:
          'The front matter "kind" on line 3 is "sales-pitch", which Sincerely does not know: use one of cold, follow-up, nurture, care, transactional.',
        line: 3,
        column: 7,
        offset: 22,
      },
    },
    {
      name: 'an unclosed front matter',
      text: '---\nsubject: Hi\nBody',
      error: {
        message:
          'The front matter opened with "---" on line 1 is never closed: end it with a line that holds only "---".',
        line: 1,
        column: 1,
        offset: 0,
      },
    },
    {
      name: 'invalid YAML',
      text: '---\nsubject: "Hi\n---\nBody',
      error: {
        message: 'The front matter is not valid YAML at line 3, column 1: Missing closing "quote.',
        line: 3,
        column: 1,
        offset: 17,
      },
    },
    {
      name: 'a "Re:" subject without quotes, with a hint to quote it',
      text: '---\nkind: follow-up\nsubject: Re: your question\n---\nBody',
      error: {
        message:
          'The front matter is not valid YAML at line 3, column 10: Nested mappings are not allowed in compact mappings. Put the value of "subject" in quotes, e.g. subject: "Re: your question".',
        line: 3,
      },
    },
    {
      name: 'a subject that starts with a merge field, with a hint to quote it',
      text: '---\nsubject: {{ first_name }}, your renewal\n---\nBody',
      error: {
        message: expect.stringContaining(
          'Put the value of "subject" in quotes, e.g. subject: "{{ first_name }}, your renewal".',
        ),
        line: 2,
      },
    },
    {
      name: 'a list instead of a mapping',
      text: '---\n- subject\n---\nBody',
      error: {
        message: 'The front matter on line 2 must be a YAML mapping of "key: value" lines.',
        line: 2,
        column: 1,
      },
    },
    {
      name: 'a subject that is a list',
      text: '---\nsubject:\n  - one\n  - two\n---\nBody',
      error: {
        message:
          'The front matter "subject" on line 3 must be a single value, not a list or a mapping.',
        line: 3,
      },
    },
    {
      name: 'a duplicate key',
      text: '---\nkind: cold\nkind: care\n---\nBody',
      error: { message: expect.stringContaining('line 3'), line: 3 },
    },
  ])('reports $name as a parse error', ({ text, error }) => {
    const result = parseTemplate(text, { syntax: 'text' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([expect.objectContaining(error)]);
  });
});
