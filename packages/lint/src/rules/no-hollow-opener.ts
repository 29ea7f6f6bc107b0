import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'hollowOpener' | 'impersonalGreeting' | 'removeOpener';

export default createRule<Options, MessageId>({
  name: 'no-hollow-opener',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow generic openers and greetings that could start any email',
      preset: 'recommended',
      severity: 'warn',
    },
    hasSuggestions: true,
    messages: {
      hollowOpener:
        '"{{ phrase }}" could open any email: start with something specific to them, or get straight to the point.',
      impersonalGreeting:
        '"{{ phrase }}" tells the reader nobody looked up their name: greet them by name.',
      removeOpener: 'Remove "{{ phrase }}".',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    return {
      Document() {
        const message = sourceCode.message;
        for (const finding of analyzeMessage(message).hollowOpeners) {
          const data = { phrase: finding.evidence };
          const removal = finding.removal;
          // Map each end on its own: a removal may take the blank line between paragraphs.
          const range: [number, number] | undefined = removal
            ? [
                message.toSourceRange(removal.start, removal.start)[0],
                message.toSourceRange(removal.end, removal.end)[0],
              ]
            : undefined;
          // Offer the removal only when the source reads exactly as the reader's text there.
          const safe =
            removal !== undefined &&
            range !== undefined &&
            sourceCode.text.slice(range[0], range[1]) ===
              message.text.slice(removal.start, removal.end);
          context.report({
            messageId: finding.subtype === 'greeting' ? 'impersonalGreeting' : 'hollowOpener',
            data,
            loc: sourceCode.getLocFromMessageRange(finding.start, finding.end),
            suggest:
              safe && range
                ? [{ messageId: 'removeOpener', data, fix: (fixer) => fixer.removeRange(range) }]
                : null,
          });
        }
      },
    };
  },
});
