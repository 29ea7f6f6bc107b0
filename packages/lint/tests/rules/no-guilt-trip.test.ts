import rule from '../../src/rules/no-guilt-trip.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-guilt-trip', rule, {
  valid: [
    "I haven't heard back from the bank yet about your loan, so I called them again.",
    'Thanks for getting back to me so fast.',
    'You said, "did you get my email?" and yes, I did.',
    'I know the quarter is hectic, so here is a one-line summary.',
    'Following up on your question about pricing: it is $40 a seat.',
    'Did you get the tickets for Saturday?',
    'My last email had a typo in the date; it is Tuesday.',
    'Here is the case study I promised when we spoke.',
    'Did you get the package OK?',
    'I forgot to attach the file, sorry. Here it is.',
    'Are you floating the idea past your board?',
    "I'm moving this to the top of my list.",
    'I put the wrong date in my last email: the tasting is on the 14th.',
    "I haven't heard anything back from the insurer yet, so I'll call them Monday.",
    'This is my fourth year sponsoring the 5K.',
    'After all the work you put into the launch, you deserve a quiet week.',
    'The least I could do is buy you lunch.',
    "I'll keep checking on the shipment until it arrives.",
    "This is the third time I've written to the county about your permit, and I'll keep at it.",
    "I'd hate to think the move was stressful.",
    'Sorry for the silence on my end.',
    "We've sent you four shipments this year.",
    'We extend the courtesy of a reply to every applicant.',
    'This app lets you stop chasing invoices.',
  ],
  invalid: [
    {
      code: 'Hi Priya,\n\nThis is my fifth note since the demo, and it stings a little to be left on read.',
      errors: [
        {
          messageId: 'guiltTrip',
          data: { phrase: 'This is my fifth note' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 22,
        },
        {
          messageId: 'guiltTrip',
          data: { phrase: 'stings a little to be left on read' },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 80,
        },
      ],
    },
    {
      code: "A yes or no was the least I could expect. I'll keep checking in until I hear something.",
      errors: [
        {
          messageId: 'guiltTrip',
          data: { phrase: 'the least I could expect' },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 41,
        },
        {
          messageId: 'guiltTrip',
          data: { phrase: "I'll keep checking in until I hear something" },
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 87,
        },
      ],
    },
    {
      code: 'Hi Maria,\n\nJust bumping this to the top of your inbox.',
      errors: [
        {
          messageId: 'guiltTrip',
          data: { phrase: 'Just bumping this to the top of your inbox' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 43,
        },
      ],
    },
    {
      code: "I haven't heard back from you. Did you get my email?",
      errors: [
        {
          messageId: 'guiltTrip',
          data: { phrase: "I haven't heard back" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 21,
        },
        {
          messageId: 'guiltTrip',
          data: { phrase: 'Did you get my email' },
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 52,
        },
      ],
    },
    {
      code: 'Per my last email, you must be busy.',
      errors: [
        {
          messageId: 'guiltTrip',
          data: { phrase: 'Per my last email' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 18,
        },
        {
          messageId: 'guiltTrip',
          data: { phrase: 'you must be busy' },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 36,
        },
      ],
    },
    {
      code: "Should I assume you're not interested?",
      errors: [
        {
          messageId: 'guiltTrip',
          data: { phrase: "Should I assume you're not interested" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 38,
        },
      ],
    },
    {
      code: "I've written to you twice now without a reply.",
      errors: [
        {
          messageId: 'guiltTrip',
          data: { phrase: "I've written to you twice now without a reply" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 46,
        },
      ],
    },
    {
      code: 'Hi Ana,\n\nJust floating this back to the top of your inbox. Did you get a chance to look at my last email?',
      errors: [
        {
          messageId: 'guiltTrip',
          data: { phrase: 'Just floating this back to the top of your inbox' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 49,
        },
        {
          messageId: 'guiltTrip',
          data: { phrase: 'Did you get a chance to look at my last email' },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 96,
        },
      ],
    },
    {
      code: "This is the third time I've written about the suite. I'd hate to think you're just ignoring me.",
      errors: [
        {
          messageId: 'guiltTrip',
          data: { phrase: "This is the third time I've written" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
        },
        {
          messageId: 'guiltTrip',
          data: { phrase: "you're just ignoring me" },
          line: 1,
          column: 72,
          endLine: 1,
          endColumn: 95,
        },
      ],
    },
  ],
});
