/** Small rules for testing the runner itself. */
import { createRule } from '../../src/create-rule.js';
import type { AnyRule } from '../../src/rule.js';

/** Reports every "bad" word in Text nodes, with a fix that replaces it. */
export const noBad = createRule<[{ replacement: string }], 'bad' | 'useGood'>({
  name: 'no-bad',
  meta: {
    type: 'suggestion',
    docs: { description: 'Disallow bad', preset: 'recommended', severity: 'warn' },
    fixable: 'code',
    hasSuggestions: true,
    messages: { bad: 'Replace "{{ word }}".', useGood: 'Use "{{ replacement }}".' },
    schema: [
      {
        type: 'object',
        properties: { replacement: { type: 'string', description: 'Replacement.' } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ replacement: 'good' }],
  },
  create(context, [{ replacement }]) {
    return {
      Text(node) {
        for (const match of node.value.matchAll(/\bbad\b/gu)) {
          const start = node.range[0] + match.index;
          const range: [number, number] = [start, start + 3];
          context.report({
            messageId: 'bad',
            data: { word: match[0] },
            loc: context.sourceCode.getLocFromRange(range),
            fix: (fixer) => fixer.replaceTextRange(range, replacement),
            suggest: [
              {
                messageId: 'useGood',
                data: { replacement },
                fix: (fixer) => fixer.replaceTextRange(range, replacement),
              },
            ],
          });
        }
      },
    };
  },
});

/** Records visits, settings and options; reports nothing. */
export const recorder = {
  visits: [] as string[],
  seen: [] as unknown[],
  rule: createRule<[{ flag?: boolean; list?: string[] }], 'x'>({
    name: 'recorder',
    meta: {
      type: 'suggestion',
      docs: { description: 'Enforce nothing', preset: 'strict', severity: 'warn' },
      messages: { x: 'X.' },
      schema: [
        {
          type: 'object',
          properties: {
            flag: { type: 'boolean', description: 'Flag.' },
            list: { type: 'array', items: { type: 'string' }, description: 'List.' },
          },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ flag: false, list: ['a'] }],
    },
    create(context, options) {
      recorder.seen.push({
        id: context.id,
        options,
        filename: context.filename,
        settings: context.settings,
        syntax: context.languageOptions?.syntax,
      });
      return {
        Document: () => recorder.visits.push('Document'),
        'Document:exit': () => recorder.visits.push('Document:exit'),
        Paragraph: () => recorder.visits.push('Paragraph'),
        'Paragraph:exit': () => recorder.visits.push('Paragraph:exit'),
      };
    },
  }),
};

/** Throws from a visitor. */
export const crashes: AnyRule = createRule<[], 'x'>({
  name: 'crashes',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow nothing', preset: 'strict', severity: 'error' },
    messages: { x: 'X.' },
    schema: [],
    defaultOptions: [],
  },
  create: () => ({
    Paragraph() {
      throw new TypeError('Cannot read properties of undefined');
    },
  }),
});

/** Reports with an unknown message id or missing data. */
export const misreports: AnyRule = createRule<[{ mode: string }], 'needsData'>({
  name: 'misreports',
  meta: {
    type: 'problem',
    docs: { description: 'Disallow nothing', preset: 'strict', severity: 'error' },
    messages: { needsData: 'Needs {{ value }}.' },
    schema: [{ type: 'object', properties: { mode: { type: 'string', description: 'Mode.' } } }],
    defaultOptions: [{ mode: 'id' }],
  },
  create: (context, [{ mode }]) => ({
    Document(node) {
      if (mode === 'id') context.report({ messageId: 'nope' as 'needsData', node });
      else if (mode === 'data') context.report({ messageId: 'needsData', node });
      else
        context.report({
          messageId: 'needsData',
          data: { value: 'x' },
          node,
          fix: (fixer) => fixer.remove(node),
        });
    },
  }),
});

/** Offers a fix that deletes the merge field after "Hi" — a fix that must be dropped. */
export const breaksFields: AnyRule = createRule<[], 'greeting'>({
  name: 'breaks-fields',
  meta: {
    type: 'suggestion',
    docs: { description: 'Disallow greetings', preset: 'strict', severity: 'warn' },
    fixable: 'code',
    messages: { greeting: 'Greeting.' },
    schema: [],
    defaultOptions: [],
  },
  create: (context) => ({
    MergeField(node) {
      context.report({
        messageId: 'greeting',
        node,
        fix: (fixer) => fixer.replaceText(node, 'friend'),
      });
    },
    Text(node) {
      const index = node.value.indexOf('Hey');
      if (index === -1) return;
      const start = node.range[0] + index;
      context.report({
        messageId: 'greeting',
        loc: context.sourceCode.getLocFromRange([start, start + 3]),
        fix: (fixer) => fixer.replaceTextRange([start, start + 3], 'Hi'),
      });
    },
  }),
});
