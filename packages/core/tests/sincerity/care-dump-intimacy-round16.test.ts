import { describe, expect, it } from 'vitest';
import { analyzeMessage, findPlaceholders } from '../../src/index.js';
import { intimacyClaims } from '../support/sincerity-findings.js';

type Kind = 'cold' | 'follow-up' | 'nurture' | 'care';

function dumps(text: string, kind: Kind = 'cold'): string[] {
  return analyzeMessage({ text: `Hi Dana,\n\n${text}`, kind }).featureDumps.map((f) => f.evidence);
}

function carePitches(text: string): string[] {
  return analyzeMessage({ text: `Hi Jo,\n\n${text}`, kind: 'care' }).carePitches.map(
    (f) => f.evidence,
  );
}

function placeholders(text: string): string[] {
  return findPlaceholders(text).map((finding) => finding.text);
}

describe('feature dump: a lead-in announcing what the sender’s firm brings', () => {
  it.each([
    [
      'Congrats on the new warehouse in Tulsa.\n\nA quick look at what Brightfold brings to the table:\n\n- Corrugated boxes in 40 stock sizes\n- Custom die-cut inserts\n- Pallet wrapping and strapping\n- Climate-controlled storage\n\nCheers,\nOmar Reyes\nBrightfold Packaging',
      'Corrugated boxes in 40 stock sizes',
    ],
    [
      'Saw the news about your third clinic.\n\nA snapshot of what our lab brings to the table:\n\n- Two-day crown turnaround\n- Digital impression scanning\n- Zirconia and e.max in house\n\nBest,\nLena',
      'Two-day crown turnaround',
    ],
    [
      'Congratulations on the spring catalogue.\n\nHere is a short summary of what Lumacraft can offer:\n\n- Studio and location shoots\n- Retouching within 48 hours\n- Product flat lays on seamless paper\n\nTalk soon,\nIvo Brandt\nLumacraft Photo',
      'Studio and location shoots',
    ],
  ])('flags %#', (text, expected) => {
    expect(dumps(text)).toContain(expected);
  });

  it.each([
    // A recruiter's candidate, not the sender's firm.
    'Here is what Maya brings to the table:\n\n- Eight years closing mid-market deals\n- Fluent Spanish and Portuguese\n- Led a team of six in Denver\n\nBest,\nJordan Pike\nSummit Talent',
    // Tied to the reader's own situation.
    'A quick look at what Brightfold brings to your new Tulsa site:\n\n- Boxes sized for the kits you ship most\n- Inserts cut to your product photos\n- Delivery timed to your Monday receiving window\n\nCheers,\nOmar\nBrightfold Packaging',
    // A packing list.
    'What to bring on the Saturday trail day:\n\n- Hiking boots\n- A rain jacket\n- A full water bottle\n- Lunch and a snack\n\nSee you there,\nPia\nRidgeline Outfitters',
    // The reader's own requested items.
    'Here are the items you asked me to set aside:\n\n- The walnut side table\n- Two linen cushions\n- The brass floor lamp\n\nBest,\nNoor\nHollis Home',
    // Members' skills, listed for a community newsletter.
    'Here is what our members can offer at the swap:\n\n- Bike repairs\n- Knife sharpening\n- Sewing and hemming\n\nThanks,\nTess\nEastside Repair Cafe',
  ])('leaves alone %#', (text) => {
    expect(dumps(text)).toEqual([]);
  });
});

describe('care pitch: a paid package or a markdown on the occasion', () => {
  it.each([
    [
      'Happy two-year anniversary with us! Your car has clocked a lot of miles, so it is the ideal time for our Premium Detail package.',
      'ideal time for our Premium Detail package',
    ],
    [
      'Thank you for being a member for five years. Our spring deep clean is $79, usually $110, this month only.',
      '$79, usually $110',
    ],
    [
      'Happy birthday from all of us at the salon! The glow facial ($65, regularly $90) is yours to book.',
      '$65, regularly $90',
    ],
    [
      'It has been one year since you adopted Pepper. It is a great season to book our Wellness Plus plan for her.',
      'great season to book our Wellness Plus plan',
    ],
  ])('flags %j', (text, expected) => {
    expect(carePitches(text)).toContain(expected);
  });

  it.each([
    'Happy one-year anniversary with your bike! Your purchase includes a free yearly check-up, so swing by whenever it suits you.',
    'It is the perfect time for our free safety check, which comes with every bike we sell.',
    'Happy anniversary! It is the perfect time for our annual customer picnic on June 3, and we would love to see you there.',
    'Happy birthday! The yearly service is normally $60, but yours is included with the bike.',
    'Congratulations on the new house. Last spring you paid $120 for the move, and we hope it was worth it.',
  ])('leaves alone %j', (text) => {
    expect(carePitches(text)).toEqual([]);
  });
});

