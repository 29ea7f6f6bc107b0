import type { Block, Comment, MergeField, Paragraph, Range, Raw, Text } from './ast.js';
import type { Locator } from './locations.js';

/**
 * A `Text` node over `[start, end)`. Without `value`, the value is the source slice; with a
 * `value` that differs from the slice, the slice is kept as `raw`.
 */
export function createText(locator: Locator, range: Range, value?: string): Text {
  const source = locator.text.slice(range[0], range[1]);
  const node: Text = { type: 'Text', value: value ?? source, range, loc: locator.location(range) };
  if (value !== undefined && value !== source) node.raw = source;
  return node;
}

/** The fields of a merge field other than its position and source. */
export type MergeFieldDetails = Omit<MergeField, 'type' | 'range' | 'loc' | 'raw'>;

/** A `MergeField` node over `range`. */
export function createMergeField(
  locator: Locator,
  range: Range,
  details: MergeFieldDetails,
): MergeField {
  return {
    type: 'MergeField',
    ...details,
    raw: locator.text.slice(range[0], range[1]),
    range,
    loc: locator.location(range),
  };
}

/** A `Block` (control tag) node over `range`. */
export function createBlock(
  locator: Locator,
  range: Range,
  details: Pick<Block, 'syntax' | 'role' | 'name' | 'params'>,
): Block {
  return {
    type: 'Block',
    ...details,
    raw: locator.text.slice(range[0], range[1]),
    range,
    loc: locator.location(range),
  };
}

/** A `Comment` node over `range` whose text is `valueRange`. */
export function createComment(
  locator: Locator,
  range: Range,
  valueRange: Range,
  syntax: Comment['syntax'],
): Comment {
  return {
    type: 'Comment',
    syntax,
    value: locator.text.slice(valueRange[0], valueRange[1]),
    valueRange,
    range,
    loc: locator.location(range),
  };
}

/** A `Raw` (not prose) node over `range`. */
export function createRaw(locator: Locator, range: Range, origin: string): Raw {
  return { type: 'Raw', origin, range, loc: locator.location(range) };
}

/** A `Paragraph` over its children (which must not be empty). */
export function createParagraph(
  locator: Locator,
  children: Paragraph['children'],
  details: Pick<Paragraph, 'part' | 'hidden' | 'origin'>,
): Paragraph {
  const first = children[0];
  const last = children.at(-1);
  const range: Range = [first?.range[0] ?? 0, last?.range[1] ?? 0];
  return { type: 'Paragraph', ...details, children, range, loc: locator.location(range) };
}
