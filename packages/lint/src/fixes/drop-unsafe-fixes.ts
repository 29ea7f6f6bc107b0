/**
 * A fix must never break the template. For each candidate fix we apply it, parse the result and
 * compare the merge syntax (merge fields and control tags, as written) before and after: a fix
 * whose result fails to parse, or that adds, changes or removes merge syntax, is dropped. The
 * common case (every fix safe) costs one parse for all fixes together; only when that fails is
 * each fix checked on its own.
 */
import type { LintMessage } from '../lint-result.js';
import type { Document, ParseResult } from '../template/ast.js';
import { applyFixes } from './apply-fixes.js';

/** Parses a text the way the file was parsed (same syntax). */
export type ReparseFunction = (text: string) => ParseResult;

/** The merge syntax of a document, in source order, as written. */
export function listMergeSyntax(ast: Document): string[] {
  const list: string[] = [];
  for (const block of ast.children) {
    if (block.type !== 'Paragraph') continue;
    for (const child of block.children) {
      if (child.type === 'MergeField' || child.type === 'Block') list.push(child.raw);
    }
  }
  return list;
}

function isSameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * Checks that applying `messages`' fixes to `text` gives a template that parses and keeps its
 * merge syntax.
 */
function isSafe(
  text: string,
  messages: readonly LintMessage[],
  reparse: ReparseFunction,
  baseline: readonly string[],
): boolean {
  const { output } = applyFixes(text, messages);
  const result = reparse(output);
  return result.ok && isSameList(listMergeSyntax(result.ast), baseline);
}

/**
 * Removes the `fix` of every message whose fix would break the template.
 *
 * @returns the messages, with unsafe fixes removed (other messages are returned as they are).
 */
export function dropUnsafeFixes(
  text: string,
  ast: Document,
  messages: readonly LintMessage[],
  reparse: ReparseFunction,
): LintMessage[] {
  const fixable = messages.filter((message) => message.fix);
  if (fixable.length === 0) return [...messages];
  const baseline = listMergeSyntax(ast);
  const together = applyFixes(text, fixable);
  const appliedTogether = fixable.filter((message) => !together.messages.includes(message));
  let safe: Set<LintMessage>;
  if (isSafe(text, appliedTogether, reparse, baseline)) {
    safe = new Set(appliedTogether);
    for (const message of fixable) {
      if (!safe.has(message) && isSafe(text, [message], reparse, baseline)) safe.add(message);
    }
  } else {
    safe = new Set(fixable.filter((message) => isSafe(text, [message], reparse, baseline)));
  }
  return messages.map((message) => {
    if (!message.fix || safe.has(message)) return message;
    const rest = { ...message };
    delete rest.fix;
    return rest;
  });
}

/**
 * Applies fixes that are each safe, making sure their combination is safe too: when it is not,
 * fixes are added one at a time and any that breaks the template in combination is held back.
 *
 * @returns the fixed text and whether anything changed.
 */
export function applySafeFixes(
  text: string,
  ast: Document,
  messages: readonly LintMessage[],
  reparse: ReparseFunction,
): { fixed: boolean; output: string } {
  const fixable = messages.filter((message) => message.fix);
  if (fixable.length === 0) return { fixed: false, output: text };
  const baseline = listMergeSyntax(ast);
  const together = applyFixes(text, fixable);
  if (!together.fixed) return { fixed: false, output: text };
  if (isSafe(text, fixable, reparse, baseline)) return { fixed: true, output: together.output };
  const accepted: LintMessage[] = [];
  for (const message of fixable) {
    if (isSafe(text, [...accepted, message], reparse, baseline)) accepted.push(message);
  }
  const result = applyFixes(text, accepted);
  return { fixed: result.fixed, output: result.output };
}
