import type { MessageInput } from '../../src/index.js';
import { describeLookAlikes, type FindingList } from '../support/sincerity-findings.js';

type Kind = FindingList;

/** New wordings of each idea behind the round-6 hold-out misses, none copied from a hold-out. */
const MUST_FLAG: [Kind, string | MessageInput, string][] = [
  // Letting the reader know their silence disappointed or surprised the sender.
  [
    'guiltTrips',
    "Honestly, it's disappointing that you never replied to the quote.",
    'disappointing that you never replied',
  ],
  [
    'guiltTrips',
    'I was surprised not to hear back after sending the samples.',
    'surprised not to hear',
  ],
  [
    'guiltTrips',
    "It's a shame you still haven't written back about the lease.",
    "a shame you still haven't written back",
  ],
  // Calling the silence rude: a reply "would have been the courteous thing".
  [
    'guiltTrips',
    'Even a simple no thanks would have been the polite thing.',
    'would have been the polite thing',
  ],
  ['guiltTrips', "It would've been courteous of you to let me know.", "would've been courteous"],
  [
    'guiltTrips',
    'The respectful thing would have been to say no.',
    'The respectful thing would have been to say no',
  ],
  // Reproaching the reader for not opening the sender's messages.
  [
    'guiltTrips',
    "You still haven't opened either of my last two messages.",
    "You still haven't opened either of my last two messages",
  ],
  [
    'guiltTrips',
    'You never even read my previous emails about the renewal.',
    'You never even read my previous emails',
  ],
  // Questioning whether the reader cares.
  [
    'guiltTrips',
    'We just want to know whether the garden project is still something you care about.',
    'know whether the garden project is still something you care about',
  ],
  [
    'guiltTrips',
    "I'm wondering if this is still something you take seriously.",
    'wondering if this is still something you take seriously',
  ],
  // A no painted as unthinkable after what the reader was given.
  [
    'guiltTrips',
    "After all the club has done for you, I can't believe you wouldn't want to chip in.",
    "I can't believe you wouldn't want",
  ],
  [
    'guiltTrips',
    "It's difficult to understand that you don't even care about the results.",
    "difficult to understand that you don't even care",
  ],
  // The reader falling short of the sender's expectations.
  ['guiltTrips', 'To be honest, we expected more from you.', 'we expected more from you'],
  [
    'guiltTrips',
    'I had honestly expected you to be one of those who sign up early.',
    'I had honestly expected you to be one of those',
  ],
  // An order or an enrollment made in the reader's name, past or about to be.
  [
    'manipulativeCloses',
    "I've gone ahead and pencilled you in for the spring aeration.",
    "I've gone ahead and pencilled you in for",
  ],
  [
    'manipulativeCloses',
    'We went ahead and put the Harbor Grill down for six cases of the rosé.',
    'We went ahead and put the Harbor Grill down for',
  ],
  [
    'manipulativeCloses',
    "I'll go ahead and reserve two pallets for your Monday delivery.",
    "I'll go ahead and reserve two pallets for your",
  ],
  [
    'manipulativeCloses',
    "I've already gone ahead and opened Milo's registration for the fall term.",
    "I've already gone ahead and opened Milo's registration",
  ],
  [
    'manipulativeCloses',
    "We're going to go ahead and book a crew for your roof next week.",
    "We're going to go ahead and book a crew for your",
  ],
  // "…and you're all set" after a held place promises a state after the yes; it does not say
  // the reader has decided.
  [
    'manipulativeCloses',
    "I've already held a seat for Ana in the July group. Just pay the deposit and you're all set.",
    "I've already held a seat",
  ],
  // An alternative close on when to sign, whatever the comparative.
  [
    'manipulativeCloses',
    'Which is more convenient for you to sign the lease, Friday or Monday?',
    'Which is more convenient for you to sign the lease, Friday or Monday?',
  ],
  [
    'manipulativeCloses',
    "When's easiest for you to countersign the agreement: today or tomorrow?",
    "When's easiest for you to countersign the agreement: today or tomorrow?",
  ],
  // Billing choices with their prices in between.
  [
    'manipulativeCloses',
    'Would you rather have the yearly plan at $900, or the monthly plan at $85?',
    'Would you rather have the yearly plan at $900, or the monthly plan at $85',
  ],
  // "What would it take" in other words: the reader names the price of their yes.
  [
    'manipulativeCloses',
    'What price would you need to see to move forward with us?',
    'What price would you need to see to move forward',
  ],
  [
    'manipulativeCloses',
    'What figure does the quote have to come in at for you to commit?',
    'What figure does the quote have to come in at for you to commit',
  ],
  [
    'manipulativeCloses',
    'What discount would you need from us to switch this month?',
    'What discount would you need from us to switch',
  ],
  [
    'manipulativeCloses',
    "Name me a price and I'll walk it straight to my sales manager.",
    "Name me a price and I'll walk it straight to my sales manager",
  ],
  // A timed consultation whose agenda is the sender's range.
  [
    'timeGrabs',
    'Could we book a free 45-minute strategy session so I can walk your team through our full range of packages?',
    'a free 45-minute strategy session',
  ],
  [
    'timeGrabs',
    "I'd like to set up a complimentary 20-minute review, where I explain how Northwind Payroll can help.",
    'a complimentary 20-minute review',
  ],
  // Time to walk the reader's people through the sender's programme.
  [
    'timeGrabs',
    'Could you spare 15 minutes so I can run your staff through the new data and our rewards program?',
    'spare 15 minutes',
  ],
  [
    'timeGrabs',
    'Can I take 20 minutes next week to walk everyone through our product lineup?',
    'take 20 minutes',
  ],
];

