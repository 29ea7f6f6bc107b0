/**
 * The ideas behind `pitch-first` and `time-grab`, not the sentences they were first seen in: a
 * product or company defining itself, a sender introducing themselves by name and title, and a
 * request for the reader's time whose stated purpose serves the sender. Each idea has look-alikes
 * that must stay quiet: common nouns, care reminders, time offered for the reader's own errand.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import type { MessageInput } from '../../src/index.js';

/** A message with a subject line (as a template's front matter gives it) and a plain body. */
function withSubject(subject: string, body: string): MessageInput {
  const start = subject.length + 2;
  const paragraphs: { start: number; end: number; part: 'subject' | 'body' }[] = [
    { start: 0, end: subject.length, part: 'subject' },
  ];
  let offset = start;
  for (const paragraph of body.split('\n\n')) {
    paragraphs.push({ start: offset, end: offset + paragraph.length, part: 'body' });
    offset += paragraph.length + 2;
  }
  return { text: `${subject}\n\n${body}`, paragraphs };
}

const pitchEvidence = (input: string | MessageInput): string[] =>
  analyzeMessage(input).pitchFirst.map((finding) => finding.evidence);
const timeEvidence = (input: string | MessageInput): string[] =>
  analyzeMessage(input).timeGrabs.map((finding) => finding.evidence);

describe('pitch-first: the product or company defines itself', () => {
  const MUST_FLAG: [string, string | MessageInput, string][] = [
    [
      'a one-word name the subject line also gives',
      withSubject(
        'Lumen for Harbor Goods',
        'Hi Dana,\n\nLumen is the product analytics platform growth teams use to see every click.',
      ),
      'Lumen is the product analytics platform',
    ],
    [
      'a one-word vendor product that says what it does and that the sender built it',
      'Hi Dana,\n\nShiftwise is a scheduling app built for restaurant groups, and we just launched in Denver.',
      'Shiftwise is a scheduling app',
    ],
    [
      'a brand-spelled name with a category noun',
      'Hi Renee,\n\nTixFlow is the next-generation ticketing ecosystem for event organizers.',
      'TixFlow is the next-generation ticketing ecosystem',
    ],
    [
      'a vendor calling itself a partner',
      'Hi Laura,\n\nTalentBridge is a people-first talent partner for growing teams.',
      'TalentBridge is a people-first talent partner',
    ],
    [
      'an adverb before the article',
      'Hi Ana,\n\nAcme Health is simply the best scheduling platform for clinics.',
      'Acme Health is simply the best scheduling platform',
    ],
    [
      'the company history',
      'Hi Marcus,\n\nKeystone Residential has been managing apartments in the county since 2009.',
      'Keystone Residential has been managing',
    ],
    [
      'a one-word company history that the signature names',
      withSubject(
        'Cole Street',
        'Hi Marcus,\n\nKeystone has been managing apartments in the county since 2009.\n\nBest,\nDana, Keystone',
      ),
      'Keystone has been managing',
    ],
    [
      'a track record of customers helped',
      'Hi Marcus,\n\nRoute Wise has helped 300 fleets cut fuel costs.',
      'Route Wise has helped 300',
    ],
    [
      'a company history after a hollow opener',
      'Hi Marcus,\n\nI hope this email finds you well.\n\nKeystone Residential has been managing apartments since 2009, and we are proud of it.',
      'Keystone Residential has been managing',
    ],
    [
      'an announcement after a hollow opener',
      'Hi Alan,\n\nI hope you’re doing well!\n\nWe’re excited to announce CloudDesk Pro 2024, now available.',
      'We’re excited to announce CloudDesk Pro 2024',
    ],
    [
      'a launch announcement of a named product',
      'Hi Alan,\n\nWe’re excited to announce CloudDesk Pro 2024, now available to resellers.',
      'We’re excited to announce CloudDesk Pro 2024',
    ],
    [
      '"At <company>, we" with a long company name',
      'Hi Priya,\n\nAt Northline Freight Partners, we move freight for shippers across the Midwest.',
      'At Northline Freight Partners, we',
    ],
  ];

  const MUST_NOT_FLAG: [string, string | MessageInput][] = [
    [
      'a common noun the subject line also gives, about the reader',
      withSubject(
        'Insurance check-up',
        'Hi Ana,\n\nInsurance is a product you hope never to use, so I check your policy each spring.',
      ),
    ],
    [
      'a common noun naming a service, with a subject line',
      withSubject('Payroll questions', 'Hi Ana,\n\nPayroll is a service most clinics outsource.'),
    ],
    [
      'a common noun the message also writes in lower case',
      withSubject(
        'Harvest app',
        'Hi Ana,\n\nHarvest is an app for farm stands, and the harvest starts Monday.',
      ),
    ],
    ['a season', withSubject('Spring at Birch Lane', 'Hi Ana,\n\nSpring is here at last.')],
    ['a city', withSubject('Denver', 'Hi Ana,\n\nDenver is a great city for a second clinic.')],
    [
      'a launch word the subject line repeats, without a product kind',
      withSubject('Harvest is here', 'Hi Ana,\n\nHarvest is here, and the co-op opens on Monday.'),
    ],
    [
      'a tool the sender uses but did not make',
      'Hi Ana,\n\nSlack is the app our team uses to chat, so the invite is below.',
    ],
    [
      'a third-party app the sender only recommends',
      'Hi Ana,\n\nNextdoor is an app that lets neighbours swap tips, and I set up a group for Birch Lane.',
    ],
    [
      'the product name in a reader-first sentence',
      'Hi Ana,\n\nLumen users asked us for exports, and you mentioned it too.',
    ],
    [
      'announcing a person',
      'Hi Ana,\n\nWe’re excited to introduce Maria Lopez as the new head nurse.',
    ],
    ['announcing a date', 'Hi Ana,\n\nWe’re happy to share Thursday’s schedule below.'],
    [
      'the reader’s company has been doing something',
      'Hi Ana,\n\nHarbor Goods has been growing fast, and congratulations on the new store.',
    ],
    [
      'the reader’s company history, as praise',
      'Hi Ana,\n\nHarbor Goods has been serving Denver since 1998: happy anniversary!',
    ],
    [
      'a company’s history about the reader',
      'Hi Ana,\n\nMercy Hospital has been caring for your family since 1990, and we hope to keep doing so.',
    ],
    [
      'a one-word company history with no sign that it is the sender’s',
      'Hi Ana,\n\nMedicare has been helping seniors since 1965, and the rules change in May.',
    ],
    [
      'a company helping people, without a count',
      'Hi Ana,\n\nHarbor Goods has helped so many local makers find a shelf.',
    ],
  ];

  it.each(MUST_FLAG)('flags %s', (_, input, evidence) => {
    expect(pitchEvidence(input)).toEqual([evidence]);
  });

  it.each(MUST_NOT_FLAG)('does not flag %s', (_, input) => {
    expect(pitchEvidence(input)).toEqual([]);
  });
});

