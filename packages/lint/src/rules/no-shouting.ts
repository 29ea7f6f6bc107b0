import { findShouting } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [{ allow: string[] }];
export type MessageId = 'shouting' | 'repeatedPunctuation' | 'useSentenceCase';

export default createRule<Options, MessageId>({
  name: 'no-shouting',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow words in capitals and runs of "!" or "?" that read as shouting',
      preset: 'recommended',
      severity: 'warn',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      shouting:
        '"{{ text }}" reads as shouting: write it in sentence case and let the words carry the weight.',
      repeatedPunctuation: '"{{ marks }}" reads as shouting: one "{{ mark }}" is enough.',
      useSentenceCase: 'Write "{{ replacement }}".',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Words that are fine in capitals (brand names, your own acronyms).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  create(context, [{ allow }]) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        for (const finding of findShouting(message, { allow })) {
          const range = message.toSourceRange(finding.start, finding.end);
          const loc = sourceCode.getLocFromRange(range);
          // Offer an edit only when the source reads exactly as the reader's text (no entities).
          const editable = sourceCode.text.slice(range[0], range[1]) === finding.text;
          if (finding.kind === 'punctuation') {
            context.report({
              messageId: 'repeatedPunctuation',
              data: { marks: finding.text, mark: finding.replacement },
              loc,
              fix: editable ? (fixer) => fixer.replaceTextRange(range, finding.replacement) : null,
            });
            continue;
          }
          context.report({
            messageId: 'shouting',
            data: { text: finding.text },
            loc,
            suggest: editable
              ? [
                  {
                    messageId: 'useSentenceCase',
                    data: { replacement: finding.replacement },
                    fix: (fixer) => fixer.replaceTextRange(range, finding.replacement),
                  },
                ]
              : null,
          });
        }
      },
    };
  },
});
