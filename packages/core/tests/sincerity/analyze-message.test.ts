import { describe, expect, it } from 'vitest';
import type { FindingKind, MessageAnalysis } from '../../src/index.js';
import { analyzeMessage } from '../../src/index.js';

const LIST: Record<FindingKind, keyof MessageAnalysis> = {
  'pitch-first': 'pitchFirst',
  'time-grab': 'timeGrabs',
  'false-urgency': 'falseUrgency',
  'unverifiable-claim': 'unverifiableClaims',
  'guilt-trip': 'guiltTrips',
  'hollow-opener': 'hollowOpeners',
  'manipulative-close': 'manipulativeCloses',
  buzzword: 'buzzwords',
  'feature-dump': 'featureDumps',
  'care-pitch': 'carePitches',
  'templated-intimacy': 'templatedIntimacy',
  'deceptive-subject': 'deceptiveSubjects',
};

function evidence(text: string, kind: FindingKind, messageKind?: 'cold' | 'follow-up'): string[] {
  const analysis = analyzeMessage({ text, ...(messageKind ? { kind: messageKind } : {}) });
  const list = analysis[LIST[kind]] as { evidence: string }[];
  return list.map((finding) => finding.evidence);
}

const MUST_FLAG: [FindingKind, string, string][] = [
  ['pitch-first', 'Hi Maria,\n\nMy name is Sam and I lead sales at Acme.', 'My name is'],
  ['pitch-first', "I'm reaching out from Acme, the CRM for clinics.", "I'm reaching out from"],
  ['pitch-first', 'We are a leading provider of scheduling software.', 'We are a leading'],
  ['pitch-first', 'Hello Ana,\n\nAt Acme, we build tools for clinics.', 'At Acme, we'],
  ['pitch-first', 'Hi Ana, I wanted to introduce our new platform.', 'I wanted to introduce'],
  ['pitch-first', 'Allow me to introduce myself.', 'Allow me to introduce'],
  ['pitch-first', 'Hi Ana,\n\nOur platform helps clinics fill open shifts.', 'Our platform helps'],
  ['time-grab', 'Could you spare 10 minutes of your time this week?', '10 minutes of your time'],
  ['time-grab', 'Are you free for a quick call on Tuesday?', 'a quick call'],
  ['time-grab', 'Can we hop on a call so I can walk you through our platform?', 'hop on a call'],
  ['time-grab', 'Would you be open to a 15-minute demo next week?', 'a 15-minute demo'],
  ['false-urgency', 'Act now to lock in this price.', 'Act now'],
  ['false-urgency', 'There are only 3 spots left in the cohort.', 'only 3 spots left'],
  ['false-urgency', 'This offer expires Friday.', 'This offer expires'],
  ['false-urgency', 'This is your last chance to join.', 'last chance'],
  ['false-urgency', "Don't miss out on the launch pricing.", "Don't miss out"],
  ['false-urgency', "Teams that wait you'll be left behind.", "you'll be left behind"],
  ['false-urgency', 'Last chance: doors close at midnight.', 'Last chance'],
  ['unverifiable-claim', 'Acme is the number one CRM for dentists.', 'the number one'],
  ['unverifiable-claim', 'We are a leading provider of payroll tools.', 'a leading provider'],
  ['unverifiable-claim', 'Our world-class team will onboard you.', 'world-class'],
  ['unverifiable-claim', 'We are best-in-class at security.', 'best-in-class'],
  ['unverifiable-claim', 'We work with 159 of the Fortune 500.', '159 of the Fortune 500'],
  [
    'unverifiable-claim',
    'It is the most advanced scheduler on the market.',
    'the most advanced scheduler on the market',
  ],
  ['unverifiable-claim', 'Acme is the #1 rated CRM.', 'the #1'],
  [
    'guilt-trip',
    'Just bumping this to the top of your inbox.',
    'Just bumping this to the top of your inbox',
  ],
  ['guilt-trip', "I haven't heard back from you.", "I haven't heard back"],
  ['guilt-trip', 'Did you get my email from Monday?', 'Did you get my email'],
  ['guilt-trip', 'Per my last email, the deadline is close.', 'Per my last email'],
  ['guilt-trip', 'You must be busy, so I will keep this short.', 'You must be busy'],
  ['guilt-trip', "Should I assume you're not interested?", "Should I assume you're not interested"],
  ['guilt-trip', 'Circling back again on the proposal.', 'Circling back again'],
  ['hollow-opener', 'I hope this email finds you well.', 'I hope this email finds you well'],
  ['hollow-opener', 'Dear Sir/Madam,\n\nYour order shipped.', 'Dear Sir/Madam'],
  ['hollow-opener', 'To whom it may concern,\n\nWe sell chairs.', 'To whom it may concern'],
  ['hollow-opener', 'Dear valued customer,\n\nThanks for your order.', 'Dear valued customer'],
  ['hollow-opener', "Hi Maria, I hope you're doing well.", "I hope you're doing well"],
  [
    'manipulative-close',
    'If I could show you how to cut costs by 20%, would you buy today?',
    'If I could show you how to cut costs by 20%, would you',
  ],
  [
    'manipulative-close',
    'What would it take to earn your business?',
    'What would it take to earn your business',
  ],
  [
    'manipulative-close',
    'Which works better to sign, Tuesday or Thursday?',
    'Which works better to sign, Tuesday or Thursday?',
  ],
  ['manipulative-close', 'When should we send the contract?', 'When should we send the contract'],
  ['buzzword', 'We leverage AI to find savings.', 'leverage'],
  ['buzzword', 'Imagine the synergy between our teams.', 'synergy'],
  ['buzzword', 'It is a game-changing release.', 'game-changing'],
  ['buzzword', 'This is a paradigm shift for clinics.', 'paradigm shift'],
  ['buzzword', 'A best-of-breed stack for you.', 'best-of-breed'],
  ['buzzword', 'Small fixes can move the needle.', 'move the needle'],
  ['buzzword', "Let's circle back next quarter.", 'circle back'],
  ['buzzword', 'We help startups disrupt the industry.', 'disrupt the industry'],
];

