/**
 * Turns what a rule reports into a `LintMessage`: looks up and fills the message, works out the
 * location from `loc` or `node`, and builds the fix and the suggestions.
 */
import type { LintMessage, LintSuggestion } from '../lint-result.js';
import type { AnyRule, ReportDescriptor } from '../rule.js';
import type { Position, SourceLocation } from '../template/ast.js';
import { createFix } from '../fixes/merge-fixes.js';
import { interpolate } from './interpolate.js';

/** What a translator needs to know about the rule and the file. */
export interface ReportTranslatorOptions {
  ruleId: string;
  rule: AnyRule;
  severity: 1 | 2;
  /** The source text the fix ranges point into. */
  text: string;
}

function isSourceLocation(loc: SourceLocation | Position): loc is SourceLocation {
  return 'start' in loc;
}

/**
 * Creates the function that translates one report of a rule.
 *
 * @returns a function from a report descriptor to a lint message; it throws a plain `Error`
 *   describing what is wrong with an invalid report (the caller names the rule and file).
 */
export function createReportTranslator(
  options: ReportTranslatorOptions,
): (descriptor: ReportDescriptor) => LintMessage {
  const { ruleId, rule, severity, text } = options;
  const { messages } = rule.meta;

  const lookUp = (messageId: string, data: ReportDescriptor['data']): string => {
    if (typeof messageId !== 'string' || !Object.hasOwn(messages, messageId)) {
      throw new Error(
        `the report uses messageId "${String(messageId)}", which is not in meta.messages`,
      );
    }
    try {
      return interpolate(messages[messageId] as string, data);
    } catch (error) {
      throw new Error(`message "${messageId}": ${(error as Error).message}`, { cause: error });
    }
  };

  return (descriptor) => {
    const message = lookUp(descriptor.messageId, descriptor.data);
    const loc = descriptor.loc ?? descriptor.node?.loc;
    if (!loc) throw new Error('the report has neither "loc" nor "node"');
    const start = isSourceLocation(loc) ? loc.start : loc;
    const result: LintMessage = {
      ruleId,
      severity,
      message,
      messageId: descriptor.messageId,
      line: start.line,
      column: start.column,
      ...(isSourceLocation(loc) ? { endLine: loc.end.line, endColumn: loc.end.column } : {}),
    };
    if (descriptor.fix) {
      if (!rule.meta.fixable) throw new Error('the report has a fix, but meta.fixable is not set');
      const fix = createFix(descriptor.fix, text);
      if (fix) result.fix = fix;
    }
    if (descriptor.suggest && descriptor.suggest.length > 0) {
      if (!rule.meta.hasSuggestions) {
        throw new Error('the report has suggestions, but meta.hasSuggestions is not set');
      }
      const suggestions: LintSuggestion[] = [];
      for (const suggestion of descriptor.suggest) {
        const fix = createFix(suggestion.fix, text);
        if (!fix) continue;
        suggestions.push({
          desc: lookUp(suggestion.messageId, suggestion.data),
          messageId: suggestion.messageId,
          ...(suggestion.data ? { data: suggestion.data } : {}),
          fix,
        });
      }
      if (suggestions.length > 0) result.suggestions = suggestions;
    }
    return result;
  };
}
