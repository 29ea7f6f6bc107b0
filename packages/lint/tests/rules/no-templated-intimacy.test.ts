import rule from '../../src/rules/no-templated-intimacy.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-templated-intimacy', rule, {
  valid: [
    {
      code: 'Hi {{first_name}},\n\nI know how hard a product launch can be. I saw {{company}} is hiring.',
      filename: 'message.hbs',
    },
    {
      code: 'Hi Ana,\n\nI know how much you love your dog, so here is the photo from the picnic.',
      filename: 'message.hbs',
    },
    {
      code: "I've been thinking about what you said at the meetup, {{first_name}}.",
      filename: 'message.hbs',
    },
    {
      code: 'I think {{company}} could save ten hours a week on scheduling.',
      filename: 'message.hbs',
    },
    {
      code: 'As a fellow runner, I loved your post about the Boston qualifier.',
      filename: 'message.hbs',
    },
    {
      code: "Hi {{first_name}}, I've always admired teams that ship weekly. Here is how {{company}} compares.",
      filename: 'message.hbs',
    },
    { code: "I'd love to hear how {{company}} handles on-call today.", filename: 'message.hbs' },
  ],
  invalid: [
    {
      code: "Hi {{first_name}},\n\nI know how much you love {{hobby}}, and I've been thinking about {{company}}'s challenges.",
      filename: 'message.hbs',
      errors: [
        {
          messageId: 'templatedIntimacy',
          data: { phrase: 'I know how much you love {{hobby}}' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 35,
        },
        {
          messageId: 'templatedIntimacy',
          data: { phrase: "I've been thinking about {{company}}" },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 77,
        },
      ],
    },
    {
      code: 'As a fellow {{city}} native, I had to write.',
      filename: 'message.hbs',
      errors: [
        {
          messageId: 'templatedIntimacy',
          data: { phrase: 'As a fellow {{city}}' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 21,
        },
      ],
    },
    {
      code: 'Hi {{ first_name }},\n\nI was so moved by {{ recent_post_title }} that I shared it with my team.',
      filename: 'a.liquid',
      errors: [
        {
          messageId: 'templatedIntimacy',
          data: { phrase: 'I was so moved by {{ recent_post_title }}' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 42,
        },
      ],
    },
    {
      code: '{{cause}} is close to my heart too.',
      filename: 'message.hbs',
      errors: [
        {
          messageId: 'templatedIntimacy',
          data: { phrase: '{{cause}} is close to my heart' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 31,
        },
      ],
    },
  ],
});
