import rule from '../../src/rules/no-pitch-in-care-touch.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-pitch-in-care-touch', rule, {
  valid: [
    '---\nkind: care\n---\nHi Ana,\n\nThank you for going solar with us! Your warranty card is attached.\n\nIf anything looks off on the monitoring app, call me.\n\nSam',
    'Hi Ana,\n\nHappy birthday! Hope you get a long lunch and no meetings.\n\nSam',
    'Hi Ana,\n\nI was so sorry to hear about your father. Thinking of you and your family.\n\nLet me know if you need anything at all.\n\nSam',
    'Hi Ana,\n\nCongratulations on the new role! How are you settling in? What surprised you most in the first week?\n\nSam',
    'Hi Ana,\n\nThank you for the referral to Jordan. That was generous, and it made my week.\n\nSam',
    'Hi Ana,\n\nSo sorry for your loss. If you ever need to move the renewal call, just say so, no pressure at all.\n\nSam',
    "Hi Ana,\n\nHappy work anniversary! Five years of you making that team better. Coffee on me when you're back in town?\n\nSam",
    'Hi Ana,\n\nThanks for your time on the call today. Here is the proposal with the premium plan pricing we discussed.\n\nSam',
    {
      code: '---\nkind: nurture\n---\nHi Ana,\n\nOur spring sale starts today: 20% off every plan.',
      filename: 'sale.hbs',
    },
    'Hi Ana,\n\nThank you for your generous gift of $250 in memory of your mother. It paid for a full week of bedside care.\n\nCarol',
    "Hi Ana,\n\nSo sorry for your loss. In lieu of flowers, your family asked for donations to the animal shelter, so I sent one in your dad's name.\n\nSam",
    'Hi Ana,\n\nHappy birthday! Hope the day is slow and sunny, with cake and no meetings.\n\nSam',
  ],
  invalid: [
    {
      code: '---\nkind: care\n---\nHi Ana,\n\nThank you for going solar with us!\n\nWant me to put together a quote for battery backup?\n\nSam',
      errors: [
        {
          messageId: 'pitchInCareTouch',
          data: { occasion: 'care', phrase: 'put together a quote' },
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 32,
        },
      ],
    },
    {
      code: "---\nkind: care\n---\nHi Ana,\n\nHappy birthday! Hope the day is slow and sunny.\n\nAs a gift, here's 20% off your next order with code BDAY20.\n\nSam",
      filename: 'birthday.hbs',
      errors: [
        {
          messageId: 'pitchInCareTouch',
          data: { occasion: 'birthday', phrase: '20% off' },
          line: 8,
          column: 19,
          endLine: 8,
          endColumn: 26,
        },
        {
          messageId: 'pitchInCareTouch',
          data: { occasion: 'birthday', phrase: 'with code' },
          line: 8,
          column: 43,
          endLine: 8,
          endColumn: 52,
        },
      ],
    },
    {
      code: 'Hi Ana,\n\nThank you for being with us for five years. It means a lot.\n\nWhile I have you, would you be open to a quick call next week about our premium plan?\n\nSam',
      errors: [
        {
          messageId: 'pitchInCareTouch',
          data: { occasion: 'thank-you', phrase: 'premium plan' },
          line: 5,
          column: 73,
          endLine: 5,
          endColumn: 85,
        },
      ],
    },
    {
      code: "Hi Ana,\n\nI'm so sorry for your loss. Thinking of you.\n\nWhen things settle, I'd love to book a call to walk you through our new features.",
      errors: [
        {
          messageId: 'pitchInCareTouch',
          data: { occasion: 'sympathy', phrase: 'book a call' },
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 44,
        },
        {
          messageId: 'pitchInCareTouch',
          data: { occasion: 'sympathy', phrase: 'walk you through' },
          line: 5,
          column: 48,
          endLine: 5,
          endColumn: 64,
        },
        {
          messageId: 'pitchInCareTouch',
          data: { occasion: 'sympathy', phrase: 'our new features' },
          line: 5,
          column: 65,
          endLine: 5,
          endColumn: 81,
        },
      ],
    },
    {
      code: '---\nkind: care\n---\nHi Ana,\n\nWe were so sorry to hear that your mother passed away.\n\nA donation of $250 in her name would fund a week of care. You can give at lakeshorehospice.org/memorial.\n\nCarol',
      filename: 'sympathy.hbs',
      errors: [
        {
          messageId: 'pitchInCareTouch',
          data: { occasion: 'sympathy', phrase: 'donation of $250' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 19,
        },
        {
          messageId: 'pitchInCareTouch',
          data: { occasion: 'sympathy', phrase: 'give at lakeshorehospice.org/memorial' },
          line: 8,
          column: 67,
          endLine: 8,
          endColumn: 104,
        },
      ],
    },
  ],
});
