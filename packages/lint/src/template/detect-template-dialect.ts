/** Which template language an HTML file's merge fields are written in. */
export type TemplateDialect = 'handlebars' | 'liquid';

/** Handlebars-only tag openers: blocks, closers, comments, triple braces, partials, `&`. */
const HANDLEBARS_ONLY = /\{\{~?(?:[#/!>^&{]|else\b)/u;
/** Liquid-only: tags, or a filter inside an output (`{{ name | default: "x" }}`). */
const LIQUID_ONLY = /\{%|\{\{[^{}|]*\|[^{}]*\}\}/u;

/**
 * Guesses the template language of the merge fields in `text` from `start` on (HTML email files
 * use either). Plain `{{name}}` reads the same in both and is taken as Handlebars.
 *
 * @returns the dialect, or undefined when the text holds no `{{` or `{%` at all.
 * @example
 * detectTemplateDialect('<p>Hi {{ name | default: "there" }}</p>', 0); // 'liquid'
 */
export function detectTemplateDialect(text: string, start: number): TemplateDialect | undefined {
  const body = start === 0 ? text : text.slice(start);
  if (!body.includes('{{') && !body.includes('{%')) return undefined;
  if (LIQUID_ONLY.test(body)) return 'liquid';
  if (HANDLEBARS_ONLY.test(body)) return 'handlebars';
  return 'handlebars';
}
