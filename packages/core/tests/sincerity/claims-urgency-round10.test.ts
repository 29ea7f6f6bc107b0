/**
 * Round 10 of the blind hold-out sets: an offer the sender says holds only until a day they name,
 * whatever the verb ("only locked in through Friday", "only guaranteed through this Friday"); stock
 * said to run out with a long wait after it; "act this week before they're gone"; the family "that"
 * misses out; a rank whose subject stands in its own clause after a pronoun in an earlier one; and
 * every rival said not to come close to the sender. Each idea is phrased in new ways, with honest
 * look-alikes that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

function urgency(text: string): string[] {
  return analyzeMessage({ text, kind: 'cold' }).falseUrgency.map((finding) => finding.evidence);
}

function claims(text: string): string[] {
  return analyzeMessage({ text, kind: 'cold' }).unverifiableClaims.map(
    (finding) => finding.evidence,
  );
}

describe('false urgency: an offer said to hold only until a day the sender names', () => {
  it.each([
    [
      'Good news on the quote: this bundle price is only valid through Thursday.',
      'this bundle price is only valid through Thursday',
    ],
    [
      'The spring discount we offered you is just good until March 14.',
      'The spring discount we offered you is just good until March 14',
    ],
    [
      'Heads up, our intro rates are only honored until the end of the month.',
      'our intro rates are only honored until the end of the month',
    ],
    [
      'That promo is only available until noon tomorrow, then it reverts.',
      'That promo is only available until noon tomorrow',
    ],
    [
      'Just so you know, the pricing I shared is only locked until Monday.',
      'the pricing I shared is only locked until Monday',
    ],
  ])('flags %j', (text, evidence) => {
    expect(urgency(text)).toContain(evidence);
  });

  it.each([
    'Your locked rate is only good until Friday, so send the appraisal when you can.',
    'For your refinance, the current rate is only locked until Friday per your lender.',
    'The group rate is only available until May 1 because the hotel releases the block that day.',
    'Our office is only open until noon on Friday for the holiday.',
    'Registration is only open through Thursday, and the workshop is free.',
    'The shuttle is only available until 6 pm, so plan your flights around it.',
    'The price is only part of it; the warranty matters until the end of the month too.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: stock said to run out, with a long wait after it', () => {
  it.each([
    [
      "Once these are booked, the next opening isn't until March.",
      "Once these are booked, the next opening isn't",
    ],
    [
      'When the remaining install slots fill up, we will not be taking on new clients until summer.',
      'When the remaining install slots fill up, we will not be taking on new clients until',
    ],
    [
      "After the last dozen seats are claimed, you'll have to wait for the next cohort.",
      "After the last dozen seats are claimed, you'll have to wait for the next",
    ],
    [
      "Once they're spoken for, there won't be another batch until fall.",
      "Once they're spoken for, there won't be another batch until",
    ],
  ])('flags %j', (text, evidence) => {
    expect(urgency(text)).toContain(evidence);
  });

  it.each([
    "Once the last guests go, we'll start cleaning up.",
    "Once they're gone, the kids go back to school on Monday.",
    'When your spots are filled, you will not be accepting new students until fall.',
    'After they go, we will not be taking calls until Monday.',
    'Once those are gone, the next step is the final walkthrough.',
    'When the last seats are filled, the doors close and the show starts.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe("false urgency: act this week before they're gone", () => {
  it.each([
    ["Grab yours today before they're gone.", "Grab yours today before they're gone"],
    ["I'd reserve this week before it's over for good.", "reserve this week before it's over"],
    ["Book now before they're taken.", "Book now before they're taken"],
  ])('flags %j', (text, evidence) => {
    expect(urgency(text)).toContain(evidence);
  });

  it.each([
    "Call me today before you're gone for the holiday, I'd love to say goodbye.",
    "Text me tonight before it's too dark to see the fence line.",
    "Reply today before the kids' game if you can.",
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: the one "that" misses out', () => {
  it.each([
    ["Don't be the family that misses the fall term.", "Don't be the family that misses"],
    ["Please don't be the practice that waited too long.", "don't be the practice that waited"],
    [
      "Don't be the shop that ends up paying double next year.",
      "Don't be the shop that ends up paying",
    ],
  ])('flags %j', (text, evidence) => {
    expect(urgency(text)).toEqual([evidence]);
  });

  it.each([
    "Don't be shy about the class that missed the field trip; we'll make it up.",
    'Our family that missed the reunion sends love.',
    "Don't be the one that has to clean the fridge this week.",
    "Don't be a stranger!",
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('unverifiable claims: a rank whose subject stands in its own clause', () => {
  it.each([
    [
      'Our clients love their results, and Northgate coaches are the most certified in the state.\n\nBest,\nThe Northgate Team',
      'the most certified in the state',
    ],
    [
      'Families tell us their kids feel at home, and Camp Laurel is the top-rated camp in the county.\n\nSee you soon,\nCamp Laurel',
      'the top-rated camp',
    ],
    [
      'You can compare their quotes if you like, and Ridgeline crews are the fastest in the region.\n\nCheers,\nDana, Ridgeline Roofing',
      'the fastest in the region',
    ],
  ])('flags %j', (text, evidence) => {
    expect(claims(text)).toContain(evidence);
  });

  it.each([
    'Your students worked hard, and they are the most dedicated in the county.',
    'Their parents asked about it, and your coaches are the best in the state.',
    'Your team put in the hours, and you are the fastest in the region by far.',
    'We met their founders, and they run the largest shop in the valley.',
    'Their kids loved the camp, and the counselors there are the most patient in the county.',
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('unverifiable claims: no rival comes close to the sender', () => {
  it.each([
    [
      'No other clinic in town comes close to our recovery times.',
      'No other clinic in town comes close to our',
    ],
    [
      'Honestly, nobody comes anywhere near what we charge.',
      'nobody comes anywhere near what we charge',
    ],
    ['No other agency can touch our placement rate.', 'No other agency can touch our'],
  ])('flags %j', (text, evidence) => {
    expect(claims(text)).toContain(evidence);
  });

  it.each([
    "Nothing comes close to your grandmother's pie.",
    'No other candidate comes close to your experience.',
    'No one comes close to you on the leaderboard this month.',
    'Nobody gets near our office without a badge.',
    'No other school comes close to their campus, so the kids walk.',
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('unverifiable claims: other firms the sender’s people come from are praised, not claimed', () => {
  it.each([
    ['We offer the lowest rates in the state.', 'the lowest rates in the state'],
    [
      'Our crews give the fastest turnaround in the region.',
      'the fastest turnaround in the region',
    ],
  ])('flags %j', (text, evidence) => {
    expect(claims(text)).toContain(evidence);
  });

  it.each([
    'Our engineers come from some of the top companies in the industry.',
    'Our partners include people from the largest firms in the country.',
    'She spent ten years alongside the best agents in the state before joining us.',
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});
