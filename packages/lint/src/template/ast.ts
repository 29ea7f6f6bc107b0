/**
 * The document model every template syntax parses into.
 *
 * Positions are fixed at parse time: every node carries its `range` (0-based UTF-16 offsets into
 * the original file, end exclusive) and `loc` (1-based line and column, end column exclusive).
 * Nothing downstream re-finds text by searching.
 */

import type { MessageKind, MessagePart } from '@sincerely/core';

export type { MessageKind, MessagePart };

/** The template syntaxes the parser understands. */
export type TemplateSyntax = 'text' | 'handlebars' | 'liquid' | 'html' | 'markdown';

/** A 1-based line and a 1-based column. */
export interface Position {
  line: number;
  column: number;
}

/** A start and an exclusive end position. */
export interface SourceLocation {
  start: Position;
  end: Position;
}

/** Start and exclusive end offsets (UTF-16 code units) into the original text. */
export type Range = [number, number];

/** What every node has. */
export interface BaseNode {
  type: string;
  range: Range;
  loc: SourceLocation;
}

/** The root of a parsed template. */
export interface Document extends BaseNode {
  type: 'Document';
  syntax: TemplateSyntax;
  /** The YAML front matter, when the file starts with one. */
  frontMatter: FrontMatter | null;
  /** Prose blocks and non-prose parts, in source order. */
  children: BlockNode[];
  /** Template and HTML comments, in source order (they carry inline directives). */
  comments: Comment[];
}

/** A YAML front matter block (`---` … `---`). */
export interface FrontMatter extends BaseNode {
  type: 'FrontMatter';
  /** The parsed YAML mapping. */
  data: Record<string, unknown>;
  /** Typed view of the fields Sincerely understands. */
  fields: FrontMatterFields;
}

/** The front matter fields Sincerely reads; others are kept in `FrontMatter.data`. */
export interface FrontMatterFields {
  subject?: string;
  preheader?: string;
  kind?: MessageKind;
  channel?: string;
  locale?: string;
}

/** A child of the document. */
export type BlockNode = Paragraph | Raw;

/**
 * A block of prose as the reader sees it: a blank-line-separated paragraph in text, a block
 * element in HTML, or the subject / preheader from front matter or HTML.
 */
export interface Paragraph extends BaseNode {
  type: 'Paragraph';
  /** The role this block plays in the email. */
  part: MessagePart;
  /** True when the reader does not see this text in the body (preheader, visually hidden text). */
  hidden: boolean;
  /** Where it came from (e.g. `front-matter`, `p`, `td`, `alt`, `title`). */
  origin: string;
  children: InlineNode[];
}

/** A child of a paragraph. */
export type InlineNode = Text | MergeField | Block;

/**
 * A run of prose. `value` is what the reader sees. When `value` differs from the source slice
 * (an HTML entity such as `&amp;`), the node covers exactly that entity and `raw` holds it.
 */
export interface Text extends BaseNode {
  type: 'Text';
  value: string;
  /** The source text when it differs from `value` (entities); otherwise absent. */
  raw?: string;
}

/** A merge field: `{{firstName}}`, `{{{body}}}`, `{{ contact.company | default: "there" }}`. */
export interface MergeField extends BaseNode {
  type: 'MergeField';
  syntax: 'handlebars' | 'liquid';
  /** The variable's path, e.g. `contact.firstName`; empty for `{{}}`. */
  path: string;
  /** Handlebars helper or Liquid filter names applied, in order. */
  helpers: string[];
  /** True when the field renders a fallback for a missing value. */
  hasFallback: boolean;
  /** The fallback text when it is a literal (`default: "there"`). */
  fallback?: string;
  /** How the fallback is given: a filter/helper on the field or an enclosing conditional. */
  fallbackKind?: 'filter' | 'conditional';
  /** `{{{triple}}}` or `{{& raw}}`: output is not escaped. */
  unescaped: boolean;
  /** The full source text of the field. */
  raw: string;
}

/**
 * A control tag that is not prose: `{{#if x}}`, `{{else}}`, `{{/if}}`, `{% if %}`, `{% endif %}`,
 * partials. It renders nothing itself.
 */
export interface Block extends BaseNode {
  type: 'Block';
  syntax: 'handlebars' | 'liquid';
  /** `open`, `else`, `close` or `tag` for a standalone tag. */
  role: 'open' | 'else' | 'close' | 'tag';
  /** The tag or helper name: `if`, `unless`, `each`, `for`, `else`, `assign`, `>` … */
  name: string;
  /** The condition's or the tag's argument text, as written. */
  params: string;
  raw: string;
}

/** Source that is not prose for the reader: HTML `<style>`/`<script>`, code blocks, markup. */
export interface Raw extends BaseNode {
  type: 'Raw';
  origin: string;
}

/** A template or HTML comment. `value` is the text inside the delimiters. */
export interface Comment extends BaseNode {
  type: 'Comment';
  syntax: 'handlebars' | 'liquid' | 'html' | 'text';
  value: string;
  /** The range of `value` inside the comment. */
  valueRange: Range;
}

/** Every node type of the document model. */
export type Node = Document | FrontMatter | Paragraph | Text | MergeField | Block | Raw | Comment;

/** Node type names, for visitors. */
export type NodeType = Node['type'];

/** Which child keys to walk, per node type (ESLint's `visitorKeys`). */
export const visitorKeys: Readonly<Record<NodeType, readonly string[]>> = Object.freeze({
  Document: ['frontMatter', 'children'],
  FrontMatter: [],
  Paragraph: ['children'],
  Text: [],
  MergeField: [],
  Block: [],
  Raw: [],
  Comment: [],
});

/** A parse failure with where it happened. */
export interface ParseError {
  message: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** 0-based offset. */
  offset: number;
}

/** What `parseTemplate` returns: never a throw. */
export type ParseResult = { ok: true; ast: Document } | { ok: false; errors: ParseError[] };
