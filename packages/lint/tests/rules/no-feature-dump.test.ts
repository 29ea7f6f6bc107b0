import rule from '../../src/rules/no-feature-dump.js';
import { RuleTester } from '../rule-tester.js';

new RuleTester().run('no-feature-dump', rule, {
  valid: [
    {
      code: '<p>Hi Dana,</p><p>Your current vendor is a legacy platform. Here is what I saw in your setup:</p><ul><li>Manual exports every week</li><li>No audit trail</li><li>Two logins per person</li></ul>',
      filename: 'audit.html',
    },
    'Hi Rachel,\n\nYou mentioned the seasonal gaps at the Dayton site. Our services include temporary staffing, temp-to-hire, direct hire and payrolling.',
    "Hi Dana,\n\nHere's the agenda for Thursday:\n- Intro and goals\n- Review Q3 numbers\n- Security review\n\nSee you then.",
    'Hi Dana,\n\nTo fix the sync error:\n1. Open Settings\n2. Click Integrations\n3. Reconnect the calendar\n\nLet me know if that helps.',
    'Hi Dana,\n\nThe three questions from your team:\n- Does it support SSO?\n- Can we export reports to CSV?\n- What does onboarding cost?\n\nAnswers below.',
    'Hi Dana,\n\nBased on what you told me about the clinic:\n- Shift swaps so your nurses stop texting at midnight\n- A calendar your front desk can read at a glance\n- Reminders that cut your no-shows\n\nHappy to send details.',
    'Hi Dana,\n\nYou asked what is in the Pro plan, so here it is:\n- SSO and SCIM\n- Audit logs\n- Priority support',
    'Our platform syncs with Salesforce, which matters because your reps log calls there. You mentioned dashboards; it has them.',
    'Hi Dana,\n\nThree things I loved about your talk:\n- The story about the night shift\n- The honest numbers\n- The joke about fax machines',
    {
      code: '---\nkind: transactional\n---\nRelease notes for 4.2:\n\n- Real-time sync\n- New dashboards\n- SSO for every plan',
      filename: 'notes.hbs',
    },
    'Hi Russ,\n\nHere are the three plans you asked about:\n- Basic: 2 seats\n- Team: 10 seats and SSO\n- Business: unlimited seats and audit logs',
    'Hi Russ,\n\nYou asked for the full spec sheet, so here it is:\n\n- 10-speed automatic transmission\n- 13.4-inch touchscreen\n- Heated steering wheel\n- Wireless phone charging\n- Adaptive cruise control\n- Lane keep assist\n- 20-inch aluminum wheels\n- Bose premium audio\n- Remote start\n- Dual-zone automatic climate control\n- Power-adjustable pedals\n- Two USB-C ports in each row\n\nMike',
  ],
  invalid: [
    {
      code: '<p>Hi Renee,</p><p>TixFlow is the all-in-one ticketing platform for venues.</p><ul><li>Dynamic pricing engine</li><li>Mobile wallet passes</li><li>Seating maps</li><li>Box-office hardware</li></ul>',
      filename: 'ticketing.html',
      errors: [
        {
          messageId: 'featureDump',
          data: { count: 4 },
          line: 1,
          column: 88,
          endLine: 1,
          endColumn: 188,
        },
      ],
    },
    {
      code: 'Hi Rachel,\n\nOur services include temporary staffing, temp-to-hire, direct hire, on-site management and payrolling.',
      errors: [
        {
          messageId: 'featureDump',
          data: { count: 5 },
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 103,
        },
      ],
    },
    {
      code: 'Hi {{first_name}},\n\nOur platform includes:\n- Real-time sync\n- AI-powered dashboards\n- SOC 2 compliance\n- 24/7 support\n\nWorth a look?',
      errors: [
        {
          messageId: 'featureDump',
          data: { count: 4 },
          line: 4,
          column: 1,
          endLine: 7,
          endColumn: 15,
        },
      ],
    },
    {
      code: 'Hi Dana,\n\nHere is what we offer:\n\n1. Unlimited seats\n2. Native Slack and HubSpot integrations\n3. Automated reporting',
      errors: [
        {
          messageId: 'featureDump',
          data: { count: 3 },
          line: 5,
          column: 1,
          endLine: 7,
          endColumn: 23,
        },
      ],
    },
    {
      code: 'Our platform syncs with Salesforce. It also includes AI dashboards. We offer 24/7 support. Our API is open.',
      errors: [
        {
          messageId: 'featureDump',
          data: { count: 4 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 108,
        },
      ],
    },
    {
      code: '<p>Hi Dana,</p><p>Key features:</p><ul><li>Drag-and-drop workflows</li><li>Custom templates</li><li>Role-based permissions</li></ul>',
      filename: 'pitch.html',
      errors: [
        {
          messageId: 'featureDump',
          data: { count: 3 },
          line: 1,
          column: 44,
          endLine: 1,
          endColumn: 123,
        },
      ],
    },
    {
      code: "Hi Russ,\n\nYou asked me to let you know when the new trucks came in. Three just arrived. Here's the rundown:\n\n- 10-speed automatic transmission\n- 13.4-inch touchscreen\n- Heated steering wheel\n- Wireless phone charging\n- Adaptive cruise control\n- Lane keep assist\n- 20-inch aluminum wheels\n- Bose premium audio\n- Remote start\n- Dual-zone automatic climate control\n- Power-adjustable pedals\n- Two USB-C ports in each row\n\nMike",
      errors: [
        {
          messageId: 'featureDump',
          data: { count: 12 },
          line: 5,
          column: 1,
          endLine: 16,
          endColumn: 30,
        },
      ],
    },
  ],
});
