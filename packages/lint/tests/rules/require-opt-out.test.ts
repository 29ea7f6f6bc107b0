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
    'Hi Ruben,\n\nThree homes on Alder Street sold this spring. If you ever want a free estimate, just reply.\n\nLucia',
    {
      code: '<div style="display:none">Your order is on its way.</div><p>Hi {{first_name}},</p><p>Your order #48213 left our warehouse this morning.</p><p>Juniper Home, 70 Canal Street, Lowell, MA 01852</p>',
      filename: 'a.html',
    },
    {
      code: '<p>Hi {{first_name}},</p><p>Thank you for making a gift of $40 to the pantry. This email is your receipt.</p><p>Tacoma Community Pantry</p>',
      filename: 'a.html',
    },
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

    {
      code: '<div style="display:none">What sold in Cedar Park this month.</div><p>Hi {{ first_name | default: "neighbor" }},</p><p>Curious what your home might be worth? Reply and I\'ll put together a free estimate.</p><p>Kim Tran, Oakline Realty</p>',
      filename: 'a.html',
      errors: [
        {
          messageId: 'missingOptOut',
          data: { example: '{{unsubscribe_url}}' },
          line: 1,
          column: 210,
          endLine: 1,
          endColumn: 234,
        },
      ],
    },
    {
      code: 'Dear friend,\n\nA gift of $40 fills a box of groceries. Would you help us fill one?\n\nMarcus',
      errors: [
        {
          messageId: 'missingOptOut',
          data: { example: '{{unsubscribe_url}}' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 7,
        },
      ],
    },
  ],
});
