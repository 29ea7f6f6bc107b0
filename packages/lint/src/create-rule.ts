import type { RuleContext, RuleListener, RuleMeta, RuleModule } from './rule.js';

/** Where rule docs are published; a rule's page is `<base>/<rule-id>.md`. */
export const RULE_DOCS_BASE_URL =
  'https://github.com/sincerely-dev/sincerely/blob/main/packages/lint/docs/rules';

/** What `createRule` takes: the rule's name, its meta without the derived fields, and `create`. */
export interface RuleDefinition<Options extends readonly unknown[], MessageId extends string> {
  name: string;
  meta: Omit<RuleMeta<Options, MessageId>, 'docs'> & {
    docs: Omit<RuleMeta<Options, MessageId>['docs'], 'url' | 'recommended'>;
  };
  create(context: RuleContext<Options, MessageId>, options: Options): RuleListener;
}

/** A rule object that also knows its own name. */
export type NamedRule<Options extends readonly unknown[], MessageId extends string> = RuleModule<
  Options,
  MessageId
> & { name: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges user options over defaults: objects deeply, everything else replaced. */
export function applyDefaultOptions<Options extends readonly unknown[]>(
  defaults: Options,
  user: readonly unknown[] | undefined,
): Options {
  const length = Math.max(defaults.length, user?.length ?? 0);
  const merged: unknown[] = [];
  for (let index = 0; index < length; index++) {
    merged.push(mergeOption(defaults[index], user?.[index]));
  }
  return merged as unknown as Options;
}

function mergeOption(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (isPlainObject(base) && isPlainObject(override)) {
    const result: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(override)) {
      result[key] = mergeOption(base[key], value);
    }
    return result;
  }
  return override;
}

/**
 * Defines a rule: fills in `meta.docs.url` and `meta.docs.recommended` from the name and preset,
 * adds the template language to `meta.languages`, and calls `create` with defaults merged.
 *
 * @example
 * export default createRule<[], 'shout'>({ name: 'no-shouting', meta: { … }, create(context) { … } });
 */
export function createRule<Options extends readonly unknown[], MessageId extends string>(
  definition: RuleDefinition<Options, MessageId>,
): NamedRule<Options, MessageId> {
  const { name, meta, create } = definition;
  // Hosts pass the same options array from lint to lint; merge it with the defaults once.
  const merged = new WeakMap<readonly unknown[], Options>();
  const optionsFor = (options: readonly unknown[]): Options => {
    let result = merged.get(options);
    if (!result) {
      result = applyDefaultOptions(meta.defaultOptions, options);
      merged.set(options, result);
    }
    return result;
  };
  return {
    name,
    meta: {
      ...meta,
      docs: {
        ...meta.docs,
        recommended: meta.docs.preset === 'recommended',
        url: `${RULE_DOCS_BASE_URL}/${name}.md`,
      },
      languages: meta.languages ?? ['sincerely/template'],
    },
    create(context) {
      return create(context, optionsFor(context.options));
    },
  };
}
