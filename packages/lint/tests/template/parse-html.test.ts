import { describe, expect, it } from 'vitest';
import type { Paragraph, TemplateSyntax } from '../../src/template/ast.js';
import { describeParagraph, parseOk, paragraphsOf } from './parse-ok.js';

function read(text: string, syntax: TemplateSyntax = 'html'): string[] {
  return paragraphsOf(parseOk(text, syntax)).map(describeParagraph);
}

function onlyParagraph(text: string, syntax: TemplateSyntax = 'html'): Paragraph {
  const [paragraph] = paragraphsOf(parseOk(text, syntax));
  if (!paragraph) expect.fail('expected a paragraph');
  return paragraph;
}

function textNodes(paragraph: Paragraph) {
  return paragraph.children.map((node) => ({
    type: node.type,
    value: node.type === 'Text' ? node.value : node.raw,
    ...(node.type === 'Text' && node.raw !== undefined ? { raw: node.raw } : {}),
    range: node.range,
  }));
}

describe('HTML entities and whitespace', () => {
  it('gives each entity its own Text with the decoded value, the entity as raw and its exact range', () => {
    const text = '<p>Terms &amp; conditions&nbsp;apply &#8217;til May &#x1F680;</p>';
    expect(textNodes(onlyParagraph(text))).toEqual([
      { type: 'Text', value: 'Terms ', range: [3, 9] },
      { type: 'Text', value: '&', raw: '&amp;', range: [9, 14] },
      { type: 'Text', value: ' conditions', range: [14, 25] },
      { type: 'Text', value: '\u00A0', raw: '&nbsp;', range: [25, 31] },
      { type: 'Text', value: 'apply ', range: [31, 37] },
      { type: 'Text', value: '’', raw: '&#8217;', range: [37, 44] },
      { type: 'Text', value: 'til May ', range: [44, 52] },
      { type: 'Text', value: '🚀', raw: '&#x1F680;', range: [52, 61] },
    ]);
  });

  it('leaves an ampersand that is no entity as text', () => {
    expect(textNodes(onlyParagraph('<p>Q&A at R&D & more</p>'))).toEqual([
      { type: 'Text', value: 'Q&A at R&D & more', range: [3, 20] },
    ]);
  });

  it('collapses whitespace runs into one space, keeping the run as raw', () => {
    const text = '<p>\n  Thanks for\n      the call.  </p>';
    expect(textNodes(onlyParagraph(text))).toEqual([
      { type: 'Text', value: 'Thanks for', range: [6, 16] },
      { type: 'Text', value: ' ', raw: '\n      ', range: [16, 23] },
      { type: 'Text', value: 'the call.', range: [23, 32] },
    ]);
  });

  it('collapses whitespace across inline elements', () => {
    const text = '<p>Thanks <b> Maria</b> for <i>the</i> call.</p>';
    expect(describeParagraph(onlyParagraph(text))).toBe('opening: Thanks Maria for the call.');
  });

  it('reads <br> as a line break inside the paragraph', () => {
    const text = '<p>Best, <br/>\n   Sam<br>Acme</p>';
    expect(textNodes(onlyParagraph(text))).toEqual([
      { type: 'Text', value: 'Best,', range: [3, 8] },
      { type: 'Text', value: '\n', raw: '<br/>', range: [9, 14] },
      { type: 'Text', value: 'Sam', range: [18, 21] },
      { type: 'Text', value: '\n', raw: '<br>', range: [21, 25] },
      { type: 'Text', value: 'Acme', range: [25, 29] },
    ]);
  });

  it('gives exact locs across CRLF lines', () => {
    const text = '<table>\r\n<tr><td>Hello &amp; welcome</td></tr>\r\n</table>';
    const paragraph = onlyParagraph(text);
    expect(paragraph.loc).toEqual({ start: { line: 2, column: 9 }, end: { line: 2, column: 28 } });
    expect(paragraph.children[1]?.loc).toEqual({
      start: { line: 2, column: 15 },
      end: { line: 2, column: 20 },
    });
  });
});

