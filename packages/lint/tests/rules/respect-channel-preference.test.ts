import type { LintContext } from '../../src/rule.js';
import rule from '../../src/rules/respect-channel-preference.js';
import { RuleTester } from '../rule-tester.js';

const sam = {
  id: 'c-sam',
  name: { full: 'Sam Okafor' },
  channelPreferences: { preferred: ['email', 'meeting'], avoid: ['call'] },
};
const on = (channel: string, contact: object = sam): LintContext => ({ contact, channel });
const code = 'Hi Sam,\n\nDo you have ten minutes to talk about the rollout?';

new RuleTester().run('respect-channel-preference', rule, {
  valid: [
    { code, name: 'a preferred channel', context: on('email') },
    { code, name: 'a channel they did not mention', context: on('letter') },
    { code, name: 'no channel given', context: { contact: sam } },
    { code, name: 'no preferences', context: on('call', { id: 'c', name: { full: 'Ana' } }) },
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
