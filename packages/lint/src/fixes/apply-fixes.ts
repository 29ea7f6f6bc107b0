import type { LintMessage } from '../lint-result.js';

const BOM = '\uFEFF';

/** What `applyFixes` returns (ESLint's `SourceCodeFixer.applyFixes` shape). */
export interface ApplyFixesResult {
  /** True when at least one fix was applied. */
  fixed: boolean;
  /** The text with the fixes applied. */
  output: string;
  /** The messages whose fixes were not applied, plus every message without a fix. */
  messages: LintMessage[];
}

/**
 * Applies the fixes of `messages` to `text`: in source order, skipping a fix that overlaps or
 * touches one already applied (it is left for the next pass). Fix ranges are offsets into the text
 * without a leading BOM, which is kept.
 *
 * @returns the fixed text and the messages that still stand.
 * @example
 * const { output } = applyFixes(text, lintText(text).messages);
 */
export function applyFixes(text: string, messages: readonly LintMessage[]): ApplyFixesResult {
  const bom = text.startsWith(BOM) ? BOM : '';
  const source = bom ? text.slice(1) : text;
  const remaining: LintMessage[] = [];
  const fixable: LintMessage[] = [];
  for (const message of messages) {
    if (message.fix) fixable.push(message);
    else remaining.push(message);
  }
  fixable.sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);

  let output = '';
  let lastEnd = Number.NEGATIVE_INFINITY;
  let fixed = false;
  for (const message of fixable) {
    const { range, text: replacement } = message.fix!;
    const [start, end] = range;
    if (lastEnd >= start || start > end || start < 0 || end > source.length) {
      remaining.push(message);
      continue;
    }
    output += source.slice(Math.max(0, lastEnd), start) + replacement;
    lastEnd = end;
    fixed = true;
  }
  output += source.slice(Math.max(0, lastEnd));
  return {
    fixed,
    output: bom + output,
    messages: remaining.sort((a, b) => a.line - b.line || a.column - b.column),
  };
}
