import { locateMessageStart } from '../context/locate-message-start.js';
import { readSendContext } from '../context/read-send-context.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'avoidedChannel';

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
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    const send = readSendContext(context.settings);
    const preferences = send?.contact?.channelPreferences;
    const channel = send?.channel;
    if (!preferences || !channel || !(preferences.avoid ?? []).includes(channel)) return {};
    const preferred = (preferences.preferred ?? []).filter((item) => item !== channel);
    return {
      Document() {
        context.report({
          messageId: 'avoidedChannel',
          data: {
            channel,
            alternatives:
              preferred.length > 0 ? preferred.join(' or ') : 'a channel they are happy with',
          },
          loc: locateMessageStart(sourceCode),
        });
      },
    };
  },
});
