import type { Channel, Contact } from '@sincerely/core';
import { locateMessageStart } from '../context/locate-message-start.js';
import { readSendContext } from '../context/read-send-context.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'avoidedChannel' | 'avoidedChannelNoOther';

/** True when the contact may not be reached on any channel: do-not-contact, or an opt-out for all. */
function isUnreachable(contact: Contact): boolean {
  return (
    contact.doNotContact === true ||
    (contact.optOuts ?? []).some((optOut) => optOut.channel === 'all')
  );
}

/** Their preferred channels, less this one, the ones they avoid and the ones they opted out of. */
function listAlternatives(contact: Contact, channel: Channel): Channel[] {
  const blocked = new Set<string>([
    channel,
    ...(contact.channelPreferences?.avoid ?? []),
    ...(contact.optOuts ?? []).map((optOut) => optOut.channel),
  ]);
  return (contact.channelPreferences?.preferred ?? []).filter((item) => !blocked.has(item));
}

export default createRule<Options, MessageId>({
  name: 'respect-channel-preference',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow reaching a recipient on a channel they asked not to be reached on',
      preset: 'recommended',
      severity: 'warn',
      requiresContext: true,
    },
    messages: {
      avoidedChannel:
        'They asked not to be reached by {{ channel }}: use {{ alternatives }} instead.',
      avoidedChannelNoOther:
        'They asked not to be reached by {{ channel }}, and they are not to be contacted on any channel: do not send this.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    const send = readSendContext(context.settings);
    const contact = send?.contact;
    const channel = send?.channel;
    if (!contact || !channel || !(contact.channelPreferences?.avoid ?? []).includes(channel))
      return {};
    return {
      Document() {
        const loc = locateMessageStart(sourceCode);
        if (isUnreachable(contact)) {
          context.report({ messageId: 'avoidedChannelNoOther', data: { channel }, loc });
          return;
        }
        const alternatives = listAlternatives(contact, channel);
        context.report({
          messageId: 'avoidedChannel',
          data: {
            channel,
            alternatives:
              alternatives.length > 0 ? alternatives.join(' or ') : 'a channel they are happy with',
          },
          loc,
        });
      },
    };
  },
});
