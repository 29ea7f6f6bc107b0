import type { LintContext } from '../../src/rule.js';
import rule from '../../src/rules/respect-cadence.js';
import { RuleTester } from '../rule-tester.js';

const contact = { id: 'c-ana', name: { full: 'Ana Ruiz' } };
let count = 0;
const touch = (at: string, direction: 'inbound' | 'outbound' = 'outbound', extra: object = {}) => ({
  id: `i${++count}`,
  contactId: 'c-ana',
  channel: 'email',
  direction,
  at,
  ...extra,
});
const threeUnanswered = [
  touch('2025-05-01T15:00:00Z', 'inbound'),
  touch('2025-05-20T15:00:00Z'),
  touch('2025-05-24T15:00:00Z'),
  touch('2025-05-28T15:00:00Z'),
];
const context = (history: object[], sendAt = '2025-06-01T15:00:00Z'): LintContext => ({
  contact,
  sendAt,
  channel: 'email',
  history,
});
const code = 'Hi Ana,\n\nJust bumping this to the top of your inbox.';

new RuleTester().run('respect-cadence', rule, {
  valid: [
    { code, name: 'two unanswered touches', context: context(threeUnanswered.slice(0, 3)) },
    {
      code,
      name: 'she replied after the second touch',
      context: context([
        ...threeUnanswered.slice(0, 3),
        touch('2025-05-25T09:00:00Z', 'inbound'),
        touch('2025-05-28T15:00:00Z'),
      ]),
    },
    {
      code,
      name: 'an answered call resets the streak',
      context: context([
        ...threeUnanswered.slice(0, 3),
        touch('2025-05-26T15:00:00Z', 'outbound', { channel: 'call', answered: true }),
      ]),
    },
    {
      code,
      name: 'the touches are spread over more than 14 days',
      context: context([
        touch('2025-04-20T15:00:00Z'),
        touch('2025-05-10T15:00:00Z'),
        touch('2025-05-21T15:00:00Z'),
        touch('2025-05-30T15:00:00Z'),
      ]),
    },
    { code, name: 'no send time', context: { contact, history: threeUnanswered } },
    {
      code,
      name: 'a looser limit',
      options: [{ maxUnanswered: 4 }],
      context: context(threeUnanswered),
    },
  ],
  invalid: [
    {
      code,
      context: context(threeUnanswered),
      errors: [
        {
          messageId: 'tooManyUnanswered',
          data: { count: 4, days: 14 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
    {
      code,
      name: 'an unanswered call does not count as a reply',
      context: context([
        ...threeUnanswered.slice(0, 3),
        touch('2025-05-26T15:00:00Z', 'outbound', { channel: 'call', answered: false }),
      ]),
      errors: [
        {
          messageId: 'tooManyUnanswered',
          data: { count: 4, days: 14 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
    {
      code,
      name: 'a tighter window option',
      options: [{ maxUnanswered: 2, windowDays: 10 }],
      context: context(threeUnanswered),
      errors: [
        {
          messageId: 'tooManyUnanswered',
          data: { count: 3, days: 10 },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
  ],
});