const MUST_NOT_FLAG: [FindingKind, string][] = [
  ['pitch-first', 'Hi Maria,\n\nWhen we spoke last week, you said hiring was hard.'],
  ['pitch-first', 'Hi Maria,\n\nI hope the move to Denver went smoothly.'],
  ['pitch-first', 'Congrats on the new clinic, Ana! My name is on the guest list for Friday.'],
  [
    'pitch-first',
    'Your post on hiring nurses was great.\n\nMy name is Sam and I run a staffing firm.',
  ],
  ['pitch-first', 'You asked about pricing, so I wanted to introduce our plans.'],
  ['pitch-first', 'At the conference, we talked about scheduling.'],
  ['pitch-first', 'I noticed your team opened a Denver office.'],
  ['pitch-first', 'Thanks for the note about the roof. We can start Monday.'],
  ['pitch-first', 'Hi Ana,\n\nOur platform is down for maintenance tonight from 9 to 10 p.m.'],
  ['pitch-first', 'Our team is sorry about the delay on your order.'],
  ['time-grab', 'Thanks for the quick call yesterday.'],
  ['time-grab', 'Thanks for the 10 minutes you spent with our support team.'],
  ['time-grab', "If you're free, the gallery opens at six."],
  ['time-grab', 'You asked for a quick demo, so here is a recording.'],
  ['time-grab', 'After our quick chat, I wrote up the notes.'],
  ['time-grab', 'It was a quick call but a useful one.'],
  ['time-grab', 'Take your time; there is no rush at all.'],
  ['time-grab', 'Your board gets a 15-minute update each month.'],
  ['time-grab', 'The calendar invite for your audit in June is attached.'],
  ['false-urgency', 'The Clean Air Act now requires new filters.'],
  ['false-urgency', 'The chairs come with a limited warranty.'],
  ['false-urgency', 'I only wanted to share the slides from your talk.'],
  ['false-urgency', 'Your audit in June is the real deadline here.'],
  ['false-urgency', 'Let us finish before your board meeting on Friday.'],
  ['false-urgency', 'You said it was the last chance to fix the roof before winter.'],
  ['false-urgency', 'No hurry, take the weekend.'],
  ['false-urgency', 'Your offer expires Friday, so the bank needs the form by Thursday.'],
  ['false-urgency', 'On our last call you mentioned hiring.'],
  ['false-urgency', 'You mentioned, "Act now or lose the grant."'],
  ['false-urgency', 'The summer sale was a hit with your customers.'],
  ['false-urgency', 'Your lease offer expires Friday, so here is the checklist for the bank.'],
  ['false-urgency', 'The last chance for snow is in March, according to the forecast you sent.'],
  ['false-urgency', 'Only two of your nurses swapped shifts last week, which is great.'],
  ['unverifiable-claim', 'Keeping patients safe is your number one priority.'],
  ['unverifiable-claim', 'Safety is their number one priority.'],
  ['unverifiable-claim', 'You mentioned, "we\'re the leading clinic in Ohio".'],
  ['unverifiable-claim', 'Your team is world-class at patient care.'],
  ['unverifiable-claim', 'Congrats on being named a leading employer in Ohio.'],
  ['unverifiable-claim', 'They run a world-class kitchen downtown.'],
  ['unverifiable-claim', 'Our number one goal is to answer your questions fast.'],
  [
    'unverifiable-claim',
    'We helped three clinics like yours cut no-shows by 18% (case study attached).',
  ],
  ['unverifiable-claim', 'Her leading role in the project was clear.'],
  ['unverifiable-claim', '> We are the #1 CRM, you wrote in your launch post.'],
  ['guilt-trip', "I haven't heard back from the bank yet about your loan."],
  ['guilt-trip', 'Thanks for getting back to me so fast.'],
  ['guilt-trip', 'You said, "did you get my email?" and yes, I did.'],
  ['guilt-trip', 'I know the quarter is busy, so here is a one-line summary.'],
  ['guilt-trip', 'Following up on your question about pricing: it is $40 a seat.'],
  ['guilt-trip', 'Did you get the tickets for Saturday?'],
  ['guilt-trip', 'My last email had a typo in the date; it is Tuesday.'],
  ['guilt-trip', 'You must be busy with the new clinic opening, so congrats and no reply needed.'],
  ['hollow-opener', 'Dear Maria,\n\nYour order shipped.'],
  ['hollow-opener', 'I hope the move to Denver went smoothly.'],
  ['hollow-opener', 'I hope your daughter enjoyed the science fair.'],
  ['hollow-opener', 'Hi Maria,\n\nThanks for the tour yesterday.'],
  ['hollow-opener', 'I hope you find the notes useful.'],
  ['hollow-opener', 'Dear Dr. Patel,\n\nThe results are in.'],
  ['hollow-opener', 'I hope you are doing well in the new role at Kaiser.'],
  ['manipulative-close', 'Which day works better for a call, Tuesday or Thursday?'],
  ['manipulative-close', 'If you could share your timeline, would that help us plan?'],
  ['manipulative-close', 'What would help your team most this quarter?'],
  [
    'manipulative-close',
    'When we spoke, you asked for the paperwork. When should we send the contract?',
  ],
  ['manipulative-close', 'Would it help if I sent a short case study?'],
  ['buzzword', 'Your debt leverage is high this year.'],
  ['buzzword', 'The financial leverage of the deal worried the board.'],
  ['buzzword', 'The outage may disrupt service for an hour.'],
  ['buzzword', 'We drew a circle on the map.'],
  ['buzzword', 'The handoff from your old vendor was seamless, you said.'],
  ['buzzword', 'Please use the new form.'],
  ['buzzword', 'You wrote, "we need synergy across teams," and I agree the teams should talk.'],
];

