/**
 * Turns a stretch of source into inline nodes: the template nodes found in it (merge fields and
 * control tags; comments render nothing) and `Text` for the static text between them.
 *
 * In HTML, the static text is read the way a browser shows it: each entity (`&amp;`) becomes its
 * own `Text` whose `value` is the decoded character and whose `raw` is the entity, and each run
 * of whitespace other than a single space becomes a `Text` of one space (`raw` keeps the run).
 * Every other `Text` is an exact slice of the source.
 */
import type { DecodingMode, HtmlEntityDecoder } from 'entities/decode';
import { entities } from '#deps';
import type { Block, Comment, InlineNode, MergeField } from './ast.js';
import { createText } from './create-nodes.js';
import type { Locator } from './locations.js';

/** A node the template layer found: rendered inline (fields, tags) or not at all (comments). */
export type TemplateNode = MergeField | Block | Comment;

/** How static text is read: verbatim (text, markdown) or as HTML text or an HTML attribute. */
export type TextMode = 'text' | 'html' | 'attribute';

/** The longest run of characters an entity can take (`&CounterClockwiseContourIntegral;`). */
const MAX_ENTITY_LENGTH = 40;

/** The index of the first node that starts at or after `offset` (nodes are sorted by start). */
export function findFirstNodeFrom(nodes: readonly TemplateNode[], offset: number): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((nodes[mid] as TemplateNode).range[0] < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** True for the characters HTML collapses: space, tab, line feed, form feed, carriage return. */
function isHtmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/** Decodes the character reference starting at `text[at] === '&'`, if it is one. */
function decodeEntityAt(
  decoder: EntityReader,
  text: string,
  at: number,
  end: number,
  mode: DecodingMode,
): { length: number; value: string } | undefined {
  const input = text.slice(at, Math.min(end, at + MAX_ENTITY_LENGTH));
  decoder.codePoints.length = 0;
  decoder.instance.startEntity(mode);
  let length = decoder.instance.write(input, 1);
  if (length < 0) length = decoder.instance.end();
  if (length <= 0 || decoder.codePoints.length === 0) return undefined;
  return { length, value: String.fromCodePoint(...decoder.codePoints) };
}

interface EntityReader {
  instance: HtmlEntityDecoder;
  codePoints: number[];
}

let entityReader: EntityReader | undefined;

/** The one entity reader, made the first time HTML text is read (plain text never loads it). */
function getEntityReader(): EntityReader {
  if (!entityReader) {
    const codePoints: number[] = [];
    const instance = new (entities().HtmlEntityDecoder)((codePoint) => {
      codePoints.push(codePoint);
    });
    entityReader = { instance, codePoints };
  }
  return entityReader;
}

/** Pushes the `Text` nodes of HTML static text in `[start, end)`. */
function pushHtmlText(
  locator: Locator,
  start: number,
  end: number,
  mode: DecodingMode,
  push: (node: InlineNode) => void,
): void {
  const { text } = locator;
  let runStart = start;
  const flushRun = (to: number): void => {
    if (to > runStart) push(createText(locator, [runStart, to]));
  };
  let index = start;
  while (index < end) {
    const code = text.charCodeAt(index);
    if (code === 38) {
      const entity = decodeEntityAt(getEntityReader(), text, index, end, mode);
      if (entity) {
        flushRun(index);
        push(createText(locator, [index, index + entity.length], entity.value));
        index += entity.length;
        runStart = index;
        continue;
      }
    } else if (isHtmlSpace(code)) {
      let next = index + 1;
      while (next < end && isHtmlSpace(text.charCodeAt(next))) next++;
      if (next - index > 1 || code !== 32) {
        flushRun(index);
        push(createText(locator, [index, next], ' '));
        runStart = next;
      }
      index = next;
      continue;
    }
    index++;
  }
  flushRun(end);
}

/**
 * Pushes the inline nodes of `[start, end)`: template nodes that lie inside it, in order, and the
 * static text around them read in `mode`.
 */
export function collectInline(
  locator: Locator,
  nodes: readonly TemplateNode[],
  start: number,
  end: number,
  mode: TextMode,
  push: (node: InlineNode) => void,
): void {
  const pushStatic = (from: number, to: number): void => {
    if (to <= from) return;
    if (mode === 'text') push(createText(locator, [from, to]));
    else {
      const { DecodingMode } = entities();
      const decoding = mode === 'html' ? DecodingMode.Legacy : DecodingMode.Attribute;
      pushHtmlText(locator, from, to, decoding, push);
    }
  };
  let cursor = start;
  for (let index = findFirstNodeFrom(nodes, start); index < nodes.length; index++) {
    const node = nodes[index] as TemplateNode;
    if (node.range[0] >= end) break;
    pushStatic(cursor, node.range[0]);
    // A node that runs past the stretch is not part of it (it cannot happen for well-formed input).
    if (node.range[1] > end) return;
    if (node.type !== 'Comment') push(node);
    cursor = node.range[1];
  }
  pushStatic(cursor, end);
}
