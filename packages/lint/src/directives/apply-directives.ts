/**
 * Applies inline directives to the rules' messages, as ESLint does: line directives suppress
 * messages that start on their line; `disable`/`enable` pairs suppress messages between them,
 * by position. Each rule id of a directive that suppressed nothing is reported when asked, with a
 * fix that removes the id, or the whole comment when none of it was used.
 */
import type { LintMessage, SuppressedLintMessage } from '../lint-result.js';
import type { Severity } from '../rule.js';
import type { Range } from '../template/ast.js';
import type { Directive, DirectiveRule } from './parse-directives.js';

/** What `applyDirectives` takes. */
export interface ApplyDirectivesOptions {
  messages: readonly LintMessage[];
  directives: readonly Directive[];
  /** The severity for unused directives; 0 to not report them. */
  reportUnusedDirectives: Severity;
  /** The source text, to build the fixes that remove unused directives. */
  text: string;
}

/** What `applyDirectives` returns. */
export interface ApplyDirectivesResult {
  messages: LintMessage[];
  suppressedMessages: SuppressedLintMessage[];
  /** Messages about directives that suppressed nothing. */
  unusedDirectives: LintMessage[];
}

const ALL = '*';

function isBefore(directive: Directive, message: LintMessage): boolean {
  const { line, column } = directive.node.loc.start;
  return line < message.line || (line === message.line && column <= message.column);
}

/** The range that removes a whole comment, and its line when the comment stands alone on it. */
function commentRemovalRange(directive: Directive, text: string): Range {
  let [start, end] = directive.node.range;
  let lineStart = start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t'))
    lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
  const startsLine =
    lineStart === 0 || text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r';
  const endsLine = lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r';
  if (startsLine && endsLine) {
    start = lineStart;
    end = lineEnd;
    if (text.startsWith('\r\n', end)) end += 2;
    else if (end < text.length) end += 1;
    else if (start > 0) {
      start -= text[start - 2] === '\r' && text[start - 1] === '\n' ? 2 : 1;
    }
  }
  return [start, end];
}

/** The range that removes one rule id from a directive's list, with its comma. */
function ruleRemovalRange(rules: readonly DirectiveRule[], index: number): Range {
  const rule = rules[index] as DirectiveRule;
  if (index > 0) return [(rules[index - 1] as DirectiveRule).range[1], rule.range[1]];
  return [rule.range[0], (rules[index + 1] as DirectiveRule).range[0]];
}

function unusedMessage(
  directive: Directive,
  severity: 1 | 2,
  description: string,
  range: Range,
): LintMessage {
  const { loc } = directive.node;
  return {
    ruleId: null,
    severity,
    message: description,
    line: loc.start.line,
    column: loc.start.column,
    endLine: loc.end.line,
    endColumn: loc.end.column,
    fix: { range, text: '' },
  };
}

/**
 * Splits messages into those that stand and those a directive suppresses.
 *
 * @returns the remaining messages, the suppressed ones and any unused-directive messages.
 */