const EVERYDAY = [
  'Thanks for coming by the clinic on Tuesday. The kids loved the tour.',
  "I'm sorry to hear about your dad. Take all the time you need.",
  'Your order #1 of 3 has shipped; the other two follow on Friday.',
  'The leading cause of no-shows in your data is late reminders.',
  'We were the first team to reply to the RFP, as you know.',
  'Act 2 of the play starts at eight, so dinner at six works.',
  'Happy birthday, Ana! I hope the party was fun.',
  'Only two of your nurses swapped shifts last week, which is great.',
  'Your lease offer expires Friday, so here is the checklist for the bank.',
  'We met at the coffee shop near your office. It was great to catch up.',
  'I have not heard back from the inspector, but I will call him Monday.',
  'The last chance for snow is in March, according to the forecast you sent.',
  'Could you send the signed form when you get a chance?',
  "We're a small team, so I answer support emails myself.",
  "Our product is not the right fit for every clinic, and that's fine.",
  'The best coffee in Denver is at the place you recommended.',
  "Please don't hurry on my account.",
  'Would a quick note to your team help?',
  'If I could ask one thing: what did your team think of the pilot?',
  'This is the final version of the contract you asked for.',
  "Let's circle the date on the calendar: June 4.",
  'You were number one on the leaderboard again. Congrats!',
  'The US team will join the call you scheduled.',
  'Your board meets on Friday; the deck is ready for you.',
  'Leverage ratios above 3x worried your CFO, you said.',
  'Dear team,\n\nThe offsite is confirmed.',
  "I know you're busy with the launch, so no need to reply.",
  'We disrupted your morning with the fire drill; sorry about that.',
];

