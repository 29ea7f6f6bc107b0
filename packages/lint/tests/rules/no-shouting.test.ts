import rule from '../../src/rules/no-shouting.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-shouting', rule, {
  valid: [
    'Great work by the NASA team.',
    'The ROI was clear, FYI.',
    'OK, I will run an A/B test.',
    'Our Q3 OKRs are ready.',
    'See Part II and Chapter XIV.',
    'We ship to the USA and the UK.',
    'Really?!',
    'Set MAX_RETRIES in config.yaml first.',
    { code: 'Hi {{CONTACT.FIRST_NAME}}, welcome!', filename: 'welcome.hbs' },
    { code: 'Try it FREE today.', options: [{ allow: ['FREE'] }] },
  ],
  invalid: [
    {
      code: 'Great news!!',
      output: 'Great news!',
      errors: [
        {
          messageId: 'repeatedPunctuation',
          data: { marks: '!!', mark: '!' },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 13,
        },
      ],
    },
    {
      code: "Please DON'T MISS this.",
      errors: [
        {
          messageId: 'shouting',
          data: { text: "DON'T MISS" },
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'useSentenceCase',
              data: { replacement: "don't miss" },
              output: "Please don't miss this.",
            },
          ],
        },
      ],
    },
    {
      code: 'URGENT: reply TODAY!!!',
      output: 'URGENT: reply TODAY!',
      errors: [
        {
          messageId: 'shouting',
          data: { text: 'URGENT' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'useSentenceCase',
              data: { replacement: 'Urgent' },
              output: 'Urgent: reply TODAY!!!',
            },
          ],
        },
        {
          messageId: 'repeatedPunctuation',
          data: { marks: '!!!', mark: '!' },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      code: 'Wow!!! Can you believe it?!?\n\nReally??',
      output: 'Wow! Can you believe it?\n\nReally?',
      errors: [
        {
          messageId: 'repeatedPunctuation',
          data: { marks: '!!!', mark: '!' },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 7,
        },
        {
          messageId: 'repeatedPunctuation',
          data: { marks: '?!?', mark: '?' },
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 29,
        },
        {
          messageId: 'repeatedPunctuation',
          data: { marks: '??', mark: '?' },
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 9,
        },
      ],
    },
    {
      code: '<p>TERMS &amp; CONDITIONS APPLY NOW</p>',
      filename: 'offer.html',
      errors: [
        {
          messageId: 'shouting',
          data: { text: 'TERMS & CONDITIONS APPLY NOW' },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 36,
        },
      ],
    },
  ],
});
