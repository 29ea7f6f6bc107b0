import rule from '../../src/rules/max-words.js';
import { RuleTester } from '../rule-tester.js';

const words = (count: number): string => Array.from({ length: count }, () => 'word').join(' ');

new RuleTester().run('max-words', rule, {
  valid: [
    'Short and sweet.',
    words(200),
    { code: 'One two three.', options: [{ max: 3 }] },
    {
      code: '---\nsubject: A subject line with many words in it\n---\nOne two three.',
      options: [{ max: 3 }],
    },
    {
      code: 'Hi {{ contact.first_name | default: "there" }}, welcome.',
      filename: 'a.liquid',
      options: [{ max: 3 }],
    },
  ],
  invalid: [
    {
      code: 'One two three four.',
      options: [{ max: 3 }],
      errors: [
        {
          messageId: 'tooManyWords',
          data: { count: 4, max: 3 },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 19,
        },
      ],
    },
    {
      code: 'One two.\n\nThree four five.',
      options: [{ max: 4 }],
      errors: [
        {
          messageId: 'tooManyWords',
          data: { count: 5, max: 4 },
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 16,
        },
      ],
    },
    {
      code: 'Hi {{ contact.first_name }} and {{ contact.last_name }} there',
      filename: 'a.liquid',
      options: [{ max: 4 }],
      errors: [
        {
          messageId: 'tooManyWords',
          data: { count: 5, max: 4 },
          line: 1,
          column: 57,
          endLine: 1,
          endColumn: 62,
        },
      ],
    },
    {
      code: words(201),
      errors: [
        {
          messageId: 'tooManyWords',
          data: { count: 201, max: 200 },
          line: 1,
          column: 1001,
          endLine: 1,
          endColumn: 1005,
        },
      ],
    },
  ],
});
