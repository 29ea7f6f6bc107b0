/**
 * Copy that reaches a message through a name (`sendEmail({ subject, body })` with `const`s in the
 * same file) is linted where it is declared; each string branch of a conditional in copy is
 * linted in its place.
 */
import { copyRules } from '../../src/index.js';
import { ruleTester } from './rule-tester.js';

const noFalseUrgency = copyRules['copy-no-false-urgency']!;
const noShouting = copyRules['copy-no-shouting']!;
const requireFallback = copyRules['copy-require-merge-field-fallback']!;

const lines = (...code: string[]): string => code.join('\n');
const urgency = (phrase: string, line: number, column: number) =>
  ({
    messageId: 'falseUrgency',
    data: { phrase },
    line,
    column,
    endLine: line,
    endColumn: column + phrase.length,
  }) as const;
const repeated = (line: number, column: number) =>
  ({
    messageId: 'repeatedPunctuation',
    data: { marks: '!!', mark: '!' },
    line,
    column,
    endLine: line,
    endColumn: column + 2,
  }) as const;

ruleTester.run('copy-no-false-urgency: names followed to their const', noFalseUrgency, {
  valid: [
    {
      name: 'a string constant that no configured call or copy uses is not copy',
      code: "const subject = 'Act now';\nconst body = 'Only 2 days left.';",
    },
    {
      name: 'a parameter of the same name shadows the const',
      code: lines(
        "const subject = 'Act now';",
        'function send(subject: string) {',
        '  sendEmail({ subject });',
        '}',
      ),
    },
    {
      name: 'a let can change before the call',
      code: "let subject = 'Act now';\nsendEmail({ subject });",
    },
    {
      name: 'an import is another file',
      code: "import { subject } from './copy';\nsendEmail({ subject });",
    },
    {
      name: 'a destructured const is not followed',
      code: "const { subject } = { subject: 'Act now' };\nsendEmail({ subject });",
    },
    {
      name: 'a const passed to a call that is not configured',
      code: "const subject = 'Act now';\nconsole.log({ subject });",
    },
    {
      name: 'a const under a key that holds no copy',
      code: "const to = 'act-now@example.com';\nsendEmail({ to, subject: 'Checking in' });",
    },
    {
      name: 'template literal consts that refer to each other end',
      code: 'const a = `Hi ${b}`;\nconst b = `Thanks, ${a}`;\nsendEmail({ body: a });',
    },
    {
      name: 'a const in an attribute',
      code: "const label = 'Act now';\nconst a = <Text title={label}>Thanks for the call.</Text>;",
    },
  ],
  invalid: [
    {
      name: 'the shorthand subject and body of the issue, at their declarations',
      code: lines(
        "const subject = 'Act now';",
        "const body = 'Hi Sam,\\n\\nOnly 2 days left.';",
        'sendEmail({ subject, body });',
      ),
      errors: [urgency('Act now', 1, 18), urgency('Only 2 days left', 2, 26)],
    },
    {
      name: 'a key with a const value, through an alias and `as const`',
      code: lines(
        "const SUBJECT = 'Act now' as const;",
        'const subject = SUBJECT;',
        'sendEmail({ to, subject: subject });',
      ),
      errors: [urgency('Act now', 1, 18)],
    },
    {
      name: 'a const object passed as the argument',
      code: lines(
        "const message = { subject: 'Act now', body: 'Only 2 days left.' };",
        'sendEmail(message);',
      ),
      errors: [urgency('Act now', 1, 29), urgency('Only 2 days left', 1, 46)],
    },
    {
      name: 'a const template literal body, with its merge field',
      code: lines('const body = `Hi ${name}, only 2 days left.`;', 'sendEmail({ body });'),
      errors: [urgency('only 2 days left', 1, 27)],
    },
    {
      name: 'a const in an inner scope',
      code: lines(
        'export function send() {',
        "  const subject = 'Act now';",
        '  return sendEmail({ subject });',
        '}',
      ),
      errors: [urgency('Act now', 2, 20)],
    },
    {
      name: 'a JSX body is linted once, as part of the call’s message',
      code: lines(
        'const body = <Text>Only 2 days left to decide.</Text>;',
        "sendEmail({ subject: 'Checking in', body });",
      ),
      errors: [urgency('Only 2 days left', 1, 20)],
    },
    {
      name: 'a const used by two calls is reported once',
      code: lines(
        "const subject = 'Act now';",
        'sendEmail({ subject });',
        "sendEmail({ subject, body: 'Thanks for the call.' });",
      ),
      errors: [urgency('Act now', 1, 18)],
    },
    {
      name: 'a const string written in JSX copy',
      code: lines("const offer = 'Only 2 days left';", 'const a = <Text>Hi, {offer}.</Text>;'),
      errors: [urgency('Only 2 days left', 1, 16)],
    },
  ],
});

