/**
 * The ideas behind claims, closes, hollow openers and jargon, in wordings no phrase list spells
 * out, each with look-alikes that must stay quiet (a blind hold-out set showed that the lists
 * had been fitted to literal phrases).
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage, type MessageKind } from '../../src/index.js';

function claims(text: string): string[] {
  return analyzeMessage({ text, kind: 'cold' }).unverifiableClaims.map(
    (finding) => finding.evidence,
  );
}

function closes(text: string, kind?: MessageKind): string[] {
  return analyzeMessage(kind ? { text, kind } : { text }).manipulativeCloses.map(
    (finding) => finding.evidence,
  );
}

function openers(text: string): string[] {
  return analyzeMessage(text).hollowOpeners.map((finding) => finding.evidence);
}

function jargon(text: string): string[] {
  return analyzeMessage(text).buzzwords.map((finding) => finding.evidence);
}

function focus(text: string): string[] {
  return analyzeMessage(text).readerFocus.mentions.map(
    (mention) => `${mention.text.toLowerCase()}:${mention.focus}`,
  );
}

describe('unverifiable claims: the sender ranks itself against a field', () => {
  it.each([
    [
      'Our crew is hands down the most reliable roofing outfit in Travis County.',
      'the most reliable roofing outfit',
    ],
    [
      "We've been named the friendliest dental practice in Ohio.",
      'the friendliest dental practice',
    ],
    ["I'm consistently the busiest listing agent in the county.", 'the busiest listing agent'],
    ['Our turnaround is the quickest in the trade.', 'the quickest in the trade'],
    ["We're among the fastest-growing lenders in New England.", 'the fastest-growing lenders'],
    ['We have the most knowledgeable staff in the city.', 'the most knowledgeable staff'],
    [
      'Our software is the most intuitive scheduling tool on the market.',
      'the most intuitive scheduling tool',
    ],
    ['Our agents are the hardest-working team in Westchester.', 'the hardest-working team'],
    [
      "Since 2009 we've been widely considered the most responsive manager in the region.",
      'the most responsive manager',
    ],
    [
      'Since 2011 our fill rate of 97% has been the highest in the industry.',
      'the highest in the industry',
    ],
  ])('flags %j', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  it.each([
    [
      'Brightline is the top-rated HVAC installer in Denver.\n\nThanks,\nSam\nBrightline Heating',
      'the top-rated HVAC installer',
    ],
    [
      'Harbor Lane is the leading commercial and residential cleaning company in the Triangle.\n\nBest,\nAmy Fox\nHarbor Lane Cleaning',
      'the leading commercial and residential cleaning company',
    ],
  ])('flags the firm the signature names in %j', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  it.each([
    'Your team is the best in the region.',
    'Dr. Lee is the most patient dentist I know.',
    'The largest room seats 200.',
    'The fastest route in the city is I-80 after 7pm.',
    "You'll get the latest version of the app.",
    'Most of our customers are clinics like yours.',
    'We want to be the most responsive firm in the region.',
    "We're not the biggest firm in the region, but we answer every call.",
    'Our town has the best bakery in the state.',
    'We had the best time at your wedding.',
    'Our clients are the best people in the business.',
    "Your clinic is the friendliest practice in Ohio, and we're lucky to work with you.",
    "She is the most experienced recruiter in the business, and she's joining your team.",
    "We're the busiest in December, so book early.",
    'Our sales this year were the highest in our history.',
    'Lisbon is the most beautiful city in Europe.',
    'We stayed at the best hotel in Lisbon last spring.',
    'Which is the fastest-growing part of your business?',
    'Who is the best contractor in the area for a small kitchen?',
    'It is the most beautiful venue in New England, and your guests will love it.',
    'The leading cause of roof leaks in the area is flashing.',
    'Churn is a leading indicator that your team needs help.',
    'The most common question in the industry is about pricing.',
    'Harbor Lane is the leading cleaning company in the Triangle, and they were great to work with.',
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('unverifiable claims: selectivity, votes and beating everyone', () => {
  it.each([
    ['My team hires only the top 2% of engineers we interview.', 'only the top 2% of engineers'],
    ["I'm in the top 1% of agents nationwide.", 'the top 1% of agents'],
    ['Voted best pizza in Queens three years running, we deliver until 2am.', 'Voted best'],
    ["You won't find a lower rate anywhere.", "You won't find a lower rate"],
    ['Our prices are lower than any other dealer in the state.', 'lower than any other dealer'],
    ['Simply put, we respond faster than anyone else in the market.', 'faster than anyone else'],
    ["Honestly, there's no better value in the valley.", "there's no better value"],
    ["Patients tell us we're the gentlest hygienists they've ever had.", 'the gentlest hygienists'],
  ])('flags %j', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  it.each([
    'The top 20% of your customers drive most of your revenue.',
    'Only the top 5% of applicants get an interview at Google.',
    'Your score puts you in the top 10% of applicants.',
    'Congrats on being voted best bakery in Queens!',
    'Your shop was voted the best in town.',
    "There's no better time to refinance than when rates drop.",
    "You won't find a better deal than the one you already have.",
    'You know your market better than anyone.',
    'We got the roof done faster than anyone expected.',
    'She cares about your kids more than anyone else on staff.',
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('unverifiable claims: what counts as a source', () => {
  it.each([
    [
      "Since 2011 we've placed 85,000 workers in Charlotte and Raleigh, and we're the most trusted staffing firm in the Carolinas. Our client list is attached for your review.",
      'the most trusted staffing firm',
    ],
    [
      "We're the top-rated roofer in the county, according to a recent survey.",
      'the top-rated roofer',
    ],
    ['Voted #1 by couples five years running, we host 300 weddings a year.', 'Voted #1'],
    ['Our clients rate us the best partner they have ever worked with.', 'the best partner'],
  ])('still flags %j: a date, a number or unnamed voters are no source', (text, expected) => {
    expect(claims(text)).toEqual([expected]);
  });

  it.each([
    'J.D. Power ranked us highest in customer satisfaction among regional insurers in 2024.',
    'Forbes named us the fastest-growing brokerage in the Midwest.',
    'We were ranked the top brokerage in the Midwest by Logistics Weekly (2024).',
    'According to Gartner, we are the leading scheduling vendor in North America.',
    'We are the leading HVAC contractor in Texas (source: https://example.com/ranking).',
    "We're the top-rated CRM for clinics in G2's ratings (2024).",
    "We're the fastest-growing brokerage in the Midwest (Inc. 5000, 2024).",
    "We're rated 4.8 on Google from 1,200 reviews.",
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('manipulative closes: a concession traded for a yes now', () => {
  it.each([
    [
      'Suppose we match their quote to the penny; are you ready to switch this week?',
      'Suppose we match their quote to the penny; are you',
    ],
    [
      'If my manager signs off on free installation, could you put down a deposit today?',
      'If my manager signs off on free installation, could you',
    ],
    [
      'What if I throw in the floor mats and the extended warranty, would you take it home tonight?',
      'What if I throw in the floor mats and the extended warranty, would you',
    ],
    ['Would you sign today if I knocked another $300 off?', 'Would you sign today if I knocked'],
    [
      'If I can get you zero percent for 60 months, are you ready to take delivery this weekend?',
      'If I can get you zero percent for 60 months, are you',
    ],
    [
      'Say I throw in free shipping for a year, would you place the order today?',
      'Say I throw in free shipping for a year, would you',
    ],
    [
      'If we cover the first month, will you commit to the annual plan?',
      'If we cover the first month, will you',
    ],
    [
      "What's it going to take to get you behind the wheel?",
      "What's it going to take to get you behind the wheel",
    ],
    ['What can I do to earn your business this quarter?', 'What can I do to earn your business'],
  ])('flags %j', (text, expected) => {
    expect(closes(text)).toEqual([expected]);
  });

  it.each([
    'If I send the file, would you pass it to Ana?',
    'If I can help with anything, would you let me know?',
    'What would it take for your team to hit the goal you mentioned?',
    'If we can fix the leak on Friday, would you sign off on the repair?',
    'If I send over the notes, could you review them with your partner?',
    "You said you'd sign if we added the five-year warranty. If we add it, will you sign this week?",
    "If I'm late, would you start without me?",
    'If we were to start in May, would you need the crew on site for the walkthrough?',
    'If I knock on the door at 6, would you hear me from the back office?',
    'If I send the revised quote, would you share it with your CFO?',
    'If I can get the parts in, would you be free Tuesday for the repair?',
    'If I waive the late fee this once, would you set up autopay so it does not happen again?',
    'Reply STOP and I will take you off the list.',
  ])('does not flag %j', (text) => {
    expect(closes(text)).toEqual([]);
  });
});

describe('manipulative closes: a step taken in the reader’s name', () => {
  it.each([
    [
      'I went ahead and penciled you in for a demo on Thursday at 3.',
      'I went ahead and penciled you in for a demo',
    ],
    ["We've already held your seat in the spring bootcamp.", "We've already held your seat"],
    [
      "I'll swing by with the contract tomorrow at 10.",
      "I'll swing by with the contract tomorrow at 10",
    ],
    ["I've signed you up for the Gold membership.", "I've signed you up for the Gold membership"],
    [
      "I've taken the liberty of reserving the install date for you on May 3.",
      "I've taken the liberty of reserving the install date for you",
    ],
    [
      "I've already registered you for the June intake.",
      "I've already registered you for the June intake",
    ],
  ])('flags %j in a follow-up too', (text, expected) => {
    expect(closes(text, 'follow-up')).toEqual([expected]);
  });

  it.each([
    "You asked to meet before your board meeting, so I've penciled you in for a call on Tuesday at 8; let me know if that doesn't work.",
    "I've gone ahead and booked the conference room for our workshop.",
    "I've gone ahead and added you to the shared drive so you can see the photos.",
    "I'll bring the paperwork in case you decide to go ahead.",
    "I'll bring a copy of the contract so you can look it over with your lawyer.",
    "I reserved a table for us at Luca's at 7; see you there.",
    "Thanks for confirming! I've booked you in for the install on the 12th.",
    "I've held a spot for you in the May cohort, with no obligation: it's yours until Friday if you want it.",
    'We booked you in for the 9am tour you asked about.',
    "I've put you down as a maybe for the picnic.",
  ])('does not flag %j', (text) => {
    expect(closes(text, 'follow-up')).toEqual([]);
  });
});

describe('manipulative closes: either/or on how to pay, sign or start', () => {
  it.each([
    ['Are you thinking cash or financing?', 'Are you thinking cash or financing?'],
    [
      'Do you want to e-sign tonight, or should I bring a paper copy by in the morning?',
      'Do you want to e-sign tonight, or should I bring a paper copy by in the morning?',
    ],
    [
      'Should we do the install on the 5th or the 12th?',
      'Should we do the install on the 5th or the 12th?',
    ],
    [
      'Which is better for your go-live, the 1st or the 15th?',
      'Which is better for your go-live, the 1st or the 15th?',
    ],
    [
      'Would you rather pay it all at once, or spread it over six monthly payments?',
      'Would you rather pay it all at once, or spread it over six monthly payments?',
    ],
  ])('flags %j', (text, expected) => {
    expect(closes(text)).toEqual([expected]);
  });

  it.each([
    'Would you prefer monthly or quarterly check-ins?',
    'You asked about payment options. Would you rather pay in full or in installments?',
    'Thanks for signing! Would Thursday or Friday work better for your onboarding call?',
    'Which day works better for a call, Tuesday or Thursday?',
    'Would you like the report as a PDF or a spreadsheet?',
    'Do you pay cash for parking downtown or use the garage app?',
    'Your new water heater has arrived. Should we do the install on the 5th or the 12th?',
    'Would you like to pay for parking in cash or with the app?',
    'Which is better for your team offsite, Tuesday or Thursday?',
    'Thanks for your deposit! Would you rather pay the balance in full or in two installments?',
  ])('does not flag %j', (text) => {
    expect(closes(text)).toEqual([]);
  });
});

describe('hollow openers: a generic wish as the first words', () => {
  it.each([
    ['Hope your week is off to a great start.', 'Hope your week is off to a great start'],
    [
      'Hi Ana,\n\nTrust you had a restful weekend.\n\nThe plan is attached.',
      'Trust you had a restful weekend',
    ],
    ['Hope all’s well on your end!', 'Hope all’s well on your end'],
    [
      'Hoping everything is going smoothly over there.',
      'Hoping everything is going smoothly over there',
    ],
    [
      'Hi Ana, I hope your Monday is treating you kindly.',
      'I hope your Monday is treating you kindly',
    ],
    ['Hope life has been good to you lately.', 'Hope life has been good to you lately'],
    [
      'Hope you and the team are staying sane this quarter.',
      'Hope you and the team are staying sane this quarter',
    ],
    ['Hope your Q3 is shaping up nicely.', 'Hope your Q3 is shaping up nicely'],
    ['Hope business is booming!', 'Hope business is booming'],
    ['Hope you had a wonderful holiday season.', 'Hope you had a wonderful holiday season'],
  ])('flags %j', (text, expected) => {
    expect(openers(text)).toEqual([expected]);
  });

  it.each([
    'Hope the move to Denver went smoothly.',
    "Hope your daughter's recital went well.",
    "Hope the new roof held up in Saturday's storm.",
    'Hope your week in Lisbon was great.',
    'Hope your week went well after the surgery.',
    'Hope things are going well with the new clinic.',
    'I hope the week ahead brings you good news from the bank.',
    'I hope you have a great weekend!',
    'Your son started at Lincoln this fall. I hope the year is off to a great start!',
    'Thanks for the tour on Friday. Hope the week has been kind.',
    'Hi Jen,\n\nCongrats on the new store! Hope business is booming.',
    'Hope your weekend at the lake was great.',
    'Hope the holidays were gentle on you after such a hard year.',
  ])('does not flag %j', (text) => {
    expect(openers(text)).toEqual([]);
  });

  it('offers to remove a whole generic wish', () => {
    const text =
      'Hi Marcus,\n\nHope the week has been kind to you so far!\n\nThe plan is attached.';
    const [finding] = analyzeMessage(text).hollowOpeners;
    const removal = finding?.removal;
    expect(removal && text.slice(0, removal.start) + text.slice(removal.end)).toBe(
      'Hi Marcus,\n\nThe plan is attached.',
    );
  });
});

describe('buzzwords: vague abstract jargon', () => {
  it.each([
    [
      'Our platform helps retailers supercharge customer engagement.',
      ['supercharge customer engagement'],
    ],
    ['We help clinics reimagine the patient experience.', ['reimagine the patient experience']],
    [
      "Let's talk about how to maximize your untapped potential.",
      ['maximize your untapped potential'],
    ],
    ["We're a customer-centric, AI-powered agency.", ['customer-centric', 'AI-powered']],
    ['Our partner ecosystem covers every need.', ['partner ecosystem']],
    ['We bring a robust ecosystem of integrations.', ['robust ecosystem']],
    ['Our value proposition is simple.', ['value proposition']],
    ["We've right-sized dozens of contracts like yours.", ['right-sized']],
    ['Our scalable, future-proof model grows with you.', ['scalable', 'future-proof']],
    ['Every touchpoint matters.', ['touchpoint']],
    ['It is mission-critical to operationalize the plan.', ['mission-critical', 'operationalize']],
    ['We offer end-to-end, vendor-neutral solutions.', ['end-to-end']],
    ['Our team stays laser-focused on your goals.', ['laser-focused']],
    ["We're a results-driven, client-centric firm.", ['results-driven', 'client-centric']],
    ['Our solution drives measurable ROI.', ['drives measurable ROI']],
  ])('flags %j', (text, expected) => {
    expect(jargon(text)).toEqual(expected);
  });

  it.each([
    'The shuttle goes end to end of the campus.',
    'Your messages are protected with end-to-end encryption.',
    'The ecosystem of the wetland is fragile this spring.',
    'The forest ecosystem recovered after the fire.',
    'The farm will pass to the next generation of your family.',
    'Our cloud-native migration of your Postgres database finished at 2am.',
    'Your data is stored in a cloud-based backup.',
    'The heat pump is scalable to a second floor later.',
    'We drive to the site on Tuesday.',
    'Please unlock the gate before 8.',
    'We can transform the garage into an office.',
    'The value-added tax is included in the quote.',
    'She runs a holistic health practice in Boulder.',
    'The laser focused on the retina for two seconds.',
    'Next-generation sequencing results arrived today.',
    'Maximize your resale value by fixing the roof first.',
    'This change will accelerate your closing date by a week.',
    'The new road will drive traffic past your shop.',
    'The heavy rain will accelerate erosion on the slope.',
  ])('does not flag %j', (text) => {
    expect(jargon(text)).toEqual([]);
  });
});

describe('reader focus: the "we" of a coach and a client', () => {
  it.each([
    ["Let's pick up where we left off last week.", ["let's:shared", 'we:shared']],
    ["Next time we'll run through what we practiced on Thursday.", ["we'll:shared", 'we:shared']],
    [
      'You said the call went well. In our next session, we should look at what we’ve done since March.',
      ['you:reader', 'our:shared', 'we:shared', 'we’ve:shared'],
    ],
    [
      'I think we should pull out the plan we sketched together in March.',
      ['i:sender', 'we:shared', 'we:shared'],
    ],
  ])('counts %j as shared', (text, expected) => {
    expect(focus(text)).toEqual(expected);
  });

  it.each([
    ['We started with a single branch in Charlotte and now run 34 offices.', ['we:sender']],
    ["Here's what we built for clinics like yours.", ['we:sender', 'yours:reader']],
    ['We set three goals for the launch, and we’ve hit one.', ['we:sender', 'we’ve:sender']],
    [
      'In our next session we will cover pricing. We also offer a premium package.',
      ['our:shared', 'we:shared', 'we:sender'],
    ],
    ['We put a team together to pull the numbers for your audit.', ['we:sender', 'your:reader']],
  ])('counts %j as the sender', (text, expected) => {
    expect(focus(text)).toEqual(expected);
  });
});
