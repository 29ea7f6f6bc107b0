import { describe, expect, it } from 'vitest';
import { analyzeMessage, type MessageKind } from '../../src/index.js';

function urgency(text: string): string[] {
  return analyzeMessage({ text: `Hi Jo,\n\n${text}`, kind: 'follow-up' }).falseUrgency.map(
    (finding) => finding.evidence,
  );
}

function pitches(text: string, kind: MessageKind = 'care'): string[] {
  return analyzeMessage({ text, kind }).carePitches.map((finding) => finding.evidence);
}

function dumps(text: string): number[] {
  return analyzeMessage({ text, kind: 'cold' }).featureDumps.map((dump) => dump.count);
}

describe('false urgency: an offer the sender says vanishes soon or cannot be held', () => {
  it.each([
    [
      'The rate disappears at close of business tomorrow.',
      'The rate disappears at close of business tomorrow',
    ],
    [
      'The discount goes away at end of business today.',
      'The discount goes away at end of business today',
    ],
    ["I can't hold this price past Friday.", "I can't hold this price past Friday"],
    [
      "We're not able to keep the discount any longer.",
      "We're not able to keep the discount any longer",
    ],
    [
      "I can't hold the spot for you after tomorrow.",
      "I can't hold the spot for you after tomorrow",
    ],
    [
      "The rate is only good through Friday and I can't hold it again after that.",
      "I can't hold it again",
    ],
    ['After midnight the match is gone forever.', 'is gone forever'],
    ["Don't wait until it's too late.", "Don't wait until it's too late"],
  ])('flags %j', (text, expected) => {
    expect(urgency(text)).toContain(expected);
  });

  it.each([
    "We can't hold the room rate past Friday because the hotel releases the block.",
    "We can't hold the rate past Friday since the hotel releases the block that day.",
    "I can't hold your file open past Friday.",
    "I can't keep this up forever.",
    "I can't hold it again, my wrist is still sore.",
    "We can't guarantee the spot after Friday because the venue needs a final count.",
    'The old match factory will be gone forever.',
    'I hope the meeting went well and the match went your way.',
    'Your rate disappears from the statement once the loan is paid.',
    'I finally found a time that works: close of business tomorrow.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('care pitches: an upgrade, a discount or a quote inside a care touch', () => {
  it.each([
    ['Customers who add storage after their install get $1,000 off.', '$1,000 off'],
    ['This is a great time to upgrade to the bigger system.', 'a great time to upgrade'],
    ['Now is the perfect moment to add a second charger.', 'the perfect moment to add'],
    ['It is a good time to extend your warranty.', 'a good time to extend your warranty'],
    ['Want me to put together a quote?', 'put together a quote'],
    ['I can send you a free estimate for the patio.', 'send you a free estimate'],
    ['While we have you, have you seen our new product line?', 'our new product'],
    ['While I have you: let me know if you want to talk.', 'While I have you'],
  ])('flags %j', (text, expected) => {
    expect(pitches(`Thank you for trusting us with your home!\n\n${text}`)).toEqual([expected]);
  });

  it.each([
    'Thank you for choosing us; your warranty card is attached.',
    'If anything looks off on the monitoring app, call me.',
    "It's a great time to get outside and enjoy the sunshine.",
    'I wanted to send you a quote from Mary Oliver that made me think of you.',
    'What a great moment to celebrate with your family!',
    'Thanks again for the $1,000 you raised for the food bank.',
    'Your system has already produced 1,000 kWh.',
    "Now that we have you set up, here's how to reach support if you ever need it.",
    'The crew said it was a great time to be on your roof: clear skies all day.',
    'Summer is a great time to add a little rest to your week.',
    'What a perfect time to expand the family!',
    'It is a good time to consider what matters most.',
  ])('does not flag %j', (text) => {
    expect(pitches(`Thank you for trusting us with your home!\n\n${text}`)).toEqual([]);
  });

  it('leaves a quote offer alone outside a care touch', () => {
    expect(pitches('Hi Sam,\n\nWant me to put together a quote?', 'follow-up')).toEqual([]);
  });
});

describe('feature dumps: the sender’s offerings, listed without the reader', () => {
  it.each([
    [
      'a run-on sentence of services',
      'Hi Rachel,\n\nOur services include temporary staffing, temp-to-hire, direct hire, on-site management and payrolling.',
      5,
    ],
    [
      'everything the sender handles',
      'Hi Rachel,\n\nWe handle everything from background checks and drug screening to onboarding, timekeeping and payroll.',
      4,
    ],
    [
      'a list after the product introduces itself',
      'Hi Renee,\n\nTixFlow is the all-in-one ticketing platform for venues.\n\n- Dynamic pricing engine\n- Mobile wallet passes\n- Seating maps\n- Box-office hardware',
      4,
    ],
    [
      'a list after the firm introduces itself',
      'Hi Dana,\n\nWe are a full-service marketing agency based in Austin.\n\n- Brand strategy\n- Paid social\n- Video production\n- Web design',
      4,
    ],
    [
      'everything a membership includes',
      "Hey Alex,\n\nHere's a rundown of everything you get with an All-Access membership:\n\n- Keycard access to 9 locations\n- Turf zones with sleds and ropes\n- Cold plunge tubs\n- HydroMassage beds\n- Kids' Club childcare",
      5,
    ],
    [
      'an amenities header',
      'Hi Lee,\n\nThanks for touring The Lofts.\n\nAmenities:\n\n- Rooftop deck\n- Package lockers\n- Dog wash station\n- Bike storage',
      4,
    ],
    [
      'amenities members enjoy',
      'Hi Lee,\n\nAt Harbor Club, members enjoy:\n\n- Heated saltwater pool\n- Infrared sauna\n- Steam room\n- Towel service',
      4,
    ],
    [
      'a long list with one item that mentions the reader in passing',
      "Hi {{first_name}},\n\nHere's everything included in the Annual Plan:\n\n- Two tune-ups per year\n- Furnace inspection\n- A/C inspection\n- Coil cleaning\n- Refrigerant check\n- Thermostat calibration\n- Priority scheduling\n- Transferable if you sell your home",
      8,
    ],
  ])('flags %s', (_name, text, count) => {
    expect(dumps(text)).toEqual([count]);
  });

  it.each([
    [
      'the reader’s own tools',
      "Hi Dana,\n\nYour current vendor is a legacy platform. Here's what I saw in your setup:\n\n- Manual exports every week\n- No audit trail\n- Two logins per person",
    ],
    [
      'a person introduced, not a product',
      'Hi Dana,\n\nMaria is the account manager for your region. She can help with:\n\n- Billing questions\n- Contract changes\n- Site visits',
    ],
    [
      'services that answer a need the reader stated',
      'Hi Rachel,\n\nYou mentioned the seasonal gaps at the Dayton site. Our services include temporary staffing, temp-to-hire, direct hire and payrolling.',
    ],
    [
      'services tied to the reader',
      'Hi Rachel,\n\nOur services include whatever you need for the peak: temp staffing, temp-to-hire, direct hire and payrolling.',
    ],
    ['two things handled', 'Hi Rachel,\n\nWe handle everything from hiring to payroll.'],
    [
      'a short list where one item is about the reader',
      'Hi Dana,\n\nWe are a small design studio in Austin.\n\n- Brand strategy\n- Web design\n- A site that your team can edit',
    ],
    [
      'a long list where several items are about the reader',
      "Hi Dana,\n\nHere's everything included in the plan:\n\n- Two tune-ups a year\n- Your filters, changed each visit\n- Priority scheduling\n- Reminders before your visit\n- Parts discount\n- Coil cleaning",
    ],
    [
      'amenities the reader asked about',
      'Hi Lee,\n\nYou asked which amenities are open in winter:\n\n- Indoor pool\n- Sauna\n- Steam room\n- Lounge',
    ],
    [
      'what to bring, after the studio introduces itself',
      'Hi Lee,\n\nWe are a small yoga studio, and this is what to bring:\n\n- A mat\n- Water\n- A towel',
    ],
    [
      'events after the sender introduces itself in an earlier sentence',
      'Hi Lee,\n\nWe are a small nonprofit agency in Dayton. Upcoming events:\n\n- Spring gala\n- Fun run\n- Volunteer day',
    ],
    [
      'directions for the day',
      "Hi Lee,\n\nParking and amenities for Saturday's open house:\n\n- Street parking on Elm\n- Restrooms in the lobby\n- Coffee at the front desk",
    ],
    [
      'logistics at a gym',
      'Hi Lee,\n\nA few notes for Saturday:\n\n- Covered parking in lot B\n- Lockers at the front desk\n- Towels at the door',
    ],
  ])('does not flag %s', (_name, text) => {
    expect(dumps(text)).toEqual([]);
  });
});

describe('false urgency: round 5 ideas', () => {
  function urgencyOf(text: string): string[] {
    return analyzeMessage({ text, kind: 'cold' }).falseUrgency.map((finding) => finding.evidence);
  }

  it.each([
    ['After Sunday this offer disappears.', 'this offer disappears'],
    [
      'Only a handful of discounted enrollments remain.',
      'Only a handful of discounted enrollments remain',
    ],
    ['Grab yours before someone else does.', 'Grab yours before someone else does'],
    [
      'Book your spot today before another family takes it.',
      'Book your spot today before another family takes',
    ],
  ])('flags %j', (text, expected) => {
    expect(urgencyOf(text)).toEqual([expected]);
  });

  it.each([
    'Renew your domain before someone else registers it.',
    'Only a few questions remain on the form, and none are urgent.',
    'Only two of the original oaks remain on the street.',
    "The snow usually disappears by April, so we'll plant then.",
    'If you cancel, your offer of a free month simply ends, nothing else changes.',
  ])('does not flag %j', (text) => {
    expect(urgencyOf(text)).toEqual([]);
  });
});
