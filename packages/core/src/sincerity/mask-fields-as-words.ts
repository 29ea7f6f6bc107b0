import type { MessageField, MessageInput } from './message-input.js';

const INLINE_MERGE_SYNTAX = /\{\{[\s\S]*?\}\}\}?|\{%[\s\S]*?%\}/gu;

/** A word of `length` letters that reads as a name: "X", "Xx", "Xxxxxxxx" … */
function placeholderWord(length: number): string {
  return length <= 0 ? '' : 'X' + 'x'.repeat(length - 1);
}

/**
 * Replaces each merge field with a capitalised placeholder word of the same length, so offsets
 * stay aligned and the tagger reads the field as one name (`{{company}}` → `Xxxxxxxxxxx`). When
 * `input.fields` is absent, inline `{{ … }}` and `{% … %}` are masked.
 *
 * @returns the masked text, the same length as `input.text`.
 * @example
 * maskFieldsAsWords({ text: 'Hi {{name}}!' }); // 'Hi Xxxxxxxx!'
 */
export function maskFieldsAsWords(input: MessageInput): string {
  const { text, fields } = input;
  if (!fields) return text.replace(INLINE_MERGE_SYNTAX, (match) => placeholderWord(match.length));
  let masked = '';
  let last = 0;
  for (const field of [...fields].sort((a, b) => a.start - b.start)) {
    if (field.start < last || field.end > text.length) continue;
    masked += text.slice(last, field.start) + placeholderWord(field.end - field.start);
    last = field.end;
  }
  return masked + text.slice(last);
}

/**
 * Lists the merge fields of a message: `input.fields` when given, otherwise the inline `{{ … }}`
 * and `{% … %}` found in the text (the path is the trimmed inside, up to the first space or `|`).
 *
 * @returns fields sorted by start.
 * @example
 * listMergeFields({ text: 'Hi {{name}}!' }); // [{ start: 3, end: 11, path: 'name' }]
 */
export function listMergeFields(input: MessageInput): MessageField[] {
  if (input.fields) return [...input.fields].sort((a, b) => a.start - b.start);
  const fields: MessageField[] = [];
  for (const match of input.text.matchAll(INLINE_MERGE_SYNTAX)) {
    const inside = match[0].replace(/^\{[{%]\{?[#/>&~-]?\s*|\s*[-~]?\}?[}%]\}$/gu, '');
    const path = /^[^\s|]*/u.exec(inside)?.[0] ?? '';
    fields.push({ start: match.index, end: match.index + match[0].length, path });
  }
  return fields;
}
