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
  ],
  invalid: [
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
  ],
});