describe('templated intimacy: a firm claiming to see what a field-named child loves', () => {
  it.each([
    [
      'We can already tell how much {{ child.first_name }} loves the art corner and story time.',
      'We can already tell how much {{ child.first_name }}',
    ],
    [
      'We could really see how much {{petName}} enjoys the agility course.',
      'We could really see how much {{petName}}',
    ],
  ])('flags %j', (text, expected) => {
    expect(intimacyClaims(text)).toEqual([expected]);
  });

  it.each([
    // Written by a person, no merge field.
    'I know how much Mia loves the dinosaur room, she told me so on Tuesday.',
    'We can already tell how much Theo loves the block corner from the photos you sent.',
    // The field is a greeting name, set off by a comma.
    'We can already tell how much you enjoyed the tour, {{firstName}}.',
    // The field is not in the same clause.
    'We could see how much the group enjoyed it, and {{ child.first_name }} joined in too.',
  ])('leaves alone %j', (text) => {
    expect(intimacyClaims(text)).toEqual([]);
  });
});

describe('placeholder: one word in capitals standing for a noun in prose', () => {
  it.each([
    [
      'Mosquito season has reached [SUBURB], and two yards on your block are already treated.',
      '[SUBURB]',
    ],
    ['We just opened a second shop in [TOWN] this spring.', '[TOWN]'],
    ['Your order ships from our [WAREHOUSE] location on Friday.', '[WAREHOUSE]'],
    ['Hi Sam, congrats on the move to [NEIGHBORHOOD]!', '[NEIGHBORHOOD]'],
  ])('flags %j', (text, expected) => {
    expect(placeholders(text)).toEqual([expected]);
  });

  it.each([
    'He called it "a once-in-a-decade [sic] opportunity" in the memo.',
    'Reply rates fall after the third follow-up [1], so we stop at two.',
    '[Photo: the finished deck at sunset]',
    '[EXTERNAL] Re: your quote for the loading dock',
    'Subject: [EXTERNAL] Invoice 4471 attached',
    'So I told him [laughs] that we would sort it out.',
    'So I told him [LAUGHS] that we would sort it out.',
    'The transcript then reads [INAUDIBLE] for a few seconds.',
    'The client, [REDACTED], asked to stay anonymous.',
    'Our IT team marks outside mail as [URGENT] only when asked.',
    'Our IT team adds an [EXTERNAL] tag to outside mail.',
    'Then press [ENTER] and the form saves.',
    '[NOTE] The office is closed on Friday.',
    'The audience burst into [APPLAUSE] at the end.',
    'See the chart [FIGURE] below.',
  ])('leaves alone %j', (text) => {
    expect(placeholders(text)).toEqual([]);
  });
});

describe('a call asked for only if something goes wrong, in a care note', () => {
  const care = (body: string) =>
    analyzeMessage({ text: `Hi Dana,\n\n${body}\n\nBest,\nHana`, kind: 'care' }).findings.filter(
      (finding) => finding.kind === 'care-pitch',
    );

  it.each([
    'Happy first year with Biscuit! If anything seems off after the dental, please call us rather than waiting.',
    'Thank you for trusting us with the repair. If you notice any leaks, call us and we will come straight back.',
    'Congratulations on the new bike! If you run into any trouble with the gears, call the shop.',
  ])('is help, not a pitch: %j', (body) => {
    expect(care(body)).toEqual([]);
  });

  it.each([
    'Happy first year with Biscuit! Call us to book the annual wellness package before it sells out.',
    'Thank you for your order! Call us this week to hear about our premium protection plan.',
  ])('still reports a sales call: %j', (body) => {
    expect(care(body).length).toBeGreaterThan(0);
  });
});
