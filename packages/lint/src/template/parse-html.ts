/**
 * The HTML layer, built on htmlparser2 (with `startIndex`/`endIndex` for every event and entity
 * decoding left to `inline-content.ts`, so each entity keeps its exact range).
 *
 * Template nodes found before (merge fields, tags, comments) are masked with a private-use
 * character of the same length, so the HTML parser never reads `{{`, `{%` or a `>` inside a tag,
 * and every offset stays the same. Text then maps back to those nodes by position.
 *
 * Paragraphs: each block element (`p`, `div`, `td`, `li`, `h1` …) ends the paragraph being
 * built; `<br>` is a line break inside it. `<style>` and `<script>` are `Raw`; the rest of
 * `<head>` is skipped except `<title>`, which is the subject when the front matter gives none.
 * `alt` text of `<img>` is a paragraph of its own. Text in an element hidden from the reader
 * (`display:none`, `max-height:0; overflow:hidden`, `font-size:0`, `opacity:0`, `mso-hide:all`,
 * class `preheader`/`preview`) is a hidden paragraph: the first one is the preheader.
 */
import { htmlparser2 } from '#deps';
import type { BlockNode, Comment, Paragraph, Range } from './ast.js';
import { createComment, createRaw, createText } from './create-nodes.js';
import { collectInline, findFirstNodeFrom } from './inline-content.js';
import { ParagraphBuilder } from './paragraph-builder.js';
import type { BodyBlocks, BodyInput } from './parse-text.js';

/** Elements that end a paragraph where they open and close. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'title',
  'tr',
  'ul',
]);
/** Elements whose content is never prose. */
const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'noembed',
]);
/** Elements kept as `Raw` nodes. */
const RAW_ELEMENTS = new Set(['script', 'style']);
/** Tag names that mark a template's static text as HTML. */
const HTML_TAG_NAMES = new Set([
  ...BLOCK_ELEMENTS,
  ...SKIPPED_ELEMENTS,
  'a',
  'abbr',
  'b',
  'big',
  'br',
  'button',
  'code',
  'em',
  'font',
  'head',
  'i',
  'img',
  'link',
  'mark',
  'meta',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'u',
]);
const TAG = /<\/?([a-z][a-z0-9]*)(?=[\s/>])[^<>]*>|<!--|<!doctype/giu;
/** Masks template nodes for the HTML parser: one private-use character per code unit. */
const MASK = '\uE000';

/** Options of `parseHtmlBody`. */
export interface HtmlOptions {
  /** The front matter gives the subject: `<title>` is not read. */
  hasSubject: boolean;
  /** The front matter gives the preheader: hidden text is hidden body text. */
  hasPreheader: boolean;
}

/**
 * True when the static text of a template (outside its merge fields and tags) holds HTML tags
 * such as `<p>`, `<td>` or `<br>`. Only known tag names count: `<First Name>` is a placeholder.
 */
export function hasHtmlMarkup({ locator, nodes, start, end }: BodyInput): boolean {
  const { text } = locator;
  let cursor = start;
  const check = (from: number, to: number): boolean => {
    if (to <= from) return false;
    for (const match of text.slice(from, to).matchAll(TAG)) {
      if (!match[1] || HTML_TAG_NAMES.has(match[1].toLowerCase())) return true;
    }
    return false;
  };
  for (let index = findFirstNodeFrom(nodes, start); index < nodes.length; index++) {
    const node = nodes[index];
    if (!node || node.range[0] >= end) break;
    if (check(cursor, node.range[0])) return true;
    cursor = node.range[1];
  }
  return check(cursor, end);
}

/** True when an element's `style` or `class` hides it from the reader; `font-size` is separate. */
function isHiddenElement(attributes: Record<string, string>): boolean {
  if (attributes.hidden !== undefined) return true;
  const classes = (attributes.class ?? '').toLowerCase().split(/\s+/u);
  if (classes.some((name) => name.includes('preheader') || /^preview(?:[-_]?text)?$/u.test(name)))
    return true;
  const style = (attributes.style ?? '').toLowerCase().replace(/\s+/gu, '');
  const declares = (pattern: string): boolean =>
    new RegExp(`(?:^|;)${pattern}(?:!important)?(?:;|$)`, 'u').test(style);
  return (
    declares('display:none') ||
    declares('mso-hide:all') ||
    declares('visibility:hidden') ||
    declares('opacity:0(?:\\.0*)?') ||
    (declares('max-height:0(?:px|pt|em|rem|%)?') && declares('overflow:hidden'))
  );
}

