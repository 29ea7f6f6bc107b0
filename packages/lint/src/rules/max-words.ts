import { findBodyWords } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [{ max: number }];
export type MessageId = 'tooManyWords';

export default createRule<Options, MessageId>({
  name: 'max-words',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Enforce a maximum number of words in the body of a message',
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      tooManyWords:
        'This message has {{ count }} words, and replies fall off as messages grow: cut it to {{ max }} words or fewer, starting here.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          max: {
            type: 'integer',
            minimum: 1,
            description:
              'The most words the body may have (subject, preheader and hidden text excluded).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ max: 200 }],
  },
  create(context, [{ max }]) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        const words = findBodyWords(message);
        const first = words[max];
        if (!first) return;
        context.report({
          messageId: 'tooManyWords',
          data: { count: words.length, max },
          loc: sourceCode.getLocFromMessageRange(first.start, first.end),
        });
      },
    };
  },
});
