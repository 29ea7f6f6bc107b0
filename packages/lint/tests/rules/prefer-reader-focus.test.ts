import rule from '../../src/rules/prefer-reader-focus.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('prefer-reader-focus', rule, {
  valid: [
    'We build scheduling tools. You run three clinics, and your nurses swap shifts by text. Your team could see every swap in one place. Would that help you?',
    "When we spoke last week, we agreed to meet again. As we discussed, let's meet after our call with your team.",
    'I saw your post. I liked it. I shared it.',
    'Thanks for the tour, Maria. Your clinic is lovely.',
    {
      code: 'We build tools. We ship fast. Our team is small. Our support is great. You are busy.',
      options: [{ minRatio: 0.25 }],
    },
    {
      code: 'We build tools. We ship fast. Our team is small. Our support is great.',
      options: [{ minSenderMentions: 5 }],
    },
    'Part I of the plan ships to the US in May. You will get the files first.',
    'You mentioned, "we are growing, we are hiring, we need help, our team is small." Your growth is great news.',
    "Hi Camila,\n\nWhen we mapped out the launch plan together in January, we agreed we'd look at the paid budget again in March. We could move the rest into search, or we could keep testing social. We could both sleep on it. Which way are you leaning?",
    "Hi Mateo,\n\nYour team couldn't send invoices on Tuesday. I'm sorry, and I take full responsibility: that one is on me. We've credited a month to your account.",
    // A care note about the reader's child: "he" and "his" count with "you".
    '---\nkind: care\n---\nHi Ms. Ortiz,\n\nI wanted to tell you how proud I was of Leo on Saturday. He had been fighting that last page for weeks, and he played it cleanly, then grinned at me. I could tell how much he loves it by the way he kept humming it in the hall with his sister.\n\nSee you in January,\nMr. Hale',
    "Hi Tom,\n\nI have Tuesday at 8 for our next session. I think we should pick up where we left off: we set three goals, we've hit one, and we can decide together whether the third still matters to you.",
  ],
  invalid: [
    {
      // A care note that turns to the sender's own news: no "he" or "she" to balance it.
      code: "---\nkind: care\n---\nHi Chloe,\n\nCongrats on the rebrand launch! Over the past year we've grown our studio: we hired two animators and we moved, and our team is proud of what we've made. I'd love for you to see our reel.",
      errors: [
        {
          messageId: 'senderFocusedCare',
          data: { sender: '8 times', reader: 'once' },
          line: 6,
          column: 52,
          endLine: 6,
          endColumn: 57,
        },
      ],
    },
    {
      // Outside a care note, "he" and "she" count with neither side.
      code: 'Hi Dana,\n\nWe hired Sam last month. He knows our platform and he built our reporting. We think our tools fit, and I can send his notes. Our team is ready.',
      errors: [
        {
          messageId: 'senderFocused',
          data: { sender: '7 times', reader: 'not once' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 3,
        },
      ],
    },
    {
      code: 'Hi Maria,\n\nWe are Acme. We build CRMs. Our team is great and our product is fast. I think we can help you.',
      errors: [
        {
          messageId: 'senderFocused',
          data: { sender: '6 times', reader: 'once' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 3,
        },
      ],
    },
    {
      code: 'My name is Sam. I run sales at Acme, and we help clinics. Our customers love us.',
      errors: [
        {
          messageId: 'senderFocused',
          data: { sender: '5 times', reader: 'not once' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 3,
        },
      ],
    },
    {
      code: 'Thanks, Maria. We built our platform for teams. We ship weekly. Our roadmap is public. You can see it.',
      options: [{ minRatio: 0.5, minSenderMentions: 3 }],
      errors: [
        {
          messageId: 'senderFocused',
          data: { sender: '4 times', reader: 'once' },
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 18,
        },
      ],
    },

    {
      code: 'Sorry to bother you. I wanted to share that we launched a new plan. We think our customers will love it, and I hope you will too.',
      errors: [
        {
          messageId: 'senderFocused',
          data: { sender: '5 times', reader: 'twice' },
          line: 1,
          column: 22,
          endLine: 1,
          endColumn: 23,
        },
      ],
    },
    {
      code: "We started with one branch. We've since grown to 34 offices, and we set the pace in our region. Here's what we built for clinics like yours.",
      errors: [
        {
          messageId: 'senderFocused',
          data: { sender: '5 times', reader: 'once' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 3,
        },
      ],
    },
  ],
});