export function applyDirectives(options: ApplyDirectivesOptions): ApplyDirectivesResult {
  const { messages, directives, reportUnusedDirectives, text } = options;
  const used = new Map<Directive, Set<string>>();
  const markUsed = (directive: Directive, id: string): void => {
    let set = used.get(directive);
    if (!set) used.set(directive, (set = new Set()));
    set.add(id);
  };
  const names = (directive: Directive, ruleId: string): boolean =>
    directive.rules.length === 0 || directive.rules.some((rule) => rule.id === ruleId);
  const entryFor = (directive: Directive, ruleId: string): string =>
    directive.rules.length === 0 ? ALL : ruleId;

  const lineDirectives = directives.filter(
    (d) => d.type === 'disable-line' || d.type === 'disable-next-line',
  );
  const blockDirectives = directives
    .filter((d) => d.type === 'disable' || d.type === 'enable')
    .sort((a, b) => a.node.range[0] - b.node.range[0]);

  const kept: LintMessage[] = [];
  const suppressedMessages: SuppressedLintMessage[] = [];
  for (const message of messages) {
    const ruleId = message.ruleId;
    if (ruleId === null) {
      kept.push(message);
      continue;
    }
    const suppressors: Directive[] = [];
    for (const directive of lineDirectives) {
      if (directive.line === message.line && names(directive, ruleId)) suppressors.push(directive);
    }
    const blocking = blockSuppressor(blockDirectives, message, ruleId);
    if (blocking) suppressors.push(blocking);
    if (suppressors.length === 0) {
      kept.push(message);
      continue;
    }
    for (const directive of suppressors) markUsed(directive, entryFor(directive, ruleId));
    suppressedMessages.push({
      ...message,
      suppressions: suppressors.map((directive) => ({
        kind: 'directive' as const,
        justification: directive.justification,
      })),
    });
  }

  markUsedEnables(blockDirectives, markUsed);

  const unusedDirectives: LintMessage[] = [];
  if (reportUnusedDirectives !== 0) {
    const severity = reportUnusedDirectives;
    for (const directive of directives) {
      const usedIds = used.get(directive) ?? new Set<string>();
      const name = directive.label;
      const what =
        directive.type === 'enable'
          ? 'nothing was disabled here'
          : 'no problems were reported here';
      if (directive.rules.length === 0) {
        if (!usedIds.has(ALL)) {
          unusedDirectives.push(
            unusedMessage(
              directive,
              severity,
              `Unused "${name}" directive: ${what}, so you can remove it.`,
              commentRemovalRange(directive, text),
            ),
          );
        }
        continue;
      }
      const unused = directive.rules.filter((rule) => !usedIds.has(rule.id));
      // Remove the whole comment only when nothing in it is used, other plugins' ids included.
      if (unused.length === directive.listed.length) {
        const list = unused.map((rule) => `"${text.slice(...rule.range)}"`).join(', ');
        unusedDirectives.push(
          unusedMessage(
            directive,
            severity,
            `Unused "${name}" directive for ${list}: ${what}, so you can remove it.`,
            commentRemovalRange(directive, text),
          ),
        );
        continue;
      }
      for (const rule of unused) {
        const written = text.slice(...rule.range);
        unusedDirectives.push(
          unusedMessage(
            directive,
            severity,
            `Unused "${name}" directive for "${written}": ${what}, so you can remove "${written}" from it.`,
            ruleRemovalRange(directive.listed, directive.listed.indexOf(rule)),
          ),
        );
      }
    }
  }
  return { messages: kept, suppressedMessages, unusedDirectives };
}

/** The `disable` directive that covers a message, replaying disable/enable pairs up to it. */
function blockSuppressor(
  blockDirectives: readonly Directive[],
  message: LintMessage,
  ruleId: string,
): Directive | undefined {
  let all: Directive | undefined;
  const byRule = new Map<string, Directive>();
  const reEnabled = new Set<string>();
  for (const directive of blockDirectives) {
    if (!isBefore(directive, message)) break;
    if (directive.type === 'disable') {
      if (directive.rules.length === 0) {
        all = directive;
        byRule.clear();
        reEnabled.clear();
      } else {
        for (const rule of directive.rules) {
          byRule.set(rule.id, directive);
          reEnabled.delete(rule.id);
        }
      }
    } else if (directive.rules.length === 0) {
      all = undefined;
      byRule.clear();
      reEnabled.clear();
    } else {
      for (const rule of directive.rules) {
        byRule.delete(rule.id);
        if (all) reEnabled.add(rule.id);
      }
    }
  }
  return byRule.get(ruleId) ?? (all && !reEnabled.has(ruleId) ? all : undefined);
}

/** An `enable` is used when something it names was disabled where it stands. */
function markUsedEnables(
  blockDirectives: readonly Directive[],
  markUsed: (directive: Directive, id: string) => void,
): void {
  let all = false;
  const byRule = new Set<string>();
  const reEnabled = new Set<string>();
  for (const directive of blockDirectives) {
    if (directive.type === 'disable') {
      if (directive.rules.length === 0) {
        all = true;
        byRule.clear();
        reEnabled.clear();
      } else {
        for (const rule of directive.rules) {
          byRule.add(rule.id);
          reEnabled.delete(rule.id);
        }
      }
      continue;
    }
    if (directive.rules.length === 0) {
      if (all || byRule.size > 0) markUsed(directive, ALL);
      all = false;
      byRule.clear();
      reEnabled.clear();
      continue;
    }
    for (const rule of directive.rules) {
      if (byRule.has(rule.id) || (all && !reEnabled.has(rule.id))) markUsed(directive, rule.id);
      byRule.delete(rule.id);
      if (all) reEnabled.add(rule.id);
    }
  }
}
