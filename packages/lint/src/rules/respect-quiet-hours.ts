import { checkContactWindow, TCPA_WINDOW } from '@sincerely/core/checks';
import type { Channel } from '@sincerely/core';
import { locateMessageStart } from '../context/locate-message-start.js';
import { readSendContext } from '../context/read-send-context.js';
import { createRule } from '../create-rule.js';

export type Options = [{ callChannels?: Channel[] }];
export type MessageId = 'outsideWindow' | 'wrongDay' | 'callingHours';

/** How a channel held to the calling hours is named in the message. */
function nameTouch(channel: Channel): string {
  return channel === 'message' ? 'text' : channel;
}

export default createRule<Options, MessageId>({
  name: 'respect-quiet-hours',
  meta: {
    type: 'problem',
    docs: {
      description: "Require sending inside the recipient's contact window, in their time zone",
      preset: 'recommended',
      severity: 'error',
      requiresContext: true,
    },
    messages: {
      outsideWindow:
        'This goes out at {{ time }} in {{ timeZone }}, outside {{ hours }}: schedule it inside their window.',
      wrongDay:
        'This goes out on {{ day }} at {{ time }} in {{ timeZone }}; they take messages {{ days }}, {{ hours }}: schedule it for one of those days.',
      callingHours:
        'This {{ touch }} is at {{ time }} in {{ timeZone }}, {{ when }}: US law (TCPA) bans sales calls and texts before 08:00 and after 21:00 their time, so schedule it between 08:00 and 21:00.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          callChannels: {
            type: 'array',
            items: {
              type: 'string',
              enum: ['email', 'call', 'meeting', 'message', 'letter', 'gift'],
            },
            description:
              'Channels held to the TCPA calling hours (08:00–21:00 local) even without a contact window.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ callChannels: ['call', 'message'] }],
  },
  create(context, [{ callChannels = [] }]) {
    const { sourceCode } = context;
    const send = readSendContext(context.settings);
    const contact = send?.contact;
    if (!contact?.timeZone || !send?.sendAt) return {};
    const { timeZone } = contact;
    const sendAt = send.sendAt;
    return {
      Document() {
        const loc = locateMessageStart(sourceCode);
        if (send.channel && callChannels.includes(send.channel)) {
          const legal = checkContactWindow(sendAt, TCPA_WINDOW, timeZone);
          if (!legal.inside) {
            context.report({
              messageId: 'callingHours',
              data: {
                touch: nameTouch(send.channel),
                time: legal.local.time,
                timeZone,
                when:
                  legal.local.time < TCPA_WINDOW.start
                    ? `before ${TCPA_WINDOW.start}`
                    : `after ${TCPA_WINDOW.end}`,
              },
              loc,
            });
            return;
          }
        }
        if (!contact.contactWindow) return;
        const check = checkContactWindow(sendAt, contact.contactWindow, timeZone);
        if (check.inside) return;
        const data = {
          time: check.local.time,
          timeZone,
          hours: check.hours,
          days: check.days,
          day: check.local.weekday,
        };
        context.report({ messageId: check.wrongDay ? 'wrongDay' : 'outsideWindow', data, loc });
      },
    };
  },
});
