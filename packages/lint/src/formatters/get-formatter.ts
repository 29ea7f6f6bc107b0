import type { Formatter } from './formatter.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

/** The built-in formatters by name; `stylish` is the default. */
export const formatters = Object.freeze({
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
});

/** A built-in formatter's name. */
export type FormatterName = keyof typeof formatters;

/** The names `getFormatter` accepts. */
export const FORMATTER_NAMES: readonly FormatterName[] = Object.freeze(
  Object.keys(formatters) as FormatterName[],
);

/**
 * Looks a built-in formatter up by name.
 *
 * @returns the formatter.
 * @throws {Error} for an unknown name, listing the valid ones.
 * @example
 * const text = getFormatter('github')(results, { cwd: process.cwd() });
 */
export function getFormatter(name: string): Formatter {
  if (Object.hasOwn(formatters, name)) return formatters[name as FormatterName];
  throw new Error(
    `Unknown formatter "${name}": use one of ${FORMATTER_NAMES.map((known) => `"${known}"`).join(', ')}.`,
  );
}
