/**
 * `@sincerely/lint`'s SARIF 2.1.0 formatter as an ESLint formatter, for GitHub code scanning:
 *
 *     eslint -f ./node_modules/eslint-plugin-sincerely/dist/formatters/sarif.js -o eslint.sarif .
 *
 * ESLint's results have the shape `@sincerely/lint`'s formatters read, and ESLint passes the
 * metadata of every rule that reported (its own, typescript-eslint's, ours) as `rulesMeta`, so the
 * log describes each rule with its docs link. No second copy of ESLint is pulled in.
 */
import { formatSarif, type LintResult, type RuleMeta } from '@sincerely/lint';
import { PLUGIN_NAME, PLUGIN_VERSION } from '../plugin-meta.js';

/** What ESLint hands a formatter besides the results (the subset this formatter reads). */
export interface EslintFormatterContext {
  cwd?: string;
  rulesMeta?: Readonly<Record<string, unknown>>;
}

/**
 * Formats ESLint results as a SARIF log whose driver is `eslint-plugin-sincerely`.
 *
 * @returns the SARIF log as pretty-printed JSON.
 */
export default function sarif(
  results: readonly unknown[],
  context: EslintFormatterContext = {},
): string {
  return formatSarif(results as readonly LintResult[], {
    ...(context.cwd === undefined ? {} : { cwd: context.cwd }),
    rulesMeta: (context.rulesMeta ?? {}) as Readonly<Record<string, RuleMeta>>,
    toolName: PLUGIN_NAME,
    toolVersion: PLUGIN_VERSION,
  });
}
