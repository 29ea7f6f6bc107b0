import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'askBeforeQuestion';

export default createRule<Options, MessageId>({
  name: 'require-reader-question',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require a question about the reader before the message asks them for something',
      preset: 'strict',
      severity: 'warn',
    },
    messages: {
      askBeforeQuestion:
        'This asks for "{{ phrase }}" before asking them anything about themselves: first ask one question about their situation that they can answer in a line.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        const ask = analyzeMessage(message).askBeforeQuestion;
        if (!ask) return;
        context.report({
          messageId: 'askBeforeQuestion',
          data: { phrase: ask.evidence },
          loc: sourceCode.getLocFromMessageRange(ask.start, ask.end),
        });
      },
    };
  },
});
