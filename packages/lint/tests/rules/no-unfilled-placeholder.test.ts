import rule from '../../src/rules/no-unfilled-placeholder.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-unfilled-placeholder', rule, {
  valid: [
    'As the study shows [1], short emails win.',
    'He wrote "their [sic] team" in the brief.',
    'We ordered the XXL shirts for the offsite.',
    'Thanks so much <3',
    'Read [the report](https://example.com/report) when you can.',
    'We met at the TK Maxx store on Main Street.',
    'Please insert the card and press OK.',
    'Atkins and Utkin are names, and Tk is not a token.',
    { code: 'Hi {{firstName}}, good to see you.', filename: 'welcome.hbs' },
    { code: 'Map {x} onto {y} in the formula.', filename: 'math.hbs' },
    { code: 'Hi {FirstName}, single braces are fine in plain text.', filename: 'note.txt' },
    { code: 'Our [Beta] plan is open to you.', options: [{ allow: ['[Beta]'] }] },
  ],
  invalid: [
    {
      code: 'Hi [FIRST NAME],\n\nThanks for your time.',
      errors: [
        {
          messageId: 'unfilledPlaceholder',
          data: { text: '[FIRST NAME]' },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 16,
        },
      ],
    },
    {
      code: 'Quick note.\n\nWe grew XXX last year.',
      errors: [
        {
          messageId: 'unfilledPlaceholder',
          data: { text: 'XXX' },
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      code: 'Hi {FirstName}, welcome.',
      filename: 'welcome.hbs',
      errors: [
        {
          messageId: 'unfilledPlaceholder',
          data: { text: '{FirstName}' },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 15,
        },
      ],
    },
    {
      code: '{{ first_name | default: "there" }}, meet [Company].',
      filename: 'intro.liquid',
      errors: [
        {
          messageId: 'unfilledPlaceholder',
          data: { text: '[Company]' },
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 52,
        },
      ],
    },
    {
      code: 'Hi there,\r\n\r\nINSERT COMPANY is doing great work.',
      errors: [
        {
          messageId: 'unfilledPlaceholder',
          data: { text: 'INSERT COMPANY' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 15,
        },
      ],
    },
    {
      code: '<p>Hi &lt;Prospect Name&gt;, good to meet you.</p>',
      filename: 'intro.html',
      errors: [
        {
          messageId: 'unfilledPlaceholder',
          data: { text: '<Prospect Name>' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 28,
        },
      ],
    },
    {
      code: 'Revenue grew TK% and you can book here: [insert calendar link]',
      errors: [
        {
          messageId: 'unfilledPlaceholder',
          data: { text: 'TK' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 16,
        },
        {
          messageId: 'unfilledPlaceholder',
          data: { text: '[insert calendar link]' },
          line: 1,
          column: 41,
          endLine: 1,
          endColumn: 63,
        },
      ],
    },
    {
      code: 'Hello {{}}, welcome aboard.',
      filename: 'welcome.hbs',
      errors: [{ messageId: 'emptyMergeField', line: 1, column: 7, endLine: 1, endColumn: 11 }],
    },
  ],
});
