import rule from '../../src/rules/no-false-urgency.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-false-urgency', rule, {
  valid: [
    "We can't hold the room rate past Friday because the hotel releases the block.",
    'The Clean Air Act now requires new filters in your building.',
    'The chairs come with a limited warranty of five years.',
    'I only wanted to share the slides from your talk.',
    'Here is the plan for your audit in June.',
    "Let's finish the draft before your board meeting on Friday.",
    'When we spoke last week, you said it was the last chance to fix the roof before winter.',
    'No hurry, take the weekend to read it.',
    'You mentioned, "Act now or lose the grant." Here is how we can help with the grant form.',
    'Now is the time of year when we check the gutters on your street.',
    "The swelling won't last long after the cleaning.",
    "I'm in town this week only, so let me know if Wednesday works.",
    'I need your answer by tomorrow so the caterer can order.',
    'The filing deadline is April 15.',
    'Every day you wait for the adjuster is frustrating, I know.',
    "Once you're settled in, I'll drop by with the keys.",
    "If you don't want to miss the shuttle, leave by 8.",
    'Open enrollment closes on December 15. The IRS deadline is April 15.',
    "The county's roster deadline is Friday, so sign-ups close Thursday.",
    'The window for your flu shot is October.',
    "I'd hate for you to pay the late fee, so here's the link.",
    'Only two of us were in the office. The sale is final.',
    "I only have two questions left, and then you're done.",
  ],
  invalid: [
    {
      code: "Hi Jordan,\n\nThe rate is good through Friday, and I can't hold it again after that.",
      errors: [
        {
          messageId: 'falseUrgency',
          data: { phrase: "I can't hold it again" },
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 59,
        },
      ],
    },
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
    {
      code: "Hi Denise,\n\nIf you've ever thought about selling, now is the time. Prices like these won't last.",
      errors: [
        {
          messageId: 'falseUrgency',
          data: { phrase: 'now is the time' },
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 54,
        },
        {
          messageId: 'falseUrgency',
          data: { phrase: "won't last" },
          line: 3,
          column: 74,
          endLine: 3,
          endColumn: 84,
        },
      ],
    },
    {
      code: 'We have several candidates in final rounds, so I need your answer by tomorrow.',
      errors: [
        {
          messageId: 'falseUrgency',
          data: { phrase: 'several candidates in final rounds' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 43,
        },
        {
          messageId: 'falseUrgency',
          data: { phrase: 'I need your answer by tomorrow' },
          line: 1,
          column: 48,
          endLine: 1,
          endColumn: 78,
        },
      ],
    },
    {
      code: "THIS WEEKEND ONLY!\nOnce they're gone, they're gone.",
      errors: [
        {
          messageId: 'falseUrgency',
          data: { phrase: 'THIS WEEKEND ONLY' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 18,
        },
        {
          messageId: 'falseUrgency',
          data: { phrase: "Once they're gone, they're gone" },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 32,
        },
      ],
    },
    {
      code: "Heads up: the carrier is pulling this rate at midnight Friday, and I've only got four applications left at the old pricing.",
      errors: [
        {
          messageId: 'falseUrgency',
          data: { phrase: 'pulling this rate at midnight Friday' },
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 62,
        },
        {
          messageId: 'falseUrgency',
          data: { phrase: 'only got four applications left' },
          line: 1,
          column: 73,
          endLine: 1,
          endColumn: 104,
        },
      ],
    },
    {
      code: "People who wait on this almost always regret it. I'd hate for you to look back and wish you had acted.",
      errors: [
        {
          messageId: 'falseUrgency',
          data: { phrase: 'People who wait on this almost always regret' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 45,
        },
        {
          messageId: 'falseUrgency',
          data: { phrase: 'look back and wish you had acted' },
          line: 1,
          column: 70,
          endLine: 1,
          endColumn: 102,
        },
      ],
    },
    {
      code: 'The window to lock in this rate closes Friday, and then this offer will be gone for good.',
      errors: [
        {
          messageId: 'falseUrgency',
          data: { phrase: 'The window to lock in this rate closes' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
        },
        {
          messageId: 'falseUrgency',
          data: { phrase: 'will be gone for good' },
          line: 1,
          column: 68,
          endLine: 1,
          endColumn: 89,
        },
      ],
    },
  ],
});
