/**
 * Reads inline directives from a template's comments, in whatever comment syntax the template
 * uses: `{{!-- sincerely-disable-next-line no-shouting --}}`,
 * `{% comment %}sincerely-disable{% endcomment %}` or `<!-- sincerely-enable -->`.
 *
 * A directive is the comment's text: the directive name, optional rule ids separated by commas,
 * and an optional justification after ` -- ` (ESLint's grammar).
 *
 * ESLint's own `eslint-disable…`/`eslint-enable` comments count too, so a template gives the same
 * findings here as under `eslint-plugin-sincerely`. They name our rules with the plugin prefix
 * (`sincerely/no-shouting`); the ids of other plugins' rules are left to ESLint, and a directive
 * that names only those is not ours at all.
 */
import type { LintMessage } from '../lint-result.js';
import type { Comment, Range } from '../template/ast.js';
import { findClosestName } from '../config/find-closest-name.js';

/** The four directive kinds. */
export type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

/** A rule id named in a directive and where it is written. */
export interface DirectiveRule {
  id: string;
  /** Source offsets of the id inside the comment. */
  range: Range;
}

/** One parsed directive. */
export interface Directive {
  type: DirectiveType;
  /** The directive as written: `sincerely-disable-next-line`, `eslint-enable` … */
  label: string;
  /** The rules it names; empty means every rule. */
  rules: DirectiveRule[];
  /**
   * Every id in its list, in order, other plugins' rules included (in an `eslint-*` directive),
   * so that an unused id can be removed with its comma without touching the others.
   */
  listed: DirectiveRule[];
  justification: string;
  /** The comment it was written in. */
  node: Comment;
  /** For line directives: the line they apply to. */
  line?: number;
}

/** What `parseDirectives` returns. */
export interface ParsedDirectives {
  directives: Directive[];
  /** Problems with the directives themselves (unknown rules, a line directive over several lines). */
  problems: LintMessage[];
}

const DIRECTIVE =
  /^(\s*)(sincerely|eslint)-(disable-next-line|disable-line|disable|enable)(?=\s|$)/u;
const JUSTIFICATION = /\s-{2,}(?:\s|$)/u;
const RULE_PREFIX = 'sincerely/';

function problemAt(node: Comment, message: string): LintMessage {
  return {
    ruleId: null,
    severity: 2,
    message,
    line: node.loc.start.line,
    column: node.loc.start.column,
    endLine: node.loc.end.line,
    endColumn: node.loc.end.column,
  };
}

/**
 * Parses the directives written in `comments`.
 *
 * @param isKnownRule tells whether a rule id exists, so a misspelt id is reported, not ignored.
 * @returns the directives and any problems found in them.
 * @example
 * const { directives } = parseDirectives(sourceCode.ast.comments, (id) => id in rules, Object.keys(rules));
 */
export function parseDirectives(
  comments: readonly Comment[],
  isKnownRule: (id: string) => boolean,
  knownRuleIds: readonly string[] = [],
): ParsedDirectives {
  const directives: Directive[] = [];
  const problems: LintMessage[] = [];
  for (const node of comments) {
    const match = DIRECTIVE.exec(node.value);
    if (!match) continue;
    const family = match[2] as 'sincerely' | 'eslint';
    const type = match[3] as DirectiveType;
    const label = `${family}-${type}`;
    const afterName = match[0].length;
    const rest = node.value.slice(afterName);
    const divider = JUSTIFICATION.exec(rest);
    const list = divider ? rest.slice(0, divider.index) : rest;
    const justification = divider ? rest.slice(divider.index + divider[0].length).trim() : '';

    const rules: DirectiveRule[] = [];
    const listed: DirectiveRule[] = [];
    let valid = true;
    const base = node.valueRange[0] + afterName;
    for (const item of list.matchAll(/[^,\s][^,]*/gu)) {
      const raw = item[0].trimEnd();
      const range: Range = [base + item.index, base + item.index + raw.length];
      const prefixed = raw.startsWith(RULE_PREFIX);
      // ESLint names our rules with the prefix; any other id there belongs to another plugin.
      if (family === 'eslint' && !prefixed) {
        listed.push({ id: raw, range });
        continue;
      }
      const id = prefixed ? raw.slice(RULE_PREFIX.length) : raw;
      if (!isKnownRule(id)) {
        const closest = findClosestName(id, knownRuleIds);
        const suggestion = closest && (prefixed ? RULE_PREFIX + closest : closest);
        problems.push(
          problemAt(
            node,
            `The directive "${label}" names the rule "${raw}", which does not exist.` +
              (suggestion ? ` Did you mean "${suggestion}"?` : ' Check the rule id.'),
          ),
        );
        valid = false;
        continue;
      }
      const rule = { id, range };
      rules.push(rule);
      listed.push(rule);
    }
    if (!valid && rules.length === 0) continue;
    // `eslint-disable no-console` is about another plugin's rules: it must not turn ours off.
    if (listed.length > 0 && rules.length === 0) continue;

    const directive: Directive = { type, label, rules, listed, justification, node };
    if (type === 'disable-line') {
      if (node.loc.start.line !== node.loc.end.line) {
        problems.push(
          problemAt(
            node,
            `This "${label}" comment must fit on one line: use "${family}-disable-next-line" before the line instead.`,
          ),
        );
        continue;
      }
      directive.line = node.loc.start.line;
    } else if (type === 'disable-next-line') {
      directive.line = node.loc.end.line + 1;
    }
    directives.push(directive);
  }
  return { directives, problems };
}
