/**
 * `parseTemplate`: text → `Document`, in layers.
 *
 * 1. Front matter (`front-matter.ts`): subject and preheader become paragraphs.
 * 2. Template layer (`parse-handlebars.ts`, `parse-liquid.ts`): merge fields, control tags and
 *    comments, each with its exact range. HTML files use it too when they hold `{{` or `{%`.
 * 3. Text layer over what is left: HTML (`parse-html.ts`) when the file is HTML or its static
 *    text holds HTML tags, else plain text (`parse-text.ts`, blank-line paragraphs; markdown
 *    code fences are `Raw`). The template nodes sit inline where they are written.
 * 4. Parts (`detect-parts.ts`): greeting, opening, call to action, sign-off, postscript.
 *
 * Broken input never throws: it comes back as `{ ok: false, errors }`.
 */
import type {
  Block,
  BlockNode,
  Comment,
  Document,
  Paragraph,
  ParseResult,
  Range,
  TemplateSyntax,
} from './ast.js';
import { createParagraph } from './create-nodes.js';
import { detectParts } from './detect-parts.js';
import { detectTemplateDialect, type TemplateDialect } from './detect-template-dialect.js';
import { parseFrontMatter, type FrontMatterProse } from './front-matter.js';
import { collectInline, type TemplateNode } from './inline-content.js';
import { createLocator, type Locator } from './locations.js';
import { hasHtmlMarkup, parseHtmlBody } from './parse-html.js';
import { parseTemplateNodes } from './parse-template-nodes.js';
import { parseTextBody, type BodyBlocks } from './parse-text.js';
import { TemplateSyntaxError, toParseError } from './syntax-error.js';

import { detectSyntax } from './detect-syntax.js';

export { detectSyntax, SUPPORTED_EXTENSIONS } from './detect-syntax.js';

/** Options for `parseTemplate`. */
export interface ParseTemplateOptions {
  /** The syntax; without it, it comes from `filePath`'s extension, else plain text. */
  syntax?: TemplateSyntax;
  /** The file's path, used to pick the syntax when `syntax` is not given. */
  filePath?: string;
}

const BOM = '\uFEFF';

/** The paragraph of a front matter `subject` or `preheader`. */
function buildFrontMatterParagraph(
  locator: Locator,
  prose: FrontMatterProse,
  dialect: TemplateDialect | undefined,
): Paragraph | undefined {
  const children: Paragraph['children'] = [];
  if (prose.text.kind === 'mapped') {
    children.push(...prose.text.nodes);
  } else {
    const { start, end } = prose.text;
    const nodes: TemplateNode[] = dialect ? parseTemplateNodes(dialect, locator, start, end) : [];
    collectInline(locator, nodes, start, end, 'text', (node) => children.push(node));
  }
  if (children.length === 0) return undefined;
  const subject = prose.key === 'subject';
  return createParagraph(locator, children, {
    part: subject ? 'subject' : 'preheader',
    hidden: !subject,
    origin: 'front-matter',
  });
}

function chooseSyntax(options: ParseTemplateOptions): TemplateSyntax {
  if (options.syntax) return options.syntax;
  return (options.filePath ? detectSyntax(options.filePath) : undefined) ?? 'text';
}

function parseDocument(text: string, syntax: TemplateSyntax): Document {
  const locator = createLocator(text);
  const start = text.startsWith(BOM) ? 1 : 0;
  const { frontMatter, prose, bodyStart } = parseFrontMatter(locator, start);

  const dialect: TemplateDialect | undefined =
    syntax === 'handlebars' || syntax === 'liquid'
      ? syntax
      : syntax === 'html'
        ? detectTemplateDialect(text, bodyStart)
        : undefined;
  const nodes = dialect ? parseTemplateNodes(dialect, locator, bodyStart, text.length) : [];

  const input = { locator, nodes, start: bodyStart, end: text.length };
  const html = syntax === 'html' || (dialect !== undefined && hasHtmlMarkup(input));
  const frontMatterParagraphs = prose.flatMap(
    (field) => buildFrontMatterParagraph(locator, field, dialect) ?? [],
  );
  const body: BodyBlocks = html
    ? parseHtmlBody(input, {
        hasSubject: frontMatterParagraphs.some((paragraph) => paragraph.part === 'subject'),
        hasPreheader: frontMatterParagraphs.some((paragraph) => paragraph.part === 'preheader'),
      })
    : parseTextBody(input, { markdown: syntax === 'markdown' });

  const children: BlockNode[] = [...frontMatterParagraphs, ...body.blocks];
  const elseTags = nodes.filter(
    (node): node is Block => node.type === 'Block' && node.role === 'else',
  );
  detectParts(locator, children, body.linked, elseTags);

  const comments: Comment[] = [
    ...nodes.filter((node): node is Comment => node.type === 'Comment'),
    ...body.comments,
  ].sort((a, b) => a.range[0] - b.range[0]);
  const range: Range = [0, text.length];
  return {
    type: 'Document',
    syntax,
    frontMatter,
    children,
    comments,
    range,
    loc: locator.location(range),
  };
}

/**
 * Parses a template into a `Document` whose every node carries exact source positions.
 *
 * @returns `{ ok: true, ast }`, or `{ ok: false, errors }` for a broken template (an unclosed
 *   `{{`, an `{% if %}` without `{% endif %}`, invalid front matter). It never throws.
 * @example
 * const result = parseTemplate('Hi {{firstName}},\n\nThanks for the call!', { syntax: 'handlebars' });
 * if (result.ok) result.ast.children[0]; // the greeting paragraph
 */
export function parseTemplate(text: string, options: ParseTemplateOptions = {}): ParseResult {
  const syntax = chooseSyntax(options);
  try {
    return { ok: true, ast: parseDocument(text, syntax) };
  } catch (error) {
    if (error instanceof TemplateSyntaxError) {
      return { ok: false, errors: [toParseError(error, createLocator(text))] };
    }
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        { message: `The template could not be parsed: ${reason}`, line: 1, column: 1, offset: 0 },
      ],
    };
  }
}
