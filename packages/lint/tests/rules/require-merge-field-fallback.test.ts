import rule from '../../src/rules/require-merge-field-fallback.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('require-merge-field-fallback', rule, {
  valid: [
    { code: 'Hi {{ first_name | default: "there" }}, thanks!', filename: 'thanks.liquid' },
    {
      code: 'Hi {{#if firstName}}{{firstName}}{{else}}there{{/if}}, thanks!',
      filename: 'thanks.hbs',
    },
    { code: 'Not for you? Unsubscribe: {{unsubscribe_url}}', filename: 'footer.hbs' },
    { code: 'Manage your emails: {{ contact.preferences_url }}', filename: 'footer.liquid' },
    {
      code: 'Hi {{firstName}}, thanks!',
      filename: 'thanks.hbs',
      options: [{ ignore: ['firstName'] }],
    },
    'Plain text has no merge fields to check.',
    // The sender's own details, however the platform spells them.
    { code: 'Best,\n{{senderName}}\n{{sender_title}}', filename: 'sign-off.hbs' },
    { code: 'Best,\n{{ sender.name }}', filename: 'sign-off.liquid' },
    {
      code: 'Happy birthday, {{#first_name}}{{first_name}}{{/first_name}}{{^first_name}}neighbor{{/first_name}}!',
      filename: 'birthday.mustache',
    },
    {
      code: 'Hi{{#first_name}} {{first_name}}{{/first_name}},\n\nThanks!',
      filename: 'thanks.mustache',
    },
    {
      code: 'Hi {{#first_name}}{{first_name}}{{else}}there{{/first_name}}, thanks!',
      filename: 'thanks.hbs',
    },
  ],
  invalid: [
    {
      // Someone else's name that merely holds the word "sender" still needs a fallback.
      code: 'A gift from {{giftSenderName}} is on its way.',
      filename: 'gift.hbs',
      errors: [
        {
          messageId: 'missingFallback',
          data: { path: 'giftSenderName', fallback: 'there' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'addFallback',
              data: { path: 'giftSenderName', fallback: 'there' },
              output:
                'A gift from {{#if giftSenderName}}{{giftSenderName}}{{else}}there{{/if}} is on its way.',
            },
          ],
        },
      ],
    },
    {
      code: 'Best,\n{{sender.name}}',
      filename: 'sign-off.hbs',
      options: [{ ignore: [] }],
      errors: [
        {
          messageId: 'missingFallback',
          data: { path: 'sender.name', fallback: 'there' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'addFallback',
              data: { path: 'sender.name', fallback: 'there' },
              output: 'Best,\n{{#if sender.name}}{{sender.name}}{{else}}there{{/if}}',
            },
          ],
        },
      ],
    },
    {
      code: 'Hi {{firstName}}, thanks!',
      filename: 'thanks.hbs',
      errors: [
        {
          messageId: 'missingFallback',
          data: { path: 'firstName', fallback: 'there' },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'addFallback',
              data: { path: 'firstName', fallback: 'there' },
              output: 'Hi {{#if firstName}}{{firstName}}{{else}}there{{/if}}, thanks!',
            },
          ],
        },
      ],
    },
    {
      code: 'Hi {{ first_name }},\n\nGood to meet you.',
      filename: 'intro.liquid',
      errors: [
        {
          messageId: 'missingFallback',
          data: { path: 'first_name', fallback: 'there' },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'addFallback',
              data: { path: 'first_name', fallback: 'there' },
              output: 'Hi {{ first_name | default: "there" }},\n\nGood to meet you.',
            },
          ],
        },
      ],
    },
    {
      code: '{{- contact.company | upcase -}} is growing fast.',
      filename: 'note.liquid',
      options: [{ fallback: 'your team' }],
      errors: [
        {
          messageId: 'missingFallback',
          data: { path: 'contact.company', fallback: 'your team' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addFallback',
              data: { path: 'contact.company', fallback: 'your team' },
              output: '{{- contact.company | upcase | default: "your team" -}} is growing fast.',
            },
          ],
        },
      ],
    },

    {
      code: 'Hi {{#first_name}}{{first_name}}{{/first_name}},\n\nThanks!',
      filename: 'thanks.mustache',
      errors: [
        {
          messageId: 'missingFallback',
          data: { path: 'first_name', fallback: 'there' },
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addFallback',
              data: { path: 'first_name', fallback: 'there' },
              output:
                'Hi {{#first_name}}{{#if first_name}}{{first_name}}{{else}}there{{/if}}{{/first_name}},\n\nThanks!',
            },
          ],
        },
      ],
    },
    {
      code: 'Hi {{#first_name}}{{first_name}}{{/first_name}}{{^nickname}}there{{/nickname}},',
      filename: 'thanks.mustache',
      errors: [
        {
          messageId: 'missingFallback',
          data: { path: 'first_name', fallback: 'there' },
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'addFallback',
              data: { path: 'first_name', fallback: 'there' },
              output:
                'Hi {{#first_name}}{{#if first_name}}{{first_name}}{{else}}there{{/if}}{{/first_name}}{{^nickname}}there{{/nickname}},',
            },
          ],
        },
      ],
    },
  ],
});
