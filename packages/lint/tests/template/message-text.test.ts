import { describe, expect, it } from 'vitest';
import { SourceCode } from '../../src/source-code/source-code.js';
import { parseOk } from './parse-ok.js';

describe('SourceCode.message on parsed templates', () => {
  const text = [
    '---',
    'subject: Notes for {{company}}',
    'kind: follow-up',
    '---',
    '<html><head><style>p { color: red; }</style></head><body>',
    '<p>Hi {{#if firstName}}{{firstName}}{{else}}there{{/if}},</p>',
    '<p>Fish &amp; chips&nbsp;on Friday &#8217;s  fine\n  by me.</p>',
    '<p>Best,<br>Sam</p>',
    '</body></html>',
  ].join('\n');
  const sourceCode = new SourceCode({ text, ast: parseOk(text, 'html') });
  const { message } = sourceCode;

  it('reads the text as the reader does: entities decoded, fields as written, tags left out', () => {
    expect(message.text).toBe(
      'Notes for {{company}}\n\nHi {{firstName}}there,\n\nFish & chips\u00A0on Friday ’s fine by me.\n\nBest,\nSam',
    );
    expect(message.kind).toBe('follow-up');
  });

  it('lists the paragraphs with their parts', () => {
    expect(
      message.paragraphs.map(({ start, end, part, hidden }) => [
        message.text.slice(start, end),
        part,
        hidden,
      ]),
    ).toEqual([
      ['Notes for {{company}}', 'subject', false],
      ['Hi {{firstName}}there,', 'greeting', false],
      ['Fish & chips\u00A0on Friday ’s fine by me.', 'opening', false],
      ['Best,\nSam', 'sign-off', false],
    ]);
  });

  it('lists the merge fields at their offsets in the text', () => {
    expect(message.fields).toEqual([
      { start: 10, end: 21, path: 'company', hasFallback: false },
      { start: 26, end: 39, path: 'firstName', hasFallback: true },
    ]);
    for (const field of message.fields) {
      const [start, end] = message.toSourceRange(field.start, field.end);
      expect(text.slice(start, end)).toBe(message.text.slice(field.start, field.end));
    }
  });

  it.each([
    ['a plain word', 'chips', 'chips'],
    ['a decoded entity', '&', '&amp;'],
    ['a phrase across an entity', 'Fish & chips', 'Fish &amp; chips'],
    ['a phrase across &nbsp;', 'chips\u00A0on', 'chips&nbsp;on'],
    ['a phrase across collapsed whitespace', 'fine by me', 'fine\n  by me'],
    ['a phrase across <br>', 'Best,\nSam', 'Best,<br>Sam'],
    ['a merge field', '{{firstName}}', '{{firstName}}'],
    ['text of the subject', 'Notes for', 'Notes for'],
  ])('maps %s back to its source', (_name, phrase, source) => {
    const start = message.text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    const [from, to] = message.toSourceRange(start, start + phrase.length);
    expect(text.slice(from, to)).toBe(source);
  });

  it('reports a location that points at the source', () => {
    const start = message.text.indexOf('Friday');
    const loc = sourceCode.getLocFromRange(message.toSourceRange(start, start + 'Friday'.length));
    expect(loc).toEqual({ start: { line: 7, column: 29 }, end: { line: 7, column: 35 } });
    expect(sourceCode.lines[6]?.slice(28, 34)).toBe('Friday');
  });
});