/** `true` for `font-size:0`, `false` for another font size, undefined when the style sets none. */
function fontSizeZero(attributes: Record<string, string>): boolean | undefined {
  const style = (attributes.style ?? '').toLowerCase().replace(/\s+/gu, '');
  const match = /(?:^|;)font-size:([^;!]*)/u.exec(style);
  if (!match) return undefined;
  return /^0(?:\.0*)?(?:px|pt|em|rem|%)?$/u.test(match[1] ?? '');
}

interface OpenElement {
  name: string;
  start: number;
  block: boolean;
  skip: boolean;
  hidden: boolean;
  /** Hidden by `font-size:0`, which a descendant with a font size undoes. */
  tiny: boolean;
  /** Inside an `<a href>`. */
  link: boolean;
  /** The name of the nearest block or hidden element: the origin of its text. */
  origin: string;
}

/**
 * Reads the HTML of `[start, end)` into paragraphs, `Raw` blocks and HTML comments, with the
 * template nodes inline where they are written.
 */
export function parseHtmlBody(input: BodyInput, options: HtmlOptions): BodyBlocks {
  const { locator, nodes, start, end } = input;
  const { text } = locator;
  let source = text.slice(start, end);
  if (nodes.length > 0) {
    let masked = '';
    let cursor = start;
    for (let index = findFirstNodeFrom(nodes, start); index < nodes.length; index++) {
      const node = nodes[index];
      if (!node || node.range[0] >= end) break;
      masked += text.slice(cursor, node.range[0]) + MASK.repeat(node.range[1] - node.range[0]);
      cursor = node.range[1];
    }
    source = masked + text.slice(cursor, end);
  }

  const blocks: BlockNode[] = [];
  const comments: Comment[] = [];
  const linked = new Set<Paragraph>();
  const builder = new ParagraphBuilder(locator, { collapseWhitespace: true });
  const root: OpenElement = {
    name: 'body',
    start,
    block: true,
    skip: false,
    hidden: false,
    tiny: false,
    link: false,
    origin: 'body',
  };
  const stack: OpenElement[] = [root];
  let headDepth = 0;
  let titleDepth = 0;
  let preheaderTaken = options.hasPreheader;
  let pendingText: Range | undefined;
  let attributeRanges = new Map<string, Range>();

  const current = (): OpenElement => stack.at(-1) ?? root;
  const isHidden = (): boolean => current().hidden || current().tiny;
  const origin = (): string => current().origin;
  const isSkipping = (): boolean => current().skip || (headDepth > 0 && titleDepth === 0);

  const emit = (built: ReturnType<ParagraphBuilder['flush']>, hidden: boolean): void => {
    if (!built) return;
    const { paragraph } = built;
    if (hidden) {
      paragraph.part = preheaderTaken ? 'body' : 'preheader';
      preheaderTaken = true;
    }
    blocks.push(paragraph);
    if (built.hasLink) linked.add(paragraph);
  };
  const endParagraph = (): void => {
    const hidden = isHidden();
    emit(builder.flush({ hidden, origin: origin() }), hidden);
  };

  const flushText = (): void => {
    if (!pendingText) return;
    const [from, to] = pendingText;
    pendingText = undefined;
    if (isSkipping()) return;
    const element = origin();
    let visible = false;
    collectInline(locator, nodes, from, to, 'html', (node) => {
      if (node.type !== 'Text' || node.value.trim() !== '') visible = true;
      builder.add(node, element);
    });
    if (visible && current().link) builder.markLink();
  };

  const readAlt = (range: Range): void => {
    const hidden = isHidden();
    const altBuilder = new ParagraphBuilder(locator, { collapseWhitespace: true });
    collectInline(locator, nodes, range[0], range[1], 'attribute', (node) =>
      altBuilder.add(node, 'alt'),
    );
    if (current().link) altBuilder.markLink();
    emit(altBuilder.flush({ hidden, origin: 'alt' }), hidden);
  };

  const parser = new (htmlparser2().Parser)(
    {
      onattribute(name, value) {
        // `startIndex` is where the attribute's name starts; its value follows `=` and a quote.
        let valueStart = parser.startIndex + name.length;
        while (/\s/u.test(source[valueStart] ?? '')) valueStart++;
        if (source[valueStart] !== '=') return;
        valueStart++;
        while (/\s/u.test(source[valueStart] ?? '')) valueStart++;
        if (source[valueStart] === '"' || source[valueStart] === "'") valueStart++;
        if (source.slice(valueStart, valueStart + value.length) !== value) return;
        attributeRanges.set(name.toLowerCase(), [
          start + valueStart,
          start + valueStart + value.length,
        ]);
      },
      onopentag(name, attributes) {
        flushText();
        const parent = current();
        const tagStart = start + parser.startIndex;
        const tagEnd = start + parser.endIndex + 1;
        const ranges = attributeRanges;
        attributeRanges = new Map();
        const size = fontSizeZero(attributes);
        const block = BLOCK_ELEMENTS.has(name);
        const hidden = parent.hidden || isHiddenElement(attributes);
        const tiny = size ?? parent.tiny;
        const element: OpenElement = {
          name,
          start: tagStart,
          block,
          skip: parent.skip || SKIPPED_ELEMENTS.has(name),
          hidden,
          tiny,
          link: parent.link || (name === 'a' && attributes.href !== undefined),
          origin: block || hidden !== parent.hidden || tiny !== parent.tiny ? name : parent.origin,
        };
        const changesVisibility = (element.hidden || element.tiny) !== isHidden();
        if (name === 'head') headDepth++;
        if (name === 'title' && !element.skip) titleDepth++;
        if (element.block || changesVisibility) endParagraph();
        stack.push(element);
        if (name === 'br' && !isSkipping())
          builder.add(createText(locator, [tagStart, tagEnd], '\n'), origin());
        const alt = ranges.get('alt');
        if (name === 'img' && alt && !isSkipping() && text.slice(alt[0], alt[1]).trim() !== '') {
          endParagraph();
          readAlt(alt);
        }
      },
      onclosetag(name, isImplied) {
        flushText();
        const element = stack.length > 1 ? (stack.pop() as OpenElement) : root;
        const parentHidden = (() => {
          const parent = current();
          return parent.hidden || parent.tiny;
        })();
        const changesVisibility = (element.hidden || element.tiny) !== parentHidden;
        if (name === 'title' && titleDepth > 0) {
          const built = builder.flush({ hidden: false, origin: 'title' });
          if (built && !options.hasSubject) {
            built.paragraph.part = 'subject';
            built.paragraph.origin = 'title';
            blocks.push(built.paragraph);
          }
          titleDepth--;
        } else if (element.block || changesVisibility) {
          const hidden = element.hidden || element.tiny;
          emit(builder.flush({ hidden, origin: element.name }), hidden);
        }
        if (name === 'head' && headDepth > 0) headDepth--;
        if (RAW_ELEMENTS.has(name) && !current().skip) {
          const closeEnd = isImplied ? start + parser.startIndex : start + parser.endIndex + 1;
          blocks.push(createRaw(locator, [element.start, Math.max(element.start, closeEnd)], name));
        }
      },
      ontext() {
        const from = start + parser.startIndex;
        const to = start + parser.endIndex + 1;
        if (pendingText && pendingText[1] === from) pendingText[1] = to;
        else {
          flushText();
          pendingText = [from, to];
        }
      },
      oncomment() {
        flushText();
        const range: Range = [start + parser.startIndex, start + parser.endIndex + 1];
        const raw = text.slice(range[0], range[1]);
        const valueRange: Range =
          raw.startsWith('<!--') && raw.endsWith('-->') && raw.length >= 7
            ? [range[0] + 4, range[1] - 3]
            : [range[0] + Math.min(2, raw.length), Math.max(range[0], range[1] - 1)];
        comments.push(createComment(locator, range, valueRange, 'html'));
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(source);
  flushText();
  endParagraph();
  blocks.sort((a, b) => a.range[0] - b.range[0]);
  return { blocks, linked, comments };
}
