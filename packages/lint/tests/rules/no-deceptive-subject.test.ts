import rule from '../../src/rules/no-deceptive-subject.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-deceptive-subject', rule, {
  valid: [
    '---\nsubject: "Re: your question about SSO"\n---\nHi Dana,\n\nYou asked whether we support SSO. We do, via SAML.',
    '---\nsubject: "Re: night shifts"\nkind: follow-up\n---\nHi Dana,\n\nFollowing up on our call about night shifts.',
    '---\nsubject: "Fwd: Intro to Dana"\n---\nHi Dana,\n\nForwarding Sam\'s intro below.\n\n---------- Forwarded message ---------\nFrom: Sam',
    '---\nsubject: "Your invoice #4821"\nkind: transactional\n---\nHi Dana,\n\nYour invoice #4821 is attached. The amount due is $120 by March 3.',
    '---\nsubject: Cutting invoice processing time at Acme\nkind: cold\n---\nHi Dana,\n\nIs month-end close still a scramble?',
    '---\nsubject: Your order has shipped\n---\nHi Dana,\n\nGood news: your order #4821 has shipped. Tracking number: 1Z999.',
    '---\nsubject: Ideas for your invoice workflow\nkind: cold\n---\nHi Dana,\n\nIs month-end close still a scramble?',
  ],
  invalid: [
    {
      code: '---\nsubject: "Re: our chat"\nkind: cold\n---\nHi {{first_name}},\n\nIs night coverage a priority this quarter?',
      filename: 'a.hbs',
      errors: [
        {
          messageId: 'fakeThread',
          data: { prefix: 'Re:' },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 14,
        },
      ],
    },
    {
      code: '---\nsubject: "FW: quick question"\n---\nHi Dana,\n\nI\'m reaching out because we help clinics like yours fill open shifts.',
      errors: [
        {
          messageId: 'fakeThread',
          data: { prefix: 'FW:' },
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 14,
        },
      ],
    },
    {
      code: '---\nsubject: Your invoice\n---\nHi Dana,\n\nWe help finance teams close the books faster. Is month-end still a scramble?',
      errors: [
        {
          messageId: 'unsupportedClaim',
          data: { phrase: 'Your invoice' },
          line: 2,
          column: 10,
          endLine: 2,
          endColumn: 22,
        },
      ],
    },
    {
      code: '---\nsubject: "Urgent: your account has been suspended"\nkind: nurture\n---\nHi Dana,\n\nOur spring sale starts today.',
      errors: [
        {
          messageId: 'unsupportedClaim',
          data: { phrase: 'your account has been suspended' },
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 50,
        },
      ],
    },
  ],
});
