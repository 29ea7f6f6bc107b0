import type { Channel, Contact } from '@sincerely/core';
import { locateMessageStart } from '../context/locate-message-start.js';
import { readSendContext } from '../context/read-send-context.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'doNotContact' | 'optedOut' | 'objected';

/** The opt-out that covers a channel, if any: a channel-specific one, else one for all channels. */
function findOptOut(contact: Contact, channel: Channel | undefined) {
  const optOuts = contact.optOuts ?? [];
  return (
    (channel ? optOuts.find((optOut) => optOut.channel === channel) : undefined) ??
    optOuts.find((optOut) => optOut.channel === 'all')
  );
}

export default createRule<Options, MessageId>({
  name: 'respect-opt-out',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow messages to a recipient who opted out of or objected to the channel',
      preset: 'compliance',
      severity: 'error',
      requiresContext: true,
    },
    messages: {
      doNotContact: 'This contact is marked do-not-contact: do not send this message.',
      optedOut:
        'This contact opted out of {{ channel }} on {{ date }}: do not send marketing on this channel; honour the opt-out.',
      objected:
        'This contact objected to direct marketing by {{ channel }} on {{ date }} (GDPR Art. 21): do not send this message.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    const send = readSendContext(context.settings);
    const contact = send?.contact;
    if (!contact) return {};
    return {
      Document() {
        const loc = locateMessageStart(sourceCode);
        if (contact.doNotContact) {
          context.report({ messageId: 'doNotContact', loc });
          return;
        }
        // CAN-SPAM and GDPR opt-outs cover marketing; a receipt or a password reset still goes out.
        if (sourceCode.message.kind === 'transactional') return;
        const optOut = findOptOut(contact, send.channel);
        if (!optOut) return;
        context.report({
          messageId: optOut.kind === 'objection' ? 'objected' : 'optedOut',
          data: {
            channel: optOut.channel === 'all' ? 'every channel' : optOut.channel,
            date: optOut.at.slice(0, 10),
          },
          loc,
        });
      },
    };
  },
});
