import { dirname, relative } from 'node:path';
import { isAbsolute, resolve } from 'node:path';
import type { Config, ConfigObject, RuleEntry } from '@sincerely/lint';
import { presets, validateConfig } from '@sincerely/lint';
import { findConfigFile } from './find-config-file.js';
import { loadConfigFile } from './load-config-file.js';
import { parseRuleFlag } from './parse-rule-flag.js';

/** How `sincerely lint` finds its config. */
export interface LoadLintConfigOptions {
  cwd: string;
  /** `--config FILE`: use this file and look for no other. */
  configFile?: string;
  /** `--no-config-lookup`: use no config file (the recommended preset, plus `--rule`). */
  noConfigLookup?: boolean;
  /** `--rule` values, applied after the config. */
  ruleFlags?: readonly string[];
}

/** The config a lint run uses. */
export interface LintConfig {
  /** The flat config: the file's (or the recommended preset) with `--rule` settings last. */
  config: Config;
  /** The config file, when one was used. */
  filePath?: string;
  /** How messages name the config: the file relative to cwd, or the preset. */
  source: string;
  /** The folder `files` and `ignores` patterns are relative to: the config file's, else cwd. */
  basePath: string;
}

/**
 * Finds, loads and validates the config for a lint run: `--config`, else the nearest
 * `sincerely.config.{js,mjs,json}` from cwd upward (unless `--no-config-lookup`), else the
 * recommended preset; then `--rule` flags on top.
 *
 * @returns the config, its source and base folder.
 * @throws {CliError} when a file cannot be loaded; {ConfigError} when the config is invalid.
 */
export async function loadLintConfig(options: LoadLintConfigOptions): Promise<LintConfig> {
  const { cwd } = options;
  let filePath: string | undefined;
  if (options.configFile !== undefined) {
    filePath = isAbsolute(options.configFile)
      ? options.configFile
      : resolve(cwd, options.configFile);
  } else if (!options.noConfigLookup) {
    filePath = findConfigFile(cwd);
  }

  let base: Config = presets.recommended;
  let source = 'the recommended preset';
  if (filePath !== undefined) {
    source = relative(cwd, filePath) || filePath;
    base = await loadConfigFile(filePath, source);
    validateConfig(base, { source });
  }

  const ruleFlags = options.ruleFlags ?? [];
  if (ruleFlags.length === 0) {
    const config = Array.isArray(base) ? base : [base];
    return {
      config,
      ...(filePath ? { filePath } : {}),
      source,
      basePath: filePath ? dirname(filePath) : cwd,
    };
  }
  const rules: Record<string, RuleEntry> = {};
  for (const flag of ruleFlags) {
    const [id, entry] = parseRuleFlag(flag);
    rules[id] = entry;
  }
  validateConfig({ rules }, { source: '--rule' });
  const fromFlags: ConfigObject = { name: '--rule', rules };
  const config: ConfigObject[] = [...(Array.isArray(base) ? base : [base]), fromFlags];
  return {
    config,
    ...(filePath ? { filePath } : {}),
    source,
    basePath: filePath ? dirname(filePath) : cwd,
  };
}
