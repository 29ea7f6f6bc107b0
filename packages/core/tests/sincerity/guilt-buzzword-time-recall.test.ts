import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import type { MessageAnalysis } from '../../src/index.js';

type Kind = 'guiltTrips' | 'buzzwords' | 'timeGrabs';

const MUST_FLAG: [Kind, string, string][] = [
  [
    'guiltTrips',
    'Did you forget about the children who count on you?',
    'Did you forget about the children who count on you',
  ],
  ['guiltTrips', 'Have you forgotten about us?', 'Have you forgotten about us'],
  [
    'guiltTrips',
    "I've written to you twice now without a reply.",
    "I've written to you twice now without a reply",
  ],
  [
    'guiltTrips',
    'We have called you several times this month.',
    'We have called you several times',
  ],
  [
    'guiltTrips',
    'I sent the proposal in March and again in April without a reply.',
    'without a reply',
  ],
  [
    'guiltTrips',
    'Just floating this back to the top of your inbox.',
    'Just floating this back to the top of your inbox',
  ],
  [
    'guiltTrips',
    'Popping my last email back onto your radar.',
    'Popping my last email back onto your radar',
  ],
  [
    'guiltTrips',
    'Did you get a chance to look at my last email?',
    'Did you get a chance to look at my last email',
  ],
  ['guiltTrips', 'Any chance you saw my previous note?', 'Any chance you saw my previous note'],
  [
    'guiltTrips',
    "I can only assume this isn't a priority for you right now.",
    "I can only assume this isn't a priority",
  ],
  [
    'buzzwords',
    'We are a startup disrupting the logistics space.',
    'disrupting the logistics space',
  ],
  ['buzzwords', "We're hiring rockstars and ninjas for our engineering team.", 'rockstars'],
  ['buzzwords', "We're looking for a JavaScript ninja to join the team.", 'ninja'],
  ['buzzwords', 'Our platform empowers sales teams to close faster.', 'empowers sales teams'],
  ['buzzwords', 'At Northstar, we empower leadership teams to grow.', 'empower leadership teams'],
  ['buzzwords', 'Acme leverages AI to cut your costs.', 'leverages'],
  ['buzzwords', 'We are leveraging our network to find candidates.', 'leveraging'],
  [
    'guiltTrips',
    "Since I haven't heard, I'll take it that the pilot is no longer a priority.",
    "I'll take it that the pilot is no longer a priority",
  ],
  [
    'timeGrabs',
    'Would you be interested in a deep dive on how we could elevate your brand?',
    'a deep dive on how we could elevate',
  ],
  [
    'timeGrabs',
    'Are you open to a conversation about how we can help your team grow?',
    'a conversation about how we can help',
  ],
];

const MUST_NOT_FLAG: [Kind, string][] = [
  ['guiltTrips', 'Did you get the package OK?'],
  ['guiltTrips', "I'm writing to follow up on the question you asked."],
  ['guiltTrips', 'I forgot to attach the file, sorry. Here it is.'],
  ['guiltTrips', 'Did you forget your umbrella at our office? We kept it for you.'],
  ['guiltTrips', 'Did you forget about the appointment? No worries, we can reschedule.'],
  ['guiltTrips', "I've called twice about the leak, and the plumber is booked for Monday."],
  ['guiltTrips', 'Requests that go without a reply for a week are closed automatically.'],
  ['guiltTrips', 'Are you floating the idea past your board?'],
  ['guiltTrips', "I'm moving this to the top of my list."],
  ['guiltTrips', 'Bringing this back to the top of my list today.'],
  ['guiltTrips', 'Have you had a chance to review the proposal?'],
  ['guiltTrips', "I'll assume Tuesday works unless you say otherwise."],
  ['guiltTrips', 'We can only guess how hard this month has been.'],
  ['guiltTrips', "I'll assume that's not a problem and book the van."],
  ['guiltTrips', 'You said you might have forgotten about us, and that is fine.'],
  ['buzzwords', 'The Clean Air Act sets the emission limits.'],
  ['buzzwords', 'The strike disrupted the whole shipping sector last month.'],
  ['buzzwords', 'Tariffs are disrupting your market, so here is what we see.'],
  ['buzzwords', "I don't want to disrupt your crew during harvest."],
  ['buzzwords', 'You were a rock star at the summit.'],
  ['buzzwords', 'Thanks for being a rockstar on the volunteer crew, Dana!'],
  ['buzzwords', 'The rock star who played our gala sent a thank-you.'],
  ['buzzwords', 'The kids loved the ninja obstacle course at the fair.'],
  ['buzzwords', 'Your gift empowers families to stay in their homes.'],
  ['buzzwords', 'Your gift is empowering young leaders in Tacoma.'],
  ['buzzwords', 'Our team leveraged the grant to hire two nurses.'],
  ['buzzwords', 'It gives too little leverage to reach the torque spec.'],
  ['buzzwords', 'Here is the deep dive into your Q3 numbers, which you asked for.'],
  ['timeGrabs', 'Here is a deep dive into your Q3 numbers, which you asked for.'],
  ['timeGrabs', 'You asked for a call about how we could split the payments.'],
  ['timeGrabs', 'After our call about how we could help your team, I wrote up notes.'],
  ['timeGrabs', 'The deep dive on how we can improve onboarding is attached.'],
  ['timeGrabs', 'Would you like the recording of the session about how we can save on freight?'],
];

function evidence(analysis: MessageAnalysis, kind: Kind): string[] {
  return analysis[kind].map((finding) => finding.evidence);
}

describe('guilt, buzzword and time-grab recall', () => {
  it.each(MUST_FLAG)('%s: flags %j', (kind, text, expected) => {
    expect(evidence(analyzeMessage(text), kind)).toContain(expected);
  });

  it.each(MUST_NOT_FLAG)('%s: does not flag %j', (kind, text) => {
    expect(evidence(analyzeMessage(text), kind)).toEqual([]);
  });
});
