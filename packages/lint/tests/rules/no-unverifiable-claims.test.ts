import rule from '../../src/rules/no-unverifiable-claims.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-unverifiable-claims', rule, {
  valid: [
    'Keeping patients safe is your number one priority.',
    'Safety is their number one priority, too.',
    'You mentioned, "we\'re the leading clinic in Ohio", and the reviews agree.',
    'Your team is world-class at patient care.',
    'Congrats on being named a leading employer in Ohio.',
    'We helped three clinics like yours cut no-shows by 18% (case study attached).',
    'Her leading role in the project was clear.',
    'Thanks, Ana.\n\n> We are the #1 CRM, you wrote in your launch post.',
  ],
  invalid: [
    {
      code: 'Acme is the number one CRM for dentists.',
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'the number one' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      code: 'Hi Maria,\n\nOur world-class team works with 159 of the Fortune 500.',
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'world-class' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 16,
        },
        {
          messageId: 'unverifiableClaim',
          data: { phrase: '159 of the Fortune 500' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 55,
        },
      ],
    },
    {
      code: 'We are best-in-class at security.',
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'best-in-class' },
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 21,
        },
      ],
    },
    {
      code: 'It is the most advanced scheduler on the market.',
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'the most advanced scheduler on the market' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 48,
        },
      ],
    },
  ],
});
