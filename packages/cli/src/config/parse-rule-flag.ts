import type { RuleEntry } from '@sincerely/lint';
import { CliError } from '../cli-error.js';

/**
 * Reads one `--rule` value: `'id: severity'` or `'id: ["warn", { … }]'` (JSON after the colon).
 * Whether the id, severity and options are valid is checked with the config (`validateConfig`).
 *
 * @returns the rule id and its entry.
 * @throws {CliError} when the value is not `id: …`, or the JSON after the colon does not parse.
 * @example
 * parseRuleFlag('max-words: ["warn", { "max": 150 }]'); // ['max-words', ['warn', { max: 150 }]]
 */
export function parseRuleFlag(value: string): [string, RuleEntry] {
  const colon = value.indexOf(':');
  const id = colon < 0 ? '' : value.slice(0, colon).trim();
  const setting = colon < 0 ? '' : value.slice(colon + 1).trim();
  if (!id || !setting) {
    throw new CliError(
      `--rule expects "id: severity" or 'id: ["warn", { … }]', got ${JSON.stringify(value)}.`,
    );
  }
  if (!setting.startsWith('[') && !setting.startsWith('"')) return [id, setting as RuleEntry];
  try {
    return [id, JSON.parse(setting) as RuleEntry];
  } catch (error) {
    throw new CliError(
      `--rule "${id}": the setting is not valid JSON (${(error as Error).message}); write it like 'max-words: ["warn", {"max": 150}]'.`,
      { cause: error },
    );
  }
}
