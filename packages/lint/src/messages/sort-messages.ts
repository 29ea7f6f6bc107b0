import type { LintMessage } from '../lint-result.js';

/**
 * Sorts messages by line, then column (ESLint's order); ties keep their report order.
 *
 * @returns a new sorted array.
 */
export function sortMessages<Message extends LintMessage>(messages: readonly Message[]): Message[] {
  return [...messages].sort((a, b) => a.line - b.line || a.column - b.column);
}
