import { analyzeMessage } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [{ allow: string[] }];
export type MessageId = 'buzzword';

export default createRule<Options, MessageId>({
  name: 'no-buzzwords',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow empty business jargon',
      preset: 'recommended',
      severity: 'warn',
    },
    messages: {
      buzzword: '"{{ phrase }}" is jargon that says little: write plainly what you mean.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Words or phrases to accept (compared without case), as written or as listed ("leverage").',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  create(context, [{ allow }]) {
    const { sourceCode } = context;
    const allowed = new Set(allow.map((word) => word.toLowerCase()));
    return {
      Document() {
        const message = sourceCode.message;
        for (const finding of analyzeMessage(message).buzzwords) {
          const written = finding.evidence.toLowerCase().replace(/\s+/gu, ' ');
          if (allowed.has(written) || allowed.has(finding.phrase.toLowerCase())) continue;
          context.report({
            messageId: 'buzzword',
            data: { phrase: finding.evidence },
            loc: sourceCode.getLocFromMessageRange(finding.start, finding.end),
          });
        }
      },
    };
  },
});
