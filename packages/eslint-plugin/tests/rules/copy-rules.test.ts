import { copyRules } from '../../src/index.js';
import { ruleTester } from './rule-tester.js';

const noFalseUrgency = copyRules['copy-no-false-urgency']!;
const noShouting = copyRules['copy-no-shouting']!;
const requireFallback = copyRules['copy-require-merge-field-fallback']!;

const URGENCY = {
  messageId: 'falseUrgency',
} as const;

ruleTester.run('copy-no-false-urgency', noFalseUrgency, {
  valid: [
    // Attributes are not copy.
    'const a = <Text className="only 2 days left">Thanks for the call.</Text>;',
    // Text outside the configured components is not copy.
    'const b = <div>Only 2 days left</div>;',
    // Strings passed to calls that are not configured.
    "console.log({ subject: 'Only 2 days left' });",
    {
      code: 'const c = <Hero>Only 2 days left</Hero>;',
      name: 'a component the settings do not name',
    },
  ],
  invalid: [
    {
      code: 'const a = <Text>Hi {firstName}, only 2 days left to decide.</Text>;',
      errors: [
        {
          ...URGENCY,
          data: { phrase: 'only 2 days left' },
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 49,
        },
      ],
    },
    {
      name: 'a finding across a JSX line break maps onto both lines',
      code: [
        'const email = (',
        '  <Section>',
        '    <Text>',
        '      Hi Sam, only 2 days',
        '      left to decide.',
        '    </Text>',
        '  </Section>',
        ');',
      ].join('\n'),
      errors: [
        {
          ...URGENCY,
          data: { phrase: 'only 2 days left' },
          line: 4,
          column: 15,
          endLine: 5,
          endColumn: 11,
        },
      ],
    },
    {
      name: 'string and template literals inside a component',
      code: "const a = <Text>{'Act now'} or {`don't miss out, ${name}`}.</Text>;",
      errors: [
        { ...URGENCY, data: { phrase: 'Act now' }, line: 1, column: 19, endLine: 1, endColumn: 26 },
        {
          ...URGENCY,
          data: { phrase: "don't miss out" },
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 48,
        },
      ],
    },
    {
      name: 'the subject and body of a configured call',
      code: "sendEmail({ to, subject: 'Act now', body: 'Hi Sam,\\n\\nOnly 2 days left.' });",
      errors: [
        { ...URGENCY, data: { phrase: 'Act now' }, line: 1, column: 27, endLine: 1, endColumn: 34 },
        {
          ...URGENCY,
          data: { phrase: 'Only 2 days left' },
          line: 1,
          column: 55,
          endLine: 1,
          endColumn: 71,
        },
      ],
    },
    {
      name: 'calls and components named in settings',
      code: "resend.emails.send({ subject: 'Act now' }); const a = <Hero>Act now</Hero>;",
      settings: { sincerely: { copy: { calls: ['emails.send'], components: ['Hero'] } } },
      errors: [
        { ...URGENCY, data: { phrase: 'Act now' }, line: 1, column: 32, endLine: 1, endColumn: 39 },
        { ...URGENCY, data: { phrase: 'Act now' }, line: 1, column: 61, endLine: 1, endColumn: 68 },
      ],
    },
  ],
});

ruleTester.run('copy-no-shouting', noShouting, {
  valid: [
    'const a = <Text>Thanks for the call, Sam!</Text>;',
    'const b = <Button href="/FAQ">Read the guide</Button>;',
  ],
  invalid: [
    {
      name: 'a fix inside JSX text',
      code: 'const a = <Text>Great news!!</Text>;',
      output: 'const a = <Text>Great news!</Text>;',
      errors: [
        {
          messageId: 'repeatedPunctuation',
          data: { marks: '!!', mark: '!' },
          line: 1,
          column: 27,
          endLine: 1,
          endColumn: 29,
        },
      ],
    },
    {
      name: 'a fix inside a string literal and the Preview (the preheader)',
      code: "const a = <><Preview>{'Big news!!'}</Preview><Text>Hi &amp; welcome!!</Text></>;",
      output: "const a = <><Preview>{'Big news!'}</Preview><Text>Hi &amp; welcome!</Text></>;",
      errors: [
        {
          messageId: 'repeatedPunctuation',
          data: { marks: '!!', mark: '!' },
          line: 1,
          column: 32,
          endLine: 1,
          endColumn: 34,
        },
        {
          messageId: 'repeatedPunctuation',
          data: { marks: '!!', mark: '!' },
          line: 1,
          column: 68,
          endLine: 1,
          endColumn: 70,
        },
      ],
    },
    {
      name: 'a suggestion on a button label',
      code: 'const a = <Button href="https://example.com">RENEW NOW</Button>;',
      errors: [
        {
          messageId: 'shouting',
          data: { text: 'RENEW NOW' },
          line: 1,
          column: 46,
          endLine: 1,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useSentenceCase',
              data: { replacement: 'Renew now' },
              output: 'const a = <Button href="https://example.com">Renew now</Button>;',
            },
          ],
        },
      ],
    },
    {
      name: 'a fix in a template literal body keeps its escapes',
      code: 'sendEmail({ body: `Thanks, ${name}!!\\nTalk soon.` });',
      output: 'sendEmail({ body: `Thanks, ${name}!\\nTalk soon.` });',
      errors: [
        {
          messageId: 'repeatedPunctuation',
          data: { marks: '!!', mark: '!' },
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 37,
        },
      ],
    },
  ],
});

ruleTester.run('copy-require-merge-field-fallback', requireFallback, {
  valid: [
    "const a = <Text>Hi {firstName ?? 'there'},</Text>;",
    'const b = <Text>Your total is {formatPrice(order.total)}.</Text>;',
  ],
  invalid: [
    {
      name: 'an expression is a merge field; the template fix does not apply to code',
      code: 'const a = <Text>Hi {contact.firstName}, thanks for the call.</Text>;',
      errors: [
        {
          messageId: 'missingFallback',
          data: { path: 'contact.firstName' },
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 39,
        },
      ],
    },
  ],
});