/** Honest uses of the same words that must stay quiet. */
const MUST_NOT_FLAG: [Kind, string | MessageInput][] = [
  // Someone else's silence, a book, a hedge.
  [
    'guiltTrips',
    "It's disappointing not to hear back from the council, but we'll keep pushing for your permit.",
  ],
  ['guiltTrips', "I'm surprised you haven't read Dune yet; it's a great book."],
  ['guiltTrips', "Don't be surprised if you haven't heard back from the bank by Friday."],
  // Courtesy that names no reply, or the sender's own lapse.
  ['guiltTrips', 'It would have been polite to call ahead before the delivery.'],
  ['guiltTrips', "The polite thing would have been to reply sooner, and I'm sorry I didn't."],
  ['guiltTrips', 'She would have been the most gracious host.'],
  // A lost email allowed for, not blamed.
  ['guiltTrips', "In case you haven't opened my last email, the invoice is attached again."],
  ['guiltTrips', "You probably haven't read our last newsletter yet; it went out late."],
  ['guiltTrips', "If you haven't opened our welcome email, here is the login link again."],
  // A plain question about what the reader wants or cares about.
  ['guiltTrips', 'Let me know if this is still something you want to go ahead with.'],
  ['guiltTrips', 'Which of these causes is something you care about most?'],
  ['guiltTrips', 'I know you care about the kids in your program, so here is the grant form.'],
  // Disbelief and expectation in their plain senses.
  ['guiltTrips', "It's hard to believe you didn't win; your pitch was the best of the day."],
  ['guiltTrips', "I can't imagine you wouldn't love the view from the new deck."],
  ['guiltTrips', 'We expected you to arrive at three, but the room is ready any time.'],
  ['guiltTrips', 'You exceeded what we expected of the pilot, so thank you.'],
  // "Gone ahead and" with no commitment made for the reader, or one the reader asked for.
  ['manipulativeCloses', "I've gone ahead and sent the brochure for your review."],
  ['manipulativeCloses', "I've gone ahead and fixed the typo in the quote."],
  ['manipulativeCloses', "As you asked, I've gone ahead and put your name down for the tasting."],
  ['manipulativeCloses', "I'll go ahead and attach the floor plan for your architect."],
  ['manipulativeCloses', "I'll go ahead and book the room for our team offsite."],
  ['manipulativeCloses', "Thanks for signing up: you're all set. I've reserved a seat for Ana."],
  // A real requested choice, not a signature.
  ['manipulativeCloses', 'Which is easier for you to read, the PDF or the spreadsheet?'],
  ['manipulativeCloses', 'Which is easier for you to start with, the kitchen or the bath?'],
  [
    'manipulativeCloses',
    'Our plans come as monthly billing at $49 or annual billing at $540, whichever suits you later.',
  ],
  // Numbers that are the reader's own goals or order sizes.
  ['manipulativeCloses', 'What price does your product need to hit to win the grocery chain?'],
  ['manipulativeCloses', 'What number do you need to hit this quarter, and how can I help?'],
  ['manipulativeCloses', 'What amount would you need to purchase for the bulk rate?'],
  ['manipulativeCloses', 'What number would you need to order to get free shipping?'],
  ['manipulativeCloses', "Give me the reading from your meter and I'll check it against the bill."],
  // Time that is booked already, asked for by the reader, or spent on the reader's own errand.
  ['timeGrabs', 'Your free 30-minute consultation is confirmed for Tuesday at 10.'],
  [
    'timeGrabs',
    "Since you asked for it, I've booked a 30-minute review of your claim for Thursday.",
  ],
  [
    'timeGrabs',
    'Could you spare 15 minutes to walk me through your permit paperwork so I can file it?',
  ],
  [
    'timeGrabs',
    "I'll take 20 minutes at the start of the class to walk everyone through the safety rules.",
  ],
  ['timeGrabs', 'Happy to take 10 minutes to explain how the new rules can help you.'],
  ['timeGrabs', 'Thanks for the 30-minute session last week; here are the notes.'],
];

describeLookAlikes('close, guilt and time-grab generalisation (round 6)', MUST_FLAG, MUST_NOT_FLAG);
