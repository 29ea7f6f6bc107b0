/**
 * Finds where JSON text stops being valid, so a syntax error can be reported by line and column
 * without quoting the text. Engines word `JSON.parse` errors differently, and some (V8 in Node 20:
 * `Unexpected token 'M', "{"full": Mitchell"... is not valid JSON`) quote the input and give no
 * position, so the text is read again with jsonc-parser (comments and trailing commas disallowed,
 * which makes it strict JSON), whose errors carry the offset of the token that is wrong.
 */
import { parse, type ParseError } from 'jsonc-parser';

/** Where a JSON syntax error is: a 0-based offset and a 1-based line and column. */
export interface JsonErrorLocation {
  offset: number;
  line: number;
  /** Counted in characters (code points), so an emoji counts once. */
  column: number;
}

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * The offset of the first token that makes `text` invalid JSON (`text.length` when it ends too
 * early), or undefined when the text is valid JSON.
 */
export function findJsonErrorOffset(text: string): number | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, STRICT);
  return errors[0]?.offset;
}

/**
 * Where `text` stops being valid JSON, by line and column, or undefined when it is valid.
 * Line breaks are `\n`, `\r\n` or `\r`.
 *
 * @example
 * locateJsonError('{\n  "name": Mitchell\n}'); // { offset: 12, line: 2, column: 11 }
 */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  const offset = findJsonErrorOffset(text);
  if (offset === undefined) return undefined;
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/u);
  return { offset, line: lines.length, column: [...(lines.at(-1) ?? '')].length + 1 };
}
