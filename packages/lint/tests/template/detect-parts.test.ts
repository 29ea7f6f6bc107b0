import { describe, expect, it } from 'vitest';
import type { TemplateSyntax } from '../../src/template/ast.js';
import { describeParagraph, parseOk, paragraphsOf } from './parse-ok.js';

function parts(text: string, syntax: TemplateSyntax = 'text'): string[] {
  return paragraphsOf(parseOk(text, syntax)).map(describeParagraph);
}

describe('detectParts', () => {
  it('labels a complete email', () => {
    const text = [
      'Hi Maria,',
      'Thanks for walking me through the onboarding plan on Tuesday.',
      'I wrote up the three steps we agreed on and shared them with Dev.',
      'Would a short check-in next Thursday help?',
      'Best,\nSam',
      'P.S. The recording is in the shared folder.',
    ].join('\n\n');
    expect(parts(text)).toEqual([
      'greeting: Hi Maria,',
      'opening: Thanks for walking me through the onboarding plan on Tuesday.',
      'body: I wrote up the three steps we agreed on and shared them with Dev.',
      'call-to-action: Would a short check-in next Thursday help?',
      'sign-off: Best,\nSam',
      'postscript: P.S. The recording is in the shared folder.',
    ]);
  });

  it.each([
    ['Hi {{firstName}},', 'handlebars'],
    ['Hello Maria,', 'text'],
    ['Dear Mr. Smith,', 'text'],
    ['Hey there —', 'text'],
    ['Good morning Dr. Jane Doe!', 'text'],
    ['Hi {{ contact.first_name | default: "there" }},', 'liquid'],
    ['Hi,', 'text'],
  ] as const)('takes "%s" for a greeting', (greeting, syntax) => {
    expect(parts(`${greeting}\n\nThanks for the call today.`, syntax)[0]).toBe(
      `greeting: ${greeting}`,
    );
  });

  it.each([
    'Hi Maria, great to see you at the summit last week.',
    'Hello from the Acme team! We have news.',
    'Hey, quick question about your renewal?',
    'High time we caught up.',
    'Dearest customers and partners of the Acme family worldwide,',
  ])('does not take "%s" for a greeting', (line) => {
    expect(parts(`${line}\n\nThanks for the call today.`)[0]).toBe(`opening: ${line}`);
  });

  it('splits a greeting followed by text on the next line', () => {
    const text = 'Hi {{firstName}},\nthanks for the call today.\nIt helped a lot.';
    const paragraphs = paragraphsOf(parseOk(text, 'handlebars'));
    expect(paragraphs.map(describeParagraph)).toEqual([
      'greeting: Hi {{firstName}},',
      'opening: thanks for the call today.\nIt helped a lot.',
    ]);
    expect(paragraphs.map((paragraph) => paragraph.range)).toEqual([
      [0, 17],
      [18, 61],
    ]);
    expect(paragraphs[1]?.loc.start).toEqual({ line: 2, column: 1 });
  });

  it('splits a greeting at <br> in HTML', () => {
    expect(parts('<p>Hi Sam,<br>\n  Thanks for the call.</p>', 'html')).toEqual([
      'greeting: Hi Sam,',
      'opening: Thanks for the call.',
    ]);
  });

  it('skips a "View in browser" line before the greeting', () => {
    expect(
      parts(
        '<p><a href="#">View in browser</a></p><p>Hi Sam,</p><p>Thanks for the call.</p>',
        'html',
      ),
    ).toEqual(['body: View in browser', 'greeting: Hi Sam,', 'opening: Thanks for the call.']);
  });

  it.each([
    ['Best,\nSam'],
    ['Thanks,\nSam'],
    ['Cheers, Sam'],
    ['Warm regards'],
    ['Kind regards,\nSam Lee\nHead of Customer Success, Acme'],
    ['Talk soon!'],
    ['Thank you,\n{{sender.name}}'],
  ])('takes "%s" for a sign-off', (closing) => {
    expect(parts(`Hi Dana,\n\nThanks for the call today.\n\n${closing}`, 'handlebars').at(-1)).toBe(
      `sign-off: ${closing}`,
    );
  });

  it.each([
    'Thanks for your time on Tuesday, it helped.',
    'Best of all, the fix is live.',
    'Cheers to a great quarter for your whole team.',
    'Regards to the team — and could you send the deck?',
  ])('does not take "%s" for a sign-off', (line) => {
    const labels = parts(`Hi Dana,\n\nThanks for the call today.\n\n${line}`);
    expect(labels.at(-1)).not.toMatch(/^sign-off/u);
  });

  it('takes the short signature paragraph after the closing as sign-off too', () => {
    expect(
      parts('Hi Dana,\n\nThanks for the call today.\n\nBest,\n\nSam Lee\nAcme').slice(-2),
    ).toEqual(['sign-off: Best,', 'sign-off: Sam Lee\nAcme']);
  });

  it('splits a closing line off the end of a paragraph', () => {
    expect(
      parts('Hi Dana,\n\nThanks for the call today.\n\nLet me know what you think.\nBest,\nSam'),
    ).toEqual([
      'greeting: Hi Dana,',
      'opening: Thanks for the call today.',
      'call-to-action: Let me know what you think.',
      'sign-off: Best,\nSam',
    ]);
  });

  it('leaves a footer after the sign-off as body', () => {
    const text =
      '<p>Hi Dana,</p><p>Thanks for the call.</p><p>Cheers,<br>Sam</p><p>You are receiving this because you signed up at acme.com. Unsubscribe any time.</p>';
    expect(parts(text, 'html').slice(-2)).toEqual([
      'sign-off: Cheers,\nSam',
      'body: You are receiving this because you signed up at acme.com. Unsubscribe any time.',
    ]);
  });

  it.each([
    'P.S. One more thing.',
    'PS: one more thing.',
    'P.P.S. And another.',
    'ps — the deck is attached.',
  ])('takes "%s" for a postscript', (line) => {
    expect(parts(`Hi Dana,\n\nThanks for the call.\n\nBest,\nSam\n\n${line}`).at(-1)).toBe(
      `postscript: ${line}`,
    );
  });

  it.each(['Psst, one more thing.', 'Pseudo-code is attached.', 'PSA: the office is closed.'])(
    'does not take "%s" for a postscript',
    (line) => {
      expect(parts(`Hi Dana,\n\nThanks for the call.\n\n${line}\n\nBest,\nSam`)).toContain(
        `body: ${line}`,
      );
    },
  );

  it.each([
    ['a question', 'Does Thursday at 10 work for you?'],
    ['a request', 'Let me know which option suits the team.'],
    ['a link', 'The slides are at https://example.com/deck for the team.'],
    ['a link merge field', 'Pick any slot on {{calendarLink}} that suits you.'],
  ])(
    'takes the last paragraph before the sign-off with %s for the call to action',
    (_kind, line) => {
      const text = `Hi Dana,\n\nThanks for the call today.\n\nWe fixed the export bug you found.\n\n${line}\n\nBest,\nSam`;
      expect(parts(text, 'handlebars')).toEqual([
        'greeting: Hi Dana,',
        'opening: Thanks for the call today.',
        'body: We fixed the export bug you found.',
        `call-to-action: ${line}`,
        'sign-off: Best,\nSam',
      ]);
    },
  );

  it('takes an HTML link paragraph for the call to action', () => {
    const text =
      '<p>Hi Dana,</p><p>Thanks for the call.</p><p>We shipped the fix.</p><p><a href="https://example.com/notes">Read the notes</a></p><p>Best,<br>Sam</p>';
    expect(parts(text, 'html')[3]).toBe('call-to-action: Read the notes');
  });

  it('leaves body paragraphs without a question, request or link as body', () => {
    const text =
      'Hi Dana,\n\nThanks for the call today.\n\nWe fixed the export bug you found.\n\nThe next release is on Monday.\n\nBest,\nSam';
    expect(parts(text)).not.toContainEqual(expect.stringMatching(/^call-to-action/u));
  });

  it('labels the first paragraph the opening when there is no greeting', () => {
    expect(parts('Thanks for the call today.\n\nWhat did the team think?\n\nBest,\nSam')).toEqual([
      'opening: Thanks for the call today.',
      'call-to-action: What did the team think?',
      'sign-off: Best,\nSam',
    ]);
  });

  it('does not label alt text or hidden text', () => {
    const text =
      '<div style="display:none">Hi there, preview</div><img alt="Hello from Acme"><p>Hi Dana,</p><p>Thanks for the call.</p>';
    expect(parts(text, 'html')).toEqual([
      'preheader (hidden): Hi there, preview',
      'body: Hello from Acme',
      'greeting: Hi Dana,',
      'opening: Thanks for the call.',
    ]);
  });
});
