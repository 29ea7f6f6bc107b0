/**
 * Round 8 of the blind hold-out sets: a hold the sender says goes to another buyer after a day
 * they name, stock said to be down to its last few, what the reader loses once it is gone, the
 * figure the reader is told not to become, a same-day cut-off with a clock time, an offer only a
 * few are "getting", a deal that "won't hang around", prices that go up within hours; in care
 * touches, a donation ask with an amount inside it, a sign-up that is waved off or is for
 * volunteering, and a stranger's pitch that opens with a congratulation. Each idea is phrased in
 * new ways, with honest look-alikes that must stay quiet.
 */
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

describe('false urgency: a hold said to go to another buyer after a day the sender names', () => {
  it.each([
    [
      'Two other couples asked about June 14, so I can only keep the date for you through Friday before it goes to them.',
      'goes to them',
    ],
    [
      'I will hold the suite until Thursday, and after that it is released to the next couple on our list.',
      'released to the next couple',
    ],
    [
      'We can keep the slot for you through this weekend; after that we have to offer it to someone else.',
      'offer it to someone else',
    ],
    [
      'A second buyer has called about the unit, so it stays yours until tomorrow and then it goes to them.',
      'goes to them',
    ],
  ])('flags %j', (text, evidence) => {
    expect(urgency(text)).toContain(evidence);
  });

  it.each([
    'If you cannot make it, just tell us and we will pass the tickets to someone else.',
    'The hotel holds the block until Friday and then releases it to the waitlist, because that is their group policy.',
    'Another parent asked for the sign-in sheet, so I will pass it to them after Friday practice.',
    'I am out of the office until Monday, so calls go to another team member.',
    'You asked us to hold your table until Friday and then give it to someone else if you cancel.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: stock said to be down to its last few', () => {
  it.each([
    ['We are down to the last six seats for the spring cohort.', 'down to the last six seats'],
    [
      'Heads up: we are down to our final handful of slots at this price.',
      'down to our final handful of slots',
    ],
    ['The shop is down to its last 12 bikes in that frame size.', 'down to its last 12 bikes'],
  ])('flags %j', (text, evidence) => {
    expect(urgency(text)).toEqual([evidence]);
  });

  it.each([
    'You are down to your last two licenses, so tell me if you need more.',
    "You're down to the last three seats on your plan; want me to add more?",
    'Your team is down to its last 3 licenses this quarter.',
    'We are down to the last two questions on the form.',
    'I am down to my last week at the firm before I retire.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: what the reader loses once the stock is gone', () => {
  it.each([
    [
      'When they are sold out, the price snaps back to $49.',
      'they are sold out, the price snaps back to',
    ],
    [
      "Once it's gone, pricing goes back up to the standard rate.",
      "it's gone, pricing goes back up",
    ],
    [
      'After the remaining tickets are snapped up, that is it for this season.',
      'After the remaining tickets are snapped up',
    ],
    [
      'Once the last two rooms at this rate are spoken for, we cannot add more.',
      'Once the last two rooms at this rate are spoken for',
    ],
  ])('flags %j', (text, evidence) => {
    expect(urgency(text).join(' | ')).toContain(evidence);
  });

  it.each([
    "Once they're gone, the kids go back to school on Monday.",
    "Once the last guests are gone, we'll clean up.",
    'When the last seats are filled, the doors close and the show starts.',
    "Once it's gone, the swelling goes down within a day.",
    'When the last copies of the old edition sold, we moved to the new one.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: the figure the reader is told not to become', () => {
  it.each([
    [
      "Don't be the only dentist still paying full rate.",
      "Don't be the only dentist still paying full",
    ],
    ["Don't be the parent who waited until August.", "Don't be the parent who waited"],
    ["Don't be the team left scrambling when the audit hits.", "Don't be the team left scrambling"],
  ])('flags %j', (text, evidence) => {
    expect(urgency(text)).toEqual([evidence]);
  });

  it.each([
    "Don't be a stranger!",
    "Don't be the hero who stays late every night.",
    "Don't be the last to leave tonight, the alarm sets at nine.",
    "Don't be the one who has to clean the fridge this week.",
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: a same-day cut-off with a clock time, and an offer only a few get', () => {
  it.each([
    ['The bundle price I quoted you ends at 6 pm today.', 'ends at 6 pm today'],
    [
      'The member pricing for early sign-ups expires at noon today, so decide soon.',
      'expires at noon today',
    ],
    ['The discount we sent you goes away at 11:59 pm tonight.', 'goes away at 11:59 pm tonight'],
    [
      'Only a few customers are getting this pricing.',
      'Only a few customers are getting this pricing',
    ],
    [
      'Only twenty members are getting early access.',
      'Only twenty members are getting early access',
    ],
  ])('flags %j', (text, evidence) => {
    expect(urgency(text)).toEqual([evidence]);
  });

  it.each([
    'The webinar ends at 3 pm today and the recording goes out tomorrow.',
    'Your rate lock expires at 5 pm today, so please send the appraisal by noon.',
    'The parking permit expires at midnight tonight.',
    "Only a handful of accounts are getting this error, and we're fixing it.",
    'Only two of your staff are getting this invoice.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: a deal that will not hang around, prices that rise within hours', () => {
  it.each([
    ["Fares this low won't stick around.", "won't stick around"],
    ["These packages won't hang around for long.", "won't hang around for long"],
    ["Tickets at this price don't hang around.", "don't hang around"],
    ['Rates go up tomorrow.', 'Rates go up tomorrow'],
    ['Pricing jumps at midnight, so lock it in tonight.', 'Pricing jumps at midnight'],
  ])('flags %j', (text, evidence) => {
    expect(urgency(text)).toEqual([evidence]);
  });

  it.each([
    "The fog won't hang around long.",
    "Our team won't hang around after the game.",
    "The price won't stick around past March 1, when the new catalog starts.",
    "Your rate won't hang around forever, so check the renewal date on your statement.",
    'Gas prices go up tomorrow.',
    'Prices go up tomorrow when the new tax starts.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('care pitch: a donation ask with an amount inside it', () => {
  it.each([
    [
      'Happy adoption day! Would you consider a $50 birthday gift to help the next dog find a home?',
      'consider a $50 birthday gift',
    ],
    [
      'Thank you for a wonderful year together. Would you make a $10 holiday gift for the pantry?',
      'Would you make a $10 holiday gift',
    ],
    [
      'Thinking of you this week. Please consider sending a $30 spring donation.',
      'consider sending a $30 spring donation',
    ],
  ])('flags %j', (text, evidence) => {
    expect(pitches(text, 'care')).toEqual([evidence]);
  });

  it.each([
    'Thank you for your $25 anniversary gift last spring; it paid for Otis’s vaccines.',
    "We're considering a $20 gift card for every volunteer as a thank-you.",
    'Happy anniversary! Would you consider sending us a photo of the two of you?',
    'I made a $50 memorial gift in her name this morning.',
  ])('does not flag %j', (text) => {
    expect(pitches(text, 'care')).toEqual([]);
  });
});

describe('care pitch: a sign-up waved off, or a sign-up to volunteer', () => {
  it.each([
    ["Thanks for being a member! Don't forget to sign up for the annual plan.", 'sign up for'],
    ['Happy birthday, Sam! Sign up today for our premium plan.', 'Sign up today'],
  ])('flags %j', (text, evidence) => {
    expect(pitches(text, 'care')).toContain(evidence);
  });

  it.each([
    'Thank you for ten years with us. Nothing to sign up for, nothing to buy: just thanks.',
    'Thank you for walking dogs with us all year! In the spring you can sign up for a Saturday shift again.',
    'Thanks for all your help at the fall cleanup. Sign up for the spring cleanup whenever it suits.',
    'Happy holidays! There is nothing for you to sign up for; we just wanted to say thanks.',
    "Happy anniversary! You don't have to book a call or reply; we just wanted to say thanks.",
  ])('does not flag %j', (text) => {
    expect(pitches(text, 'care')).toEqual([]);
  });
});

describe('care pitch: a congratulation that opens a stranger’s pitch is not a care touch', () => {
  it.each([
    'Congrats on the funding round!\n\nPayroll compliance is all we do at Ledgerline. Could we book a call next week so I can walk you through it?',
    'Congratulations on the new clinic.\n\nI wanted to put Brightline Dental Supply on your radar. Could I set up a quick demo?',
    'Congrats on the expansion!\n\nWe partner with operations leaders to cut freight costs. Could we book a call next week?',
    'Congratulations on the merger!\n\nIf I could save you 15%, would you move your account over to us? Happy to book a call.',
  ])('does not flag %j', (text) => {
    expect(pitches(text)).toEqual([]);
  });

  it.each([
    [
      'Congratulations on the new role! I wanted to put our open house on your radar: could we book a call next week?',
      undefined,
      'book a call',
    ],
    [
      'Congrats on the new office!\n\nCorporate travel is all we do, so let me walk you through our portal.',
      'care' as const,
      'walk you through',
    ],
    [
      'Congratulations on the new office! When we spoke in May you asked about your renewal. Payroll is all we do, so could we book a call to walk you through it?',
      undefined,
      'book a call',
    ],
  ])('still flags %j, from someone the reader knows', (text, kind, evidence) => {
    expect(pitches(text, kind)).toContain(evidence);
  });
});
