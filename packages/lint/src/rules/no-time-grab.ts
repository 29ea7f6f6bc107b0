import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'timeGrab';

export default createRule<Options, MessageId>({
  name: 'no-time-grab',
  meta: {
    type: 'suggestion',
    docs: {
      description: "Disallow asking for the reader's time for the sender's benefit",
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      timeGrab:
        '"{{ phrase }}" asks for their time for our benefit: offer something useful first, or ask a question they can answer in one line.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        for (const finding of analyzeMessage(message).timeGrabs) {
          context.report({
            messageId: 'timeGrab',
            data: { phrase: finding.evidence },
            loc: sourceCode.getLocFromMessageRange(finding.start, finding.end),
          });
        }
      },
    };
  },
});
