import type { LintContext, Severity, SeverityName, Settings } from '../rule.js';
import type { TemplateSyntax } from '../template/ast.js';

/** A rule's setting: a severity, or a severity with options. */
export type RuleEntry = Severity | SeverityName | [Severity | SeverityName, ...unknown[]];

/** Language options of a config object. */
export interface LanguageOptions {
  /** Force a template syntax instead of guessing it from the file extension. */
  syntax?: TemplateSyntax;
}

/** One object of a flat config array (as in ESLint's `eslint.config.js`). */
export interface ConfigObject {
  /** A name to show in errors. */
  name?: string;
  /** Glob patterns the object applies to; every supported file when absent. */
  files?: string[];
  /** Glob patterns to skip; an object with only `ignores` ignores files globally. */
  ignores?: string[];
  rules?: Record<string, RuleEntry>;
  languageOptions?: LanguageOptions;
  settings?: Settings;
  linterOptions?: { reportUnusedDirectives?: boolean | SeverityName };
}

/** A flat config: an array of objects, later ones overriding earlier ones. */
export type Config = ConfigObject | ConfigObject[];

/** The config that applies to one file after merging. */
export interface ResolvedConfig {
  rules: Record<string, [Severity, ...unknown[]]>;
  languageOptions: LanguageOptions;
  settings: Settings;
  reportUnusedDirectives: Severity;
}

/** The options `lintText` takes. */
export interface LintTextOptions {
  /** The file's path, for the syntax (by extension), `files` matching and results. */
  filePath?: string;
  /** Flat config; the recommended preset when absent. */
  config?: Config;
  /** The recipient and the send, for context rules. */
  context?: LintContext;
  /** Apply fixes and return the fixed text as `output`. */
  fix?: boolean;
  /** Report directives that suppress nothing (overrides `linterOptions`). */
  reportUnusedDirectives?: boolean | SeverityName;
  /** The folder `files` patterns are relative to; `/` when absent. */
  cwd?: string;
}
