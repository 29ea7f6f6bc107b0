import type { MessageInput } from '../../src/index.js';
import { describeLookAlikes, type FindingList } from '../support/sincerity-findings.js';

type Kind = FindingList;

/** New wordings of each idea behind the round-8 hold-out misses, none copied from a hold-out. */
const MUST_FLAG: [Kind, string | MessageInput, string][] = [
  // An either/or whose two answers are both a payment the reader never agreed to make.
  [
    'manipulativeCloses',
    'Is it simpler to put the $500 deposit on your Visa today, or should your office manager wire it Friday?',
    'Is it simpler to put the $500 deposit on your Visa today, or should your office manager wire it Friday?',
  ],
  [
    'manipulativeCloses',
    'Would you rather charge the retainer to a company card, or pay it by check next week?',
    'Would you rather charge the retainer to a company card, or pay it by check next week?',
  ],
  [
    'manipulativeCloses',
    'Which is easier: pay the first installment by card now, or zelle it tomorrow?',
    'Which is easier: pay the first installment by card now, or zelle it tomorrow?',
  ],
  [
    'manipulativeCloses',
    'You asked all the right questions on the tour. Shall we put the deposit on your Amex Monday, or would you rather wire it Tuesday?',
    'Shall we put the deposit on your Amex Monday, or would you rather wire it Tuesday?',
  ],
  // Asking the reader to name the price of their yes.
  [
    'manipulativeCloses',
    'Just tell me what price gets this to a yes and I will take it from there.',
    'what price gets this to a yes',
  ],
  [
    'manipulativeCloses',
    'What figure would make this a no-brainer for your team?',
    'What figure would make this a no-brainer',
  ],
  [
    'manipulativeCloses',
    "Name your price and I'll make it happen.",
    "Name your price and I'll make it happen",
  ],
  [
    'manipulativeCloses',
    "Send me a target number and we'll find a way.",
    "Send me a target number and we'll find a way",
  ],
  // "What would it take" to move the reader's people into the sender's product.
  [
    'manipulativeCloses',
    'What will it take to switch your drivers over to our vans this spring?',
    'What will it take to switch your drivers over to our vans',
  ],
  [
    'manipulativeCloses',
    'What would it take to get your whole team onto our platform by June?',
    'What would it take to get your whole team onto our platform',
  ],
  // The reader's yes announced for them, without the silence clause.
  [
    'manipulativeCloses',
    "We're going to take it that you're good to go, and the crew arrives Tuesday.",
    "We're going to take it that you're good to go",
  ],
  [
    'manipulativeCloses',
    "I'll just assume you're going ahead with the order.",
    "I'll just assume you're going ahead with the order",
  ],
  ['manipulativeCloses', "I'm gonna assume you're in!", "I'm gonna assume you're in"],
  // Time asked for so the sender can show their price list or their work.
  [
    'timeGrabs',
    'Do you have 20 minutes on Thursday? I would like to walk you through our membership plans.',
    'have 20 minutes',
  ],
  [
    'timeGrabs',
    'Could I take 15 minutes at your staff meeting to walk the team through our pricing?',
    'take 15 minutes',
  ],
  [
    'timeGrabs',
    'Can we find half an hour so I can take your committee through our portfolio of past projects?',
    'find half an hour',
  ],
  // Silence called hurtful, or set against the reader's earlier interest.
  [
    'guiltTrips',
    'All this silence after the effort we put in honestly hurts.',
    'All this silence after the effort we put in honestly hurts',
  ],
  [
    'guiltTrips',
    'The silence on your end is really disappointing.',
    'The silence on your end is really disappointing',
  ],
  [
    'guiltTrips',
    'It hurt a little not to get a reply after the tasting.',
    'hurt a little not to get a reply',
  ],
  [
    'guiltTrips',
    'We were a bit puzzled, given how you sounded so excited on the phone.',
    'puzzled, given how you sounded so excited',
  ],
  [
    'guiltTrips',
    "I'm confused, because you said you were interested.",
    'confused, because you said you were interested',
  ],
  // Not a peep, and an "even" that asks whether the reader ignored the sender.
  ['guiltTrips', "Three weeks on, we haven't heard a word.", "we haven't heard a word"],
  [
    'guiltTrips',
    'Did my messages even reach you, or should I try your cell?',
    'Did my messages even reach',
  ],
  ['guiltTrips', 'Did you even read our last note?', 'Did you even read our last note'],
  // A reply asked for as owed.
  [
    'guiltTrips',
    'At the very least, a simple yes or no would be nice.',
    'At the very least, a simple yes or no would be',
  ],
  ['guiltTrips', 'By now, any response is all I need.', 'By now, any response is all'],
  [
    'guiltTrips',
    'The common courtesy of a quick note would be appreciated.',
    'The common courtesy of a quick note',
  ],
  // Telling the reader they have let the sender down.
  ['guiltTrips', 'We honestly believed you would help.', 'We honestly believed you would help'],
  [
    'guiltTrips',
    "I'd thought you would be among those who pitched in for the playground.",
    "I'd thought you would be among those who pitched in",
  ],
];

