import type { MessageInput } from '../sincerity/message-input.js';
import { memoByInput } from './memo-by-input.js';

/** The character that stands in for merge syntax in masked text (Unicode private use). */
export const MERGE_FIELD_MASK = '\uE000';

/** Merge syntax written inline, for input that does not list its fields. */
const INLINE_MERGE_SYNTAX = /\{\{[\s\S]*?\}\}\}?|\{%[\s\S]*?%\}/gu;

/**
 * Replaces merge fields with a private-use character at the same length, so that offsets stay
 * put while heuristics never read variable names (`{{FIRST_NAME}}`) as prose. A masked field reads
 * as one word. When `input.fields` is absent, `{{ … }}` and `{% … %}` are masked.
 *
 * @returns the masked text, the same length as `input.text`.
 * @example
 * maskMergeFields({ text: 'Hi {{name}}!', fields: [{ start: 3, end: 11, path: 'name' }] });
 * // 'Hi \uE000\uE000\uE000\uE000\uE000\uE000\uE000\uE000!'
 */
export function maskMergeFields(input: MessageInput | string): string {
  return typeof input === 'string' ? mask(input, undefined) : maskOnce(input);
}

const maskOnce = memoByInput((input) => mask(input.text, input.fields));

function mask(text: string, fields: MessageInput['fields']): string {
  if (!fields) {
    return text.replace(INLINE_MERGE_SYNTAX, (match) => MERGE_FIELD_MASK.repeat(match.length));
  }
  let masked = '';
  let last = 0;
  for (const field of [...fields].sort((a, b) => a.start - b.start)) {
    if (field.start < last) continue;
    masked += text.slice(last, field.start) + MERGE_FIELD_MASK.repeat(field.end - field.start);
    last = field.end;
  }
  return masked + text.slice(last);
}
