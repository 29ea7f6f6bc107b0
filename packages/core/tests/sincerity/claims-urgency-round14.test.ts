import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

function claims(text: string): string[] {
  return analyzeMessage({
    text: `Hi Sam,\n\n${text}\n\nBest,\nRenata Ocampo\nBrightwater Staffing`,
    kind: 'cold',
  }).unverifiableClaims.map((finding) => finding.evidence);
}

function urgency(text: string): string[] {
  return analyzeMessage({ text: `Hi Jo,\n\n${text}`, kind: 'follow-up' }).falseUrgency.map(
    (finding) => finding.evidence,
  );
}

describe('unverifiable claims: a tally said to beat every rival of the trade', () => {
  it.each([
    'Brightwater Staffing has placed more ICU nurses in rural Kentucky hospitals than any other agency.',
    'We have closed more waterfront sales along the lake than any other brokerage.',
    'Our crews have installed more heat pumps in the county than any other contractor.',
    'We process claims faster than any other carrier in the Southeast.',
  ])('flags %j', (text) => {
    expect(claims(text)).not.toEqual([]);
  });

  it.each([
    'We get more calls in March than any other time of year.',
    'Our phones ring more in January than any other month.',
    'You have taught me more about pricing than any other vendor I have met.',
    'Your team closed more deals last quarter than any other branch.',
    'Their clinic sees more walk-ins than any other practice nearby.',
    'We have paid more claims within a week than any other carrier, according to the 2024 J.D. Power study.',
    'That scheduler saved us more time than any other tool we have tried.',
    'Ohio added more food plants last year than any other state.',
  ])('leaves alone %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('unverifiable claims: nobody else said to keep up', () => {
  it.each([
    'No one else in the industry turns a search around as fast.',
    'Nobody else in the region fills roles as quickly as we do.',
    'No other firm in the state responds as quickly.',
  ])('flags %j', (text) => {
    expect(claims(text)).not.toEqual([]);
  });

  it.each([
    'No one else on the board works as hard as you.',
    'No one else on the committee cares as much.',
    'Nobody else in the market moves as quickly as your procurement team.',
    'No one else in the family cooks as well as your mom.',
  ])('leaves alone %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('unverifiable claims: a near-perfect share of the sender’s own customers', () => {
  it.each([
    '96% of our clients renew every year.',
    'Ninety-two percent of our graduates are hired within six months.',
    'Nine out of ten of our placements are still in the role two years later.',
    'About 98% of our patients would recommend us to a friend.',
  ])('flags %j', (text) => {
    expect(claims(text)).not.toEqual([]);
  });

  it.each([
    '90% of our clients are based in Ohio.',
    '95% of our customers still pay by check, so paper invoices are fine.',
    'About 92% of your customers renew every year, which is impressive.',
    'Roughly 40% of our members come back every summer.',
    'According to the 2023 Gallup client survey, 94% of our clients renew.',
    'Ninety percent of our users asked for a dark mode.',
  ])('leaves alone %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('false urgency: the sender’s calendar said to fill fast', () => {
  it.each([
    'Just a heads-up: our install crew is booking up fast for June.',
    'The studio calendar is filling up quickly for the holiday season.',
    "May is already filling up fast, so let me know if you'd like a slot.",
    'Thanks for your patience this week; our fall calendar is filling up fast.',
  ])('flags %j', (text) => {
    expect(urgency(text)).not.toEqual([]);
  });

  it.each([
    'You asked how full March is: three shoot days are open.',
    'Our team replies fast, usually within the hour.',
    'Hotels near the convention center are booking up fast, so you may want to reserve a room.',
    'Your calendar is filling up quickly before the audit, so I will keep this short.',
    'The 9th is booked, but the 16th and 23rd are both open, whichever suits you.',
    'The parking garage fills up fast on game days, so plan to arrive early.',
    "I hear you're booking up fast this spring, congratulations on the busy season.",
  ])('leaves alone %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: the last of the sender’s open days said to go', () => {
  it.each([
    'Once the last few open install weeks are spoken for, the next crew is not free until fall.',
    'When the final two available shoot dates are gone, I am booked through spring.',
  ])('flags %j', (text) => {
    expect(urgency(text)).not.toEqual([]);
  });

  it.each([
    'Once the last open items on the punch list are done, we hand over the keys.',
    'When the last guests are gone, the cleanup crew comes in.',
    'Once the last few boxes are packed, we will load the truck.',
  ])('leaves alone %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: rivals said to want the same thing', () => {
  it.each([
    'Three other families toured the house on Saturday asking about the same closing window.',
    'A couple of other firms have been looking at the same booth spaces for the expo.',
    'Two other brides called yesterday asking about that June weekend.',
  ])('flags %j', (text) => {
    expect(urgency(text)).not.toEqual([]);
  });

  it.each([
    'Two other couples from your church held their reception here last fall and loved it.',
    'A few other clients asked about the same thing, so I wrote up a short guide.',
    'You asked if other buyers were interested; none have asked about the house yet.',
    'Two other families asked about the same dates, so we can split the shuttle fee between you.',
  ])('leaves alone %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: the sender mourns a loss in advance', () => {
  it.each([
    "It'd be a shame to see the 22nd slip away.",
    'I would hate to see that corner unit go to someone else.',
  ])('flags %j', (text) => {
    expect(urgency(text)).not.toEqual([]);
  });

  it.each([
    'It would be a shame to see all that hard work go to waste.',
    "It'd be a shame to let the 22nd go by without a toast to you both.",
    'I would hate to see the old mill torn down.',
  ])('leaves alone %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});
