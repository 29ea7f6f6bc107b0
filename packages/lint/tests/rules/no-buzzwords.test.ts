import rule from '../../src/rules/no-buzzwords.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-buzzwords', rule, {
  valid: [
    'Your debt leverage is high this year.',
    'The financial leverage of the deal worried the board.',
    'The outage may disrupt service for an hour tonight.',
    'We drew a circle on the map.',
    'Please use the new form.',
    'You wrote, "we need synergy across teams," and I agree the teams should talk.',
    { code: 'We leverage AI to find savings.', options: [{ allow: ['leverage'] }] },
    'We use AI to find savings in your schedule.',
    'You were a rock star at the summit.',
    'Our team leveraged the grant to hire two nurses.',
    'Your gift empowers families to stay in their homes.',
    'The strike disrupted the whole shipping sector last month.',
    'The shuttle goes end to end of the campus.',
    'The ecosystem of the wetland is fragile this spring.',
    'The farm will pass to the next generation of your family.',
    'Our cloud-native migration of your Postgres database finished at 2am.',
    'The value-added tax is included in the quote.',
    'Maximize your resale value by fixing the roof first.',
  ],
  invalid: [
    {
      code: 'We leverage AI to find savings.',
      errors: [
        {
          messageId: 'buzzword',
          data: { phrase: 'leverage' },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 12,
        },
      ],
    },
    {
      code: 'Imagine the synergy between our teams. It is game-changing.',
      errors: [
        {
          messageId: 'buzzword',
          data: { phrase: 'synergy' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 20,
        },
        {
          messageId: 'buzzword',
          data: { phrase: 'game-changing' },
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 59,
        },
      ],
    },
    {
      code: "Small fixes can move the needle. Let's circle back in May.",
      errors: [
        {
          messageId: 'buzzword',
          data: { phrase: 'move the needle' },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 32,
        },
        {
          messageId: 'buzzword',
          data: { phrase: 'circle back' },
          line: 1,
          column: 40,
          endLine: 1,
          endColumn: 51,
        },
      ],
    },
    {
      code: 'A best-of-breed stack for a paradigm shift.',
      options: [{ allow: ['synergy'] }],
      errors: [
        {
          messageId: 'buzzword',
          data: { phrase: 'best-of-breed' },
          line: 1,
          column: 3,
          endLine: 1,
          endColumn: 16,
        },
        {
          messageId: 'buzzword',
          data: { phrase: 'paradigm shift' },
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 43,
        },
      ],
    },
    {
      code: 'We are a startup disrupting the logistics space.',
      errors: [
        {
          messageId: 'buzzword',
          data: { phrase: 'disrupting the logistics space' },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 48,
        },
      ],
    },
    {
      code: "We're hiring rockstars for our engineering team.",
      errors: [
        {
          messageId: 'buzzword',
          data: { phrase: 'rockstars' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      code: 'Acme leverages AI to cut costs.',
      errors: [
        {
          messageId: 'buzzword',
          data: { phrase: 'leverages' },
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 15,
        },
      ],
    },
    {
      code: "It's mission-critical to right-size your licenses.",
      errors: [
        {
          messageId: 'buzzword',
          data: { phrase: 'mission-critical' },
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 22,
        },
        {
          messageId: 'buzzword',
          data: { phrase: 'right-size' },
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 36,
        },
      ],
    },
    {
      code: 'Our cloud-native, omnichannel stack helps retailers unlock value.',
      errors: [
        {
          messageId: 'buzzword',
          data: { phrase: 'cloud-native' },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 17,
        },
        {
          messageId: 'buzzword',
          data: { phrase: 'omnichannel' },
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 30,
        },
        {
          messageId: 'buzzword',
          data: { phrase: 'unlock value' },
          line: 1,
          column: 53,
          endLine: 1,
          endColumn: 65,
        },
      ],
    },
  ],
});
