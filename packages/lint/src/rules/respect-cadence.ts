import { findUnansweredStreak } from '@sincerely/core/checks';
import { locateMessageStart } from '../context/locate-message-start.js';
import { readSendContext } from '../context/read-send-context.js';
import { createRule } from '../create-rule.js';

export type Options = [{ maxUnanswered?: number; windowDays?: number }];
export type MessageId = 'tooManyUnanswered';

export default createRule<Options, MessageId>({
  name: 'respect-cadence',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow piling up unanswered touches in a short window',
      preset: 'recommended',
      severity: 'warn',
      requiresContext: true,
    },
    messages: {
      tooManyUnanswered:
        'This would be touch {{ count }} with no reply in {{ days }} days: give them room, or offer something useful and stop asking.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          maxUnanswered: {
            type: 'integer',
            minimum: 1,
            description: 'How many unanswered touches in the window are allowed before this one.',
          },
          windowDays: {
            type: 'integer',
            minimum: 1,
            description: 'The window, in days before the send.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ maxUnanswered: 3, windowDays: 14 }],
  },
  create(context, [{ maxUnanswered = 3, windowDays = 14 }]) {
    const { sourceCode } = context;
    const send = readSendContext(context.settings);
    if (!send?.sendAt || send.history.length === 0) return {};
    const streak = findUnansweredStreak(send.history, Date.parse(send.sendAt), windowDays);
    if (streak.length < maxUnanswered) return {};
    return {
      Document() {
        context.report({
          messageId: 'tooManyUnanswered',
          data: { count: streak.length + 1, days: windowDays },
          loc: locateMessageStart(sourceCode),
        });
      },
    };
  },
});
