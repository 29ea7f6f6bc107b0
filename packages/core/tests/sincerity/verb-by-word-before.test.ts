/**
 * Whether "act" (false urgency) or "leverage" (jargon) is a verb is read from the word before it
 * when that settles it, and from the tagger otherwise: the findings must be the same either way.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import { readByWordBefore } from '../../src/sincerity/guards/shared.js';

function urgency(text: string): string[] {
  return analyzeMessage({ text, kind: 'cold' }).falseUrgency.map((finding) => finding.evidence);
}

function buzzwords(text: string): string[] {
  return analyzeMessage({ text, kind: 'cold' }).buzzwords.map((finding) => finding.evidence);
}

describe('readByWordBefore', () => {
  it.each([
    ['we ', true],
    ['so you ', true],
    ['you need to ', undefined],
    ['make her ', undefined],
    ['please ', true],
    ['our team will ', true],
    ['the ', false],
    ['only 3 spots left in this ', false],
    ['their ', false],
    ['each ', false],
    ['', undefined],
    ['the clean air ', undefined],
    ['so ', undefined],
    ['people that ', undefined],
    ['tomato ', undefined],
  ])('reads %j as %j', (before, expected) => {
    expect(readByWordBefore(before)).toBe(expected);
  });
});

describe('"act" as an order', () => {
  it.each([
    'Only 3 spots left in the spring cohort, so act now before the offer expires Friday.',
    'Seats are going fast. Act now!',
    'You should act now, before the price goes up.',
    'We need you to act fast on this one.',
    'Make her act now, before the price goes up.',
    'Prices rise Monday, and act now is my advice.',
    "Don't Wait, Act Now Before The Offer Ends!",
    'Three Seats Left. Act Now!',
    // Title case: every word is capitalised, so "The" and the words after it are not a name.
    'Get The Deal Act Now!',
    'Claim The Discount Act Now',
    'Register For The Webinar Act Now!',
    'The Sale Ends Friday Act Now.',
    'Last Chance To Join The Program Act Now.',
  ])('flags %j', (text) => {
    expect(urgency(text).some((evidence) => /^act /iu.test(evidence))).toBe(true);
  });

  it.each([
    'The Clean Air Act now requires new filters.',
    'This act now covers every clinic in the state.',
    'Their act now closes the festival on Sunday, after the fireworks.',
    'Each act now runs ten minutes, so the show ends by nine.',
    'The new Act now applies to your warehouse too.',
    // "the" and capitalised words before it: the end of a name, read without the tagger.
    'Under the Americans with Disabilities Act now in force, the ramp needs a rail.',
    'The Inflation Reduction Act now pays part of a heat pump.',
    'The comedy act now playing downtown is the one your team liked.',
  ])('leaves %j alone', (text) => {
    expect(urgency(text).filter((evidence) => /^act /iu.test(evidence))).toEqual([]);
  });
});

describe('"leverage" as a verb', () => {
  it.each([
    'We leverage AI to create synergy across your teams.',
    'Our platform helps you leverage data to move faster.',
    'We can leverage AI to create synergy across every channel.',
  ])('flags %j', (text) => {
    expect(buzzwords(text).some((evidence) => /^leverage/iu.test(evidence))).toBe(true);
  });

  it.each([
    'The leverage on your loan is lower than last year.',
    'Your leverage in the lease talks is the second bid.',
    'Their leverage comes from owning the building.',
    // "to" before "leverage" is as often a preposition: the tagger decides.
    'Exposure to leverage rose last quarter, so the fund trimmed it.',
    'Thanks to leverage, returns doubled in the good years.',
    'We prefer equity to leverage for a first property.',
  ])('leaves %j alone', (text) => {
    expect(buzzwords(text).filter((evidence) => /^leverage/iu.test(evidence))).toEqual([]);
  });
});
