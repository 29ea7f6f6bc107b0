import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'unverifiableClaim';

export default createRule<Options, MessageId>({
  name: 'no-unverifiable-claims',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow superlatives and brag numbers the reader cannot check',
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      unverifiableClaim:
        '"{{ phrase }}" is a claim the reader cannot check: name the source, or show one concrete result for a customer like them.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        for (const finding of analyzeMessage(message).unverifiableClaims) {
          context.report({
            messageId: 'unverifiableClaim',
            data: { phrase: finding.evidence },
            loc: sourceCode.getLocFromMessageRange(finding.start, finding.end),
          });
        }
      },
    };
  },
});
