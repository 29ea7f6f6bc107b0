import rule from '../../src/rules/no-shallow-personalization.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-shallow-personalization', rule, {
  valid: [
    {
      code: '---\nkind: cold\n---\nHi {{first_name}},\n\nSaw your post about {{recent_post_topic}}. Is night-shift coverage still the hard part?',
      filename: 'a.hbs',
    },
    {
      code: '---\nkind: follow-up\n---\nHi {{first_name}},\n\nHere are the notes from our call with {{company}}.',
      filename: 'a.hbs',
    },
    {
      code: "---\nkind: cold\n---\nHi Dana,\n\nI read your post about night shifts at St. Mary's. Is coverage still the hard part?",
      filename: 'a.hbs',
    },
    {
      code: '---\nkind: transactional\n---\nHi {{first_name}}, your order {{order_id}} from {{company}} has shipped.',
      filename: 'a.hbs',
    },
    'Hi {{first_name}},\n\nThanks for the call yesterday with the {{company}} team. The notes are below.',
  ],
  invalid: [
    {
      code: '---\nkind: cold\n---\nHi {{first_name}},\n\nI work with teams like {{company}} on scheduling. Is coverage a priority this quarter?',
      filename: 'a.hbs',
      errors: [
        {
          messageId: 'shallowPersonalization',
          data: { fields: '{{first_name}}, {{company}}' },
          line: 4,
          column: 4,
          endLine: 4,
          endColumn: 18,
        },
      ],
    },
    {
      code: "Hi {{ contact.first_name }},\n\nI'm reaching out because companies like {{ company.name }} in {{ contact.city }} use us to cut churn.\n\n{{ sender.signature }}",
      filename: 'a.liquid',
      errors: [
        {
          messageId: 'shallowPersonalization',
          data: { fields: '{{contact.first_name}}, {{company.name}}, {{contact.city}}' },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 28,
        },
      ],
    },
  ],
});
