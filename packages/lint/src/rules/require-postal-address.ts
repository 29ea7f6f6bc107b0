import { checkCompliance } from '@sincerely/core/checks';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'missingPostalAddress';

export default createRule<Options, MessageId>({
  name: 'require-postal-address',
  meta: {
    type: 'problem',
    docs: {
      description: "Require the sender's postal address in commercial mail",
      preset: 'compliance',
      severity: 'error',
    },
    messages: {
      missingPostalAddress:
        "This commercial message has no postal address, which CAN-SPAM requires: add your company's street address or PO box (or a merge field such as {{ example }}) to the footer.",
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
        if (!check.commercial || check.postalAddress || !check.footer) return;
        context.report({
          messageId: 'missingPostalAddress',
          data: { example: '{{company_address}}' },
          loc: sourceCode.getLocFromMessageRange(check.footer.start, check.footer.end),
        });
      },
    };
  },
});