describe(analyzeMessage, () => {
  it.each(MUST_FLAG)('%s: flags %j', (kind, text, expected) => {
    expect(evidence(text, kind, 'cold')).toContain(expected);
  });

  it.each(MUST_NOT_FLAG)('%s: does not flag %j', (kind, text) => {
    expect(evidence(text, kind)).toEqual([]);
  });

  it.each(EVERYDAY)('finds nothing in the everyday sentence %j', (text) => {
    expect(analyzeMessage({ text, kind: 'cold' }).findings).toEqual([]);
  });

  it('locates findings at offsets into the original text, with merge fields masked', () => {
    const text = 'Hi {{contact.firstName}},\n\nMy name is Sam. Act now!';
    const analysis = analyzeMessage({
      text,
      fields: [{ start: 3, end: 24, path: 'contact.firstName' }],
    });
    const [pitch] = analysis.pitchFirst;
    expect(pitch && text.slice(pitch.start, pitch.end)).toBe('My name is');
    const [urgency] = analysis.falseUrgency;
    expect(urgency && text.slice(urgency.start, urgency.end)).toBe('Act now');
    expect(urgency?.confidence).toBeGreaterThan(0);
    expect(urgency?.confidence).toBeLessThanOrEqual(1);
    expect(urgency?.reason).toBeTruthy();
  });

  it('lists claims and pressure phrases under their measure names too', () => {
    const analysis = analyzeMessage('We are the #1 CRM. Act now!');
    expect(analysis.claims).toBe(analysis.unverifiableClaims);
    expect(analysis.pressure).toBe(analysis.falseUrgency);
    expect(analysis.claims.map((finding) => finding.evidence)).toEqual(['the #1']);
    expect(analysis.pressure.map((finding) => finding.evidence)).toEqual(['Act now']);
  });

  it('only flags an assumptive close in a first touch', () => {
    const text = 'When should we send the contract?';
    expect(evidence(text, 'manipulative-close', 'cold')).toHaveLength(1);
    expect(evidence(text, 'manipulative-close', 'follow-up')).toEqual([]);
  });

  it('ignores lines quoted with ">"', () => {
    const text = 'Thanks, Ana.\n\n> Act now, only 3 spots left!\n> We are the #1 clinic.';
    const analysis = analyzeMessage(text);
    expect(analysis.findings).toEqual([]);
  });

  it('returns the same analysis for the same input object', () => {
    const input = { text: 'Hope you are well.' };
    expect(analyzeMessage(input)).toBe(analyzeMessage(input));
  });
});

describe('readerFocus', () => {
  it.each([
    ['We build CRMs. Our team is great.', 0, 2, 0],
    ['Your clinic grew fast. You hired ten nurses.', 2, 0, 0],
    ['When we spoke last week, you said hiring was hard.', 1, 0, 1],
    ['As we discussed, you and I will meet.', 1, 1, 1],
    ["Let's meet after our call on Monday.", 0, 0, 2],
    ['Part I of the plan ships to the US in May.', 0, 0, 0],
    ['You mentioned, "we are the leading clinic".', 1, 0, 0],
    ["I'm sure you'll like it.", 1, 1, 0],
  ])('%j → reader %i, sender %i, shared %i', (text, reader, sender, shared) => {
    const focus = analyzeMessage(text).readerFocus;
    expect([focus.reader, focus.sender, focus.shared]).toEqual([reader, sender, shared]);
  });

  it('gives a ratio of reader to sender mentions', () => {
    expect(analyzeMessage('We help you. We love you.').readerFocus.ratio).toBe(1);
    expect(analyzeMessage('You did it.').readerFocus.ratio).toBeNull();
  });
});

