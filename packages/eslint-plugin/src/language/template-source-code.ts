/**
 * `@sincerely/lint`'s `SourceCode`, plus the parts only ESLint asks for: reading `eslint-*`
 * directives and `/* eslint … *\/`-style rule config out of template comments. The directive
 * grammar comes from `@eslint/plugin-kit`, so the standalone package stays free of it.
 */
import { ConfigCommentParser, Directive } from '@eslint/plugin-kit';
import type { DirectiveType, RulesConfig } from '@eslint/core';
import {
  SourceCode,
  visitorKeys,
  type Comment,
  type NodeType,
  type SourceLocation,
} from '@sincerely/lint';

/** A problem ESLint reports about a directive or an inline config comment. */
export interface DirectiveProblem {
  ruleId: null;
  message: string;
  loc: SourceLocation;
}

/** What `applyInlineConfig` returns, in ESLint's shape. */
export interface InlineConfigResult {
  configs: { config: { rules: RulesConfig }; loc: SourceLocation }[];
  problems: DirectiveProblem[];
}

const commentParser = new ConfigCommentParser();
const ESLINT_DIRECTIVES = new Set([
  'eslint-disable',
  'eslint-enable',
  'eslint-disable-line',
  'eslint-disable-next-line',
]);
/** The standalone runner's own directives; ESLint honours them too, with the plugin prefix. */
const SINCERELY_DIRECTIVES = new Set([
  'sincerely-disable',
  'sincerely-enable',
  'sincerely-disable-line',
  'sincerely-disable-next-line',
]);
const RULE_PREFIX = 'sincerely/';

/** The document model's visitor keys, as ESLint's mutable `Record<string, string[]>`. */
export const templateVisitorKeys = Object.fromEntries(
  Object.entries(visitorKeys).map(([type, keys]) => [type, [...keys]]),
) as Record<NodeType, string[]>;

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** A template's source code as ESLint sees it. */
export class TemplateSourceCode extends SourceCode {
  /** The same keys, typed as ESLint's `Record<string, string[]>`. */
  override readonly visitorKeys: Record<NodeType, string[]> = templateVisitorKeys;

  /** The comments that hold an ESLint directive, a Sincerely directive or an `eslint` config. */
  override getInlineConfigNodes(): Comment[] {
    return this.ast.comments.filter((comment) => {
      const label = commentParser.parseDirective(comment.value)?.label;
      return (
        label !== undefined &&
        (label === 'eslint' || ESLINT_DIRECTIVES.has(label) || SINCERELY_DIRECTIVES.has(label))
      );
    });
  }

  /**
   * The `eslint-disable*` / `eslint-enable` directives in the template's comments, and the
   * standalone runner's `sincerely-*` ones, which name rules without the `sincerely/` prefix.
   *
   * @returns ESLint's directives and the problems found in them.
   */
  getDisableDirectives(): { directives: Directive[]; problems: DirectiveProblem[] } {
    const directives: Directive[] = [];
    const problems: DirectiveProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (!parsed || parsed.label === 'eslint') continue;
      const { label, justification } = parsed;
      const type = label.slice(label.indexOf('-') + 1) as DirectiveType;
      if (type === 'disable-line' && comment.loc.start.line !== comment.loc.end.line) {
        problems.push({
          ruleId: null,
          message: `${label} comment should not span multiple lines.`,
          loc: comment.loc,
        });
        continue;
      }
      let { value } = parsed;
      if (SINCERELY_DIRECTIVES.has(label)) {
        const ids = splitList(value);
        const bare = ids.filter((id) => !id.startsWith(RULE_PREFIX));
        // ESLint finds each id in the comment's text to remove an unused one; with two or more
        // ids written without the prefix it could not, so ask for the prefix instead.
        if (ids.length > 1 && bare.length > 0) {
          problems.push({
            ruleId: null,
            message: `Under ESLint, name each rule of a "${label}" comment with the plugin prefix ("${RULE_PREFIX}${bare[0]}"), or use "eslint-${type}".`,
            loc: comment.loc,
          });
          continue;
        }
        value = ids.map((id) => (id.startsWith(RULE_PREFIX) ? id : RULE_PREFIX + id)).join(', ');
      }
      directives.push(new Directive({ type, node: comment, value, justification }));
    }
    return { directives, problems };
  }

  /**
   * The rule settings written in `eslint` comments, e.g.
   * `{{!-- eslint sincerely/max-words: ["warn", { "max": 200 }] --}}`.
   *
   * @returns the configs with their locations, and the comments that could not be read.
   */
  applyInlineConfig(): InlineConfigResult {
    const result: InlineConfigResult = { configs: [], problems: [] };
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== 'eslint') continue;
      const config = commentParser.parseJSONLikeConfig(parsed.value);
      if (config.ok) result.configs.push({ config: { rules: config.config }, loc: comment.loc });
      else result.problems.push({ ruleId: null, message: config.error.message, loc: comment.loc });
    }
    return result;
  }

  /** Called by ESLint once it has set the file up; nothing is left to add for templates. */
  finalize(): void {}
}
