import type { TemplateSyntax } from './ast.js';

/** Which syntax each file extension means. */
const SYNTAX_BY_EXTENSION: Readonly<Record<string, TemplateSyntax>> = Object.freeze({
  '.txt': 'text',
  '.hbs': 'handlebars',
  '.handlebars': 'handlebars',
  '.mustache': 'handlebars',
  '.liquid': 'liquid',
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
});

/** The file extensions the parser reads (lowercase, with the dot). */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(
  Object.keys(SYNTAX_BY_EXTENSION),
);

/**
 * The template syntax of a file, from its extension (case-insensitive).
 *
 * @returns the syntax, or undefined for an extension the parser does not read.
 * @example
 * detectSyntax('emails/welcome.hbs'); // 'handlebars'
 */
export function detectSyntax(filePath: string): TemplateSyntax | undefined {
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = name.slice(dot).toLowerCase();
  return Object.hasOwn(SYNTAX_BY_EXTENSION, extension) ? SYNTAX_BY_EXTENSION[extension] : undefined;
}
