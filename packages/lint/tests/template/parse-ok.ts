/** Small helpers for the template tests. */
import { expect } from 'vitest';
import type { Document, InlineNode, Paragraph, TemplateSyntax } from '../../src/template/ast.js';
import { parseTemplate } from '../../src/template/parse-template.js';

/** Parses `text` and fails the test when it does not parse. */
export function parseOk(text: string, syntax: TemplateSyntax): Document {
  const result = parseTemplate(text, { syntax });
  if (!result.ok) expect.fail(`expected the template to parse: ${result.errors[0]?.message}`);
  return result.ast;
}

/** The paragraphs of a document. */
export function paragraphsOf(ast: Document): Paragraph[] {
  return ast.children.filter((block): block is Paragraph => block.type === 'Paragraph');
}

/** How a reader sees an inline node: text values, fields as their source. */
export function readInline(node: InlineNode): string {
  if (node.type === 'Text') return node.value;
  if (node.type === 'MergeField') return node.raw;
  return '';
}

/** A paragraph as `part: text`. */
export function describeParagraph(paragraph: Paragraph): string {
  return `${paragraph.part}${paragraph.hidden ? ' (hidden)' : ''}: ${paragraph.children.map(readInline).join('')}`;
}
