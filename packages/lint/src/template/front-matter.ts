/**
 * YAML front matter: a `---` line at the very start of the file (after an optional BOM), YAML, and
 * a closing `---` (or `...`) line. The `subject` and `preheader` values become paragraphs whose
 * text points exactly at the scalar in the source: a plain or quoted scalar written as it reads
 * maps one to one; escapes, doubled quotes and folded lines become their own `Text` (with `raw`);
 * block scalars (`|`, `>`) map as one `Text` over the whole scalar.
 */
import type { Scalar } from 'yaml';
import { yaml as loadYaml } from '#deps';
import type { FrontMatter, FrontMatterFields, MessageKind, Range, Text } from './ast.js';
import { createText } from './create-nodes.js';
import type { Locator } from './locations.js';
import { TemplateSyntaxError } from './syntax-error.js';

/** The message kinds front matter `kind` accepts. */
export const MESSAGE_KINDS: readonly MessageKind[] = Object.freeze([
  'cold',
  'follow-up',
  'nurture',
  'care',
  'transactional',
]);

/** Where the text of a `subject` or `preheader` value is. */
export type ScalarText =
  /** The source `[start, end)` reads exactly as the value: parse it like template text. */
  | { kind: 'exact'; start: number; end: number }
  /** The value differs from its source (escapes, folding): these `Text` nodes map it. */
  | { kind: 'mapped'; nodes: Text[] };

/** A prose field of the front matter. */
export interface FrontMatterProse {
  key: 'subject' | 'preheader';
  text: ScalarText;
}

/** The front matter of a file, if any, and where the body starts. */
export interface FrontMatterResult {
  frontMatter: FrontMatter | null;
  prose: FrontMatterProse[];
  bodyStart: number;
}

