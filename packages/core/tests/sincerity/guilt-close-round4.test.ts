import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import type { MessageAnalysis, MessageInput } from '../../src/index.js';

type Kind = 'guiltTrips' | 'manipulativeCloses';

/** New wordings of each idea, none of them copied from the evaluation set. */
const MUST_FLAG: [Kind, string | MessageInput, string][] = [
  // Numbering one's own attempts: "the Nth time I've written".
  [
    'guiltTrips',
    "This is the fourth time I've reached out about the lease renewal.",
    "This is the fourth time I've reached out",
  ],
  [
    'guiltTrips',
    "That's now the second time I've emailed you about the tasting menu.",
    "That's now the second time I've emailed you",
  ],
  // Counting sent messages against replies.
  [
    'guiltTrips',
    "We've sent you three emails since March and nobody has responded.",
    "We've sent you three emails",
  ],
  [
    'guiltTrips',
    'I have not gotten a single response to my proposal.',
    'have not gotten a single response',
  ],
  [
    'guiltTrips',
    "I've followed up twice and have yet to receive any answer.",
    'yet to receive any answer',
  ],
  // Calling silence rude.
  [
    'guiltTrips',
    "You couldn't even extend the basic courtesy of a quick reply.",
    'the basic courtesy of a quick reply',
  ],
  ['guiltTrips', 'Nobody had the decency to say no.', 'the decency to say no'],
  // Disappointment at the silence.
  [
    'guiltTrips',
    'Honestly, your silence has been frustrating.',
    'your silence has been frustrating',
  ],
  [
    'guiltTrips',
    "I'm disappointed by the lack of response on the quote.",
    'disappointed by the lack of response',
  ],
  // Accusing the reader of ignoring the sender.
  ['guiltTrips', 'Are you avoiding my calls?', 'you avoiding my calls'],
  ['guiltTrips', 'It feels like you have been ghosting us.', 'you have been ghosting us'],
  // Making the reader responsible for the chase.
  [
    'guiltTrips',
    'A quick yes or no would be great, then I can stop pestering you.',
    'then I can stop pestering you',
  ],
  [
    'guiltTrips',
    "Honestly, we're at a loss as to what else we're supposed to do.",
    "we're at a loss as to what else we're supposed to do",
  ],
  // Either/or on how to pay, before anything was agreed.
  [
    'manipulativeCloses',
    'Shall I charge the retainer to your Mastercard or your debit card?',
    'Shall I charge the retainer to your Mastercard or your debit card?',
  ],
  [
    'manipulativeCloses',
    'Should we take the deposit by bank transfer or by PayPal?',
    'Should we take the deposit by bank transfer or by PayPal?',
  ],
  // The reader's no, painted as a foolish risk.
  [
    'manipulativeCloses',
    "If you're happy to keep losing customers to slow Wi-Fi, just ignore this email.",
    "If you're happy to keep losing customers to slow Wi-Fi, just ignore this email",
  ],
  [
    'manipulativeCloses',
    "If you'd rather keep overpaying for a clunky system, no need to reply.",
    "If you'd rather keep overpaying for a clunky system, no need to reply",
  ],
  // Silence taken as a decision.
  [
    'manipulativeCloses',
    "If I don't hear back by Monday, I'll go ahead and book the crew for the 14th.",
    "If I don't hear back by Monday, I'll go ahead and book the",
  ],
  [
    'manipulativeCloses',
    "Unless I hear otherwise, we'll assume you're on board for the spring package.",
    "Unless I hear otherwise, we'll assume you're on board",
  ],
];

