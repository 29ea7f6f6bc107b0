import { describe, expect, it } from 'vitest';
import { analyzeMessage, type MessageKind } from '../../src/index.js';

function urgency(text: string): string[] {
  return analyzeMessage({ text, kind: 'cold' }).falseUrgency.map((finding) => finding.evidence);
}

function pitches(text: string, kind?: MessageKind): string[] {
  return analyzeMessage({ text, ...(kind ? { kind } : {}) }).carePitches.map(
    (finding) => finding.evidence,
  );
}

function dumps(text: string): number[] {
  return analyzeMessage({ text, kind: 'cold' }).featureDumps.map((dump) => dump.count);
}

describe('false urgency: scarcity with any counted thing', () => {
  it.each([
    ["I've only got four applications left at the old pricing.", 'only got four applications left'],
    ['We only have two units left on the lot.', 'only have two units left'],
    ['There are only a handful left at this price.', 'only a handful left'],
    ['Only 2 consultations remaining this month!', 'Only 2 consultations remaining'],
    [
      'Only a handful of advisers in the state were even given access to it.',
      'Only a handful of advisers in the state were even given access',
    ],
    ['Only 12 clients were offered this rate.', 'Only 12 clients were offered this rate'],
    [
      'This pricing is only available to a select few clients.',
      'is only available to a select few',
    ],
  ])('flags %j', (text, expected) => {
    expect(urgency(text)).toEqual([expected]);
  });

  it.each([
    'Only two of us were in the office.',
    'I only have two questions left for you.',
    "You've only got two payments left on the loan.",
    'Your account only has three credits remaining.',
    'Only three people left the meeting early.',
    'Only 5 people left comments on the survey.',
    'There are only two steps left: sign and date.',
    'I have only one remaining question about the lease.',
    'With only two days left in the quarter, I know you are busy.',
    'Only two of the units were damaged.',
    'Only two people on our team have access to your file.',
    'Only a few people were given access to your records.',
    'Only three people have access to the server.',
    'The nursery only had two left, so I grabbed one for you.',
    'Only a handful of you were given access to the beta.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: a cut-off on an offer the sender controls or relays', () => {
  it.each([
    [
      'The carrier is pulling this rate at midnight Friday.',
      'pulling this rate at midnight Friday',
    ],
    [
      'The bank is withdrawing the promotional rate on Monday.',
      'withdrawing the promotional rate on Monday',
    ],
    ["We're ending this special pricing tonight.", 'ending this special pricing tonight'],
    ['The price goes up at midnight.', 'The price goes up at midnight'],
    ['Our pricing increases tomorrow morning.', 'Our pricing increases tomorrow morning'],
    ['We are raising our prices at midnight.', 'raising our prices at midnight'],
    ['This discount disappears after Friday.', 'This discount disappears after Friday'],
    [
      'The window to lock in a 6.1% fixed annuity rate closes this Friday.',
      'The window to lock in a 6.1% fixed annuity rate closes',
    ],
    ['The window on these prices is closing fast.', 'The window on these prices is closing'],
    ['This offer will be gone for good after Friday.', 'will be gone for good'],
    ["You'll never see rates this low again.", 'never see rates this low again'],
  ])('flags %j', (text, expected) => {
    expect(urgency(text)).toEqual([expected]);
  });

  it.each([
    'Open enrollment closes on December 15.',
    'The IRS deadline is April 15.',
    'Your policy renews on March 3.',
    "The county's roster deadline is Friday, so sign-ups close Thursday.",
    'The window for your flu shot is October.',
    'The window for flu shots closes at the end of October.',
    'The window to change your plan closes December 15.',
    'The window to lock in your refinance rate closes Friday, per the lender.',
    'The sale is final.',
    'The manufacturer is ending the rebate on March 31.',
    'The carrier is pulling the rate on your policy Friday, so I wanted you to hear it from me.',
    'The rate on your CD resets tomorrow, and the new one is 4.1%.',
    'We dropped the price on Friday.',
    'The bakery closes at midnight Friday.',
    'The old mill will be gone for good by spring.',
    'I hope we never see a storm like this again.',
    'The price goes up tomorrow when the new tax kicks in.',
    'Heads up: the county is raising the toll at midnight.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: regret as a reason to act', () => {
  it.each([
    [
      'People who wait on this almost always regret it.',
      'People who wait on this almost always regret',
    ],
    [
      'Clients who hold off almost always wish they had moved sooner.',
      'Clients who hold off almost always wish they had',
    ],
    ["You'll regret it if you wait.", "You'll regret it"],
    ["I think you'd regret not locking this in.", "you'd regret not locking"],
    ["You'll kick yourself later.", "You'll kick yourself"],
    ["You'll wish you had acted sooner.", "You'll wish you had acted"],
    [
      "I'd hate for you to look back next year and wish you had acted.",
      'look back next year and wish you had acted',
    ],
  ])('flags %j', (text, expected) => {
    expect(urgency(text)).toEqual([expected]);
  });

  it.each([
    "I'd hate for you to pay the late fee, so here's the link.",
    "You won't regret it.",
    'My only regret is not calling sooner.',
    'I look back and wish I had started sooner.',
    'When I look back and regret nothing, I know it was right.',
    'Do you regret the move?',
    "You'll regret not bringing a jacket, it's freezing up here!",
    "You said you'd regret not seeing Lisbon.",
    'People who wait for the adjuster deserve a straight answer.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('care pitches: a donation ask inside a care touch', () => {
  it.each([
    [
      'So sorry for your loss. Many families choose to honor a loved one with a memorial gift.',
      ['honor a loved one with a memorial gift'],
    ],
    [
      'With deepest sympathy. A donation of $250 in her name would fund a week of care.',
      ['donation of $250'],
    ],
    [
      'So sorry to hear your father passed away. You can give at lakeshorehospice.org/memorial.',
      ['give at lakeshorehospice.org/memorial'],
    ],
    ['So sorry for your loss. Would you consider a gift in her memory?', ['consider a gift']],
    [
      'Happy holidays! Please consider a year-end gift to the shelter.',
      ['consider a year-end gift'],
    ],
  ])('flags %j', (text, expected) => {
    expect(pitches(text)).toEqual(expected);
  });

  it('flags an amount in a declared care note', () => {
    expect(
      pitches('Thinking of you. A $100 gift would mean so much to our families.', 'care'),
    ).toEqual(['$100 gift']);
  });

  it.each([
    'Thank you for your generous gift of $250 in memory of your mother. It paid for a week of care.',
    'Thank you so much for your $250 gift. The nurses were moved.',
    'Thank you for the gift! The team loved the cookies.',
    'So sorry for your loss. I saw that your family asked for donations to the Alzheimer’s Association in lieu of flowers, so I made one in your dad’s name.',
    'So sorry for your loss. In lieu of flowers, the family has asked for donations to the animal shelter.',
    "With deepest sympathy. I've made a donation in her name to the library she loved.",
    'Happy birthday, Ana! Hope you get a long lunch.',
    'Happy birthday! Here is a $50 gift card for the bookstore, no strings.',
    'So sorry to hear about your mother. Please give my best to your sister.',
    'Thank you for being a donor. Your donation of $50 bought 200 meals.',
  ])('does not flag %j', (text) => {
    expect(pitches(text)).toEqual([]);
  });

  it('does not flag the reader’s own past gift in a declared care note', () => {
    expect(
      pitches(
        'Thinking of you. Your $250 gift last spring still funds the bedside visits.',
        'care',
      ),
    ).toEqual([]);
  });
});

describe('feature dumps: a long list the reader did not ask for', () => {
  const list = (lead: string, items: readonly string[]): string =>
    `Hi Sam,\n\n${lead}\n\n${items.map((item) => `- ${item}`).join('\n')}\n\nBest,\nMo`;
  const SPECS = [
    '10-speed automatic transmission',
    '13.4-inch touchscreen',
    'Heated steering wheel',
    'Wireless phone charging',
    'Adaptive cruise control',
    'Lane keep assist',
    '20-inch aluminum wheels',
    'Bose premium audio',
    'Remote start',
    'Dual-zone automatic climate control',
    'Power-adjustable pedals',
    'Two USB-C ports in each row',
    'Cargo bed lighting',
  ];

  it.each([
    [
      "You asked me to let you know when the new Tahoes came in. Two just arrived. Here's the rundown:",
      SPECS,
    ],
    ['You mentioned you tow a camper. Here is everything on the new model:', SPECS],
  ])('flags %j', (lead, items) => {
    expect(dumps(list(lead, items))).toEqual([items.length]);
  });

  it.each([
    [
      'Here are the three plans you asked about:',
      [
        'Basic: $20 a month, 2 seats',
        'Team: $60 a month, 10 seats, SSO',
        'Business: $120 a month, unlimited seats, audit logs',
      ],
    ],
    ['You asked for the full spec sheet, so here it is:', SPECS],
    ['As requested, here are the complete specs on the High Country trim:', SPECS],
    [
      "Here's who is coming to the dinner on Thursday:",
      [
        'Ana Lopez',
        'Ben Ford',
        'Cara Diaz',
        'Dev Patel',
        'Eli Stone',
        'Fay Wu',
        'Gus Lee',
        'Hana Kim',
        'Ivo Rossi',
        'Jo March',
        'Kai Moon',
        'Lu Chen',
      ],
    ],
    [
      "For closing on Friday, here's what I need from you:",
      [
        'Photo ID',
        "Cashier's check for closing costs",
        'Proof of homeowners insurance',
        'Security deposit receipt',
        'Training certificate for the pool',
        'Backup of the signed addendum',
        'HOA documents',
        'Utility account numbers',
        'Bank statements',
        'Pay stubs',
        'Tax returns',
        'Credit report authorization',
      ],
    ],
  ])('does not flag %j', (lead, items) => {
    expect(dumps(list(lead, items))).toEqual([]);
  });
});
