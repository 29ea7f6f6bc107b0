import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'manipulativeClose';

export default createRule<Options, MessageId>({
  name: 'no-manipulative-close',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow closing techniques that corner the reader into a yes',
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      manipulativeClose:
        '"{{ phrase }}" corners the reader into a yes: ask an honest question they can answer either way.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        for (const finding of analyzeMessage(message).manipulativeCloses) {
          context.report({
            messageId: 'manipulativeClose',
            data: { phrase: finding.evidence },
            loc: sourceCode.getLocFromMessageRange(finding.start, finding.end),
          });
        }
      },
    };
  },
});
