/**
 * Round 6 of the blind hold-out sets: a rank the sender built or designed, a boast with a noun
 * between "more" and "than", a product ranked against its class, an offer held only until a day
 * the sender names, a short window on a discount, a cap on "the first five couples", a thank-you
 * for sharing a life event that carries a discount, and a condolence that turns into a quote.
 * Each idea is phrased in new ways, with honest look-alikes that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage, type MessageKind } from '../../src/index.js';

function claims(text: string): string[] {
  return analyzeMessage({ text, kind: 'cold' }).unverifiableClaims.map(
    (finding) => finding.evidence,
  );
}

function urgency(text: string): string[] {
  return analyzeMessage({ text, kind: 'cold' }).falseUrgency.map((finding) => finding.evidence);
}

function pitches(text: string, kind?: MessageKind): string[] {
  return analyzeMessage({ text, ...(kind ? { kind } : {}) }).carePitches.map(
    (finding) => finding.evidence,
  );
}

describe('unverifiable claims: a rank the sender built, or a boast with a noun before "than"', () => {
  it.each([
    ['We designed the quietest heat pump line in the industry.', 'the quietest heat pump line'],
    ['Last spring we built the largest climbing gym in the state.', 'the largest climbing gym'],
    [
      'Our team has more combined trial experience than any other firm in Ohio.',
      'more combined trial experience than any other firm',
    ],
    [
      'We get better results than all the other agencies.',
      'better results than all the other agencies',
    ],
    [
      'Our crews have more five-star reviews than anyone in the valley.',
      'more five-star reviews than anyone',
    ],
  ])('flags %j', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  it.each([
    "I've learned more from you than anyone else in this business.",
    'Your clinic has more combined experience than any other practice in the area.',
    'We built a new ramp at the side entrance last winter.',
    'We built the playground with the kids from the neighborhood.',
    'They get better results than all the other agencies, and we want to learn how.',
    'We have more questions than answers right now.',
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('unverifiable claims: a product ranked against its whole class', () => {
  it.each([
    ['The X200 is the quietest dishwasher in its class.', 'the quietest dishwasher in its class'],
    [
      'Our new blender runs faster than anything else on the market.',
      'faster than anything else on the market',
    ],
    [
      'Customers say it cleans better than anything else out there.',
      'better than anything else out there',
    ],
    [
      'The Aria is simply the best-selling e-bike in its category.',
      'the best-selling e-bike in its category',
    ],
  ])('flags %j', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  it.each([
    'Your car is already the safest sedan in its class.',
    'According to Consumer Reports, the Odyssey is the most reliable minivan in its class.',
    'Honestly, your old system worked better than anything else on the market.',
    'You told me the Pro model handles better than anything else out there.',
    "It isn't the fastest printer in its class, but it is the one that never jams.",
    'The heat pump was the first of its kind in our town.',
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('false urgency: an offer held only until a day the sender names', () => {
  it.each([
    [
      'We can only honor this rate through Thursday.',
      'We can only honor this rate through Thursday',
    ],
    [
      "I'm only able to hold the discount until tomorrow.",
      "I'm only able to hold the discount until tomorrow",
    ],
    [
      "We'll only extend the launch pricing if the order is in by Friday.",
      "We'll only extend the launch pricing if the order is in by Friday",
    ],
  ])('flags %j', (text, expected) => {
    expect(urgency(text)).toEqual([expected]);
  });

  it.each([
    'We can only hold the room block rate until Friday because the hotel releases it.',
    'Your rate lock with the bank expires Friday, so I can only submit the file if it is signed by Thursday.',
    'We can only offer Tuesday or Thursday morning for the install this week.',
    'I can only keep the office open until noon on Friday.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: a short window on an offer, and a cap on who gets it', () => {
  it.each([
    [
      'You can take 15% off any framing order, but just for the next 48 hours.',
      'just for the next 48 hours',
    ],
    ['The bundle price is good for the next three days only.', 'for the next three days only'],
    [
      'Free installation is only available over the next two days.',
      'only available over the next two days',
    ],
    [
      "I'm saving this rate for the first three families who book.",
      'the first three families who book',
    ],
    [
      'The first ten practices to sign up get onboarding at no cost.',
      'The first ten practices to sign up',
    ],
  ])('flags %j', (text, expected) => {
    expect(urgency(text)).toEqual([expected]);
  });

  it.each([
    'Our showroom prices are posted online, and I am available for the next two days only if you want to visit.',
    'Your discount from the manufacturer is only valid for the next 5 days.',
    'The pharmacy coupon is only good for the next 30 days because the manufacturer funds it through June.',
    'The clinic is open for the next two days only before the holiday.',
    'The first three people who called were all neighbors of yours.',
    'You were one of the first ten customers to join us back in 2015.',
    'The first five patients to arrive each morning are seen by Dr. Lee.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('pitch in a care touch: a thank-you for a life event, and a quote after a loss', () => {
  it.each([
    [
      "Thanks so much for having us at your daughter's graduation party. Book a family portrait session this month and take 20% off.",
      '20% off',
    ],
    [
      'Thank you for trusting me to photograph your wedding. Order your prints this week and save 25% on every album.',
      'save 25%',
    ],
    [
      'Thank you for inviting us to join you for your vow renewal. Our anniversary album is 30% off until Sunday.',
      '30% off',
    ],
  ])('flags the offer in the undeclared thank-you %j', (text, expected) => {
    expect(pitches(text)).toEqual([expected]);
  });

  it.each([
    [
      'I was so sorry to hear about your father. Down the road it may be worth looking into your options for the property, and we could run the numbers on a sale.',
      ['worth looking into your options', 'we could run the numbers'],
    ],
    [
      'Congratulations on the new baby! This is a good time to go over your options for life coverage.',
      ['good time to go over your options'],
    ],
    [
      'Happy anniversary to you both! Want me to crunch the numbers on a refinance?',
      ['Want me to crunch the numbers'],
    ],
  ])('flags %j', (text, expected) => {
    expect(pitches(text, 'care')).toEqual(expected);
  });

  it.each<[string, MessageKind | undefined]>([
    [
      'Thanks for letting me know about the move. The 20% off spring tune-up runs through May.',
      undefined,
    ],
    [
      "Thanks for having us at your office on Tuesday. Here's the quote for the new roof.",
      undefined,
    ],
    [
      'Thank you for letting me photograph your wedding. Your gallery is ready at the link below.',
      undefined,
    ],
    [
      "I'm so sorry about your dad. When you're ready, it's worth talking through your options with an estate attorney.",
      'care',
    ],
    [
      'With deepest sympathy. He always made me run the numbers twice at the closing table.',
      'care',
    ],
    [
      'Thank you for inviting us to join you for dinner. Our spring menu is 30% off until Sunday.',
      undefined,
    ],
    ['It is worth talking about your options with the family first; there is no rush.', 'care'],
    [
      'Thinking of you. We ran the numbers on your closing back in 2011 together, remember?',
      'care',
    ],
  ])('does not flag %j', (text, kind) => {
    expect(pitches(text, kind)).toEqual([]);
  });
});
