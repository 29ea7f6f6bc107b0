/**
 * Collects the inline nodes of one paragraph and emits the `Paragraph` when the block ends,
 * trimming the whitespace at its edges (a paragraph starts at its first visible character).
 */
import type { InlineNode, Paragraph, Text } from './ast.js';
import { createParagraph, createText } from './create-nodes.js';
import type { Locator } from './locations.js';

/** True for a `Text` that is an HTML line break (`<br>`). */
export function isLineBreakTag(node: InlineNode): boolean {
  return node.type === 'Text' && node.value === '\n' && node.raw?.startsWith('<') === true;
}

/** Whitespace and the invisible characters emails pad preheaders with (`&zwnj;`, `&#847;`). */
const BLANK = /^[\s\u034F\u00AD\u200B-\u200D\u2060\uFEFF]*$/u;

function isBlank(node: InlineNode): boolean {
  return node.type === 'Text' && BLANK.test(node.value);
}

/** Drops the leading (`side` start) or trailing whitespace of a text; undefined when nothing is left. */
function trimText(locator: Locator, node: Text, side: 'start' | 'end'): Text | undefined {
  if (node.raw !== undefined) return node;
  const trimmed = side === 'start' ? node.value.trimStart() : node.value.trimEnd();
  if (trimmed === node.value) return node;
  if (trimmed === '') return undefined;
  const cut = node.value.length - trimmed.length;
  return createText(
    locator,
    side === 'start' ? [node.range[0] + cut, node.range[1]] : [node.range[0], node.range[1] - cut],
  );
}

/** Where and how a finished paragraph is shown. */
export interface ParagraphDetails {
  hidden: boolean;
  /** Used when no origin was given with the first node. */
  origin: string;
}

/** Builds paragraphs from inline nodes added in source order. */
export class ParagraphBuilder {
  readonly #locator: Locator;
  /** In HTML, whitespace collapses across element boundaries. */
  readonly #collapse: boolean;
  #children: InlineNode[] = [];
  #origin: string | undefined;
  #hasLink = false;

  constructor(locator: Locator, options: { collapseWhitespace: boolean }) {
    this.#locator = locator;
    this.#collapse = options.collapseWhitespace;
  }

  /** Adds an inline node; `origin` names the block it came from, kept from the first node. */
  add(node: InlineNode, origin?: string): void {
    if (this.#children.length === 0) this.#origin = origin;
    if (!this.#collapse || node.type !== 'Text') {
      this.#children.push(node);
      return;
    }
    if (isLineBreakTag(node)) {
      this.#dropTrailingSpace();
      this.#children.push(node);
      return;
    }
    if (node.value.startsWith(' ') && this.#endsWithSpace()) {
      if (node.raw !== undefined) return;
      const rest = trimText(this.#locator, node, 'start');
      if (rest) this.#children.push(rest);
      return;
    }
    this.#children.push(node);
  }

  /** Marks the paragraph being built as holding a link. */
  markLink(): void {
    this.#hasLink = true;
  }

  /**
   * Ends the paragraph: trims its edges and returns it, or undefined when it holds no text and no
   * merge field (whitespace or control tags only).
   */
  flush(details: ParagraphDetails): { paragraph: Paragraph; hasLink: boolean } | undefined {
    const children = this.#children;
    const origin = this.#origin ?? details.origin;
    const hasLink = this.#hasLink;
    this.#children = [];
    this.#origin = undefined;
    this.#hasLink = false;

    const content = children.flatMap((node, index) =>
      isBlank(node) || node.type === 'Block' ? [] : [index],
    );
    const first = content[0];
    const last = content.at(-1);
    if (first === undefined || last === undefined) return undefined;
    // Control tags stay even at the edges (`{{#if x}}` on the line above the text it guards).
    const kept: InlineNode[] = [];
    children.forEach((node, index) => {
      if ((index < first || index > last) && node.type !== 'Block') return;
      if (node.type !== 'Text') {
        kept.push(node);
        return;
      }
      let trimmed: Text | undefined = node;
      if (index === first) trimmed = trimText(this.#locator, trimmed, 'start');
      if (trimmed && index === last) trimmed = trimText(this.#locator, trimmed, 'end');
      if (trimmed) kept.push(trimmed);
    });
    return {
      paragraph: createParagraph(this.#locator, kept, {
        part: 'body',
        hidden: details.hidden,
        origin,
      }),
      hasLink,
    };
  }

  #lastVisible(): InlineNode | undefined {
    for (let index = this.#children.length - 1; index >= 0; index--) {
      const node = this.#children[index] as InlineNode;
      if (node.type !== 'Block') return node;
    }
    return undefined;
  }

  #endsWithSpace(): boolean {
    const last = this.#lastVisible();
    if (!last) return true;
    return last.type === 'Text' && (last.value.endsWith(' ') || last.value.endsWith('\n'));
  }

  #dropTrailingSpace(): void {
    const index = this.#children.findLastIndex((node) => node.type !== 'Block');
    const last = this.#children[index];
    if (!last || last.type !== 'Text' || isLineBreakTag(last) || !last.value.endsWith(' ')) return;
    if (last.raw !== undefined) {
      this.#children.splice(index, 1);
      return;
    }
    const trimmed = trimText(this.#locator, last, 'end');
    if (trimmed) this.#children[index] = trimmed;
    else this.#children.splice(index, 1);
  }
}
