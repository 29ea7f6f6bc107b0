import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [{ minRatio: number; minSenderMentions: number }];
export type MessageId = 'senderFocused' | 'senderFocusedCare';

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
      senderFocusedCare:
        'This note says "I/we/our" {{ sender }} and "you/your" or "he/she" {{ reader }}: let it be about the reader and their people, and keep news about yourself for another day.',
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
        const analysis = analyzeMessage(message);
        const { sender, mentions } = analysis.readerFocus;
        // A care note about the reader's child or parent ("how proud I was of Theo: he …") is
        // about the reader's world: there, "he" and "she" count with "you".
        const care = analysis.classification.kind === 'care';
        const reader = analysis.readerFocus.reader + (care ? analysis.readerFocus.others : 0);
        if (sender < minSenderMentions || reader >= sender * minRatio) return;
        const first = mentions.find((mention) => mention.focus === 'sender');
        if (!first) return;
        context.report({
          messageId: care ? 'senderFocusedCare' : 'senderFocused',
          data: { sender: howOften(sender), reader: howOften(reader) },
          loc: sourceCode.getLocFromMessageRange(first.start, first.end),
        });
      },
    };
  },
});
