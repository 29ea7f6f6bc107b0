import rule from '../../src/rules/no-manipulative-close.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-manipulative-close', rule, {
  valid: [
    'Thanks for your order. Would you like the invoice sent to you or to accounts payable?',
    "You suggested Tuesday. If I don't hear back, I'll assume the time works and see you Tuesday.",
    "If you'd rather keep your current crew, no need to do anything.",
    'What would it take to get Finance on board with the new rota?',
    'What would it take to get the crew started on Monday?',
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
    'What would it take for your team to hit the Q3 goal you mentioned?',
    'You asked to meet. Does Tuesday or Thursday suit you better?',
    "Here is the contract you asked for; sign whenever you're ready.",
    'You chose the Team plan last week. Which works better for you, annual or monthly billing?',
    'Would you prefer monthly or quarterly check-ins?',
    "I've gone ahead and attached the slides from Tuesday's talk.",
    'If I send the file, would you pass it to Ana?',
    'If I can help with anything, would you let me know?',
    "Reply STOP and I'll take you off the list.",
    'You asked about payment options. Would you rather pay in full or in installments?',
    'Thanks for signing! Would Thursday or Friday work better for your onboarding call?',
    "I'll bring the paperwork in case you decide to go ahead.",
  ],
  invalid: [
    {
      code: 'So what would it take to get Orbach Roofing on board before filing season?',
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: 'what would it take to get Orbach Roofing on board' },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 53,
        },
      ],
    },
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
          data: { phrase: 'What would it take to earn your business' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 41,
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

    {
      code: 'Hi Dev and Maria,\n\nShall we get the listing agreement signed Tuesday evening, or is Wednesday better for you?',
      errors: [
        {
          messageId: 'manipulativeClose',
          data: {
            phrase:
              'Shall we get the listing agreement signed Tuesday evening, or is Wednesday better for you?',
          },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 91,
        },
      ],
    },
    {
      code: 'Thanks for the demo. Which works better for you, annual or monthly?',
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: 'Which works better for you, annual or monthly' },
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 67,
        },
      ],
    },
    {
      code: "Thanks for letting me quote your policy. I've gone ahead and prepared your paperwork, so all that's left is to sign.",
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: "I've gone ahead and prepared your paperwork" },
          line: 1,
          column: 42,
          endLine: 1,
          endColumn: 85,
        },
        {
          messageId: 'manipulativeClose',
          data: { phrase: "all that's left is to sign" },
          line: 1,
          column: 90,
          endLine: 1,
          endColumn: 116,
        },
      ],
    },
    {
      code: 'If I waive the setup fee, will you commit today?',
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: 'If I waive the setup fee, will you' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 35,
        },
      ],
    },
    {
      code: "---\nkind: follow-up\n---\nLoved our call. I've gone ahead and reserved a spot for you in the May cohort.",
      filename: 'follow-up.md',
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: "I've gone ahead and reserved a spot for you" },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 60,
        },
      ],
    },
    {
      code: 'Would you rather pay in full, or split it into three installments?',
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: 'Would you rather pay in full, or split it into three installments?' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 67,
        },
      ],
    },
    {
      code: "I'll bring the paperwork Thursday at 6. See you then!",
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: "I'll bring the paperwork Thursday at 6" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
        },
      ],
    },
    {
      code: 'Would you like me to put the deposit on your Visa or your Amex?',
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: 'Would you like me to put the deposit on your Visa or your Amex?' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 64,
        },
      ],
    },
    {
      code: "If you'd rather keep risking a cheap crew, no need to do anything. If I don't hear back by Friday, I'll assume you're in.",
      errors: [
        {
          messageId: 'manipulativeClose',
          data: { phrase: "If you'd rather keep risking a cheap crew, no need to do anything" },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 66,
        },
        {
          messageId: 'manipulativeClose',
          data: { phrase: "If I don't hear back by Friday, I'll assume you're in" },
          line: 1,
          column: 68,
          endLine: 1,
          endColumn: 121,
        },
      ],
    },
  ],
});
