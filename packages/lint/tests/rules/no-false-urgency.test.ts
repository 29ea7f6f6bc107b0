import rule from '../../src/rules/no-false-urgency.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-false-urgency', rule, {
  valid: [
    'The Clean Air Act now requires new filters in your building.',
    'The chairs come with a limited warranty of five years.',
    'I only wanted to share the slides from your talk.',
    'Here is the plan for your audit in June.',
    "Let's finish the draft before your board meeting on Friday.",
    'When we spoke last week, you said it was the last chance to fix the roof before winter.',
    'No hurry, take the weekend to read it.',
    'You mentioned, "Act now or lose the grant." Here is how we can help with the grant form.',
  ],
  invalid: [
    {
      code: 'Act now to lock in this price.',
      errors: [
        {
          messageId: 'falseUrgency',
          data: { phrase: 'Act now' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
    {
      code: 'Hi Maria,\n\nThere are only 3 spots left in the spring cohort. This offer expires Friday.',
      errors: [
        {
          messageId: 'falseUrgency',
          data: { phrase: 'only 3 spots left' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 28,
        },
        {
          messageId: 'falseUrgency',
          data: { phrase: 'This offer expires' },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 69,
        },
      ],
    },
    {
      code: "This is your last chance to join. Don't miss out!",
      errors: [
        {
          messageId: 'falseUrgency',
          data: { phrase: 'last chance' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 25,
        },
        {
          messageId: 'falseUrgency',
          data: { phrase: "Don't miss out" },
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 49,
        },
      ],
    },
    {
      code: "Teams that wait?\n\nYou'll be left behind.",
      errors: [
        {
          messageId: 'falseUrgency',
          data: { phrase: "You'll be left behind" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 22,
        },
      ],
    },
  ],
});
