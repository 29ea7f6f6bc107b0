import rule from '../../src/rules/require-postal-address.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('require-postal-address', rule, {
  valid: [
    "---\nkind: nurture\n---\nHi {{first_name}},\n\nThis month's roundup.\n\nAcme Inc, 12 Main St, Springfield, IL 62701",
    '---\nkind: cold\n---\nHi Dana,\n\nIs night coverage a priority?\n\nAcme, PO Box 123, Austin, TX 78701',
    '---\nkind: cold\n---\nHi Dana,\n\nIs night coverage a priority?\n\n{{company_address}}',
    { code: 'Spring sale: 20% off.\n\n{{ organization.address }}', filename: 'a.liquid' },
    'Spring sale: 20% off every plan.\n\n*|LIST:ADDRESSLINE|*',
    '---\nkind: cold\n---\nHallo Dana,\n\nIst die Nachtschicht ein Thema?\n\nAcme GmbH, Hauptstraße 5, 10115 Berlin',
    '---\nkind: transactional\n---\nYour receipt for order 4821 is attached.',
    'Hi Ana,\n\nThanks for the call today. The notes are below. It was a 10 minute drive from 5 Points.',
  ],
  invalid: [
    {
      code: "---\nkind: nurture\n---\nHi {{first_name}},\n\nThis month's roundup: three ideas for slower Mondays.\n\nUnsubscribe: {{unsubscribe_url}}",
      errors: [
        {
          messageId: 'missingPostalAddress',
          data: { example: '{{company_address}}' },
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 33,
        },
      ],
    },
    {
      code: 'Hi Dana,\n\nOur spring sale starts today: 20% off every plan.\n\nSam',
      errors: [
        {
          messageId: 'missingPostalAddress',
          data: { example: '{{company_address}}' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 4,
        },
      ],
    },
  ],
});
