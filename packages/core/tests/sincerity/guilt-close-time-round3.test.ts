import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import type { MessageAnalysis, MessageInput, MessagePart } from '../../src/index.js';

type Kind = 'guiltTrips' | 'manipulativeCloses' | 'timeGrabs' | 'pitchFirst';

/** A message built from parts, so that a signature or a subject line can name a company. */
function message(...parts: [MessagePart, string][]): MessageInput {
  let text = '';
  const paragraphs: { start: number; end: number; part: MessagePart }[] = [];
  for (const [part, paragraph] of parts) {
    if (text !== '') text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + paragraph.length, part });
    text += paragraph;
  }
  return { text, paragraphs };
}

/** New wordings of each idea, none of them copied from the evaluation set. */
const MUST_FLAG: [Kind, string | MessageInput, string][] = [
  // Counting one's own unanswered attempts.
  ['guiltTrips', 'This is my third email about the renewal quote.', 'This is my third email'],
  [
    'guiltTrips',
    "That makes my sixth message since June, for what it's worth.",
    'That makes my sixth message',
  ],
  [
    'guiltTrips',
    'This is my fourth time reaching out about the audit.',
    'This is my fourth time reaching out',
  ],
  // Loosened "haven't heard back".
  [
    'guiltTrips',
    "I still haven't heard a single word back about the pilot.",
    "haven't heard a single word back",
  ],
  [
    'guiltTrips',
    "We haven't heard anything back since the trial ended.",
    "We haven't heard anything back",
  ],
  ['guiltTrips', 'Three weeks on, I have heard nothing back.', 'heard nothing back'],
  // Hurt at the reader's silence.
  [
    'guiltTrips',
    'Honestly, it hurts a bit to be ignored after such a good call.',
    'hurts a bit to be ignored',
  ],
  ['guiltTrips', 'Nothing since the tasting, not even a quick no.', 'not even a quick no'],
  [
    'guiltTrips',
    'I was disappointed not to hear from you after the site visit.',
    'disappointed not to hear',
  ],
  ['guiltTrips', 'I feel a bit left on read here, to be frank.', 'left on read'],
  // Effort weighed against the reader's silence.
  [
    'guiltTrips',
    'Replying takes less time than it took me to build your mock-up.',
    'less time than it took me',
  ],
  [
    'guiltTrips',
    "After all the hours I've put into your floor plan, a reply would be nice.",
    "After all the hours I've put",
  ],
  // Entitlement to a reply.
  [
    'guiltTrips',
    'The least you could do is reply and tell me where things stand.',
    'The least you could do',
  ],
  [
    'guiltTrips',
    'I only need a yes or a no. Is that really too much to ask?',
    'Is that really too much to ask',
  ],
  ['guiltTrips', 'A reply was the least we could hope for.', 'the least we could hope for'],
  // Promising to keep pestering.
  [
    'guiltTrips',
    "We'll keep calling until we get an answer.",
    "We'll keep calling until we get an answer",
  ],
  ['guiltTrips', "I won't stop until I hear from you.", "I won't stop until I hear from you"],
  ['guiltTrips', 'Have I said something to upset you?', 'Have I said something to upset you'],
  // Closes.
  [
    'manipulativeCloses',
    'What would it take to get you signed by Friday?',
    'What would it take to get you signed',
  ],
  [
    'manipulativeCloses',
    "What's it going to take to get Harlow Dental on board this quarter?",
    "What's it going to take to get Harlow Dental on board",
  ],
  [
    'manipulativeCloses',
    'So what would it take to get you to switch?',
    'what would it take to get you to switch',
  ],
  [
    'manipulativeCloses',
    'What would it take to get you started this month?',
    'What would it take to get you started',
  ],
  // Time asked for the sender's own ends.
  [
    'timeGrabs',
    'Could you spare 15 minutes this week? It would really help me with my quarterly review.',
    'spare 15 minutes',
  ],
  [
    'timeGrabs',
    'Can you give me half an hour on Thursday? I need a few customer quotes for our sales kickoff.',
    'give me half an hour',
  ],
  // Openings on the sender's history and mission.
  [
    'pitchFirst',
    message(
      ['greeting', 'Hi Jo,'],
      [
        'body',
        'Founded in 2004, Crestline Roofing has installed over 9,000 roofs across the state.',
      ],
      ['sign-off', 'Best,\nDana\nCrestline Roofing'],
    ),
    'Founded in 2004, Crestline Roofing has',
  ],
  [
    'pitchFirst',
    message(
      ['body', 'For over 30 years, Meridian Print Works has served local businesses.'],
      ['sign-off', 'Meridian Print Works'],
    ),
    'For over 30 years, Meridian Print Works has',
  ],
  [
    'pitchFirst',
    message(
      ['body', 'Since 1987, Okafor Plumbing has kept Lagos kitchens running.'],
      ['sign-off', 'Chidi, Okafor Plumbing'],
    ),
    'Since 1987, Okafor Plumbing has',
  ],
  [
    'pitchFirst',
    message(
      ['body', 'Northgate Tutors was founded in 2011 by two teachers.'],
      ['sign-off', 'Cheers,\nSam, Northgate Tutors'],
    ),
    'Northgate Tutors was founded in 2011',
  ],
  [
    'pitchFirst',
    'Our mission has always been to make bookkeeping simple and affordable.',
    'Our mission has always been',
  ],
];

