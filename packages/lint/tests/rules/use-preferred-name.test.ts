import type { LintContext } from '../../src/rule.js';
import rule from '../../src/rules/use-preferred-name.js';
import { RuleTester } from '../rule-tester.js';

const mitch: LintContext = {
  contact: {
    id: 'c-mitch',
    name: { full: 'Mitchell Evans', given: 'Mitchell', family: 'Evans', preferred: 'Mitch' },
  },
  channel: 'email',
};
const jose: LintContext = {
  contact: { id: 'c-jose', name: { full: 'José Ortega', given: 'José' } },
};
const robert: LintContext = { contact: { id: 'c-rob', name: { full: 'Robert Chen' } } };

new RuleTester({ context: mitch }).run('use-preferred-name', rule, {
  valid: [
    'Hi Mitch,\n\nHow did the move to the Denver office go?',
    'Hello Mitch Evans,\n\nThanks for the tour yesterday.',
    'Dear Mr. Evans,\n\nThank you for your time on Tuesday.',
    'Hi team,\n\nThe notes from Tuesday are attached.',
    'Hi there,\n\nThe notes from Tuesday are attached.',
    { code: 'Hi {{firstName}},\n\nThe notes from Tuesday are attached.', filename: 'notes.hbs' },
    'Thanks for the tour yesterday, Mitchell.\n\nThe notes are attached.',
    {
      code: 'Hi Mitchell,\n\nThe notes are attached.',
      name: 'no contact in the context',
      context: { channel: 'email' },
    },
    {
      code: 'Hi Bob,\n\nThe notes are attached.',
      name: 'a nickname we cannot judge without a preferred name',
      context: robert,
    },
    { code: 'Hi Robert,\n\nThe notes are attached.', context: robert },
  ],
  invalid: [
    {
      code: 'Hi Mitchell,\n\nHow did the move to the Denver office go?',
      output: 'Hi Mitch,\n\nHow did the move to the Denver office go?',
      errors: [
        {
          messageId: 'notPreferred',
          data: { greeted: 'Mitchell', preferred: 'Mitch' },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 12,
        },
      ],
    },
    {
      code: 'Good morning Evans!\n\nHow did the move go?',
      output: 'Good morning Mitch!\n\nHow did the move go?',
      errors: [
        {
          messageId: 'notPreferred',
          data: { greeted: 'Evans', preferred: 'Mitch' },
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 19,
        },
      ],
    },
    {
      code: 'Hi Jose,\n\nGreat to see you at the trade show.',
      context: jose,
      output: 'Hi José,\n\nGreat to see you at the trade show.',
      errors: [
        {
          messageId: 'notPreferred',
          data: { greeted: 'Jose', preferred: 'José' },
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
    {
      code: '---\nsubject: Notes from Tuesday\n---\nHello Michael,\n\nThe notes are attached.',
      filename: 'notes.md',
      output: null,
      errors: [
        {
          messageId: 'otherName',
          data: { greeted: 'Michael', preferred: 'Mitch' },
          line: 4,
          column: 7,
          endLine: 4,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'usePreferred',
              data: { greeted: 'Michael', preferred: 'Mitch' },
              output:
                '---\nsubject: Notes from Tuesday\n---\nHello Mitch,\n\nThe notes are attached.',
            },
          ],
        },
      ],
    },
  ],
});
