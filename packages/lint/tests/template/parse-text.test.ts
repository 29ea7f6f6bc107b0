import { describe, expect, it } from 'vitest';
import { parseOk, paragraphsOf } from './parse-ok.js';

/** Each paragraph as [source slice, range, start loc]. */
function layout(text: string, syntax: 'text' | 'markdown' = 'text') {
  return parseOk(text, syntax).children.map((block) => ({
    type: block.type,
    text: text.slice(block.range[0], block.range[1]),
    range: block.range,
    start: block.loc.start,
    end: block.loc.end,
  }));
}

describe('plain text paragraphs', () => {
  it.each([
    {
      name: 'blank lines',
      text: 'Hi Maria,\n\nThanks for the call.\nIt helped.\n\nBest,\nSam',
      paragraphs: ['Hi Maria,', 'Thanks for the call.\nIt helped.', 'Best,\nSam'],
    },
    {
      name: 'blank lines holding spaces and tabs',
      text: 'First line.\n  \t\nSecond line.\n \n\n \nThird.',
      paragraphs: ['First line.', 'Second line.', 'Third.'],
    },
    {
      name: 'CRLF line endings',
      text: 'Hi Dana,\r\n\r\nGood to hear from you.\r\nTalk soon.\r\n',
      paragraphs: ['Hi Dana,', 'Good to hear from you.\r\nTalk soon.'],
    },
    {
      name: 'old Mac CR line endings',
      text: 'Hi Dana,\r\rGood to hear from you.',
      paragraphs: ['Hi Dana,', 'Good to hear from you.'],
    },
    {
      name: 'leading and trailing blank lines and indentation',
      text: '\n\n   Hello Lee,\n\n\tThanks.   \n\n',
      paragraphs: ['Hello Lee,', 'Thanks.'],
    },
  ])('splits on $name', ({ text, paragraphs }) => {
    expect(layout(text).map((block) => block.text)).toEqual(paragraphs);
  });

  it('gives exact ranges and 1-based locs', () => {
    expect(layout('Hi Maria,\n\nThanks for the call.\nIt helped.')).toEqual([
      {
        type: 'Paragraph',
        text: 'Hi Maria,',
        range: [0, 9],
        start: { line: 1, column: 1 },
        end: { line: 1, column: 10 },
      },
      {
        type: 'Paragraph',
        text: 'Thanks for the call.\nIt helped.',
        range: [11, 42],
        start: { line: 3, column: 1 },
        end: { line: 4, column: 11 },
      },
    ]);
  });

  it('counts a leading BOM as one code unit and keeps lines with CRLF', () => {
    const text = '\uFEFFHi Maria,\r\n\r\nThanks!';
    expect(layout(text)).toEqual([
      {
        type: 'Paragraph',
        text: 'Hi Maria,',
        range: [1, 10],
        start: { line: 1, column: 2 },
        end: { line: 1, column: 11 },
      },
      {
        type: 'Paragraph',
        text: 'Thanks!',
        range: [14, 21],
        start: { line: 3, column: 1 },
        end: { line: 3, column: 8 },
      },
    ]);
  });

  it('measures emoji in UTF-16 code units', () => {
    const text = 'Congrats on the launch 🚀🎉 team!\n\nSee you 👋';
    const [first, second] = paragraphsOf(parseOk(text, 'text'));
    expect(first?.range).toEqual([0, 33]);
    expect(first?.loc.end).toEqual({ line: 1, column: 34 });
    expect(second?.range).toEqual([35, 45]);
    expect(second?.children).toEqual([
      {
        type: 'Text',
        value: 'See you 👋',
        range: [35, 45],
        loc: { start: { line: 3, column: 1 }, end: { line: 3, column: 11 } },
      },
    ]);
  });

  it('leaves braces in plain text as text (merge fields are a template syntax)', () => {
    const [paragraph] = paragraphsOf(parseOk('Hi {{firstName}},', 'text'));
    expect(paragraph?.children.map((node) => node.type)).toEqual(['Text']);
  });

  it('treats `<First Name>` in a text file as text', () => {
    const [paragraph] = paragraphsOf(parseOk('Hi <First Name>,', 'text'));
    expect(paragraph?.children).toMatchObject([{ type: 'Text', value: 'Hi <First Name>,' }]);
  });

  it('returns a document with no paragraphs for an empty or blank file', () => {
    expect(parseOk('', 'text').children).toEqual([]);
    expect(parseOk(' \n\n \t', 'text').children).toEqual([]);
    expect(parseOk('', 'text').range).toEqual([0, 0]);
  });
});

describe('markdown', () => {
  it('keeps fenced code blocks out of the prose as Raw', () => {
    const text = 'Run this:\n\n```sh\nnpm install\n\nnpm test\n```\n\n~~~\nmore code\n~~~\nAfter.';
    expect(layout(text, 'markdown')).toMatchObject([
      { type: 'Paragraph', text: 'Run this:' },
      { type: 'Raw', text: '```sh\nnpm install\n\nnpm test\n```' },
      { type: 'Raw', text: '~~~\nmore code\n~~~' },
      { type: 'Paragraph', text: 'After.' },
    ]);
  });

  it('runs an unclosed fence to the end of the file', () => {
    expect(layout('Intro.\n\n```\ncode\n\nstill code', 'markdown')).toMatchObject([
      { type: 'Paragraph', text: 'Intro.' },
      { type: 'Raw', text: '```\ncode\n\nstill code' },
    ]);
  });

  it('does not take inline code for a fence', () => {
    expect(layout('Use ```npm test``` to check.', 'markdown')).toMatchObject([
      { type: 'Paragraph', text: 'Use ```npm test``` to check.' },
    ]);
  });
});
