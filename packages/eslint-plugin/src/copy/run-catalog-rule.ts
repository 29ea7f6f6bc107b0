/**
 * Runs one catalog rule of `@sincerely/lint` over a virtual template and maps what it reports back
 * onto the code. The rule runs exactly as in the standalone runner (same `SourceCode`, same
 * visitor order); reports are kept as descriptors (message id and data, not a finished message)
 * so ESLint builds the message from the same `meta.messages`.
 */
import {
  parseTemplate,
  SourceCode,
  type AnyRule,
  type Fix,
  type Node,
  type Position,
  type Range,
  type ReportDescriptor,
  type ReportFixFunction,
  type RuleContext,
  type RuleFixer,
  type Settings,
  type SourceLocation,
} from '@sincerely/lint';
import type { CodeFix, VirtualTemplate } from './virtual-template.js';

/** A report mapped onto the code: offsets into the code, fixes already mapped. */
export interface CodeReport {
  messageId: string;
  data?: Record<string, string | number>;
  /** Code offsets of the finding, or undefined to point at the whole message. */
  range?: [number, number];
  /** The fix's edits, when every edit maps onto the code. */
  fix?: CodeFix[];
  suggest: { messageId: string; data?: Record<string, string | number>; fix: CodeFix[] }[];
}

/** What a catalog rule run needs besides the rule. */
export interface RunCatalogRuleOptions {
  ruleId: string;
  options: unknown[];
  settings: Settings;
  filename: string;
  cwd?: string;
}

const VIRTUAL_SYNTAX = 'handlebars';

/** A `SourceCode` over the virtual template, or undefined when it does not parse. */
export function createVirtualSourceCode(template: VirtualTemplate): SourceCode | undefined {
  const parsed = parseTemplate(template.text, { syntax: VIRTUAL_SYNTAX });
  return parsed.ok ? new SourceCode({ text: template.text, ast: parsed.ast }) : undefined;
}

const fixer: RuleFixer = {
  insertTextAfter: (node, text) => ({ range: [node.range[1], node.range[1]], text }),
  insertTextAfterRange: (range, text) => ({ range: [range[1], range[1]], text }),
  insertTextBefore: (node, text) => ({ range: [node.range[0], node.range[0]], text }),
  insertTextBeforeRange: (range, text) => ({ range: [range[0], range[0]], text }),
  remove: (node) => ({ range: node.range, text: '' }),
  removeRange: (range) => ({ range, text: '' }),
  replaceText: (node, text) => ({ range: node.range, text }),
  replaceTextRange: (range, text) => ({ range, text }),
};

function isFix(value: unknown): value is Fix {
  return typeof value === 'object' && value !== null && 'range' in value && 'text' in value;
}

/** The fix's edits on the virtual text, mapped onto the code; undefined if any edit cannot be. */
function mapFixes(fix: ReportFixFunction, template: VirtualTemplate): CodeFix[] | undefined {
  const produced = fix(fixer);
  if (!produced) return undefined;
  const fixes = isFix(produced) ? [produced] : [...produced];
  const mapped: CodeFix[] = [];
  for (const item of fixes) {
    const codeFix = template.mapFix(item.range, item.text);
    if (!codeFix) return undefined;
    mapped.push(codeFix);
  }
  return mapped.length > 0 ? mapped : undefined;
}

function isSourceLocation(loc: SourceLocation | Position): loc is SourceLocation {
  return 'start' in loc;
}

function mapRange(
  descriptor: ReportDescriptor,
  sourceCode: SourceCode,
  template: VirtualTemplate,
): [number, number] | undefined {
  let range: Range | undefined;
  if (descriptor.loc) {
    const loc = descriptor.loc;
    const start = sourceCode.getIndexFromLoc(isSourceLocation(loc) ? loc.start : loc);
    const end = isSourceLocation(loc) ? sourceCode.getIndexFromLoc(loc.end) : start;
    range = [start, end];
  } else if (descriptor.node) {
    range = (descriptor.node as Node).range;
  }
  if (!range) return undefined;
  const start = template.mapStart(range[0]);
  const end = range[1] === range[0] ? start : template.mapEnd(range[1]);
  if (start === undefined || end === undefined || end < start) return undefined;
  return [start, end];
}

/**
 * Runs `rule` over the virtual template.
 *
 * @returns the rule's reports, mapped onto the code.
 */
export function runCatalogRule(
  rule: AnyRule,
  template: VirtualTemplate,
  sourceCode: SourceCode,
  options: RunCatalogRuleOptions,
): CodeReport[] {
  const reports: CodeReport[] = [];
  const context: RuleContext = Object.freeze({
    id: options.ruleId,
    options: options.options,
    sourceCode,
    filename: options.filename,
    physicalFilename: options.filename,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    settings: options.settings,
    languageOptions: { syntax: VIRTUAL_SYNTAX },
    report(descriptor: ReportDescriptor) {
      const range = mapRange(descriptor, sourceCode, template);
      const fix = descriptor.fix ? mapFixes(descriptor.fix, template) : undefined;
      const suggest: CodeReport['suggest'] = [];
      for (const suggestion of descriptor.suggest ?? []) {
        const mapped = mapFixes(suggestion.fix, template);
        if (!mapped) continue;
        suggest.push({
          messageId: suggestion.messageId,
          ...(suggestion.data ? { data: suggestion.data } : {}),
          fix: mapped,
        });
      }
      reports.push({
        messageId: descriptor.messageId,
        ...(descriptor.data ? { data: descriptor.data } : {}),
        ...(range ? { range } : {}),
        ...(fix ? { fix } : {}),
        suggest,
      });
    },
  });
  const listener = rule.create(context) as Record<
    string,
    ((node: Node, parent?: Node) => void) | undefined
  >;
  for (const step of sourceCode.traverse()) {
    const [node, parent] = step.args;
    const visit = listener[step.phase === 1 ? node.type : `${node.type}:exit`];
    visit?.(node, parent);
  }
  return reports;
}
