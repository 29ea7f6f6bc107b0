import type { TemplateDialect } from './detect-template-dialect.js';
import type { TemplateNode } from './inline-content.js';
import type { Locator } from './locations.js';
import { parseHandlebars } from './parse-handlebars.js';
import { parseLiquid } from './parse-liquid.js';

/**
 * The template layer: the merge fields, control tags and comments of `[start, end)`, sorted by
 * position.
 *
 * @throws TemplateSyntaxError when the template is broken.
 */
export function parseTemplateNodes(
  dialect: TemplateDialect,
  locator: Locator,
  start: number,
  end: number,
): TemplateNode[] {
  return dialect === 'handlebars'
    ? parseHandlebars(locator, start, end)
    : parseLiquid(locator, start, end);
}
