import type { MergeField } from '../template/ast.js';
import type { Fix, RuleFixer } from '../rule.js';
import { createRule } from '../create-rule.js';

export type Options = [{ fallback: string; ignore: string[] }];
export type MessageId = 'missingFallback' | 'addFallback';

/**
 * Fields the sending platform or the sender always fills: links (unsubscribe, tracking, view in
 * browser) and the sender's own details. `*` matches any run of characters.
 */
const DEFAULT_IGNORE = ['unsubscribe*', '*url', '*link', 'sender*'];

const LIQUID_CLOSE = /\s*-?\}\}$/u;

function quoteLiquid(value: string): string {
  return value.includes('"') ? `'${value.replace(/'/gu, '’')}'` : `"${value}"`;
}

/** The edit that gives a field its syntax's own fallback. */
function addFallback(node: MergeField, fallback: string, fixer: RuleFixer): Fix | null {
  if (node.syntax === 'liquid') {
    const close = LIQUID_CLOSE.exec(node.raw);
    if (!close) return null;
    const at = node.range[1] - close[0].length;
    return fixer.insertTextBeforeRange([at, at], ` | default: ${quoteLiquid(fallback)}`);
  }
  return fixer.replaceText(node, `{{#if ${node.path}}}${node.raw}{{else}}${fallback}{{/if}}`);
}

/** A field that holds a name, where a friendly word like "there" reads naturally in its place. */
const NAME_FIELD = /name$/iu;
const DEFAULT_FALLBACK = 'there';

/** Compiled `ignore` lists by their patterns, so a lint does not compile the same list again. */
const compiledIgnores = new Map<string, (path: string) => boolean>();

/** Compiles `ignore` patterns (`*` is a wildcard, case-insensitive) into one test, once per list. */
function compileIgnore(patterns: readonly string[]): (path: string) => boolean {
  const key = patterns.join('\n');
  let test = compiledIgnores.get(key);
  if (!test) {
    // A config's lists are few; the bound only guards a host that generates endless ones.
    if (compiledIgnores.size >= 64) compiledIgnores.clear();
    test = compileIgnoreList(patterns);
    compiledIgnores.set(key, test);
  }
  return test;
}

function compileIgnoreList(patterns: readonly string[]): (path: string) => boolean {
  const regexes = patterns.map(
    (pattern) =>
      new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/gu, '\\$&').replace(/\*/gu, '.*')}$`, 'iu'),
  );
  return (path) => {
    const last = path.split('.').pop() ?? path;
    return regexes.some((regex) => regex.test(path) || regex.test(last));
  };
}

export default createRule<Options, MessageId>({
  name: 'require-merge-field-fallback',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require a fallback for merge fields, so a missing value never leaves a gap',
      preset: 'recommended',
      severity: 'warn',
    },
    hasSuggestions: true,
    messages: {
      missingFallback:
        'If "{{ path }}" is empty for a contact, they will see a gap here: give the field a fallback, or word the sentence so it reads well without it.',
      addFallback: 'Fall back to "{{ fallback }}" when "{{ path }}" is empty.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          fallback: {
            type: 'string',
            minLength: 1,
            description: 'The text the suggestion falls back to for name fields.',
          },
          ignore: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description:
              'Field paths (or their last segment) the platform always fills; `*` is a wildcard.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ fallback: DEFAULT_FALLBACK, ignore: DEFAULT_IGNORE }],
  },
  create(context, [{ fallback, ignore }]) {
    const isIgnored = compileIgnore(ignore);
    return {
      MergeField(node) {
        if (node.hasFallback || node.path.trim() === '' || isIgnored(node.path)) return;
        const data = { path: node.path, fallback };
        const last = node.path.split('.').pop() ?? node.path;
        context.report({
          messageId: 'missingFallback',
          data,
          node,
          // The default "there" only stands in for a name ("Quick question for there" would not
          // read); a fallback the team chose themselves is offered for every field.
          suggest:
            NAME_FIELD.test(last) || fallback !== DEFAULT_FALLBACK
              ? [
                  {
                    messageId: 'addFallback',
                    data,
                    fix: (fixer) => addFallback(node, fallback, fixer),
                  },
                ]
              : [],
        });
      },
    };
  },
});