ruleTester.run('copy-no-false-urgency: string branches of conditionals', noFalseUrgency, {
  valid: [
    "const a = <Text>{vip ? 'Thanks for being with us' : 'Hi'}</Text>;",
    {
      name: 'conditionals outside copy: an attribute, a plain element, another call, a const',
      code: lines(
        "const a = <Text className={vip ? 'act-now' : 'x'}>Hi</Text>;",
        "const b = <div>{vip ? 'Act now' : ''}</div>;",
        "console.log(vip ? 'Act now' : 'x');",
        "const label = vip ? 'Act now' : 'Wait';",
      ),
    },
  ],
  invalid: [
    {
      name: 'a ternary inside JSX copy',
      code: "const a = <Text>{vip ? 'Only 2 days left' : 'Hi'}</Text>;",
      errors: [urgency('Only 2 days left', 1, 25)],
    },
    {
      name: 'a nested ternary and a logical expression',
      code: lines(
        "const a = <Text>{a ? 'Hi' : b ? 'Act now' : 'Hello'}</Text>;",
        "const b = <Text>{note && 'Act now'}</Text>;",
      ),
      errors: [urgency('Act now', 1, 34), urgency('Act now', 2, 27)],
    },
    {
      name: 'a ternary as a call argument and in a const passed to a call',
      code: lines(
        "sendEmail({ subject: vip ? 'Act now' : 'Checking in' });",
        "const body = vip ? 'Hi Sam' : 'Only 2 days left.';",
        'sendEmail({ body });',
      ),
      errors: [urgency('Act now', 1, 29), urgency('Only 2 days left', 2, 32)],
    },
    {
      name: 'the text around a conditional is reported once',
      code: "const a = <Text>Act now, {vip ? 'friend' : 'there'}.</Text>;",
      errors: [urgency('Act now', 1, 17)],
    },
    {
      name: 'a finding across the branches is reported once, over the conditional',
      code: "const a = <Text>Only {vip ? '2 days' : '5 days'} left to decide.</Text>;",
      errors: [{ ...urgency('Only 2 days left', 1, 17), endColumn: 54 }],
    },
  ],
});

ruleTester.run('copy-no-shouting: fixes land in the declaration or the branch', noShouting, {
  valid: ["const subject = 'Big news!!';"],
  invalid: [
    {
      name: 'a const subject, fixed where it is declared',
      code: "const subject = 'Big news!!';\nsendEmail({ subject });",
      output: "const subject = 'Big news!';\nsendEmail({ subject });",
      errors: [repeated(1, 26)],
    },
    {
      name: 'a branch of a ternary in JSX',
      code: "const a = <Text>{vip ? 'Only 2 days left!!' : 'Hi'}</Text>;",
      output: "const a = <Text>{vip ? 'Only 2 days left!' : 'Hi'}</Text>;",
      errors: [repeated(1, 41)],
    },
    {
      name: 'a branch inside a template literal body',
      code: "sendEmail({ body: `Hi ${vip ? 'friend!!' : 'there'}, thanks.` });",
      output: "sendEmail({ body: `Hi ${vip ? 'friend!' : 'there'}, thanks.` });",
      errors: [repeated(1, 38)],
    },
    {
      name: 'a suggestion on a const branch passed to a call',
      code: "const greeting = vip ? 'RENEW NOW' : 'Hi';\nsendEmail({ subject: greeting });",
      errors: [
        {
          messageId: 'shouting',
          data: { text: 'RENEW NOW' },
          line: 1,
          column: 25,
          endLine: 1,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useSentenceCase',
              data: { replacement: 'Renew now' },
              output:
                "const greeting = vip ? 'Renew now' : 'Hi';\nsendEmail({ subject: greeting });",
            },
          ],
        },
      ],
    },
  ],
});

ruleTester.run('copy-require-merge-field-fallback: conditionals and consts', requireFallback, {
  valid: [
    {
      name: 'a conditional whose branches are all strings always renders',
      code: "const a = <Text>Hi {vip ? 'friend' : 'there'},</Text>;",
    },
    {
      name: 'a const string is copy, not a field',
      code: "const team = 'the Acme team';\nconst a = <Text>Thanks from {team}.</Text>;",
    },
    {
      name: 'a const JSX element is its own markup, not a field',
      code: "const footer = <Text>Thanks for reading.</Text>;\nconst a = <Section><Text>Hi {name ?? 'there'}</Text>{footer}</Section>;",
    },
  ],
  invalid: [
    {
      name: 'a const alias of a field keeps the name written in the copy',
      code: 'const name = contact.firstName;\nconst a = <Text>Hi {name}, thanks for the call.</Text>;',
      errors: [
        {
          messageId: 'missingFallback',
          data: { path: 'name' },
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 26,
        },
      ],
    },
  ],
});
