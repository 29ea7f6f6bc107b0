import rule from '../../src/rules/require-reader-question.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('require-reader-question', rule, {
  valid: [
    'Hi Ana,\n\nIs hiring nurses still the hardest part of your week? If so, can we book a call next week?',
    'Hi Ana,\n\nHappy birthday! Let me know if you want the photos from the picnic.',
    'Hi Ana,\n\nHere are the notes from Tuesday. Let me know if you have any questions.',
    'Hi Ana,\n\nTo fix the sync error, open Settings and reconnect the calendar. Let me know if that helps.',
    'Hi Ana,\n\nThe report you asked for is attached. It covers March and April.',
    {
      code: '---\nkind: transactional\n---\nYour receipt is below. Click here to download a PDF copy.',
      filename: 'receipt.hbs',
    },
    'Hi Ana,\n\nHow are you handling night-shift gaps since the new clinic opened? We wrote a short guide, happy to share it: https://example.com/guide',
  ],
  invalid: [
    {
      code: 'Hi Ana,\n\nWe help clinics fill open shifts. Can we book a call next week to show you how?',
      errors: [
        {
          messageId: 'askBeforeQuestion',
          data: { phrase: 'call' },
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 53,
        },
      ],
    },
    {
      code: 'Hi Ana,\n\nWe just launched scheduling for clinics. Click here to start your free trial.',
      errors: [
        {
          messageId: 'askBeforeQuestion',
          data: { phrase: 'Click here' },
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 52,
        },
      ],
    },
    {
      code: 'Hi Ana,\n\nWould you be open to a quick chat on Thursday? Also, how are you handling shift swaps today?',
      errors: [
        {
          messageId: 'askBeforeQuestion',
          data: { phrase: 'chat' },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 34,
        },
      ],
    },
  ],
});
