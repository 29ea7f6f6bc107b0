import rule from '../../src/rules/no-hollow-opener.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-hollow-opener', rule, {
  valid: [
    'Dear Maria,\n\nYour order shipped today.',
    'Hi Maria,\n\nI hope the move to Denver went smoothly.',
    'I hope your daughter enjoyed the science fair.',
    'Hi Maria,\n\nThanks for the tour yesterday.',
    'I hope you find the notes useful.',
    'Dear Dr. Patel,\n\nThe results are in.',
    'You wrote "I hope this email finds you well" in every note, and we laughed about it.',
    'Hello Ana,\n\nThe roof report is attached.',
    "Hope the new roof held up in Saturday's storm.",
    'Hope things are going well with the new clinic.',
    'Your son started at Lincoln this fall. I hope the year is off to a great start!',
    'I hope you have a great weekend!',
  ],
  invalid: [
    {
      code: 'Hi Maria,\n\nI hope this email finds you well.\n\nYour Denver office looks great.',
      errors: [
        {
          messageId: 'hollowOpener',
          data: { phrase: 'I hope this email finds you well' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'removeOpener',
              data: { phrase: 'I hope this email finds you well' },
              output: 'Hi Maria,\n\nYour Denver office looks great.',
            },
          ],
        },
      ],
    },
    {
      code: "Hi Maria, I hope you're doing well. Your Denver office looks great.",
      errors: [
        {
          messageId: 'hollowOpener',
          data: { phrase: "I hope you're doing well" },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'removeOpener',
              data: { phrase: "I hope you're doing well" },
              output: 'Hi Maria, Your Denver office looks great.',
            },
          ],
        },
      ],
    },
    {
      code: 'Dear Sir/Madam,\n\nYour order shipped.',
      errors: [
        {
          messageId: 'impersonalGreeting',
          data: { phrase: 'Dear Sir/Madam' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          suggestions: null,
        },
      ],
    },
    {
      code: 'To whom it may concern,\n\nWe fixed the invoice.',
      errors: [
        {
          messageId: 'impersonalGreeting',
          data: { phrase: 'To whom it may concern' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 23,
          suggestions: null,
        },
      ],
    },
    {
      code: "Hi Marcus,\n\nHope the week's been kind to you so far!\n\nThe plan is attached.",
      errors: [
        {
          messageId: 'hollowOpener',
          data: { phrase: "Hope the week's been kind to you so far" },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'removeOpener',
              data: { phrase: "Hope the week's been kind to you so far" },
              output: 'Hi Marcus,\n\nThe plan is attached.',
            },
          ],
        },
      ],
    },
    {
      code: 'Hope things are going great over there! The plan is attached.',
      errors: [
        {
          messageId: 'hollowOpener',
          data: { phrase: 'Hope things are going great over there' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'removeOpener',
              data: { phrase: 'Hope things are going great over there' },
              output: 'The plan is attached.',
            },
          ],
        },
      ],
    },
  ],
});
