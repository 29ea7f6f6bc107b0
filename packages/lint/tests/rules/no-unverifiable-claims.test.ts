import rule from '../../src/rules/no-unverifiable-claims.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-unverifiable-claims', rule, {
  valid: [
    'Keeping patients safe is your number one priority.',
    'Safety is their number one priority, too.',
    'You mentioned, "we\'re the leading clinic in Ohio", and the reviews agree.',
    'Your team is world-class at patient care.',
    'Congrats on being named a leading employer in Ohio.',
    'We helped three clinics like yours cut no-shows by 18% (case study attached).',
    'Her leading role in the project was clear.',
    'Thanks, Ana.\n\n> We are the #1 CRM, you wrote in your launch post.',
    'Your team is the best in the business.',
    'The best part of our call was hearing about your trip.',
    'Nobody knows your business better than you.',
    'We follow the best practices in the industry.',
    'According to J.D. Power, we are the highest-rated home insurer in Florida.',
    'We are rated 4.8 on G2 (2024), and the reviews are public.',
    'Dr. Lee is the most patient dentist I know.',
    'The fastest route in the city is I-80 after 7pm.',
    "We're not the biggest firm in the region, but we answer every call.",
    'Forbes named us the fastest-growing brokerage in the Midwest.',
    'The top 20% of your customers drive most of your revenue.',
    "You won't find a better deal than the one you already have.",
  ],
  invalid: [
    {
      code: 'Acme is the number one CRM for dentists.',
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'the number one' },
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      code: 'Hi Maria,\n\nOur world-class team works with 159 of the Fortune 500.',
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'world-class' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 16,
        },
        {
          messageId: 'unverifiableClaim',
          data: { phrase: '159 of the Fortune 500' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 55,
        },
      ],
    },
    {
      code: 'We are best-in-class at security.',
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'best-in-class' },
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 21,
        },
      ],
    },
    {
      code: 'It is the most advanced scheduler on the market.',
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'the most advanced scheduler on the market' },
          line: 1,
          column: 7,
          endLine: 1,
          endColumn: 48,
        },
      ],
    },
    {
      code: 'Hello,\n\nWe are the highest-rated home insurer in the state. Our agents are the best in the business.',
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'the highest-rated home insurer' },
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 38,
        },
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'the best in the business' },
          line: 3,
          column: 68,
          endLine: 3,
          endColumn: 92,
        },
      ],
    },
    {
      code: "I'm the top-producing agent in Westchester, and nobody sells homes faster than my team.",
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'the top-producing agent' },
          line: 1,
          column: 5,
          endLine: 1,
          endColumn: 28,
        },
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'nobody sells homes faster' },
          line: 1,
          column: 49,
          endLine: 1,
          endColumn: 74,
        },
      ],
    },
    {
      code: "We're known for the best trade-in values in the city, and we'll beat any deal in town.",
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'the best trade-in values in the city' },
          line: 1,
          column: 17,
          endLine: 1,
          endColumn: 53,
        },
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'beat any deal in town' },
          line: 1,
          column: 65,
          endLine: 1,
          endColumn: 86,
        },
      ],
    },
    {
      code: "Since 2009 we've been widely considered the most responsive manager in the region.",
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'the most responsive manager' },
          line: 1,
          column: 41,
          endLine: 1,
          endColumn: 68,
        },
      ],
    },
    {
      code: 'Brightline is the top-rated HVAC installer in Denver.\n\nThanks,\nSam\nBrightline Heating',
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'the top-rated HVAC installer' },
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 43,
        },
      ],
    },
    {
      code: 'Our screening means we place only the top 5% of applicants, and our clients rate us the best partner they have ever had.',
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'only the top 5% of applicants' },
          line: 1,
          column: 30,
          endLine: 1,
          endColumn: 59,
        },
        {
          messageId: 'unverifiableClaim',
          data: { phrase: 'the best partner' },
          line: 1,
          column: 85,
          endLine: 1,
          endColumn: 101,
        },
      ],
    },
    {
      code: "Honestly, there's no better value in the valley.",
      errors: [
        {
          messageId: 'unverifiableClaim',
          data: { phrase: "there's no better value" },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 34,
        },
      ],
    },
  ],
});
