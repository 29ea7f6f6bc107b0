import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'falseUrgency';

export default createRule<Options, MessageId>({
  name: 'no-false-urgency',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow pressure, scarcity and fear of missing out',
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      falseUrgency:
        '"{{ phrase }}" pressures the reader: give a real date or reason they can check, or let them decide in their own time.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        for (const finding of analyzeMessage(message).falseUrgency) {
          context.report({
            messageId: 'falseUrgency',
            data: { phrase: finding.evidence },
            loc: sourceCode.getLocFromMessageRange(finding.start, finding.end),
          });
        }
      },
    };
  },
});