describe('HTML paragraphs', () => {
  it('splits on block elements and keeps inline elements together', () => {
    const text =
      '<body>Intro line<div>First <a href="https://example.com">link</a></div><ul><li>One</li><li>Two</li></ul><h2>Title</h2><table><tr><td>Cell</td><th>Head</th></tr></table></body>';
    expect(
      paragraphsOf(parseOk(text, 'html')).map((paragraph) => [
        paragraph.origin,
        text.slice(...paragraph.range),
      ]),
    ).toEqual([
      ['body', 'Intro line'],
      ['div', 'First <a href="https://example.com">link'],
      ['li', 'One'],
      ['li', 'Two'],
      ['h2', 'Title'],
      ['td', 'Cell'],
      ['th', 'Head'],
    ]);
  });

  it('keeps style, script and head out of the prose', () => {
    const text =
      '<html><head><meta charset="utf-8"><style>p { color: RED; }</style><script>alert("HI")</script></head><body><p>Hello.</p><script>track()</script></body></html>';
    const ast = parseOk(text, 'html');
    expect(ast.children.map((block) => [block.type, text.slice(...block.range)])).toEqual([
      ['Raw', '<style>p { color: RED; }</style>'],
      ['Raw', '<script>alert("HI")</script>'],
      ['Paragraph', 'Hello.'],
      ['Raw', '<script>track()</script>'],
    ]);
  });

  it('reads <title> as the subject unless the front matter gives one', () => {
    expect(
      read(
        '<html><head><title>March &amp; April</title></head><body><p>Thanks for the call.</p></body></html>',
      ),
    ).toEqual(['subject: March & April', 'opening: Thanks for the call.']);
    expect(
      read(
        '---\nsubject: From the front matter\n---\n<title>Ignored</title><p>Thanks for the call.</p>',
      ),
    ).toEqual(['subject: From the front matter', 'opening: Thanks for the call.']);
  });

  it('reads alt text as its own paragraph, entities and merge fields included', () => {
    const text =
      '<td><img src="logo.png" alt="Acme &amp; {{company}}"></td><td><img src="spacer.gif" alt=""></td>';
    const [alt] = paragraphsOf(parseOk(text, 'html'));
    expect(alt).toMatchObject({ origin: 'alt', part: 'body', hidden: false, range: [29, 51] });
    expect(textNodes(alt as Paragraph)).toEqual([
      { type: 'Text', value: 'Acme ', range: [29, 34] },
      { type: 'Text', value: '&', raw: '&amp;', range: [34, 39] },
      { type: 'Text', value: ' ', range: [39, 40] },
      { type: 'MergeField', value: '{{company}}', range: [40, 51] },
    ]);
    expect(paragraphsOf(parseOk(text, 'html'))).toHaveLength(1);
  });

  it('collects HTML comments with their value ranges', () => {
    const text = '<p>Hi <!-- sincerely-disable-line no-shouting -->there</p>';
    const ast = parseOk(text, 'html');
    expect(ast.comments).toEqual([
      {
        type: 'Comment',
        syntax: 'html',
        value: ' sincerely-disable-line no-shouting ',
        valueRange: [10, 46],
        range: [6, 49],
        loc: { start: { line: 1, column: 7 }, end: { line: 1, column: 50 } },
      },
    ]);
    expect(describeParagraph(onlyParagraph(text))).toBe('greeting: Hi there');
  });
});

