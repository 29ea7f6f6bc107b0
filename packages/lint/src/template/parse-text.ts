/**
 * The plain text layer: paragraphs are separated by blank lines. Template nodes (merge fields,
 * control tags, comments) found by the template layer sit inline; a blank line only counts when it
 * lies in static text. In markdown, fenced code blocks are `Raw`.
 */
import type { BlockNode, Comment, Paragraph, Range } from './ast.js';
import { createRaw } from './create-nodes.js';
import { collectInline, findFirstNodeFrom, type TemplateNode } from './inline-content.js';
import type { Locator } from './locations.js';
import { ParagraphBuilder } from './paragraph-builder.js';

/** The blocks of a body, which paragraphs hold a link (HTML `<a href>`) and its HTML comments. */
export interface BodyBlocks {
  blocks: BlockNode[];
  linked: Set<Paragraph>;
  comments: Comment[];
}

/** What a body layer reads: the template nodes of the file and the body's range. */
export interface BodyInput {
  locator: Locator;
  /** Template nodes, sorted by start. */
  nodes: readonly TemplateNode[];
  start: number;
  end: number;
}

/** A line break, then at least one more line that holds only spaces or tabs. */
const PARAGRAPH_BREAK =
  /(?:\r\n|\r(?!\n)|[\n\u2028\u2029])(?:[^\S\r\n\u2028\u2029]*(?:\r\n|\r(?!\n)|[\n\u2028\u2029]))+/gu;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/u;
const LINE = /[^\r\n]*(?:\r\n|\r|\n|$)/gu;

/** The ranges of fenced code blocks (``` or ~~~) in `[start, end)`; an unclosed fence runs to the end. */
function findFences(text: string, start: number, end: number): Range[] {
  const fences: Range[] = [];
  let open: { at: number; marker: string } | undefined;
  LINE.lastIndex = start;
  while (LINE.lastIndex < end) {
    const at = LINE.lastIndex;
    const match = LINE.exec(text);
    if (!match || match[0] === '') break;
    const line = match[0].slice(0, Math.max(0, end - at)).replace(/[\r\n]+$/u, '');
    if (!open) {
      const fence = FENCE_OPEN.exec(line);
      if (fence?.[1] && !(fence[1].startsWith('`') && line.slice(fence[0].length).includes('`'))) {
        open = { at, marker: fence[1] };
      }
    } else {
      const closing = /^ {0,3}(`+|~+)[ \t]*$/u.exec(line);
      if (
        closing?.[1] &&
        closing[1][0] === open.marker[0] &&
        closing[1].length >= open.marker.length
      ) {
        fences.push([open.at, at + line.length]);
        open = undefined;
      }
    }
  }
  if (open) fences.push([open.at, end]);
  return fences;
}

/**
 * Splits `[start, end)` into paragraphs at blank lines.
 *
 * @returns the paragraphs (and markdown code blocks as `Raw`), in source order.
 */
export function parseTextBody(input: BodyInput, options: { markdown: boolean }): BodyBlocks {
  const { locator, nodes, start, end } = input;
  const { text } = locator;
  const blocks: BlockNode[] = [];
  const builder = new ParagraphBuilder(locator, { collapseWhitespace: false });
  const flush = (): void => {
    const done = builder.flush({ hidden: false, origin: 'text' });
    if (done) blocks.push(done.paragraph);
  };

  /** Static text `[from, to)`: paragraph breaks end the paragraph being built. */
  const addStatic = (from: number, to: number): void => {
    if (to <= from) return;
    let cursor = from;
    const stretch = text.slice(from, to);
    // An `exec` loop: `matchAll` makes an iterator object per step when V8 runs without inlining.
    PARAGRAPH_BREAK.lastIndex = 0;
    for (let match = PARAGRAPH_BREAK.exec(stretch); match; match = PARAGRAPH_BREAK.exec(stretch)) {
      collectInline(locator, [], cursor, from + match.index, 'text', (node) => builder.add(node));
      flush();
      cursor = from + match.index + match[0].length;
    }
    collectInline(locator, [], cursor, to, 'text', (node) => builder.add(node));
  };

  /** Text, template nodes and paragraph breaks of `[from, to)`. */
  const addStretch = (from: number, to: number): void => {
    let cursor = from;
    for (let index = findFirstNodeFrom(nodes, from); index < nodes.length; index++) {
      const node = nodes[index] as TemplateNode;
      if (node.range[0] >= to) break;
      addStatic(cursor, node.range[0]);
      if (node.type !== 'Comment') builder.add(node);
      cursor = Math.min(to, node.range[1]);
    }
    addStatic(cursor, to);
  };

  let cursor = start;
  for (const fence of options.markdown ? findFences(text, start, end) : []) {
    addStretch(cursor, fence[0]);
    flush();
    blocks.push(createRaw(locator, fence, 'code'));
    cursor = fence[1];
  }
  addStretch(cursor, end);
  flush();
  return { blocks, linked: new Set(), comments: [] };
}
