import { checkCompliance } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'missingOptOut';

export default createRule<Options, MessageId>({
  name: 'require-opt-out',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an unsubscribe link or opt-out sentence in commercial and bulk mail',
      preset: 'compliance',
      severity: 'error',
    },
    messages: {
      missingOptOut:
        'This commercial message has no way to opt out: add an unsubscribe link (such as {{ example }}) or a line like "Reply STOP and I won\'t email again" at the end.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        const check = checkCompliance(message, { markup: sourceCode.text });
        if (!check.commercial || check.optOut || !check.footer) return;
        context.report({
          messageId: 'missingOptOut',
          data: { example: '{{unsubscribe_url}}' },
          loc: sourceCode.getLocFromMessageRange(check.footer.start, check.footer.end),
        });
      },
    };
  },
});
