import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'templatedIntimacy';

export default createRule<Options, MessageId>({
  name: 'no-templated-intimacy',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow claims of personal knowledge or feeling filled in by merge fields',
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      templatedIntimacy:
        '"{{ phrase }}" claims a personal feeling that a merge field fills in, and readers can tell: write one true thing you know about them, or drop the claim.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        for (const finding of analyzeMessage(message).templatedIntimacy) {
          context.report({
            messageId: 'templatedIntimacy',
            data: { phrase: finding.evidence },
            loc: sourceCode.getLocFromMessageRange(finding.start, finding.end),
          });
        }
      },
    };
  },
});
