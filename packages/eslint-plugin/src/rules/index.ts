/**
 * The plugin's rules: every catalog rule of `@sincerely/lint` as it is (for template files), and
 * its `copy-<id>` adapter for copy inside code. Both lists derive from the catalog.
 */
import { rules as catalogRules, type AnyRule } from '@sincerely/lint';
import type { TSESLint } from '@typescript-eslint/utils';
import { COPY_RULE_PREFIX, createCopyRule, type CopyRuleDocs } from './create-copy-rule.js';

/** The catalog rules, the very same objects the standalone runner uses. */
export const templateRules: Readonly<Record<string, AnyRule>> = catalogRules;

/** The `copy-<id>` rules, one per catalog rule. */
export const copyRules: Readonly<
  Record<string, TSESLint.RuleModule<string, unknown[], CopyRuleDocs>>
> = Object.freeze(
  Object.fromEntries(
    Object.entries(catalogRules).map(([id, rule]) => [
      `${COPY_RULE_PREFIX}${id}`,
      createCopyRule(id, rule),
    ]),
  ),
);
