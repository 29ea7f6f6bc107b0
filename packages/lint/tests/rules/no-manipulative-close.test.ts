import rule from '../../src/rules/no-manipulative-close.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-manipulative-close', rule, {
  valid: [
    'Which day works better for a call, Tuesday or Thursday?',
    'If you could share your timeline, would that help us plan?',
    'What would help your team most this quarter?',
    'When we spoke, you asked for the paperwork. When should we send the contract?',
    'Would it help if I sent a short case study?',
    {
      code: '---\nkind: follow-up\n---\nWhen should we send the contract?',
      filename: 'follow-up.md',
    },
    'Is this a priority for you this quarter?',
    'If it is not a fit, just say so and I will close the file.',
  ],
  invalid: [
    {
      code: 'If I could show you how to cut costs by 20%, would you buy today?',
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: 'If I could show you how to cut costs by 20%, would you' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 55,
        },
      ],
    },
    {
      code: 'What would it take to earn your business?',
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: 'What would it take to' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 22,
        },
      ],
    },
    {
      code: 'Hi Maria,\n\nWhich works better to sign, Tuesday or Thursday?',
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: 'Which works better to sign, Tuesday or Thursday?' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 49,
        },
      ],
    },
    {
      code: 'Thanks for reading. When should we send the contract?',
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: 'When should we send the contract' },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 53,
        },
      ],
    },
  ],
});
