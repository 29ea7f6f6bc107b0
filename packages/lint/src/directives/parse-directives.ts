/**
 * Reads inline directives from a template's comments, in whatever comment syntax the template
 * uses: `{{!-- sincerely-disable-next-line no-shouting --}}`,
 * `{% comment %}sincerely-disable{% endcomment %}` or `<!-- sincerely-enable -->`.
 *
 * A directive is the comment's text: the directive name, optional rule ids separated by commas,
 * and an optional justification after ` -- ` (ESLint's grammar).
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
  /** The rules it names; empty means every rule. */
  rules: DirectiveRule[];
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

const DIRECTIVE = /^(\s*)sincerely-(disable-next-line|disable-line|disable|enable)(?=\s|$)/u;
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
    const type = match[2] as DirectiveType;
    const afterName = match[0].length;
    const rest = node.value.slice(afterName);
    const divider = JUSTIFICATION.exec(rest);
    const list = divider ? rest.slice(0, divider.index) : rest;
    const justification = divider ? rest.slice(divider.index + divider[0].length).trim() : '';

    const rules: DirectiveRule[] = [];
    let valid = true;
    const base = node.valueRange[0] + afterName;
    for (const item of list.matchAll(/[^,\s][^,]*/gu)) {
      const raw = item[0].trimEnd();
      const id = raw.startsWith(RULE_PREFIX) ? raw.slice(RULE_PREFIX.length) : raw;
      const start = base + item.index;
      if (!isKnownRule(id)) {
        const closest = findClosestName(id, knownRuleIds);
        problems.push(
          problemAt(
            node,
            `The directive "sincerely-${type}" names the rule "${raw}", which does not exist.` +
              (closest ? ` Did you mean "${closest}"?` : ' Check the rule id.'),
          ),
        );
        valid = false;
        continue;
      }
      rules.push({ id, range: [start, start + raw.length] });
    }
    if (!valid && rules.length === 0) continue;

    const directive: Directive = { type, rules, justification, node };
    if (type === 'disable-line') {
      if (node.loc.start.line !== node.loc.end.line) {
        problems.push(
          problemAt(
            node,
            'A "sincerely-disable-line" comment must fit on one line: use "sincerely-disable-next-line" before the line instead.',
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
