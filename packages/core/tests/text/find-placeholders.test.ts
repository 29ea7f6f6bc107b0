import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/text/find-placeholders.js';

describe(findPlaceholders, () => {
  it.each([
    ['Hi [FIRST NAME], thanks for your time.', '[FIRST NAME]'],
    ['I loved what [Company] is doing.', '[Company]'],
    ['Quick question for <Prospect Name>.', '<Prospect Name>'],
    ['We grew revenue by XXX last year.', 'XXX'],
    ['It costs $XX per seat.', '$XX'],
    ['Saved XX% of the time.', 'XX%'],
    ['Revenue grew TK percent.', 'TK'],
    ['I noticed INSERT COMPANY is hiring.', 'INSERT COMPANY'],
    ['Book a slot: [insert calendar link]', '[insert calendar link]'],
    ['Congrats on [their recent news]!', '[their recent news]'],
    ["I saw [prospect's company] in the news.", "[prospect's company]"],
    ['Hi FNAME, good to meet you.', 'FNAME'],
    ['Hi %FIRST_NAME%, welcome.', '%FIRST_NAME%'],
    ['Lorem ipsum dolor sit amet.', 'Lorem ipsum'],
    ['Date: [TBD]', '[TBD]'],
    ['Hi [first_name],', '[first_name]'],
    ['I saw [SOMETHING RELEVANT] on your blog.', '[SOMETHING RELEVANT]'],
    ['Teams like yours cut churn by [X]%.', '[X]'],
    ['Numbers: [XX] new customers.', '[XX]'],
  ])('flags %j', (text, expected) => {
    const found = findPlaceholders(text);
    expect(found.map((finding) => finding.text)).toEqual([expected]);
    const [finding] = found;
    expect(text.slice(finding!.start, finding!.end)).toBe(expected);
  });

  it.each([
    'As shown in the study [1], replies drop after 125 words.',
    'He wrote "their [sic] team" in the brief.',
    'We ordered the XXL shirts for the offsite.',
    'Tk is not a word, but Atkins and Utkin are.',
    'Thanks so much <3',
    'Read [the report](https://example.com/report) when you can.',
    'We met at the TK Maxx store on Main Street.',
    'Best, Tom (TK) Becker',
    '- [x] Send the proposal\n- [ ] Book the call\n* [X] Done',
    '1. [x] Shipped',
    'Please insert the card and press OK.',
    'The quote was edited […] for length.',
    '[NOTE] The office is closed on Friday.',
    'See <https://example.com> for details.',
    'Write to <jane@example.com> any time.',
    'A footnote[^1] and its text.',
    'Use the title tag: <title>',
    'Our tagline, in brackets: [Always learning]',
    'Hi {{FIRST_NAME}}, thanks!',
    '100% of the team agreed, 80% of them loudly.',
    'Love, Mum xxx',
    'We use the INSERT INTO statement.',
    'Map {x} onto {y} in the formula.',
  ])('does not flag %j', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });

  it('flags single-brace fields only when asked (Handlebars and Liquid files)', () => {
    const text = 'Hi {FirstName}, how is {company_name}? Map {x} to {hello}.';
    expect(findPlaceholders(text)).toEqual([]);
    expect(findPlaceholders(text, { singleBraces: true }).map((f) => f.text)).toEqual([
      '{FirstName}',
      '{company_name}',
    ]);
  });

  it('ignores listed merge fields and keeps offsets', () => {
    const text = 'Hi {{ [FIRST NAME] }}, meet [Company].';
    const found = findPlaceholders({ text, fields: [{ start: 3, end: 21, path: 'x' }] });
    expect(found).toEqual([{ kind: 'bracket', start: 28, end: 37, text: '[Company]' }]);
  });

  it('keeps the outer finding when two overlap', () => {
    expect(findPlaceholders('Hi [INSERT COMPANY] team').map((f) => f.text)).toEqual([
      '[INSERT COMPANY]',
    ]);
  });
});
