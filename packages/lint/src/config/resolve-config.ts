/**
 * Flat-config resolution (ESLint's semantics): the objects that apply to a file are merged in
 * order; an object with only `ignores` ignores files globally; `files` and `ignores` are globs
 * relative to `cwd`.
 */
import { minimatch } from '#deps';
import type { AnyRule, Severity, Settings } from '../rule.js';
import type { Config, ConfigObject, ResolvedConfig } from './config-types.js';
import { normalizeRuleEntry, toDirectiveSeverity } from './normalize-rule-entry.js';
import { flattenConfig, validateConfig } from './validate-config.js';

/** Options of `resolveConfig`. */
export interface ResolveConfigOptions {
  /** The folder globs are relative to; `/` when absent. */
  cwd?: string;
  /** Where the config came from, for error messages. */
  source?: string;
  /** The rules ids may name; the built-in rules when absent. */
  rules?: Readonly<Record<string, AnyRule>>;
}

const MATCH_OPTIONS = { dot: true, platform: 'linux' as const };

function toPosix(path: string): string {
  return path.replace(/\\/gu, '/');
}

/** The file's path relative to `cwd`, with forward slashes. */
export function toRelativePath(filePath: string, cwd = '/'): string {
  const path = toPosix(filePath);
  const base = toPosix(cwd).replace(/\/+$/u, '');
  if (base && path.startsWith(`${base}/`)) return path.slice(base.length + 1);
  if (base === '' && path.startsWith('/')) return path.slice(1);
  return path.replace(/^\.\//u, '');
}

function matches(relativePath: string, pattern: string): boolean {
  const glob = pattern.endsWith('/') ? `${pattern}**` : pattern;
  return minimatch().minimatch(relativePath, glob.replace(/^\.\//u, ''), MATCH_OPTIONS);
}

/** Applies `ignores` patterns in order; `!pattern` un-ignores. */
function isIgnoredBy(relativePath: string, patterns: readonly string[]): boolean {
  let ignored = false;
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) {
      if (ignored && matches(relativePath, pattern.slice(1))) ignored = false;
    } else if (!ignored && matches(relativePath, pattern)) {
      ignored = true;
    }
  }
  return ignored;
}

function isGlobalIgnores(object: ConfigObject): boolean {
  return (
    Object.keys(object).every((key) => key === 'ignores' || key === 'name') && !!object.ignores
  );
}

function appliesTo(object: ConfigObject, relativePath: string | undefined): boolean {
  if (relativePath === undefined) return object.files === undefined;
  if (object.files && !object.files.some((pattern) => matches(relativePath, pattern))) return false;
  return !(object.ignores && isIgnoredBy(relativePath, object.ignores));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeSettings(
  base: Record<string, unknown>,
  extra: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const previous = merged[key];
    merged[key] =
      isPlainObject(previous) && isPlainObject(value) ? mergeSettings(previous, value) : value;
  }
  return merged;
}

/**
 * Merges the config objects that apply to a file. A rule entry with options replaces earlier
 * options; a severity alone keeps them (as in ESLint).
 *
 * @returns the config for the file, or null when a global `ignores` pattern ignores it.
 * @throws {ConfigError} when the config is invalid.
 * @example
 * resolveConfig([presets.recommended, { rules: { 'max-words': ['warn', { max: 150 }] } }], 'emails/welcome.hbs');
 */
export function resolveConfig(
  config: Config,
  filePath: string | undefined,
  options: ResolveConfigOptions = {},
): ResolvedConfig | null {
  validateConfig(config, {
    ...(options.source ? { source: options.source } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  });
  const objects = flattenConfig(config) as ConfigObject[];
  const relativePath = filePath === undefined ? undefined : toRelativePath(filePath, options.cwd);

  if (relativePath !== undefined) {
    for (const object of objects) {
      if (isGlobalIgnores(object) && isIgnoredBy(relativePath, object.ignores ?? [])) return null;
    }
  }

  const resolved: ResolvedConfig = {
    rules: {},
    languageOptions: {},
    settings: {},
    reportUnusedDirectives: 0,
  };
  for (const object of objects) {
    if (isGlobalIgnores(object) || !appliesTo(object, relativePath)) continue;
    for (const [id, entry] of Object.entries(object.rules ?? {})) {
      const normalized = normalizeRuleEntry(entry) as {
        severity: Severity;
        options: unknown[] | undefined;
      };
      const previous = resolved.rules[id];
      const ruleOptions = normalized.options ?? (previous ? previous.slice(1) : []);
      resolved.rules[id] = [normalized.severity, ...ruleOptions];
    }
    if (object.languageOptions) {
      resolved.languageOptions = { ...resolved.languageOptions, ...object.languageOptions };
    }
    if (object.settings) {
      resolved.settings = mergeSettings(resolved.settings, object.settings) as Settings;
    }
    const unused = object.linterOptions?.reportUnusedDirectives;
    if (unused !== undefined) resolved.reportUnusedDirectives = toDirectiveSeverity(unused) ?? 0;
  }
  return resolved;
}
