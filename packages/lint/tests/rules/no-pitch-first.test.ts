import rule from '../../src/rules/no-pitch-first.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-pitch-first', rule, {
  valid: [
    'Hi Maria,\n\nWhen we spoke last week, you said hiring nurses was the hard part. Here is the checklist I mentioned.\n\nBest,\nSam',
    'Hi Maria,\n\nI hope the move to Denver went smoothly. My name is on the lease papers you asked about, so I signed them today.',
    'Hi Maria,\n\nYour post on night-shift staffing was sharp. I run a staffing firm, and we see the same gap.',
    'Hi Maria,\n\nI noticed your clinic opened a second site. Congratulations!',
    'Hi Maria,\n\nYou asked about pricing, so I wanted to introduce our two plans.',
    'Hi Maria,\n\nAt the conference, we talked about scheduling. Here are my notes.',
    'Thanks for the tour yesterday, Maria.\n\nMy name is Sam, by the way, and I run the Denver branch.',
    {
      code: 'Hi {{firstName}},\n\nCongrats on the Series A! Your team has grown fast.',
      filename: 'welcome.hbs',
    },
    {
      code: '---\nkind: transactional\n---\nMy name is Sam, and I processed your refund today.',
      filename: 'refund.md',
    },
    'Hi Ana,\n\nOur platform is down for maintenance tonight from 9 to 10 p.m.',
  ],
  invalid: [
    {
      code: 'Hi Maria,\n\nMy name is Sam and I lead sales at Acme.\n\nBest,\nSam',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'My name is' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
        },
      ],
    },
    {
      code: "Hi Maria, I'm reaching out from Acme about your scheduling.",
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: "I'm reaching out from" },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 32,
        },
      ],
    },
    {
      code: 'Hello Ana,\n\nAt Acme, we build tools for clinics like yours.',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'At Acme, we' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      code: 'Hi {{firstName}},\n\nWe are a leading provider of scheduling software.',
      filename: 'cold.hbs',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'We are a leading' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 17,
        },
      ],
    },
  ],
});
