import rule from '../../src/rules/require-opt-out.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('require-opt-out', rule, {
  valid: [
    "---\nkind: nurture\n---\nHi {{first_name}},\n\nThis month's roundup: three ideas for slower Mondays.\n\nUnsubscribe: {{unsubscribe_url}}",
    {
      code: '<p>Hi {{first_name}},</p><p>Get 20% off this week only.</p><p><a href="{{unsubscribe_url}}">Stop these emails</a></p>',
      filename: 'a.html',
    },
    "---\nkind: cold\n---\nHi Dana,\n\nWe help clinics fill shifts. Is coverage a priority?\n\nIf you'd rather not hear from me, just say so and I won't email again.",
    '---\nkind: cold\n---\nHi Dana,\n\nIs night coverage a priority this quarter?\n\nReply STOP to opt out.',
    '---\nkind: care\n---\nHi Ana,\n\nHappy birthday! Hope the day is slow and sunny.',
    '---\nkind: transactional\n---\nYour receipt for order 4821 is attached.',
    'Hi Ana,\n\nThanks for the call today. The notes are below.',
    'Spring sale: 20% off every plan. Manage your email preferences here: *|UNSUB|*',
  ],
  invalid: [
    {
      code: "---\nkind: nurture\n---\nHi {{first_name}},\n\nThis month's roundup: three ideas for slower Mondays.\n\nSam",
      errors: [
        {
          messageId: 'missingOptOut',
          data: { example: '{{unsubscribe_url}}' },
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 4,
        },
      ],
    },
    {
      code: 'Hi Dana,\n\nOur spring sale starts today: 20% off every plan with code SPRING.',
      errors: [
        {
          messageId: 'missingOptOut',
          data: { example: '{{unsubscribe_url}}' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 67,
        },
      ],
    },
    {
      code: "<p>Hi Dana,</p><p>I'm reaching out because we help clinics like yours fill open shifts.</p><p>Sam</p>",
      filename: 'a.html',
      errors: [
        {
          messageId: 'missingOptOut',
          data: { example: '{{unsubscribe_url}}' },
          line: 1,
          column: 95,
          endLine: 1,
          endColumn: 98,
        },
      ],
    },
  ],
});
