import type { LintContext } from '../../src/rule.js';
import rule from '../../src/rules/respect-channel-preference.js';
import { RuleTester } from '../rule-tester.js';

const sam = {
  id: 'c-sam',
  name: { full: 'Sam Okafor' },
  channelPreferences: { preferred: ['email', 'meeting'], avoid: ['call'] },
};
const on = (channel: string, contact: object = sam): LintContext => ({ contact, channel });
const firstLine = { line: 1, column: 1, endLine: 1, endColumn: 8 };
const code = 'Hi Sam,\n\nDo you have ten minutes to talk about the rollout?';

new RuleTester().run('respect-channel-preference', rule, {
  valid: [
    { code, name: 'a preferred channel', context: on('email') },
    { code, name: 'a channel they did not mention', context: on('letter') },
    { code, name: 'no channel given', context: { contact: sam } },
    { code, name: 'no preferences', context: on('call', { id: 'c', name: { full: 'Ana' } }) },
    {
      code,
      name: 'do-not-contact alone is respect-opt-out’s to report',
      context: on('email', { ...sam, doNotContact: true }),
    },
  ],
  invalid: [
    {
      code,
      context: on('call'),
      errors: [
        {
          messageId: 'avoidedChannel',
          data: { channel: 'call', alternatives: 'email or meeting' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
    {
      code,
      name: 'skips a preferred channel they opted out of or objected to',
      context: on('call', {
        ...sam,
        channelPreferences: { preferred: ['email', 'meeting', 'letter'], avoid: ['call'] },
        optOuts: [
          { channel: 'email', kind: 'opt-out', at: '2025-01-02T10:00:00Z' },
          { channel: 'meeting', kind: 'objection', at: '2025-01-03T10:00:00Z' },
        ],
      }),
      errors: [
        {
          messageId: 'avoidedChannel',
          data: { channel: 'call', alternatives: 'letter' },
          ...firstLine,
        },
      ],
    },
    {
      code,
      name: 'no alternative left once opt-outs and avoided channels are skipped',
      context: on('email', {
        ...sam,
        channelPreferences: { preferred: ['call', 'message'], avoid: ['email', 'message'] },
        optOuts: [{ channel: 'call', kind: 'opt-out', at: '2025-01-02T10:00:00Z' }],
      }),
      errors: [
        {
          messageId: 'avoidedChannel',
          data: { channel: 'email', alternatives: 'a channel they are happy with' },
          ...firstLine,
        },
      ],
    },
    {
      code,
      name: 'do-not-contact: no channel is suggested',
      context: on('call', { ...sam, doNotContact: true }),
      errors: [{ messageId: 'avoidedChannelNoOther', data: { channel: 'call' }, ...firstLine }],
    },
    {
      code,
      name: 'an opt-out from every channel: no channel is suggested',
      context: on('call', {
        ...sam,
        optOuts: [{ channel: 'all', kind: 'objection', at: '2025-01-02T10:00:00Z' }],
      }),
      errors: [{ messageId: 'avoidedChannelNoOther', data: { channel: 'call' }, ...firstLine }],
    },
    {
      code,
      name: 'no preferred channel to suggest',
      context: on('message', { ...sam, channelPreferences: { avoid: ['message'] } }),
      errors: [
        {
          messageId: 'avoidedChannel',
          data: { channel: 'message', alternatives: 'a channel they are happy with' },
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
        },
      ],
    },
  ],
});
