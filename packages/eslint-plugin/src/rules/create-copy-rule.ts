/**
 * Adapts a catalog rule of `@sincerely/lint` to copy in TS/TSX code: `copy-<id>` finds the
 * messages in the file (`extractCopy`), runs the catalog rule on each one's virtual template and
 * reports at the exact code ranges, with the catalog rule's own messages, options and fixes.
 */
import {
  ESLintUtils,
  type JSONSchema,
  type TSESLint,
  type TSESTree,
} from '@typescript-eslint/utils';
import { RULE_DOCS_BASE_URL, type AnyRule, type SourceCode } from '@sincerely/lint';
import { readCopySettings } from '../copy/copy-settings.js';
import { extractCopy, type CopyDocument } from '../copy/extract-copy.js';
import { createConstResolver } from '../copy/resolve-const.js';
import { createVirtualSourceCode, runCatalogRule } from '../copy/run-catalog-rule.js';

/** The prefix of every copy rule's name. */
export const COPY_RULE_PREFIX = 'copy-';

/**
 * The languages the copy rules run on: ESLint's JavaScript language (`js/js`), which also lints
 * TS/TSX through a parser such as `@typescript-eslint/parser`. ESLint 10 refuses to run a copy
 * rule on a template file; ESLint 9 ignores the key.
 */
const COPY_RULE_LANGUAGES: readonly string[] = Object.freeze(['js/js']);

/** Extra docs fields of the copy rules. */
export interface CopyRuleDocs {
  /** The catalog rule this one runs. */
  catalogRule: string;
  /** True when the catalog rule is in the recommended preset. */
  recommended?: boolean;
}

interface ParsedDocument {
  document: CopyDocument;
  sourceCode: SourceCode;
}

/** Messages per program and copy settings, so the adapters share one extraction per file. */
const cache = new WeakMap<object, Map<string, ParsedDocument[]>>();

function readDocuments(
  context: Readonly<TSESLint.RuleContext<string, unknown[]>>,
): ParsedDocument[] {
  const { sourceCode } = context;
  const settings = readCopySettings(context.settings);
  const key = JSON.stringify(settings);
  let bySettings = cache.get(sourceCode.ast);
  if (!bySettings) cache.set(sourceCode.ast, (bySettings = new Map()));
  let documents = bySettings.get(key);
  if (!documents) {
    documents = extractCopy(
      sourceCode.ast,
      sourceCode.text,
      settings,
      sourceCode.visitorKeys as Record<string, readonly string[]>,
      createConstResolver(sourceCode),
    ).flatMap((document) => {
      const virtual = createVirtualSourceCode(document.template);
      return virtual ? [{ document, sourceCode: virtual }] : [];
    });
    bySettings.set(key, documents);
  }
  return documents;
}

/** True when a finding at `range` touches the code range `branch` (an empty range at its edge does). */
function touches(range: readonly [number, number], branch: readonly [number, number]): boolean {
  return range[0] === range[1]
    ? range[0] >= branch[0] && range[0] <= branch[1]
    : range[0] < branch[1] && range[1] > branch[0];
}

function wholeMessageLoc(node: TSESTree.Node): TSESTree.SourceLocation {
  if (node.type === 'JSXElement') return node.openingElement.loc;
  if (node.type === 'CallExpression') return node.callee.loc;
  return node.loc;
}

const createRule = ESLintUtils.RuleCreator<CopyRuleDocs>(
  (name) => `${RULE_DOCS_BASE_URL}/${name.slice(COPY_RULE_PREFIX.length)}.md`,
);

/**
 * Creates the `copy-<id>` rule that runs the catalog rule `id` over copy in code.
 *
 * @returns an ESLint rule (typescript-eslint's `RuleModule`).
 * @example
 * const rule = createCopyRule('no-false-urgency', rules['no-false-urgency']);
 */
export function createCopyRule(
  id: string,
  catalogRule: AnyRule,
): TSESLint.RuleModule<string, unknown[], CopyRuleDocs> {
  const { meta } = catalogRule;
  return createRule<unknown[], string>({
    name: `${COPY_RULE_PREFIX}${id}`,
    meta: {
      type: meta.type,
      docs: {
        description: `${meta.docs.description}, in copy inside code (JSX and configured calls)`,
        catalogRule: id,
        recommended: meta.docs.recommended,
      },
      languages: [...COPY_RULE_LANGUAGES],
      messages: meta.messages,
      schema: meta.schema === false ? [] : (meta.schema as JSONSchema.JSONSchema4[]),
      ...(meta.fixable ? { fixable: meta.fixable } : {}),
      ...(meta.hasSuggestions ? { hasSuggestions: true } : {}),
    },
    defaultOptions: meta.defaultOptions as unknown[],
    create(context) {
      return {
        Program() {
          const { sourceCode } = context;
          // One copy can be part of several messages (a `const` passed to two calls, text
          // around a conditional's branches): a problem is reported once per place.
          const reported = new Set<string>();
          for (const { document, sourceCode: virtual } of readDocuments(context)) {
            const reports = runCatalogRule(catalogRule, document.template, virtual, {
              ruleId: context.id,
              options: [...context.options],
              settings: context.settings,
              filename: context.filename,
              cwd: context.cwd,
            });
            for (const report of reports) {
              const { branch } = document;
              if (branch && !(report.range && touches(report.range, branch))) continue;
              const key = JSON.stringify(
                report.range
                  ? [report.range, report.messageId]
                  : [document.node.range, report.messageId, report.data],
              );
              if (reported.has(key)) continue;
              reported.add(key);
              const loc = report.range
                ? {
                    start: sourceCode.getLocFromIndex(report.range[0]),
                    end: sourceCode.getLocFromIndex(report.range[1]),
                  }
                : wholeMessageLoc(document.node);
              const fixes = report.fix;
              context.report({
                messageId: report.messageId,
                ...(report.data ? { data: report.data } : {}),
                loc,
                ...(fixes
                  ? {
                      fix: (fixer) =>
                        fixes.map((fix) => fixer.replaceTextRange(fix.range, fix.text)),
                    }
                  : {}),
                ...(report.suggest.length > 0
                  ? {
                      suggest: report.suggest.map((suggestion) => ({
                        messageId: suggestion.messageId,
                        ...(suggestion.data ? { data: suggestion.data } : {}),
                        fix: (fixer: TSESLint.RuleFixer) =>
                          suggestion.fix.map((fix) => fixer.replaceTextRange(fix.range, fix.text)),
                      })),
                    }
                  : {}),
              });
            }
          }
        },
      };
    },
  });
}