/** Honest uses of the same words: the reader's own plans, real requests, plain meanings. */
const MUST_NOT_FLAG: [Kind, string | MessageInput][] = [
  // Paying for what the reader already bought, or a choice that is not a payment.
  [
    'manipulativeCloses',
    'Thanks for your order! Would you like to pay the balance by card, or by check?',
  ],
  ['manipulativeCloses', 'Should I send it Monday, or would you rather I mail it Tuesday?'],
  ['manipulativeCloses', 'Would you rather pick it up Friday, or should we deliver it Monday?'],
  [
    'manipulativeCloses',
    'As you requested, would you like the deposit on your Amex, or should I wire it back to you Friday?',
  ],
  // "You asked" the right questions is no decision, but the reader asking for the next step is.
  [
    'manipulativeCloses',
    'You asked for the contract, so would it be easier to put the deposit on a card today, or wire it Friday?',
  ],
  // Numbers that are the reader's own: guests, a phone number, a meter reading.
  ['manipulativeCloses', "Give me the number of guests and I'll make it work."],
  ['manipulativeCloses', "Send me your number and I'll make it happen over the phone."],
  ['manipulativeCloses', 'What number makes sense for your own budget this year?'],
  ['manipulativeCloses', 'What price would make your bakery competitive downtown?'],
  // "What would it take" for the reader's own aims, or to visit the sender's office.
  ['manipulativeCloses', 'What would it take to get your team into our office for the workshop?'],
  ['manipulativeCloses', 'What would it take to get your crews home before dark?'],
  // Assuming things that are no yes, or what the reader already said.
  ['manipulativeCloses', "I'll assume you're in the office on Monday unless I hear otherwise."],
  [
    'manipulativeCloses',
    "I'll assume you're moving forward with the renovation as planned, so here are the permits.",
  ],
  [
    'manipulativeCloses',
    "You told me on the phone you were ready, so I'll assume you're good to go.",
  ],
  ['manipulativeCloses', "We're going to assume you're on board with the new parking rules."],
  // Walking the reader through their own things, or time they asked for.
  [
    'timeGrabs',
    'Could you spare 20 minutes so I can walk you through your care plan for your mother?',
  ],
  ['timeGrabs', 'Since you asked, could we take 15 minutes to walk you through our pricing?'],
  [
    'timeGrabs',
    'Could we take 20 minutes so I can walk your team through our plans for your renovation?',
  ],
  ['timeGrabs', 'I will take 10 minutes at the meeting to walk the board through the budget.'],
  // Silence and surprise in their plain senses.
  ['guiltTrips', 'The silence after losing a parent hurts in ways nobody warns you about.'],
  ['guiltTrips', 'Radio silence from the county is frustrating for all of us.'],
  ['guiltTrips', "I'm not surprised, since you seemed so keen at the tasting."],
  ['guiltTrips', 'We were pleasantly surprised, since you seemed so keen on the blue tiles.'],
  ['guiltTrips', 'It stung a little not to hear back from the grant committee.'],
  ['guiltTrips', "I haven't heard a word from the inspector, so I'll call him Monday."],
  ['guiltTrips', "I haven't heard a peep from the neighbours about the noise."],
  // A mail check without the "even", or a courtesy asked for ahead of time.
  ['guiltTrips', 'Did my last email make it through? The attachment was large.'],
  ['guiltTrips', 'Did the parcel even arrive, or should I ask the courier?'],
  ['guiltTrips', 'The courtesy of a heads-up before the inspector visits would be appreciated.'],
  ['guiltTrips', 'We extend the courtesy of a heads-up to every tenant before repairs.'],
  // A reply asked for as a plain request, or to make it easy.
  ['guiltTrips', 'At this point, a reply from the county would help us plan.'],
  ['guiltTrips', 'A one-word reply is fine: blue or green?'],
  ['guiltTrips', 'A quick reply would be appreciated so I can book the van.'],
  // Belief and hope in their plain senses.
  ['guiltTrips', "I always thought you'd love the view from the new deck."],
  ['guiltTrips', 'I hope you will be one of the first to try the new menu.'],
  ['guiltTrips', 'We really thought you would enjoy the talk, so we saved you a seat.'],
];

describeLookAlikes('close, guilt and time-grab generalisation (round 8)', MUST_FLAG, MUST_NOT_FLAG);
