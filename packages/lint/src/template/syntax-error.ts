import type { ParseError } from './ast.js';
import type { Locator } from './locations.js';

/**
 * Thrown inside the parsers when the template is broken; `parseTemplate` catches it and returns
 * it as a `ParseError`, so nothing escapes to the caller.
 */
export class TemplateSyntaxError extends Error {
  /** The 0-based offset the problem is at. */
  readonly offset: number;

  constructor(message: string, offset: number) {
    super(message);
    this.name = 'TemplateSyntaxError';
    this.offset = offset;
  }
}

/** Turns a syntax error into the `ParseError` shape, with its line and column. */
export function toParseError(error: TemplateSyntaxError, locator: Locator): ParseError {
  const { line, column } = locator.position(error.offset);
  return { message: error.message, line, column, offset: error.offset };
}

/** `line 3, column 5` for an offset, for error messages. */
export function describePosition(locator: Locator, offset: number): string {
  const { line, column } = locator.position(offset);
  return `line ${line}, column ${column}`;
}
