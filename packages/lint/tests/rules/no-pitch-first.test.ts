import rule from '../../src/rules/no-pitch-first.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-pitch-first', rule, {
  valid: [
    // The reader's company, a third party and a place: not the sender's own name.
    'Hi Ana,\n\nHarbor Goods is the talk of Reno since the new store opened.\n\nBest,\nJo\nTrackly',
    'Hi Ana,\n\nToast is the POS you use, and our reports read from it.\n\nBest,\nJo\nTablePilot',
    'Hi Ana,\n\nDenver is a lovely city in spring.\n\nJo\nDenver',
    // The sender's company about the reader's own request, or a notice.
    'Hi Ana,\n\nGreenline Pest Solutions has your inspection on Tuesday at 9, as you asked.\n\nGreenline Pest Solutions',
    'Hi Ana,\n\nGreenline Pest Solutions is closed on Monday for the holiday.\n\nGreenline Pest Solutions',
    'Hi Ana,\n\nFounded in 1998, your company has grown into the largest bakery in town.',
    '---\nsubject: An idea for Harbor Goods\n---\nHi Ana,\n\nHarbor Goods was founded in 1998 by two sisters.\n\nBest,\nDana from Trackly',
    'Hi Maria,\n\nWhen we spoke last week, you said hiring nurses was the hard part. Here is the checklist I mentioned.\n\nBest,\nSam',
    'Hi Maria,\n\nI hope the move to Denver went smoothly. My name is on the lease papers you asked about, so I signed them today.',
    'Hi Maria,\n\nYour post on night-shift staffing was sharp. I run a staffing firm, and we see the same gap.',
    'Hi Maria,\n\nI noticed your clinic opened a second site. Congratulations!',
    'Hi Maria,\n\nYou asked about pricing, so I wanted to introduce our two plans.',
    'Hi Maria,\n\nAt the conference, we talked about scheduling. Here are my notes.',
    'Thanks for the tour yesterday, Maria.\n\nMy name is Sam, by the way, and I run the Denver branch.',
    {
      code: 'Hi {{firstName}},\n\nCongrats on the Series A! Your team has grown fast.',
      filename: 'welcome.hbs',
    },
    {
      code: '---\nkind: transactional\n---\nMy name is Sam, and I processed your refund today.',
      filename: 'refund.md',
    },
    'Hi Ana,\n\nOur platform is down for maintenance tonight from 9 to 10 p.m.',
    'Hi Ana,\n\nHope all is well. Our platform is down for maintenance tonight.',
    "Hi Ana,\n\nI'd like to introduce you to Maria Lopez, who runs payroll for three restaurants.",
    'Hi Ana,\n\nAdmission includes lunch and parking, and the talks start at nine.',
    "Dear Ana,\n\nI'm writing to follow up on the question you asked.",
    'Hi Ana,\n\nSpring is here, and the garden on Birch Lane is in bloom.',
    'Hi Ana,\n\nMeet Sarah, our new account manager for your region.',
    // A reminder of who the sender is, in care or a conversation under way.
    "Hi Ana,\n\nI'm Dana, the nurse who called you on Tuesday about your mother's follow-up.",
    'Hi Ana,\n\nThis is Sam from Acme. When we spoke last week, you asked about pricing.',
    // "I'm" and "We are" that introduce no one.
    "Hi Ana,\n\nI'm sorry to hear about the flood.",
    'Hi Ana,\n\nWe are so glad you joined us at the open house.',
    "Hi Ana,\n\nWe're thrilled for you and the team.",
    'Hi Ana,\n\nLumen users asked us for exports, and you mentioned it too.',
    // A one-word subject that the subject line repeats, but that is not a vendor's product.
    {
      code: '---\nsubject: Insurance check-up\n---\nHi Ana,\n\nInsurance is a product you hope never to use, so I check your policy each spring.',
      filename: 'check-up.md',
    },
    {
      code: '---\nsubject: Payroll questions\n---\nHi Ana,\n\nPayroll is a service most clinics outsource.',
      filename: 'payroll.md',
    },
    {
      code: '---\nsubject: Denver\n---\nHi Ana,\n\nDenver is a great city for a second clinic.',
      filename: 'denver.md',
    },
  ],
  invalid: [
    {
      code: 'Hi there,\n\nHope your week is off to a great start!\n\nBrightside Roofing is the most reliable roofer in the county.\n\nBrightside Roofing',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'Brightside Roofing is the' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 26,
        },
      ],
    },
    {
      code: 'Greetings!\n\nTired of chasing invoices? Ledgerly Partners delivers a seamless billing experience.\n\nSam | Ledgerly Partners',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'Ledgerly Partners delivers' },
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 54,
        },
      ],
    },
    {
      code: 'Dear Ms. Adeyemi,\n\nNorthgate Tutors was founded in 2011 by two teachers.\n\nKind regards,\nSam Hill\nNorthgate Tutors',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'Northgate Tutors was founded in 2011' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 37,
        },
      ],
    },
    {
      code: 'Hi Maria,\n\nMy name is Sam and I lead sales at Acme.\n\nBest,\nSam',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'My name is' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 11,
        },
      ],
    },
    {
      code: "Hi Maria, I'm reaching out from Acme about your scheduling.",
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: "I'm reaching out from" },
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 32,
        },
      ],
    },
    {
      code: 'Hello Ana,\n\nAt Acme, we build tools for clinics like yours.',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'At Acme, we' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
        },
      ],
    },
    {
      code: 'Hi {{firstName}},\n\nWe are a leading provider of scheduling software.',
      filename: 'cold.hbs',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'We are a leading' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 17,
        },
      ],
    },
    {
      code: 'Hi Kate,\n\nTrackly is a time-tracking tool for agencies. Try it at trackly.example.',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'Trackly is a time-tracking tool' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 32,
        },
      ],
    },
    {
      code: 'Dear Sir/Madam,\n\nWe are writing to inform you about our range of lubricants.',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'We are writing to inform you about our range' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 45,
        },
      ],
    },
    {
      code: 'Hi Ana,\n\nI hope this email finds you well. My name is Alex.',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'My name is' },
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 45,
        },
      ],
    },
    {
      code: '---\nsubject: Lumen for Harbor Goods\n---\nHi Dana,\n\nLumen is the product analytics platform growth teams use to see every click.\n\nBest,\nMarco',
      filename: 'lumen.md',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'Lumen is the product analytics platform' },
          line: 6,
          column: 1,
          endLine: 6,
          endColumn: 40,
        },
      ],
    },
    {
      code: 'Hi Dana,\n\nBrightloop is a hiring app for restaurant groups.\n\nBest,\nMarco | Brightloop',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'Brightloop is a hiring app' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 27,
        },
      ],
    },
    {
      code: "<p>Hi Elena,</p>\n<p>I'm Jonah, co-founder of Shiftwise, a scheduling app we built for restaurant groups.</p>",
      filename: 'intro.html',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: "I'm Jonah, co-founder of" },
          line: 2,
          column: 4,
          endLine: 2,
          endColumn: 28,
        },
      ],
    },
    {
      code: 'To whom it may concern,\n\nI hope this email finds you well.\n\nWe are Apex Technical Staffing, a recruiting firm specializing in controls engineers.',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'We are Apex Technical Staffing, a recruiting firm' },
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 50,
        },
      ],
    },
    {
      code: 'Hi Ana,\n\nPipewise Pro is here, with six new features.',
      errors: [
        {
          messageId: 'pitchFirst',
          data: { phrase: 'Pipewise Pro is here' },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 21,
        },
      ],
    },
  ],
});
