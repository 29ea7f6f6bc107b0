/**
 * Round 14 of `pitch-first` and `care-pitch`: a firm opening with "At <Name> we've …" without a
 * comma (its track record, what it is proud of), and a congratulation on the reader's news that
 * turns into the sender's trade (a free assessment of the reader's home or money, "the perfect
 * time to think about your bills"). Each idea has look-alikes that must stay quiet: a place or an
 * event the two shared, the reader's own request, a genuine congratulation, help the reader asked
 * for, and a thank-you that mentions what the reader already has.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

const pitch = (text: string): string[] =>
  analyzeMessage(text).pitchFirst.map((finding) => finding.evidence);
const carePitches = (text: string): string[] =>
  analyzeMessage(text).carePitches.map((finding) => finding.evidence);

describe('pitch-first: "At <Name> we …" with a contraction or without the comma', () => {
  const MUST_FLAG = [
    "Hi Dana,\n\nAt Ridgeback Movers we've spent the past twelve years building a crew you can trust with a piano.\n\nBest,\nCal\nRidgeback Movers",
    "Hello Ines,\n\nAt Quarry & Pine we've invested over a decade in sourcing reclaimed oak.\n\nMarta",
    "Hi Sol,\n\nAt Helio Payroll we're obsessed with getting every paycheck out on time.\n\nRuth",
    "Hi Sol,\n\nAt Helio Payroll, we're obsessed with getting every paycheck out on time.\n\nRuth",
    "Hi Ken,\n\nAt Ledgerly we've been reconciling books for dental practices since 2012.\n\nAva\nLedgerly",
    "Hi Ken,\n\nAt Northgate Couriers, we'll match any same-day rate you are quoted.\n\nAva",
  ];
  const MUST_NOT_FLAG = [
    'Hi Dana,\n\nAt the trade show, we talked about your warehouse move.\n\nCal',
    'Hi Dana,\n\nAt our last meeting we agreed to revisit the freight rates in May.\n\nCal',
    "Hi Dana,\n\nAt your request, we've moved the delivery to Friday.\n\nCal",
    "Hi Dana,\n\nAt Dreamforce, we've talked a bit about your onboarding backlog.\n\nCal",
    'Hi Dana,\n\nAt Mercy General, we met briefly in the cafeteria line.\n\nCal',
    "Hi Dana,\n\nAt Lakeside Elementary we've spent the whole week practising for the recital.\n\nCal",
    'Hi Dana,\n\nAt Westfield, our chat about your kitchen remodel stuck with me.\n\nCal',
  ];
  it.each(MUST_FLAG)('flags %j', (text) => {
    expect(pitch(text)).not.toEqual([]);
  });
  it.each(MUST_NOT_FLAG)('stays quiet on %j', (text) => {
    expect(pitch(text)).toEqual([]);
  });
});

describe('care pitch: a congratulation on the reader’s news that turns into the sender’s trade', () => {
  const MUST_FLAG = [
    'Hi Priya,\n\nCongratulations on your new house on Birch Court! Getting the keys is a huge milestone.\n\nWould Thursday evening work for a free 45-minute home security assessment?\n\nBest,\nOwen\nBrightgate Security',
    'Hi Priya,\n\nCongrats on the new baby! We are so happy for you both.\n\nNow is the perfect time to think about your life insurance coverage, and I can stop by next week.\n\nOwen',
    'Hi Priya,\n\nCongratulations on the promotion! Well deserved.\n\nThis is a smart moment to review your investment portfolio; I offer a free retirement analysis for new clients.\n\nOwen',
    'Hi Priya,\n\nCongratulations on closing on the condo! I would love to come by for a free energy audit before winter.\n\nOwen',
  ];
  const MUST_NOT_FLAG = [
    'Hi Priya,\n\nCongratulations on your new house on Birch Court! Getting the keys is a huge milestone, and we hope the first night there is a happy one.\n\nOwen',
    'Hi Priya,\n\nCongratulations on the new place! As you asked, I have put together a free estimate for the fence and it is attached.\n\nOwen',
    'Hi Priya,\n\nThank you for choosing us for your roof. Your warranty includes a free yearly roof assessment, so nothing to do for now.\n\nOwen',
    'Hi Priya,\n\nThanks for being a customer for five years! The free annual inspection is already covered under your service plan.\n\nOwen',
    'Hi Priya,\n\nCongratulations on the new baby! Now is the perfect time to think about your sleep, so take every nap you can.\n\nOwen',
    'Hi Priya,\n\nCongratulations on the move! Feel free to call us for anything the movers missed.\n\nOwen',
  ];
  it.each(MUST_FLAG)('flags %j', (text) => {
    expect(carePitches(text)).not.toEqual([]);
  });
  it.each(MUST_NOT_FLAG)('stays quiet on %j', (text) => {
    expect(carePitches(text)).toEqual([]);
  });
});
