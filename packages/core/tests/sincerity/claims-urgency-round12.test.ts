import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

function urgency(text: string): string[] {
  return analyzeMessage({ text: `Hi Jo,\n\n${text}`, kind: 'follow-up' }).falseUrgency.map(
    (finding) => finding.evidence,
  );
}

describe('false urgency: a held offer said to run out, named by "it"', () => {
  it.each([
    'I froze the rate for you last week, but it ends Thursday at noon.',
    'We set aside that discount for the team and it expires tomorrow.',
    'I got the promo extended one more time, and it runs out this weekend.',
    'The deal I put together is yours for now, though it lapses on Monday.',
  ])('flags %j', (text) => {
    expect(urgency(text)).not.toEqual([]);
  });

  it.each([
    'Your rate lock is still active, and it expires Friday.',
    'I checked on the pricing from your lender; it expires Friday per your lender.',
    'The permit I filed is approved and it expires Thursday.',
    'We talked about the hiking trip and it ends Sunday.',
    "I sent over the price list. It's current through the spring catalog.",
    'Their special offer came in the mail, and it expires Monday.',
  ])('leaves alone %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: a loss attached to the sender’s cut-off', () => {
  it.each([
    'Any estimate not signed by Friday gets re-priced at the new material cost.',
    "Orders that aren't in before then will be re-quoted.",
    'After that, the chairs go back to full price.',
    'After Thursday, our package snaps back to list.',
    'Contracts not approved by the 15th go back to standard pricing.',
  ])('flags %j', (text) => {
    expect(urgency(text)).not.toEqual([]);
  });

  it.each([
    'After the intro period, your plan goes back to the regular rate.',
    'Let me know if you want me to re-quote the job with the cheaper shingles.',
    'After that, the crew goes back to the shop to load the trailer.',
    'Anything not signed by Friday is fine to send next week, no rush at all.',
    'After the holidays, their store goes back to normal hours.',
    'I re-quoted the estimate with the changes you asked for.',
  ])('leaves alone %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: scarcity with a fear attached', () => {
  it.each([
    "The spring schedule is almost booked, and once it's full, you'll be stuck waiting until fall.",
    "We have a few openings left; when they're gone, you'll be left without coverage this winter.",
    "Once the spots are taken, you'll find yourself scrambling in June.",
  ])('flags %j', (text) => {
    expect(urgency(text)).not.toEqual([]);
  });

  it.each([
    "We have a few copies left; once they're gone, you'll need to order from the publisher.",
    "Once your cast is off, you'll be without the brace for a week.",
    "Once the snow is gone, you'll see the new patio.",
    "When the calendar is full, you'll still get a reply from me within a day.",
    "Once it's gone, you'll be glad you cleared the attic.",
  ])('leaves alone %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: scarcity said in passing', () => {
  it.each([
    'Reminder: the new evening class has limited spots.',
    'Spots are limited, and the cohort starts soon!',
    'We have very limited availability.',
    'Seats are strictly limited.',
  ])('flags %j', (text) => {
    expect(urgency(text)).not.toEqual([]);
  });

  it.each([
    'The bus has limited seats, so please tell me if you need a ride.',
    'Your flight has limited seats in economy plus.',
    'Parking is limited.',
    'Seats are limited because the room is small, so RSVP if you can.',
    'Their venue has limited capacity.',
    'The clinic has limited availability as the doctor is away in July.',
  ])('leaves alone %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});
