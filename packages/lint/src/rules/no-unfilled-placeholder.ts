import { findPlaceholders } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [{ allow: string[] }];
export type MessageId = 'unfilledPlaceholder' | 'emptyMergeField';

export default createRule<Options, MessageId>({
  name: 'no-unfilled-placeholder',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow placeholders left unfilled, such as "[FIRST NAME]", "XXX" or an empty merge field',
      preset: 'recommended',
      severity: 'error',
    },
    messages: {
      unfilledPlaceholder:
        'This reads like a leftover placeholder: fill in "{{ text }}" or remove it before sending.',
      emptyMergeField:
        'This merge field names no variable, so it renders nothing: write the field you meant (for example the first name) or remove it.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Exact texts that look like placeholders but are meant, e.g. "[Beta]".',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  create(context, [{ allow }]) {
    const { sourceCode } = context;
    const allowed = new Set(allow);
    return {
      Document(node) {
        const message = sourceCode.message;
        const singleBraces = node.syntax === 'handlebars' || node.syntax === 'liquid';
        for (const finding of findPlaceholders(message, { singleBraces })) {
          if (allowed.has(finding.text)) continue;
          context.report({
            messageId: 'unfilledPlaceholder',
            data: { text: finding.text },
            loc: sourceCode.getLocFromMessageRange(finding.start, finding.end),
          });
        }
      },
      MergeField(node) {
        if (node.path.trim() !== '') return;
        context.report({ messageId: 'emptyMergeField', node });
      },
    };
  },
});