describe('pitch-first: the sender introduces themselves', () => {
  const MUST_FLAG: [string, string][] = [
    [
      'Hi Elena,\n\nI’m Jonah, co-founder of Shiftwise, a scheduling app we built for restaurant groups.',
      'I’m Jonah, co-founder of',
    ],
    [
      'Hi Elena,\n\nI’m Dana Reyes, head of growth at Pipewise.',
      'I’m Dana Reyes, head of growth at',
    ],
    [
      'Hi Elena,\n\nI’m the founder of Shiftwise, a scheduling app for restaurants.',
      'I’m the founder of',
    ],
    [
      'Hi Elena,\n\nThis is Jonah from Shiftwise. We make scheduling simple.',
      'This is Jonah from Shiftwise',
    ],
    [
      'Hi Elena,\n\nJonah here, from Shiftwise. We build scheduling software.',
      'Jonah here, from Shiftwise',
    ],
    ['Hi, I’m Marco from Lumen, and I’d love to show you our new module.', 'I’m Marco from Lumen'],
    ['Hi Elena,\n\nI run Shiftwise, a scheduling app for restaurant groups.', 'I run Shiftwise'],
    ['Hi Elena,\n\nI run a staffing agency in Denver.', 'I run a staffing agency'],
    ['Hi Elena, quick note: I’m the founder of Shiftwise, a scheduling app.', 'I’m the founder of'],
    ['Hi Elena,\n\nMy name is Jonah and I’m the founder of Shiftwise.', 'My name is'],
    [
      'Hi Elena, I lead partnerships at Stackform and wanted to share an idea.',
      'I lead partnerships at Stackform',
    ],
    [
      'To whom it may concern,\n\nI hope this email finds you well.\n\nWe are Apex Technical Staffing, a recruiting firm specializing in controls engineers.',
      'We are Apex Technical Staffing, a recruiting firm',
    ],
    [
      'Hi Elena,\n\nWe’re Shiftwise — a scheduling app for restaurant groups.',
      'We’re Shiftwise — a scheduling app',
    ],
  ];

  const MUST_NOT_FLAG: string[] = [
    // A reminder of who the sender is, in a conversation or care already under way.
    'Hi Ana,\n\nI’m Dana, the nurse who called you on Tuesday about your mother’s follow-up.',
    'Hi Ana,\n\nI’m Dana, the care coordinator who called you on Tuesday.',
    'Hi Ana,\n\nI’m the owner of the bakery where you ordered your wedding cake. Thank you!',
    'Hi Ana,\n\nThis is Dana from Mercy Hospital about your mother’s appointment.',
    'Hi Ana,\n\nThis is Sam from Acme. When we spoke last week, you asked about pricing.',
    'Hi Ana,\n\nI’m Tom, the property manager at Elm Court: your water is off on Tuesday.',
    'Hi Ana,\n\nI’m Dana, your account manager at Acme, and your renewal is due.',
    'Hi Ana,\n\nI’m Dana, the nurse manager at Mercy. The follow-up is on Tuesday.',
    'Hi Ana,\n\nI’m Dana, director of nursing at Mercy. The follow-up is on Tuesday.',
    'Hi Ana,\n\nI’m Tom, the property manager at Elm Court. The water is off on Tuesday.',
    // "I'm", "We are" and "here" that introduce no one.
    'Hi Ana,\n\nI’m sorry to hear about the flood.',
    'Hi Ana,\n\nWe are so glad you joined us at the open house.',
    'Hi Ana,\n\nWe’re thrilled for you and the team.',
    'Hi Ana,\n\nI’m happy with how the launch went at the co-op.',
    'Hi Ana,\n\nEveryone here at Acme is cheering for you.',
    'Hi Ana,\n\nI’m Canadian, from Toronto, so the snow is nothing new.',
    'Hi Ana,\n\nI run late on Mondays, so I will call at ten.',
    'Hi Ana,\n\nI started Monday at the Denver office.',
    'Hi Ana,\n\nWe are Birch Lane neighbours and wanted to say welcome.',
    // A reader-first opening, with the introduction after it.
    'Hi Ana,\n\nCongrats on the new clinic! I’m Jonah, co-founder of Shiftwise.',
  ];

  it.each(MUST_FLAG)('flags %j', (text, evidence) => {
    expect(pitchEvidence(text)).toEqual([evidence]);
    expect(analyzeMessage(text).opening?.subject).toBe('sender');
  });

  it.each(MUST_NOT_FLAG)('does not flag %j', (text) => {
    expect(pitchEvidence(text)).toEqual([]);
  });
});

