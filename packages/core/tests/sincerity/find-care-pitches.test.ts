import { describe, expect, it } from 'vitest';
import { analyzeMessage, type MessageKind } from '../../src/index.js';

const pitches = (text: string, kind?: MessageKind): string[] =>
  analyzeMessage({ text, ...(kind ? { kind } : {}) }).carePitches.map(
    (finding) => finding.evidence,
  );

describe('carePitches', () => {
  it.each([
    ['Happy birthday, Ana! Here is 20% off your next order.', ['20% off']],
    [
      'Thank you for being a customer for five years. Have you seen our premium plan?',
      ['premium plan'],
    ],
    [
      'So sorry for your loss.\n\nWhen you are ready, let us book a call to walk you through our new features.',
      ['book a call', 'walk you through', 'our new features'],
    ],
    [
      'Thank you so much for choosing us. Do you know anyone who is thinking about a remodel?',
      ['know anyone who is thinking'],
    ],
    [
      'Wishing you a peaceful holiday season. Everything is 30% off with code MERRY30.',
      ['30% off', 'with code'],
    ],
  ])('flags %j', (text, expected) => {
    expect(pitches(text)).toEqual(expected);
  });

  it.each([
    'Happy birthday, Ana! Hope you get a long lunch.',
    'So sorry for your loss. Let me know if you need anything at all.',
    'Congratulations on the new role! How are you settling in?',
    'Thank you for the referral to Jordan. That was generous.',
    'So sorry for your loss. If you ever need to move the call, just say so.',
    'Happy anniversary! Coffee on me when you are back in town?',
    'Congratulations on the new role. A job change is a good moment to look at your 401(k). Can we book a call?',
    "Congrats on opening the bakery! I'm a local agent two blocks away, happy to read your lease for free.",
    'Thanks for your time on the call. Here is the premium plan pricing we discussed.',
  ])('does not flag %j', (text) => {
    expect(pitches(text)).toEqual([]);
  });

  it('reads a declared care kind without an occasion phrase', () => {
    expect(pitches('Thinking of you this week. Use code HUGS for a discount.', 'care')).toEqual([
      'Use code',
      'a discount',
    ]);
  });

  it('does not treat declared marketing kinds as care touches', () => {
    expect(pitches('Happy birthday! Here is 20% off.', 'nurture')).toEqual([]);
  });
});
