/**
 * Flattens a document into the text a reader reads, keeping a map back to the source.
 *
 * Each paragraph contributes its inline children in order, and paragraphs are joined by a blank
 * line. Text nodes map one to one onto the source (or, for an entity like `&amp;`, the decoded
 * character maps onto the whole entity). Merge fields appear as their source text, so the
 * heuristics can mask them at the same length. Control tags (`{{#if}}`) contribute nothing.
 */
import type { MessageField, MessageInput, MessageKind, MessageParagraph } from '@sincerely/core';
import type { Document, Range } from '../template/ast.js';

/** One stretch of the flattened text and the source it came from. */
interface Segment {
  textStart: number;
  textEnd: number;
  sourceStart: number;
  sourceEnd: number;
  /** True when every character maps onto one source character (not an entity). */
  linear: boolean;
}

/** The reader's text of a message, ready for the heuristics, with a map back to the source. */
export interface MessageText extends MessageInput {
  text: string;
  fields: MessageField[];
  paragraphs: MessageParagraph[];
  kind?: MessageKind;
  /** Maps offsets of `text` (end exclusive) onto offsets of the source file. */
  toSourceRange(start: number, end: number): Range;
}

const PARAGRAPH_SEPARATOR = '\n\n';

/** The key core looks for a message's own memo under (a global symbol, so no import is needed). */
const MESSAGE_MEMO = Symbol.for('@sincerely/core.message-memo');

/** Builds the reader's text of a document. */
export function buildMessageText(ast: Document): MessageText {
  const segments: Segment[] = [];
  const fields: MessageField[] = [];
  const paragraphs: MessageParagraph[] = [];
  let text = '';

  const append = (value: string, [sourceStart, sourceEnd]: Range, linear: boolean): void => {
    if (value.length === 0) return;
    segments.push({
      textStart: text.length,
      textEnd: text.length + value.length,
      sourceStart,
      sourceEnd,
      linear,
    });
    text += value;
  };

  for (const block of ast.children) {
    if (block.type !== 'Paragraph') continue;
    if (paragraphs.length > 0) text += PARAGRAPH_SEPARATOR;
    const start = text.length;
    for (const child of block.children) {
      if (child.type === 'Text') {
        append(child.value, child.range, child.raw === undefined);
      } else if (child.type === 'MergeField') {
        fields.push({
          start: text.length,
          end: text.length + child.raw.length,
          path: child.path,
          hasFallback: child.hasFallback,
        });
        append(child.raw, child.range, true);
      }
    }
    paragraphs.push({
      start,
      end: text.length,
      part: block.part,
      hidden: block.hidden,
      ...(block.origin === 'li' ? { list: true } : {}),
    });
  }

  const kind = ast.frontMatter?.fields.kind;
  const message: MessageText = {
    text,
    fields,
    paragraphs,
    ...(kind ? { kind } : {}),
    toSourceRange: (start, end) => mapRange(segments, start, end),
  };
  // The message carries its own memo, where core keeps what it works out about the message
  // (masked text, words, analysis) for as long as the message lives: all rules share one
  // analysis, and nothing outlives the lint pass (see core's `memo-by-input.ts`).
  Object.defineProperty(message, MESSAGE_MEMO, { value: new Map() });
  return message;
}

/** Index of the last segment whose textStart <= offset. */
function findSegment(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((segments[mid] as Segment).textStart <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function mapRange(segments: readonly Segment[], start: number, end: number): Range {
  if (segments.length === 0) return [0, 0];
  const first = segments[findSegment(segments, start)] as Segment;
  const sourceStart =
    first.linear && start < first.textEnd
      ? first.sourceStart + (start - first.textStart)
      : start >= first.textEnd
        ? first.sourceEnd
        : first.sourceStart;
  if (end <= start) return [sourceStart, sourceStart];
  const last = segments[findSegment(segments, end - 1)] as Segment;
  const sourceEnd =
    end - 1 >= last.textEnd
      ? last.sourceEnd
      : last.linear
        ? last.sourceStart + (end - last.textStart)
        : last.sourceEnd;
  return [sourceStart, Math.max(sourceStart, sourceEnd)];
}
