import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'pitchFirst';

export default createRule<Options, MessageId>({
  name: 'no-pitch-first',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow openings about the sender or the product instead of the reader',
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      pitchFirst:
        'The opening "{{ phrase }}" is about us, not them: open with something about their situation, then introduce yourself in one line.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        for (const finding of analyzeMessage(message).pitchFirst) {
          context.report({
            messageId: 'pitchFirst',
            data: { phrase: finding.evidence },
            loc: sourceCode.getLocFromMessageRange(finding.start, finding.end),
          });
        }
      },
    };
  },
});