describe('hidden text and the preheader', () => {
  it.each([
    ['class preheader', '<span class="preheader">Notes from our call</span>'],
    ['class preview-text', '<div class="preview-text">Notes from our call</div>'],
    ['display:none', '<div style="display: none !important;">Notes from our call</div>'],
    [
      'max-height:0 with overflow:hidden',
      '<div style="max-height:0px; overflow:hidden">Notes from our call</div>',
    ],
    ['font-size:0', '<div style="font-size:0;line-height:0">Notes from our call</div>'],
    ['opacity:0', '<div style="opacity:0">Notes from our call</div>'],
    ['mso-hide:all', '<div style="mso-hide:all">Notes from our call</div>'],
    ['the hidden attribute', '<div hidden>Notes from our call</div>'],
  ])('reads an element hidden by %s as the hidden preheader', (_name, hidden) => {
    expect(read(`<body>${hidden}<p>Hi Maria,</p></body>`)).toEqual([
      'preheader (hidden): Notes from our call',
      'greeting: Hi Maria,',
    ]);
  });

  it('pads nothing into the preheader from &zwnj;&nbsp; fillers at its end', () => {
    const text =
      '<div style="display:none">Notes from our call&nbsp;&zwnj;&nbsp;&#847;</div><p>Hi,</p>';
    const [preheader] = paragraphsOf(parseOk(text, 'html'));
    expect(text.slice(...(preheader as Paragraph).range)).toBe('Notes from our call');
  });

  it('makes later hidden text hidden body text', () => {
    expect(
      read(
        '<div style="display:none">Preview</div><p>Hi Sam,</p><p style="display:none">Tracking words</p>',
      ),
    ).toEqual([
      'preheader (hidden): Preview',
      'greeting: Hi Sam,',
      'body (hidden): Tracking words',
    ]);
  });

  it('makes hidden text hidden body text when the front matter gives the preheader', () => {
    expect(
      read(
        '---\npreheader: From the front matter\n---\n<div style="display:none">Preview</div><p>Hi Sam,</p>',
      ),
    ).toEqual([
      'preheader (hidden): From the front matter',
      'body (hidden): Preview',
      'greeting: Hi Sam,',
    ]);
  });

  it('shows text inside a font-size:0 wrapper that sets its own font size (fluid layouts)', () => {
    const text =
      '<td style="font-size:0"><div style="display:inline-block;font-size:16px"><p>Hi Sam,</p><p>Thanks for the call.</p></div></td>';
    expect(read(text)).toEqual(['greeting: Hi Sam,', 'opening: Thanks for the call.']);
  });

  it('does not hide text for a font size like 0.9em', () => {
    expect(read('<p style="font-size:0.9em">Thanks for the call.</p>')).toEqual([
      'opening: Thanks for the call.',
    ]);
  });
});

describe('merge fields in HTML', () => {
  it('reads Handlebars fields in text and leaves fields in href out of the prose', () => {
    const text =
      '<p>Hi {{firstName}},</p>\n<p>Book a time: <a href="{{bookingUrl}}?ref={{id}}">here</a>.</p>';
    const ast = parseOk(text, 'html');
    const paragraphs = paragraphsOf(ast);
    expect(paragraphs.map(describeParagraph)).toEqual([
      'greeting: Hi {{firstName}},',
      'opening: Book a time: here.',
    ]);
    expect(paragraphs[0]?.children[1]).toMatchObject({
      type: 'MergeField',
      syntax: 'handlebars',
      path: 'firstName',
      range: [6, 19],
    });
    expect(
      paragraphs
        .flatMap((paragraph) => paragraph.children)
        .filter((node) => node.type === 'MergeField'),
    ).toHaveLength(1);
  });

  it('reads Liquid fields and tags, even with > inside a condition', () => {
    const text =
      '<p>{% if orders > 1 %}Thanks again, {{ name | default: "friend" }}!{% endif %}</p>';
    const paragraph = onlyParagraph(text);
    expect(
      paragraph.children.map((node) => [node.type, node.type === 'Text' ? node.value : node.raw]),
    ).toEqual([
      ['Block', '{% if orders > 1 %}'],
      ['Text', 'Thanks again, '],
      ['MergeField', '{{ name | default: "friend" }}'],
      ['Text', '!'],
      ['Block', '{% endif %}'],
    ]);
    expect(paragraph.children[2]).toMatchObject({
      syntax: 'liquid',
      hasFallback: true,
      fallback: 'friend',
    });
  });

  it('reads template comments inside HTML as comments', () => {
    const ast = parseOk('<p>{{!-- sincerely-disable --}}Hi</p>', 'html');
    expect(ast.comments).toMatchObject([{ syntax: 'handlebars', value: ' sincerely-disable ' }]);
  });

  it('reads the static text of a Handlebars template as HTML when it holds tags', () => {
    const text = '<p>Hi {{firstName}},</p><p>Fish &amp; chips<br>on Friday?</p>';
    expect(read(text, 'handlebars')).toEqual([
      'greeting: Hi {{firstName}},',
      'opening: Fish & chips\non Friday?',
    ]);
  });

  it('reads a Liquid template with table markup as HTML', () => {
    const text =
      '<table><tr><td>Hello {{ first_name }},</td></tr><tr><td>Your order shipped.</td></tr></table>';
    expect(read(text, 'liquid')).toEqual([
      'greeting: Hello {{ first_name }},',
      'opening: Your order shipped.',
    ]);
  });

  it('keeps a template whose only angle brackets are a placeholder as text', () => {
    expect(read('Hi <First Name>,\n\nThanks {{firstName}}!', 'handlebars')).toEqual([
      'greeting: Hi <First Name>,',
      'opening: Thanks {{firstName}}!',
    ]);
  });
});
