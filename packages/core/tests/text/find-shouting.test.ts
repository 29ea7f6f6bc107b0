import { describe, expect, it } from 'vitest';
import { findShouting } from '../../src/text/find-shouting.js';

describe(findShouting, () => {
  it.each([
    ["Please DON'T MISS this chance.", "DON'T MISS", "don't miss"],
    ['CLICK HERE to book.', 'CLICK HERE', 'Click here'],
    ['This offer is FREE for you.', 'FREE', 'free'],
    ['URGENT: your trial ends', 'URGENT', 'Urgent'],
    ['I AM SO EXCITED to share this.', 'AM SO EXCITED', 'AM so excited'],
    [
      'We are BUILDING SOMETHING GREAT together.',
      'BUILDING SOMETHING GREAT',
      'building something great',
    ],
    ['Our ROI report is FREE TODAY.', 'FREE TODAY', 'free today'],
  ])('flags capitals in %j', (text, expected, replacement) => {
    const found = findShouting(text);
    expect(found.map((f) => [f.kind, f.text, f.replacement])).toEqual([
      ['capitals', expected, replacement],
    ]);
  });

  it.each([
    'Great work by the NASA team.',
    'The ROI was clear.',
    'FYI, the deck is attached.',
    'OK, sounds good.',
    'I think we should run an A/B test.',
    'Our Q3 OKRs are ready.',
    'Chapter IV covers it, as does Part XII.',
    'Shipping to the USA and the UK.',
    'The IBM CRM team called.',
    'Set MAX_RETRIES to 3 in config.yaml.',
    'Open README.md and the .ENV file.',
    'We are a SaaS company.',
    'Hi {{CONTACT.FIRST_NAME}}, good to see you.',
    'Talk soon, PS: bring the NDA.',
    'The CAN-SPAM rules apply.',
    'Thanks!',
    'Really?!',
    'if (!!value) { }',
    '@NASA and #FREE are tags, $FREE is a variable.',
    'Our HQ is in NYC.',
  ])('does not flag %j', (text) => {
    expect(findShouting(text)).toEqual([]);
  });

  it.each([
    ['Great news!!', '!!', '!'],
    ['Can you believe it?!?', '?!?', '?'],
    ['Wow!!!', '!!!', '!'],
    ['Really??', '??', '?'],
  ])('flags punctuation in %j', (text, marks, replacement) => {
    const found = findShouting(text);
    expect(found).toEqual([
      {
        kind: 'punctuation',
        start: text.indexOf(marks),
        end: text.indexOf(marks) + marks.length,
        text: marks,
        replacement,
      },
    ]);
  });

  it('accepts words from the allow list', () => {
    expect(findShouting('Meet the ACME LABS team.', { allow: [] })).toHaveLength(0);
    expect(findShouting('GET FREE stuff', { allow: ['FREE'] }).map((f) => f.text)).toEqual([
      'GET FREE',
    ]);
    expect(findShouting('It is FREE', { allow: ['free'] })).toEqual([]);
  });
});
