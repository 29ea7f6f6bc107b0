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

describe('false urgency: pushes to act now', () => {
  it.each([
    ["If you've ever thought about selling, now is the time.", 'now is the time'],
    ["Now's the perfect moment to lock in your rate.", "Now's the perfect moment"],
    ['The time to sell is now.', 'The time to sell is now'],
    ["There's no time like the present to refinance.", 'no time like the present'],
    [
      'Call me today before the spring market cools off!',
      'Call me today before the spring market cools off',
    ],
    ['Sign up today before the price goes up.', 'Sign up today before the price goes up'],
    ['Order now before they sell out!', 'Order now before they sell out'],
    ['Reply today to claim your spot.', 'Reply today to claim your'],
  ])('flags %j', (text, expected) => {
    expect(urgency(text)).toEqual([expected]);
  });

  it.each([
    'Now is the time of year when we check the gutters on your street.',
    'Now is the time we usually review your policy, so the summary is attached.',
    'Now is a good time to test your smoke alarms.',
    'Please call me today before 3 so I can file the claim.',
    'Stop by today before the rain starts; the crew can look at the gutters.',
    'Reply today before you leave for vacation, if you can.',
    'Reply today to confirm your appointment.',
    'The time is now 10:15 in Denver, so lunch may be late for you.',
    'The sale of your house closes Friday.',
    'Take your time; there is no rush at all.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: scarcity the reader cannot check', () => {
  it.each([
    ["Prices like these won't last.", "won't last"],
    ["These rates won't last forever.", "won't last forever"],
    ["The product designer role I mentioned won't be open long.", "won't be open long"],
    ["Inventory like this doesn't last, so come see it Saturday.", "doesn't last"],
    [
      'The review is only available to the first 20 people who respond.',
      'the first 20 people who respond',
    ],
    ['The first 50 donors to give will have their gift matched.', 'The first 50 donors to give'],
    ["Once they're gone, they're gone!", "Once they're gone, they're gone"],
    ['We have several candidates in final rounds.', 'several candidates in final rounds'],
    [
      'Two other buyers are already interested in this property.',
      'Two other buyers are already interested in this',
    ],
    ['Homes on Maple Ridge are selling fast.', 'Homes on Maple Ridge are selling fast'],
    ['Spots on my calendar fill up fast this time of year.', 'Spots on my calendar fill up fast'],
    ['Grab one while you can.', 'Grab one while you can'],
  ])('flags %j', (text, expected) => {
    expect(urgency(text)).toEqual([expected]);
  });

  it.each([
    "The swelling won't last long after the cleaning.",
    "The road closure won't last long.",
    "This won't take long.",
    "Your current rate won't last, since the loan resets in May.",
    "The promotion on your plan won't last past March 1, as the letter you got says.",
    'The first 20 pages of the report cover your plant.',
    'The first 10 customers we onboarded were clinics like yours.',
    'The first few people who called asked about parking.',
    'Once it is gone, the old server can be recycled.',
    "Once you're settled in, I'll drop by with the keys.",
    "Take photos of your tulips before they're gone.",
    'Several candidates asked about remote work, so I added it to the FAQ.',
    'Two buyers are interested in your house, and both are pre-approved.',
    'We have several candidates in final rounds for your open role.',
    'Your house sold fast!',
    'The project is moving fast.',
    'These days, things are moving fast at the plant.',
    'Enjoy the peaches while they last.',
    'Get some rest while you can.',
    'The chairs come with a limited warranty.',
    'I hope the move goes fast.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: deadlines the sender set', () => {
  it.each([
    ['THIS WEEKEND ONLY!!! Every truck on our lot is priced to move.', 'THIS WEEKEND ONLY'],
    ['For 48 hours only, upgrades are half price.', 'For 48 hours only'],
    [
      'I need your answer by tomorrow if you want to be considered.',
      'I need your answer by tomorrow',
    ],
    ['We need to hear back by tomorrow.', 'We need to hear back by tomorrow'],
    ['Please give today, because midnight is our deadline.', 'midnight is our deadline'],
    ['The clock is ticking.', 'The clock is ticking'],
  ])('flags %j', (text, expected) => {
    expect(urgency(text)).toEqual([expected]);
  });

  it.each([
    "I'm in town this week only, so let me know if Wednesday works.",
    "We're open this weekend only from 9 to 1 for the inventory count.",
    'I need your answer by tomorrow so the caterer can order.',
    'I need your signature by Friday to file the claim.',
    'Could you let me know by tomorrow if Tuesday still works?',
    'Could you let me know on both by Friday the 10th, so the developers have a week to test?',
    'Our deadline for the grant report is Friday, so could you send photos Thursday?',
    'The filing deadline is April 15.',
    'Today is the deadline to file, according to the county notice you forwarded.',
    'The deadline you mentioned is Friday, and we will be ready.',
    'The clock is ticking on your permit, so I called the city for you.',
    'Here is the plan for your audit in June.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('false urgency: fear of missing out and of waiting', () => {
  it.each([
    ["You don't want to miss the window.", "You don't want to miss the window"],
    ["You won't want to miss this.", "You won't want to miss this"],
    ["I'd hate for you to miss out because you were busy.", "I'd hate for you to miss out"],
    ["Don't let this opportunity pass you by.", "Don't let this opportunity pass you by"],
    ['Every day you wait, another family goes without a meal.', 'Every day you wait'],
    ['Retirees who wait are losing thousands.', 'Retirees who wait are losing'],
    ['Waiting is costing you money.', 'Waiting is costing you'],
    ["Don't be one of them.", "Don't be one of them"],
  ])('flags %j', (text, expected) => {
    expect(urgency(text)).toEqual([expected]);
  });

  it.each([
    "If you don't want to miss the shuttle, leave by 8.",
    "I didn't want you to miss the note about your refund.",
    "I'd hate for you to miss out on the refund you're owed, so the form is attached.",
    "You won't want to miss your daughter's recital for this; Tuesday works too.",
    'Every day you wait for the adjuster is frustrating, I know.',
    'Patients who wait longer than 20 minutes are less likely to return.',
    "Don't be shy about asking for changes.",
    "Don't be a stranger!",
    'When we spoke, you said you wanted to miss out on nothing this year.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});

describe('unverifiable claims: ranks and superlatives about the sender', () => {
  it.each([
    ['We are the highest-rated home insurer in the state.', 'the highest-rated home insurer'],
    ["We're the top-ranked firm in the region.", 'the top-ranked firm'],
    ["I'm the top-producing agent in Westchester.", 'the top-producing agent'],
    ['Our agents are the best in the business.', 'the best in the business'],
    [
      "At Westside Ford, we're known for the best trade-in values in the city.",
      'the best trade-in values in the city',
    ],
    ['We have the fastest lead times in North America.', 'the fastest lead times in North America'],
    [
      'We offer the lowest prices you will find anywhere.',
      'the lowest prices you will find anywhere',
    ],
    ["Acme is the industry's most trusted supplier.", "the industry's most trusted"],
    ["We're the nation's largest independent lender.", "the nation's largest independent lender"],
  ])('flags %j', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  it.each([
    'Your team is the best in the business.',
    "You're the best in the business at this.",
    'I learned from the best in the business.',
    'The best part of our call was hearing about your trip.',
    'The best coffee in Denver is at the place you recommended.',
    'I had the best tacos in Austin last week.',
    'Lisbon is the most beautiful city in Europe.',
    'What is the best time to reach you in March?',
    'We follow the best practices in the industry.',
    "I'll get you the best rate I can.",
    'The lowest price I can do is $40 a seat.',
    'Our top-selling plan for teams your size is Pro.',
    'She is the top-rated speaker at the conference.',
    'Congrats on being named the top-producing agent in your office!',
    "They're the highest-rated clinic in town, so your referral was a good one.",
    'Keeping patients safe is your number one priority.',
    'We had the best deals in December, and the next sale is in June.',
    'Which plan is best for your team?',
    'Mortgage lenders are offering the lowest rates in three years.',
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('unverifiable claims: comparisons with every competitor', () => {
  it.each([
    ['Nobody sells homes faster than my team.', 'Nobody sells homes faster'],
    ['No one knows this market better than we do.', 'No one knows this market better'],
    ['Nobody beats our prices.', 'Nobody beats our'],
    ['No other agency works harder for its clients.', 'No other agency works harder'],
    [
      'Our strategy has beaten the S&P 500 every single year, guaranteed.',
      'beaten the S&P 500 every single year',
    ],
    [
      'Our fund has outperformed the market year after year.',
      'outperformed the market year after year',
    ],
    ["Come in Saturday and we'll beat any deal in town.", 'beat any deal in town'],
  ])('flags %j', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  it.each([
    'Nobody knows your business better than you.',
    'No one expects you to answer faster than you can.',
    'Nobody works weekends to hit a date.',
    'Nobody gets everything right the first time.',
    "Most funds don't beat the market over ten years.",
    'Your portfolio beat the S&P 500 every year since 2019.',
    "We can't beat every price, but we'll match any written quote.",
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('unverifiable claims: a claim that names its source', () => {
  it.each([
    [
      'We are the highest-rated insurer in Florida, according to our customers.',
      'the highest-rated insurer',
    ],
    ['We are the highest-rated insurer in Florida, as everyone says.', 'the highest-rated insurer'],
    [
      'We are the top-ranked firm in the region, ranked in the top 1% nationally.',
      'the top-ranked firm',
    ],
  ])('still flags %j', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  it.each([
    'According to J.D. Power, we are the highest-rated home insurer in Florida.',
    'We are the highest-rated home insurer in Florida (J.D. Power 2024 U.S. Home Insurance Study).',
    'We are the highest-rated insurer in the state. The 2024 J.D. Power study is attached.',
    'We are the top-rated CRM for clinics on G2 (see https://www.g2.com/categories/crm).',
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('false urgency: the fear of being left behind', () => {
  it.each([
    [
      "Don't say I didn't warn you when your competitors pull ahead and you're left behind.",
      "and you're left behind",
    ],
    ["Sign now, before you're left behind.", "before you're left behind"],
  ])('flags %j', (text, expected) => {
    expect(urgency(text)).toEqual([expected]);
  });

  it.each([
    "We'll share the notes so you're not left behind after missing Tuesday's call.",
    "If you're left behind on the shuttle, call me and I'll pick you up.",
    'Nobody on your team gets left behind: the training is recorded.',
  ])('does not flag %j', (text) => {
    expect(urgency(text)).toEqual([]);
  });
});
