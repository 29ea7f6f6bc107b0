import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'featureDump';

export default createRule<Options, MessageId>({
  name: 'no-feature-dump',
  meta: {
    type: 'suggestion',
    docs: {
      description: "Disallow lists of product features with nothing tied to the reader's situation",
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      featureDump:
        'These {{ count }} features say nothing about the reader: keep the one or two that answer a need they told you about, and say what each changes for them.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        for (const dump of analyzeMessage(message).featureDumps) {
          context.report({
            messageId: 'featureDump',
            data: { count: dump.count },
            loc: sourceCode.getLocFromMessageRange(dump.start, dump.end),
          });
        }
      },
    };
  },
});