describe('time-grab: the reader’s time for the sender’s purpose', () => {
  const MUST_FLAG: [string, string[]][] = [
    [
      'Could you spare 20 minutes on Thursday so I can walk you through a demo?',
      ['spare 20 minutes', 'walk you through a demo'],
    ],
    ['Can I grab 15 minutes this week to show you what we built?', ['grab 15 minutes']],
    [
      'Do you have 20 minutes on Friday? I’d love to show you how our scheduling works.',
      ['have 20 minutes'],
    ],
    [
      'Could you give me half an hour so I can learn more about your hiring needs?',
      ['give me half an hour'],
    ],
    [
      'I’d love to set up 30 minutes so I can show you how Routewise has helped fleets like yours.',
      ['set up 30 minutes'],
    ],
    ['Could you spare 20 minutes to help shape our roadmap?', ['spare 20 minutes']],
    ['Could you find 10 minutes so I can get your take on our new dashboard?', ['find 10 minutes']],
    [
      'Could you spare 20 minutes so we can see whether your team would be a good fit?',
      ['spare 20 minutes'],
    ],
    ['The least you could do is jump on a 15-minute call.', ['jump on a 15-minute call']],
    ['I’d love to walk you through a demo next week.', ['walk you through a demo']],
    ['I’d love to walk you through a quick demo next week.', ['a quick demo']],
  ];

  const MUST_NOT_FLAG: string[] = [
    // Time offered for the reader's own errand.
    'Happy to spare 20 minutes if you want help with the import.',
    'If you’re free Thursday, I can bring the samples you asked for.',
    'I can set aside 30 minutes to walk you through the import settings you asked about.',
    'The install will take 20 minutes, so I can show you the thermostat settings then.',
    'Could you spare 15 minutes so I can show you how to reset the router?',
    'Could you spare 20 minutes on Thursday to look at the leak with me?',
    'Do you have 10 minutes to tell me how the move went?',
    'It’ll take 5 minutes to cancel online.',
    'Can I grab 15 minutes to show you our progress on your kitchen?',
    'Could you spare 10 minutes so we can see whether we got the measurements right?',
    'Could you spare 10 minutes so I can introduce you to our new hygienist?',
    'Could you spare 20 minutes to show me how your team uses the dashboard?',
    'Can I grab 15 minutes Friday to show you what we found in the crawlspace?',
    // Time already given, or asked for by the reader.
    'Thanks for the 10 minutes you spent with our support team.',
    'Thank you for finding 20 minutes to see the demo last week.',
    'Since you asked for a demo, could you spare 20 minutes so I can walk you through it?',
    'I booked 30 minutes on Tuesday so I can walk you through the claim form you requested.',
  ];

  it.each(MUST_FLAG)('flags %j', (text, evidence) => {
    expect(timeEvidence(text)).toEqual(evidence);
  });

  it.each(MUST_NOT_FLAG)('does not flag %j', (text) => {
    expect(timeEvidence(text)).toEqual([]);
  });
});
