import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'guiltTrip';

export default createRule<Options, MessageId>({
  name: 'no-guilt-trip',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow guilt and pestering about unanswered messages',
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      guiltTrip:
        '"{{ phrase }}" makes the reader feel guilty for not replying: add something new and useful, or make it easy to say no.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        for (const finding of analyzeMessage(message).guiltTrips) {
          context.report({
            messageId: 'guiltTrip',
            data: { phrase: finding.evidence },
            loc: sourceCode.getLocFromMessageRange(finding.start, finding.end),
          });
        }
      },
    };
  },
});
