import { findGreetedName, matchGreetedName } from '@sincerely/core/checks';
import { readSendContext } from '../context/read-send-context.js';
import { createRule } from '../create-rule.js';

export type Options = [];
export type MessageId = 'notPreferred' | 'otherName' | 'usePreferred';

export default createRule<Options, MessageId>({
  name: 'use-preferred-name',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require greeting the recipient by the name they go by',
      preset: 'recommended',
      severity: 'warn',
      requiresContext: true,
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      notPreferred:
        'The greeting says "{{ greeted }}", but they go by "{{ preferred }}": greet them by the name they asked for.',
      otherName:
        'The greeting says "{{ greeted }}", but this message goes to {{ preferred }}: check the recipient, or greet them as "{{ preferred }}".',
      usePreferred: 'Greet them as "{{ preferred }}".',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { sourceCode } = context;
    const contact = readSendContext(context.settings)?.contact;
    if (!contact) return {};
    return {
      Document() {
        const message = sourceCode.message;
        const greeting = message.paragraphs.find((paragraph) => paragraph.part === 'greeting');
        if (!greeting) return;
        const greeted = findGreetedName(message.text.slice(greeting.start, greeting.end));
        if (!greeted) return;
        const match = matchGreetedName(greeted, contact.name);
        if (match.kind !== 'not-preferred' && match.kind !== 'other') return;
        const range = message.toSourceRange(
          greeting.start + greeted.start,
          greeting.start + greeted.end,
        );
        const data = { greeted: greeted.name, preferred: match.preferred };
        const replace = () => ({ range, text: match.preferred });
        context.report({
          messageId: match.kind === 'not-preferred' ? 'notPreferred' : 'otherName',
          data,
          loc: sourceCode.getLocFromRange(range),
          ...(match.kind === 'not-preferred'
            ? { fix: replace }
            : { suggest: [{ messageId: 'usePreferred', data, fix: replace }] }),
        });
      },
    };
  },
});
