import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'shallowPersonalization';

export default createRule<Options, MessageId>({
  name: 'no-shallow-personalization',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Disallow cold templates whose only personal details are name and company merge fields',
      preset: 'strict',
      severity: 'warn',
    },
    messages: {
      shallowPersonalization:
        'The only personal details in this cold message are {{ fields }}, which every list export has: add a line about something you learned about this reader, or write to fewer people.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        const { fields, shallow } = analyzeMessage(message).personalization;
        const first = fields[0];
        if (!shallow || !first) return;
        const names = [...new Set(fields.map((field) => `{{${field.path}}}`))].join(', ');
        context.report({
          messageId: 'shallowPersonalization',
          data: { fields: names },
          loc: sourceCode.getLocFromMessageRange(first.start, first.end),
        });
      },
    };
  },
});