const OPEN = /---[ \t]*(?:\r\n|\r|\n)/y;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/u;
const LINE_END = /\r\n|\r|\n/g;
const PLAIN_FOLD = /[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*/gu;
const SINGLE_QUOTED_SPECIAL = /''|[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*/gu;
const DOUBLE_QUOTED_SPECIAL =
  /\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|(?:\r\n|\r|\n)[ \t]*|[^\r\n])|[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*[ \t]*/gu;

/** The value a line fold reads as: one line break is a space, each further one a newline. */
function foldValue(source: string): string {
  const breaks = source.match(/\r\n|\r|\n/gu)?.length ?? 0;
  return breaks <= 1 ? ' ' : '\n'.repeat(breaks - 1);
}

function specialValue(source: string): string {
  if (source === "''") return "'";
  if (source.startsWith('\\')) return loadYaml().parse(`"${source}"`) as string;
  return foldValue(source);
}

/** Maps a scalar's value onto its source. */
function mapScalar(
  locator: Locator,
  scalar: Scalar,
  base: number,
  value: string,
): ScalarText | undefined {
  const [start, end] = (scalar.range ?? [0, 0]).map((offset) => offset + base) as [number, number];
  const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
  const inner: Range = quoted ? [start + 1, end - 1] : [start, end];
  const source = locator.text.slice(inner[0], inner[1]);
  if (value === '') return undefined;
  if (source === value) return { kind: 'exact', start: inner[0], end: inner[1] };

  const special =
    scalar.type === 'QUOTE_DOUBLE'
      ? DOUBLE_QUOTED_SPECIAL
      : scalar.type === 'QUOTE_SINGLE'
        ? SINGLE_QUOTED_SPECIAL
        : scalar.type === 'PLAIN'
          ? PLAIN_FOLD
          : undefined;
  if (special) {
    const nodes: Text[] = [];
    let cursor = 0;
    for (const match of source.matchAll(special)) {
      if (match.index > cursor)
        nodes.push(createText(locator, [inner[0] + cursor, inner[0] + match.index]));
      const decoded = specialValue(match[0]);
      const range: Range = [inner[0] + match.index, inner[0] + match.index + match[0].length];
      if (decoded !== '') nodes.push(createText(locator, range, decoded));
      cursor = match.index + match[0].length;
    }
    if (cursor < source.length) nodes.push(createText(locator, [inner[0] + cursor, inner[1]]));
    if (nodes.map((node) => node.value).join('') === value) return { kind: 'mapped', nodes };
  }
  // Block scalars and anything that does not line up: one node over the whole scalar.
  return { kind: 'mapped', nodes: [createText(locator, [start, end], value.trim())] };
}

/** Finds the closing line; returns its start and end (before the line break) and the body start. */
function findClose(
  text: string,
  from: number,
): { start: number; end: number; next: number } | undefined {
  let lineStart = from;
  while (lineStart <= text.length) {
    LINE_END.lastIndex = lineStart;
    const lineEnd = LINE_END.exec(text);
    const end = lineEnd ? lineEnd.index : text.length;
    if (CLOSE.test(text.slice(lineStart, end))) {
      return { start: lineStart, end, next: lineEnd ? end + lineEnd[0].length : end };
    }
    if (!lineEnd) return undefined;
    lineStart = end + lineEnd[0].length;
  }
  return undefined;
}

/**
 * A hint for the two YAML mistakes outreach writers make most: a value with ": " in it
 * (`subject: Re: your question`) and a value that starts with a merge field (`{{ … }}` reads as a
 * YAML mapping). Both are fixed by quoting the value.
 */
function quotingHint(lineText: string): string {
  const match = /^\s*([\w-]+):\s+(.*)$/u.exec(lineText);
  if (!match) return '';
  const [, key, value = ''] = match;
  if (/^["']/u.test(value)) return '';
  if (/:\s/u.test(value) || /^[{[]/u.test(value) || /\{\{/u.test(value)) {
    return ` Put the value of "${key}" in quotes, e.g. ${key}: "${value.replace(/"/gu, "'")}".`;
  }
  return '';
}

function lineOf(locator: Locator, offset: number): number {
  return locator.position(offset).line;
}

/**
 * Reads the front matter at `start` (0, or 1 after a BOM).
 *
 * @throws TemplateSyntaxError when the front matter is not closed, not valid YAML, not a mapping,
 *   or holds a `kind` Sincerely does not know.
 */
export function parseFrontMatter(locator: Locator, start: number): FrontMatterResult {
  const { text } = locator;
  OPEN.lastIndex = start;
  const open = OPEN.exec(text);
  if (!open) return { frontMatter: null, prose: [], bodyStart: start };
  const contentStart = start + open[0].length;
  const close = findClose(text, contentStart);
  if (!close) {
    throw new TemplateSyntaxError(
      `The front matter opened with "---" on line ${lineOf(locator, start)} is never closed: end it with a line that holds only "---".`,
      start,
    );
  }

  const yaml = text.slice(contentStart, close.start);
  const { isMap, isScalar, parseDocument } = loadYaml();
  const document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const offset = contentStart + (error.pos[0] ?? 0);
    const { line, column } = locator.position(offset);
    const lineText = yaml.split(/\r?\n/u)[line - locator.position(contentStart).line] ?? '';
    throw new TemplateSyntaxError(
      `The front matter is not valid YAML at line ${line}, column ${column}: ${error.message.split('\n')[0]}.`.replace(
        /\.\.$/u,
        '.',
      ) + quotingHint(lineText),
      offset,
    );
  }
  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    const offset = contentStart + (contents.range?.[0] ?? 0);
    throw new TemplateSyntaxError(
      `The front matter on line ${lineOf(locator, offset)} must be a YAML mapping of "key: value" lines.`,
      offset,
    );
  }

  const data = (document.toJS() ?? {}) as Record<string, unknown>;
  const fields: FrontMatterFields = {};
  const prose: FrontMatterProse[] = [];
  for (const pair of contents?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (!key || !['subject', 'preheader', 'kind', 'channel', 'locale'].includes(key)) continue;
    const node = pair.value;
    if (node === null || (isScalar(node) && node.value === null)) continue;
    const offset = contentStart + ((node as { range?: number[] | null }).range?.[0] ?? 0);
    if (!isScalar(node) || typeof node.value === 'object') {
      throw new TemplateSyntaxError(
        `The front matter "${key}" on line ${lineOf(locator, offset)} must be a single value, not a list or a mapping.`,
        offset,
      );
    }
    const value = String(node.value);
    if (key === 'kind') {
      if (!(MESSAGE_KINDS as readonly string[]).includes(value)) {
        throw new TemplateSyntaxError(
          `The front matter "kind" on line ${lineOf(locator, offset)} is "${value}", which Sincerely does not know: use one of ${MESSAGE_KINDS.join(', ')}.`,
          offset,
        );
      }
      fields.kind = value as MessageKind;
    } else if (key === 'subject' || key === 'preheader') {
      fields[key] = value;
      const mapped = mapScalar(locator, node, contentStart, value);
      if (mapped) prose.push({ key, text: mapped });
    } else {
      fields[key as 'channel' | 'locale'] = value;
    }
  }

  const range: Range = [start, close.end];
  return {
    frontMatter: { type: 'FrontMatter', data, fields, range, loc: locator.location(range) },
    prose,
    bodyStart: close.next,
  };
}
