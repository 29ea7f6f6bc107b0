import rule from '../../src/rules/no-time-grab.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-time-grab', rule, {
  valid: [
    'Hi Kofi,\n\nCould you give me 20 minutes so I can walk you through the settings you asked about?',
    'Hi Kofi,\n\nCould you set aside 30 minutes so I can walk you through your policy documents?',
    'It would help me get your order right if you could send the sizes.',
    'Twenty minutes with our nurse would help you set up the pump.',
    'Thanks for the quick call yesterday, Maria.',
    'Thanks for the 10 minutes you spent with our support team on Friday.',
    "If you're free, the gallery opens at six on Thursday.",
    'You asked for a quick demo, so here is a five-minute recording.',
    'After our quick chat, I wrote up the notes and attached them.',
    'Is hiring nurses still the hardest part of your week?',
    'Take your time with the draft; there is no rush.',
    'Before your board meeting on Friday, here is the one-page summary.',
    'Here is a deep dive into your Q3 numbers, which you asked for.',
    'You asked for a call about how we could split the payments.',
    // Time offered for the reader's own errand, or a request with no purpose of the sender's.
    'Happy to spare 20 minutes if you want help with the import.',
    "If you're free Thursday, I can bring the samples you asked for.",
    'Could you spare 20 minutes on Thursday to look at the leak with me?',
    'I can set aside 30 minutes to walk you through the import settings you asked about.',
    'Please let me know a good time for a call about the roof repair.',
  ],
  invalid: [
    {
      code: 'Could you give me 20 minutes this week so I can walk you through our capabilities?',
      errors: [
        {
          messageId: 'timeGrab',
          data: { phrase: 'give me 20 minutes' },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 29,
        },
      ],
    },
    {
      code: 'Could you give me 20 minutes this week? It would really help me with my quarterly review.',
      errors: [
        {
          messageId: 'timeGrab',
          data: { phrase: 'give me 20 minutes' },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 29,
        },
      ],
    },
    {
      code: 'Hi Maria,\n\nCould you spare 10 minutes of your time this week?',
      errors: [
        {
          messageId: 'timeGrab',
          data: { phrase: '10 minutes of your time' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 40,
        },
      ],
    },
    {
      code: 'Are you free for a quick call on Tuesday?',
      errors: [
        {
          messageId: 'timeGrab',
          data: { phrase: 'a quick call' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 30,
        },
      ],
    },
    {
      code: 'Can we hop on a call so I can walk you through our platform?',
      errors: [
        {
          messageId: 'timeGrab',
          data: { phrase: 'hop on a call' },
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 21,
        },
        {
          messageId: 'timeGrab',
          data: { phrase: 'walk you through our platform' },
          line: 1,
          column: 31,
          endLine: 1,
          endColumn: 60,
        },
      ],
    },
    {
      code: 'Hi Dana,\n\nCould you spare 20 minutes on Thursday so I can walk you through a demo?',
      errors: [
        {
          messageId: 'timeGrab',
          data: { phrase: 'spare 20 minutes' },
          line: 3,
          column: 11,
          endLine: 3,
          endColumn: 27,
        },
        {
          messageId: 'timeGrab',
          data: { phrase: 'walk you through a demo' },
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 72,
        },
      ],
    },
    {
      code: 'We would love to learn more about your hiring needs.\n\nPlease let me know a good time for a call.',
      errors: [
        {
          messageId: 'timeGrab',
          data: { phrase: 'good time for a call' },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 42,
        },
      ],
    },
    {
      code: 'Would you be open to a 15-minute demo next week?',
      errors: [
        {
          messageId: 'timeGrab',
          data: { phrase: 'a 15-minute demo' },
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 38,
        },
      ],
    },
    {
      code: 'Would you be interested in a deep dive on how we could elevate your brand?',
      errors: [
        {
          messageId: 'timeGrab',
          data: { phrase: 'a deep dive on how we could elevate' },
          line: 1,
          column: 28,
          endLine: 1,
          endColumn: 63,
        },
      ],
    },
  ],
});
