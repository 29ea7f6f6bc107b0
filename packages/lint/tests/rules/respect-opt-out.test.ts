import type { LintContext } from '../../src/rule.js';
import rule from '../../src/rules/respect-opt-out.js';
import { RuleTester } from '../rule-tester.js';

const base = { id: 'c-lee', name: { full: 'Lee Park' } };
const to = (contact: object, channel = 'email'): LintContext => ({
  contact: { ...base, ...contact },
  channel,
});
const code = 'Hi Lee,\n\nOur spring webinar on clinic staffing is next week.';
const firstLine = { line: 1, column: 1, endLine: 1, endColumn: 8 };
const emailOptOut = {
  optOuts: [{ channel: 'email', kind: 'opt-out', at: '2025-01-15T10:00:00Z' }],
};

new RuleTester().run('respect-opt-out', rule, {
  valid: [
    { code, name: 'no opt-outs', context: to({}) },
    {
      code,
      name: 'opted out of calls, this is an email',
      context: to({ optOuts: [{ channel: 'call', kind: 'opt-out', at: '2025-01-15T10:00:00Z' }] }),
    },
    { code, name: 'no context' },
    {
      code: '---\nkind: transactional\n---\nHi Lee,\n\nYour refund of $40 was processed today.',
      name: 'a transactional message is not marketing',
      filename: 'refund.md',
      context: to(emailOptOut),
    },
  ],
  invalid: [
    {
      code,
      context: to(emailOptOut),
      errors: [
        { messageId: 'optedOut', data: { channel: 'email', date: '2025-01-15' }, ...firstLine },
      ],
    },
    {
      code,
      name: 'a GDPR objection on all channels',
      context: to(
        { optOuts: [{ channel: 'all', kind: 'objection', at: '2024-11-02T09:00:00+01:00' }] },
        'letter',
      ),
      errors: [
        {
          messageId: 'objected',
          data: { channel: 'every channel', date: '2024-11-02' },
          ...firstLine,
        },
      ],
    },
    {
      code: '---\nkind: transactional\n---\nHi Lee,\n\nYour refund was processed today.',
      name: 'do-not-contact covers even transactional messages',
      filename: 'refund.md',
      context: to({ doNotContact: true }),
      errors: [{ messageId: 'doNotContact', line: 4, column: 1, endLine: 4, endColumn: 8 }],
    },
  ],
});