/** Look-alikes that must stay quiet. */
const MUST_NOT_FLAG: [Kind, string | MessageInput][] = [
  // Effort for the reader, or counts that are not attempts.
  [
    'guiltTrips',
    "This is the third time I've written to the county about your permit, and I'll keep at it.",
  ],
  ['guiltTrips', "This is the second time I've called the insurer on your behalf this week."],
  ['guiltTrips', "It's the first time I've written a newsletter, so be gentle."],
  ['guiltTrips', "We've sent you four shipments this year."],
  ['guiltTrips', "I've sent you two emails today: one with the invoice and one with the map."],
  ['guiltTrips', 'I sent you three photos of the kitchen options.'],
  // Someone else's silence, or a process note.
  ['guiltTrips', 'We have not received a reply from the county yet, so I called them again.'],
  ['guiltTrips', "If you haven't received a reply from support by noon, call me directly."],
  ['guiltTrips', 'Customers have not received a single response from your old vendor.'],
  ['guiltTrips', "I didn't have a response ready on the call, so here it is."],
  ['guiltTrips', "I've never had a reply this fast from a supplier. Thank you!"],
  // Courtesy and silence in other senses.
  ['guiltTrips', 'We extend the courtesy of a reply to every applicant within two days.'],
  ['guiltTrips', 'Sorry for the silence on my end; the move took over my week.'],
  ['guiltTrips', 'The silence of the lake at dawn is worth the drive.'],
  ['guiltTrips', "I'd hate to think the move was stressful."],
  // Ignoring in other senses.
  ['guiltTrips', 'Feel free to ignore my last email: the date was wrong.'],
  ['guiltTrips', "Please don't think I was ignoring you; I was out sick."],
  ['guiltTrips', 'Your new app will stop ignoring customer calls after hours.'],
  // Chasing and not knowing for the reader's sake.
  ['guiltTrips', 'This tool means you can stop chasing invoices every month.'],
  ['guiltTrips', 'Send me the serial number so I can stop chasing the supplier for you.'],
  ['guiltTrips', "I'm not sure what else I'm supposed to do with the old sofa; any ideas?"],
  // Either/or that serves a decision already made, or is not about paying.
  [
    'manipulativeCloses',
    'Thanks for your order! Would you like me to charge the balance to your Visa or your Amex?',
  ],
  [
    'manipulativeCloses',
    'Thanks for your order. Would you like the invoice sent to you or to accounts payable?',
  ],
  ['manipulativeCloses', 'Do you accept Visa or Amex at the front desk?'],
  ['manipulativeCloses', 'Which card should I put the team lunch on, Visa or Amex?'],
  // A way out without shame.
  [
    'manipulativeCloses',
    "If you'd rather keep your current crew, no need to do anything; I'll send the checklist anyway.",
  ],
  [
    'manipulativeCloses',
    "If you'd rather not risk the ice, no need to do anything; we'll move it indoors.",
  ],
  ['manipulativeCloses', 'If the timing is wrong, just ignore this email; no hard feelings.'],
  ['manipulativeCloses', "If you'd rather fix the broken gate yourself, no need to reply."],
  ['manipulativeCloses', "If you'd rather keep the cheap plan you have, just ignore this email."],
  // Silence read kindly, or as the reader's own plan.
  [
    'manipulativeCloses',
    "If I don't hear back, I'll assume the timing isn't right and won't write again.",
  ],
  [
    'manipulativeCloses',
    "You suggested Tuesday at 10. If I don't hear back, I'll assume the time works and see you Tuesday.",
  ],
  [
    'manipulativeCloses',
    "When we spoke you asked me to hold the suite. If I don't hear back by Friday, I'll go ahead and book it.",
  ],
  ['manipulativeCloses', "If we don't hear back from the county by Friday, we'll call them."],
];

function evidence(analysis: MessageAnalysis, kind: Kind): string[] {
  return analysis[kind].map((finding) => finding.evidence);
}

describe('guilt and close generalisation (round 4)', () => {
  it.each(MUST_FLAG)('%s: flags %j', (kind, text, expected) => {
    expect(evidence(analyzeMessage(text), kind)).toContain(expected);
  });

  it.each(MUST_NOT_FLAG)('%s: does not flag %j', (kind, text) => {
    expect(evidence(analyzeMessage(text), kind)).toEqual([]);
  });
});

describe('a shamed "no" answered by replying no', () => {
  function closes(text: string): number {
    return analyzeMessage({ text, kind: 'cold' }).manipulativeCloses.length;
  }

  it('flags a reply-no that paints the no as a loss', () => {
    expect(
      closes(
        "Just reply YES and I'll send the contract. If you'd rather keep overpaying on every container, reply NO and I won't bother you again.",
      ),
    ).toBe(1);
  });

  it.each([
    "If you'd rather keep your current carrier, reply no and I won't write again.",
    "If you're fine with the risk report as it stands, just reply 'no changes'.",
    "If you'd rather not risk the ice, reply no and we'll move the visit.",
  ])('does not flag %j', (text) => {
    expect(closes(text)).toBe(0);
  });
});
