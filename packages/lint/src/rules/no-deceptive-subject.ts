import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'fakeThread' | 'unsupportedClaim';

export default createRule<Options, MessageId>({
  name: 'no-deceptive-subject',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow fake "Re:" or "Fwd:" subjects on first messages and subjects the body does not support',
      preset: 'compliance',
      severity: 'error',
    },
    messages: {
      fakeThread:
        'The subject starts with "{{ prefix }}", but this is a first message, not a reply: drop the prefix and name what the email is about.',
      unsupportedClaim:
        'The subject "{{ phrase }}" promises something the email does not contain: write a subject that says what the message really offers.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        for (const finding of analyzeMessage(message).deceptiveSubjects) {
          const loc = sourceCode.getLocFromMessageRange(finding.start, finding.end);
          if (finding.subtype === 'thread') {
            context.report({ messageId: 'fakeThread', data: { prefix: finding.evidence }, loc });
          } else {
            context.report({
              messageId: 'unsupportedClaim',
              data: { phrase: finding.evidence },
              loc,
            });
          }
        }
      },
    };
  },
});
