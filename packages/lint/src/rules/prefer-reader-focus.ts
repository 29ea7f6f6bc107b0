import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [{ minRatio: number; minSenderMentions: number }];
export type MessageId = 'senderFocused';

/** "once", "twice", "5 times", "not once". */
function howOften(count: number): string {
  if (count === 0) return 'not once';
  if (count === 1) return 'once';
  if (count === 2) return 'twice';
  return `${count} times`;
}

export default createRule<Options, MessageId>({
  name: 'prefer-reader-focus',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Enforce that a message talks about the reader at least as much as the rule allows',
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      senderFocused:
        'This message says "I/we/our" {{ sender }} and "you/your" {{ reader }}: rewrite a few sentences around what the reader needs, so they hear about themselves first.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          minRatio: {
            type: 'number',
            minimum: 0,
            description: 'The lowest accepted ratio of reader mentions to sender mentions.',
          },
          minSenderMentions: {
            type: 'integer',
            minimum: 1,
            description:
              'Sender mentions below this count never report, however few reader mentions there are.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minRatio: 0.5, minSenderMentions: 4 }],
  },
  create(context, [{ minRatio, minSenderMentions }]) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        const { reader, sender, mentions } = analyzeMessage(message).readerFocus;
        if (sender < minSenderMentions || reader >= sender * minRatio) return;
        const first = mentions.find((mention) => mention.focus === 'sender');
        if (!first) return;
        context.report({
          messageId: 'senderFocused',
          data: { sender: howOften(sender), reader: howOften(reader) },
          loc: sourceCode.getLocFromMessageRange(first.start, first.end),
        });
      },
    };
  },
});