describe('opening', () => {
  it.each([
    ['Hi Maria,\n\nMy name is Sam and I sell CRMs.', 'sender'],
    ['Hi Maria,\n\nWe build CRMs for clinics.', 'sender'],
    ['Hi Maria,\n\nYour Denver office looks great.', 'reader'],
    ['Hi Maria, congrats on your new role!', 'reader'],
    ['Hi Maria,\n\nI saw your talk on nurse hiring.', 'reader'],
    ['Hi Maria,\n\nI hope the move to Denver went smoothly.', 'reader'],
    ['Hi Maria,\n\nThe roof report is attached.', 'neutral'],
  ])('%j opens about the %s', (text, subject) => {
    expect(analyzeMessage(text).opening?.subject).toBe(subject);
  });

  it('skips a greeting paragraph and the greeting on the same line', () => {
    const text = 'Hi Maria,\n\nHello again, your report is in.';
    const opening = analyzeMessage(text).opening;
    expect(opening && text.slice(opening.sentence.start, opening.sentence.end)).toBe(
      'your report is in.',
    );
  });

  it('is null for a message with only a greeting', () => {
    expect(analyzeMessage('Hi Maria,').opening).toBeNull();
  });
});

describe('questions and asks', () => {
  it.each([
    ['Is hiring still the hardest part?', 1],
    ['What would help your team most?', 1],
    ['Did I mention we won an award?', 0],
    ['You said, "is this the best you can do?" and I understood.', 0],
    ['We ship on Monday. Thanks!', 0],
    ['Any thoughts? Does Friday suit you?', 2],
  ])('%j has %i question(s) to the reader', (text, count) => {
    expect(analyzeMessage(text).questions).toHaveLength(count);
  });

  it.each([
    ['Are you free for a call on Tuesday?', 'meeting', 'call'],
    ['Let me know if the draft works.', 'reply', 'Let me know'],
    ['Click here to start your trial.', 'link', 'Click here'],
    ['Would you like to sign up for the beta?', 'purchase', 'sign up'],
  ])('%j asks for a %s', (text, kind, words) => {
    const ask = analyzeMessage(text).asks.find((candidate) => candidate.kind === kind);
    expect(ask?.evidence).toBe(words);
  });

  it.each([
    'Thanks for the call yesterday.',
    'The meeting notes are attached.',
    'I bought a new desk last week.',
    'We met at the coffee shop.',
  ])('%j asks for nothing', (text) => {
    expect(analyzeMessage(text).asks).toEqual([]);
  });
});

describe('readability', () => {
  it('counts words and sentences of the body and grades them', () => {
    const analysis = analyzeMessage('The cat sat. The dog ran.');
    expect(analysis.wordCount).toBe(6);
    expect(analysis.sentenceCount).toBe(2);
    expect(analysis.syllableCount).toBe(6);
    // 0.39 × 3 + 11.8 × 1 − 15.59 < 0, clamped to 0.
    expect(analysis.readingGrade).toBe(0);
  });

  it('grades long words and sentences higher', () => {
    const simple = analyzeMessage('Thanks for the call. It was fun. Talk soon.');
    const complex = analyzeMessage(
      'Our comprehensive organizational transformation methodology facilitates unprecedented operational efficiency improvements across heterogeneous enterprise infrastructures.',
    );
    expect(complex.readingGrade).toBeGreaterThan(simple.readingGrade + 10);
  });

  it('is zero for an empty message', () => {
    expect(analyzeMessage('').readingGrade).toBe(0);
  });

  it('reads like plain properties, though worked out on first read', () => {
    const analysis = analyzeMessage({ text: 'The cat sat. The dog ran.' });
    const measures = ['wordCount', 'sentenceCount', 'syllableCount', 'readingGrade'] as const;
    expect(Object.keys(analysis)).toEqual(expect.arrayContaining([...measures, 'paragraphGrades']));
    const copy = JSON.parse(JSON.stringify(analysis)) as Record<string, unknown>;
    const spread = { ...analysis };
    for (const measure of measures) {
      expect(copy[measure]).toBe(analysis[measure]);
      expect(spread[measure]).toBe(analysis[measure]);
    }
    expect(analysis.wordCount).toBe(6);
    expect(copy['paragraphGrades']).toEqual(analysis.paragraphGrades);
    // Each analysis reads its own message, not the last one measured.
    const other = analyzeMessage({ text: 'One two three four five six seven eight.' });
    expect([analysis.wordCount, other.wordCount]).toEqual([6, 8]);
  });
});