const MUST_NOT_FLAG: [Kind, string | MessageInput][] = [
  // A sender owning a mistake, honest status, and other people's attempts or effort.
  ['guiltTrips', 'I put the wrong date in my last email: the tasting is on the 14th, not the 4th.'],
  ['guiltTrips', "I haven't heard back from the insurer yet, so I'll call them Monday."],
  ['guiltTrips', "We haven't heard anything back from the county about the permit."],
  ['guiltTrips', 'I heard nothing back from the carrier, so I booked a courier instead.'],
  ['guiltTrips', 'This is my fourth year sponsoring the 5K, and I love seeing your team there.'],
  ['guiltTrips', 'This is my third visit to your bakery this month.'],
  ['guiltTrips', 'Thanks for all that work on the gala.'],
  ['guiltTrips', 'After all the work you put into the launch, you deserve a quiet week.'],
  ['guiltTrips', 'After all that work on the gala, I hope you get a proper rest.'],
  ['guiltTrips', 'The least I could do is buy you lunch after everything you did for us.'],
  ['guiltTrips', 'The least you can do for your skin this winter is wear sunscreen.'],
  ['guiltTrips', 'Fast shipping and a fair price: is that too much to ask? We think not.'],
  ['guiltTrips', 'The serum stings a little at first, which is normal.'],
  ['guiltTrips', 'I was surprised to hear you had moved to Denver.'],
  ['guiltTrips', 'I was disappointed to hear the festival was cancelled.'],
  ['guiltTrips', "I'll keep checking on the shipment until it arrives."],
  ['guiltTrips', "I'll keep following up with the carrier until I hear back from them."],
  ['guiltTrips', 'I felt ignored by my old bank, so I started this one.'],
  ['guiltTrips', 'Did I do something wrong with the order form? It keeps bouncing back.'],
  ['guiltTrips', 'This is your second reminder: the clinic is closed on Monday.'],
  ['guiltTrips', 'Not even a scratch on the car after the storm, I hope.'],
  ['guiltTrips', 'Their site has pricing for everything, but not even a word about setup fees.'],
  ['guiltTrips', "Could you reply with the sizes by Friday, if that's not too much to ask?"],
  ['guiltTrips', "Could you send a quick reply? I hope it's not too much to ask."],
  ['guiltTrips', "I'll keep trying until I get an answer from the warranty team."],
  // Closes about the reader's own goal or an operational question.
  ['manipulativeCloses', 'What would it take for your team to hit the goal you mentioned?'],
  ['manipulativeCloses', 'What would it take to get your new hires on board faster?'],
  ['manipulativeCloses', 'What would it take to get the crew started on Monday?'],
  ['manipulativeCloses', 'What would it take to get Harlow Dental through the audit?'],
  // Requests that serve the reader.
  ['timeGrabs', 'It would help me get your order right if you could send the sizes.'],
  ['timeGrabs', 'Twenty minutes with our nurse would help you set up the pump.'],
  ['timeGrabs', 'Could you spare 20 minutes on Thursday so we can fix the import you asked about?'],
  [
    'timeGrabs',
    'Could you give me 10 minutes to go over your claim? It would help me get your refund out this week.',
  ],
  // Histories that belong to the reader.
  ['pitchFirst', 'Founded in 1998, your company has grown into the largest bakery in town.'],
  ['pitchFirst', 'Built in 1921, your building has more character than anything on the block.'],
  ['pitchFirst', 'Harbor Goods was founded in 1998, and I loved reading how you started.'],
  [
    'pitchFirst',
    message(
      ['subject', 'An idea for Harbor Goods'],
      ['body', 'Harbor Goods was founded in 1998 by two sisters.'],
      ['sign-off', 'Best,\nDana from Trackly'],
    ),
  ],
  [
    'pitchFirst',
    message(
      ['body', 'Founded in 1998, Harbor Goods has grown into the largest bakery in town.'],
      ['sign-off', 'Best,\nDana from Trackly'],
    ),
  ],
  [
    'pitchFirst',
    'Our mission at the shelter is to find every dog a home, and you helped Biscuit find his.',
  ],
  ['pitchFirst', 'For over 40 years, the Elm Street library has served your neighbourhood.'],
];

function evidence(analysis: MessageAnalysis, kind: Kind): string[] {
  return analysis[kind].map((finding) => finding.evidence);
}

describe('guilt, close, time-grab and pitch-first generalisation (round 3)', () => {
  it.each(MUST_FLAG)('%s: flags %j', (kind, text, expected) => {
    expect(evidence(analyzeMessage(text), kind)).toContain(expected);
  });

  it.each(MUST_NOT_FLAG)('%s: does not flag %j', (kind, text) => {
    expect(evidence(analyzeMessage(text), kind)).toEqual([]);
  });
});
