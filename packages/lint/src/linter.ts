/**
 * The standalone runner: parse → run rules → directives → fixes → messages.
 *
 * `lintText` parses a template (syntax from config, else the file extension, else plain text),
 * walks the document once, calling every enabled rule's `Type` and `Type:exit` visitors, turns
 * reports into ESLint-shaped messages, applies inline directives and, when asked, applies fixes in
 * up to ten passes, re-linting in between. Fixes that would break the template are dropped.
 */
import type { Config, LintTextOptions, ResolvedConfig } from './config/config-types.js';
import { resolveConfig } from './config/resolve-config.js';
import { applyDefaultOptions } from './create-rule.js';
import { toDirectiveSeverity } from './config/normalize-rule-entry.js';
import { validateLintContext } from './context/read-send-context.js';
import { applyDirectives } from './directives/apply-directives.js';
import { parseDirectives } from './directives/parse-directives.js';
import { applySafeFixes, dropUnsafeFixes } from './fixes/drop-unsafe-fixes.js';
import type { LintMessage, LintResult, SuppressedLintMessage } from './lint-result.js';
import { countMessages } from './messages/count-messages.js';
import { createReportTranslator } from './messages/create-report-translator.js';
import { RuleError } from './messages/rule-error.js';
import { sortMessages } from './messages/sort-messages.js';
import { warningResult } from './messages/warning-result.js';
import { recommended } from './presets/recommended.js';
import type {
  AnyRule,
  LintContext,
  ReportDescriptor,
  RuleContext,
  RuleListener,
  Settings,
} from './rule.js';
import { rules as builtInRules } from './rules/index.js';
import { SourceCode } from './source-code/source-code.js';
import type { Document, Node, ParseResult, TemplateSyntax } from './template/ast.js';
import { detectSyntax, parseTemplate } from './template/parse-template.js';

const BOM = '\uFEFF';
const MAX_FIX_PASSES = 10;
const NO_FILE = '<text>';

/**
 * A rule's options with its defaults merged, once per config entry: a resolved config is reused
 * from lint to lint (an editor lints on every keystroke), and so are its entries.
 */
const mergedOptions = new WeakMap<AnyRule, WeakMap<readonly unknown[], unknown[]>>();

function optionsOf(rule: AnyRule, entry: readonly unknown[]): unknown[] {
  let byEntry = mergedOptions.get(rule);
  if (!byEntry) {
    byEntry = new WeakMap();
    mergedOptions.set(rule, byEntry);
  }
  let options = byEntry.get(entry);
  if (!options) {
    options = applyDefaultOptions(rule.meta.defaultOptions ?? [], entry.slice(1)) as unknown[];
    byEntry.set(entry, options);
  }
  return options;
}

/** What one lint pass over a text needs. */
export interface LintWithConfigOptions {
  /** The file's path, or undefined for text without a file. */
  filePath?: string;
  /** The resolved config for the file. */
  config: ResolvedConfig;
  /** The rules the config's ids refer to. */
  rules: Readonly<Record<string, AnyRule>>;
  context?: LintContext;
  fix?: boolean;
  cwd?: string;
}

interface PassResult {
  messages: LintMessage[];
  suppressedMessages: SuppressedLintMessage[];
  ast: Document | null;
}

function chooseSyntax(config: ResolvedConfig, filePath: string | undefined): TemplateSyntax {
  if (config.languageOptions.syntax) return config.languageOptions.syntax;
  if (filePath !== undefined) {
    const detected = detectSyntax(filePath) as TemplateSyntax | undefined;
    if (detected) return detected;
  }
  return 'text';
}

function buildSettings(config: ResolvedConfig, context: LintContext | undefined): Settings {
  if (!context) return config.settings;
  const sincerely = { ...(config.settings.sincerely ?? {}), context };
  return { ...config.settings, sincerely };
}

function fatalMessage(result: Extract<ParseResult, { ok: false }>): LintMessage {
  const [error] = result.errors;
  return {
    ruleId: null,
    severity: 2,
    fatal: true,
    message: `Parsing error: ${error?.message ?? 'the template could not be parsed.'}`,
    line: error?.line ?? 1,
    column: error?.column ?? 1,
  };
}

const withSyntaxCache = new WeakMap<
  object,
  Map<TemplateSyntax, Readonly<Record<string, unknown>>>
>();

/**
 * `{ ...languageOptions, syntax }`, frozen and shared by every rule and file linted with the same
 * config and syntax (ESLint too gives every rule the same `languageOptions` object): built once,
 * not once per rule and file.
 */
function withSyntax(
  languageOptions: ResolvedConfig['languageOptions'],
  syntax: TemplateSyntax,
): Readonly<Record<string, unknown>> {
  let bySyntax = withSyntaxCache.get(languageOptions);
  if (!bySyntax) {
    bySyntax = new Map();
    withSyntaxCache.set(languageOptions, bySyntax);
  }
  let options = bySyntax.get(syntax);
  if (!options) {
    options = Object.freeze({ ...languageOptions, syntax });
    bySyntax.set(syntax, options);
  }
  return options;
}

const exitKeys = new Map<string, string>();

/** `Type:exit`, built once per node type. */
function exitKey(type: string): string {
  let key = exitKeys.get(type);
  if (key === undefined) {
    key = `${type}:exit`;
    exitKeys.set(type, key);
  }
  return key;
}

const NO_VISITORS: readonly Visitor[] = Object.freeze([]);

/** A rule a config turns on, with its options merged with the rule's defaults. */
interface EnabledRule {
  ruleId: string;
  rule: AnyRule;
  severity: 1 | 2;
  ruleOptions: unknown[];
}

/** The rules a config's `rules` turn on, and what they were worked out from. */
interface EnabledRules {
  list: readonly EnabledRule[];
  /** True when the config's `rules`, each entry and the rule set were frozen: nothing can change. */
  frozen: boolean;
  /** Every entry of the config's `rules` as it was: id, entry, severity, and the rule it named. */
  seen: readonly { id: string; entry: unknown; severity: unknown; rule: AnyRule | undefined }[];
}

const enabledRulesCache = new WeakMap<object, WeakMap<object, EnabledRules>>();

/**
 * True when neither the config's `rules` nor the rule set changed since `enabled` was made: one
 * pass over the config's ids, in the order `Object.entries` gave them.
 */
function isCurrent(
  enabled: EnabledRules,
  configRules: ResolvedConfig['rules'],
  rules: Readonly<Record<string, AnyRule>>,
): boolean {
  if (enabled.frozen) return true;
  const { seen } = enabled;
  let index = 0;
  for (const id in configRules) {
    if (!Object.hasOwn(configRules, id)) continue;
    const was = seen[index++];
    const entry = configRules[id] as (typeof configRules)[string];
    if (was === undefined || was.id !== id || was.entry !== entry || entry[0] !== was.severity) {
      return false;
    }
    // A rule id that is not the set's own (`toString`) never matches: worked out again, it throws.
    if (was.severity !== 0 && rules[id] !== was.rule) return false;
  }
  return index === seen.length;
}

/**
 * The rules a config's `rules` turn on, in order, worked out once per config and rule set rather
 * than once per file (a run lints thousands of files with a handful of configs). A config or rule
 * set changed in place since is noticed (each entry is compared, not copied), and worked out
 * again.
 *
 * @throws {RuleError} when the config names a rule that is not defined.
 */
function enabledRules(
  configRules: ResolvedConfig['rules'],
  rules: Readonly<Record<string, AnyRule>>,
  filePath: string,
): readonly EnabledRule[] {
  let byRules = enabledRulesCache.get(configRules);
  if (!byRules) {
    byRules = new WeakMap();
    enabledRulesCache.set(configRules, byRules);
  }
  const cached = byRules.get(rules);
  if (cached && isCurrent(cached, configRules, rules)) return cached.list;
  const list: EnabledRule[] = [];
  const seen: EnabledRules['seen'][number][] = [];
  for (const [ruleId, entry] of Object.entries(configRules)) {
    const [severity] = entry;
    const rule = Object.hasOwn(rules, ruleId) ? rules[ruleId] : undefined;
    seen.push({ id: ruleId, entry, severity, rule });
    if (severity === 0) continue;
    if (!rule) throw new RuleError(ruleId, filePath, 'no rule with this id is defined.');
    list.push({ ruleId, rule, severity, ruleOptions: optionsOf(rule, entry) });
  }
  const frozen =
    Object.isFrozen(configRules) &&
    Object.isFrozen(rules) &&
    seen.every(({ entry }) => Object.isFrozen(entry));
  byRules.set(rules, { list, seen, frozen });
  return list;
}

/** A rule's handler for one node type (or `Type:exit`). */
interface Visitor {
  ruleId: string;
  visit: (node: Node, parent?: Node) => void;
}

/** Runs every enabled rule over one parsed text and applies directives. */
function runPass(text: string, syntax: TemplateSyntax, options: LintWithConfigOptions): PassResult {
  const { config, rules } = options;
  const filePath = options.filePath ?? NO_FILE;
  const parsed = parseTemplate(text, {
    syntax,
    ...(options.filePath ? { filePath: options.filePath } : {}),
  });
  if (!parsed.ok) return { messages: [fatalMessage(parsed)], suppressedMessages: [], ast: null };

  const sourceCode = new SourceCode({ text, ast: parsed.ast });
  const settings = buildSettings(config, options.context);

  const messages: LintMessage[] = [];
  const listeners: { ruleId: string; listener: RuleListener }[] = [];

  const languageOptions = withSyntax(config.languageOptions, syntax);
  const enabled = enabledRules(config.rules, rules, filePath);
  for (let index = 0; index < enabled.length; index++) {
    const { ruleId, rule, severity, ruleOptions } = enabled[index] as EnabledRule;
    // Most rules report nothing in most files: their message translator is made on first report.
    let translate: ((descriptor: ReportDescriptor) => LintMessage) | undefined;
    const context: RuleContext = Object.freeze({
      id: ruleId,
      options: ruleOptions,
      sourceCode,
      filename: filePath,
      physicalFilename: filePath,
      ...(options.cwd ? { cwd: options.cwd } : {}),
      settings,
      languageOptions,
      report(descriptor: ReportDescriptor) {
        try {
          translate ??= createReportTranslator({ ruleId, rule, severity, text });
          messages.push(translate(descriptor));
        } catch (error) {
          if (error instanceof RuleError) throw error;
          throw new RuleError(ruleId, filePath, `${(error as Error).message}.`, { cause: error });
        }
      },
    });
    try {
      listeners.push({ ruleId, listener: rule.create(context) });
    } catch (error) {
      if (error instanceof RuleError) throw error;
      throw new RuleError(ruleId, filePath, String((error as Error)?.message ?? error), {
        cause: error,
      });
    }
  }

  // Which rules listen to a node type: each listener's own keys are read once (most rules listen
  // to one or two types), rather than every listener asked about every type the text holds.
  const visitorsByKey = new Map<string, Visitor[]>();
  // Index loops here: the CLI runs V8 without inlining, where `for…of` makes an object per step.
  for (let index = 0; index < listeners.length; index++) {
    const { ruleId, listener } = listeners[index] as (typeof listeners)[number];
    const keys = Object.keys(listener);
    for (let at = 0; at < keys.length; at++) {
      const key = keys[at] as string;
      const visit = (listener as Record<string, unknown>)[key];
      if (typeof visit !== 'function') continue;
      let visitors = visitorsByKey.get(key);
      if (!visitors) {
        visitors = [];
        visitorsByKey.set(key, visitors);
      }
      visitors.push({ ruleId, visit: visit as Visitor['visit'] });
    }
  }
  const visitorsFor = (key: string): readonly Visitor[] => visitorsByKey.get(key) ?? NO_VISITORS;

  const steps = sourceCode.traverse();
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as (typeof steps)[number];
    const node = step.args[0];
    const parent = step.args[1];
    const visitors = visitorsFor(step.phase === 1 ? node.type : exitKey(node.type));
    for (let at = 0; at < visitors.length; at++) {
      const { ruleId, visit } = visitors[at] as Visitor;
      try {
        visit(node, parent);
      } catch (error) {
        if (error instanceof RuleError) throw error;
        throw new RuleError(ruleId, filePath, String((error as Error)?.message ?? error), {
          cause: error,
          line: node.loc.start.line,
        });
      }
    }
  }

  const { comments } = sourceCode.ast;
  const { directives, problems } = parseDirectives(
    comments,
    (id) => Object.hasOwn(rules, id),
    // The rule ids, to suggest the closest one for a misspelt id: only when there are comments.
    comments.length > 0 ? Object.keys(rules) : [],
  );
  const applied = applyDirectives({
    messages,
    directives,
    reportUnusedDirectives: config.reportUnusedDirectives,
    text,
  });
  const reparse = (candidate: string): ParseResult =>
    parseTemplate(candidate, {
      syntax,
      ...(options.filePath ? { filePath: options.filePath } : {}),
    });
  const standing = dropUnsafeFixes(
    text,
    sourceCode.ast,
    [...applied.messages, ...problems, ...applied.unusedDirectives],
    reparse,
  );
  return {
    messages: sortMessages(standing),
    suppressedMessages: sortMessages(applied.suppressedMessages),
    ast: sourceCode.ast,
  };
}

/**
 * Lints a text with an already resolved config and an explicit rule set. `lintText` builds on it;
 * the rule tester uses it to run a rule that is not registered.
 *
 * @returns an ESLint-shaped result.
 */
export function lintWithConfig(text: string, options: LintWithConfigOptions): LintResult {
  // A malformed recipient context is a caller's mistake: say so instead of skipping context rules.
  if (options.context) validateLintContext(options.context);
  const bom = text.startsWith(BOM) ? BOM : '';
  const source = bom ? text.slice(1) : text;
  const syntax = chooseSyntax(options.config, options.filePath);

  let current = source;
  let pass = runPass(current, syntax, options);
  let changed = false;
  if (options.fix) {
    for (let count = 0; count < MAX_FIX_PASSES && pass.ast; count++) {
      const reparse = (candidate: string): ParseResult =>
        parseTemplate(candidate, {
          syntax,
          ...(options.filePath ? { filePath: options.filePath } : {}),
        });
      const { fixed, output } = applySafeFixes(current, pass.ast, pass.messages, reparse);
      if (!fixed || output === current) break;
      current = output;
      changed = true;
      pass = runPass(current, syntax, options);
    }
  }

  const result: LintResult = {
    filePath: options.filePath ?? NO_FILE,
    messages: pass.messages,
    suppressedMessages: pass.suppressedMessages,
    ...countMessages(pass.messages),
    usedDeprecatedRules: [],
  };
  if (changed) result.output = bom + current;
  else if (pass.messages.length > 0) result.source = text;
  return result;
}

/** Configs known to be frozen all the way down (the presets are). */
const frozenConfigs = new WeakSet<object>();
const resolvedByConfig = new WeakMap<object, Map<string, ResolvedConfig | null>>();

function isDeeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (frozenConfigs.has(value)) return true;
  if (!Object.isFrozen(value)) return false;
  // Data properties only: a getter could answer differently each time.
  const frozen = Reflect.ownKeys(value).every((key) => {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    return descriptor !== undefined && 'value' in descriptor && isDeeplyFrozen(descriptor.value);
  });
  if (frozen) frozenConfigs.add(value);
  return frozen;
}

/**
 * Freezes a resolved config's `rules` and each of their entries, for a config shared between
 * files: the rules it turns on are then worked out once (see `enabledRules`).
 */
function freezeRules(config: ResolvedConfig): void {
  for (const entry of Object.values(config.rules)) Object.freeze(entry);
  Object.freeze(config.rules);
}

/**
 * `resolveConfig`, remembered per config, file and cwd when the config is frozen all the way down
 * (as the presets are): it cannot change, so neither can what it resolves to. The result is then
 * shared between calls and must not be changed.
 */
function resolveFrozenConfig(
  config: Config,
  filePath: string | undefined,
  cwd: string | undefined,
): ResolvedConfig | null {
  const resolve = (): ResolvedConfig | null => resolveConfig(config, filePath, cwd ? { cwd } : {});
  if (!isDeeplyFrozen(config)) return resolve();
  let byFile = resolvedByConfig.get(config);
  if (!byFile) {
    byFile = new Map();
    resolvedByConfig.set(config, byFile);
  }
  const key = `${cwd ?? ''}\u0000${filePath ?? '\u0000'}`;
  let resolved = byFile.get(key);
  if (resolved === undefined) {
    resolved = resolve();
    // Shared from now on: its rules cannot be changed (and need not be checked again).
    if (resolved) freezeRules(resolved);
    if (byFile.size >= 1024) byFile.clear();
    byFile.set(key, resolved);
  }
  return resolved;
}

/**
 * Lints one template.
 *
 * The syntax comes from `languageOptions.syntax`, else the file extension, else plain text. Without
 * a config, the recommended preset applies. A template that cannot be parsed gives one fatal
 * message; an invalid config or recipient `context` throws a `ConfigError`; a rule that throws makes `lintText` throw a
 * `RuleError` naming the rule and the file.
 *
 * @returns an ESLint-shaped `LintResult`; with `fix: true`, `output` holds the fixed text when
 *   fixing changed something.
 * @example
 * const result = lintText('Hi [FIRST NAME],\n\nGreat to meet you!!', { filePath: 'hello.txt' });
 * result.messages.map((m) => m.ruleId); // ['no-unfilled-placeholder', 'no-shouting']
 */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const config: Config = options.config ?? recommended;
  let resolved = resolveFrozenConfig(config, options.filePath, options.cwd);
  if (!resolved) {
    return warningResult(
      options.filePath ?? NO_FILE,
      'This file matches an "ignores" pattern of the config, so it was not linted.',
    );
  }
  if (options.reportUnusedDirectives !== undefined) {
    // A copy: the resolved config may be shared (see `resolveFrozenConfig`).
    resolved = Object.assign({}, resolved, {
      reportUnusedDirectives: toDirectiveSeverity(options.reportUnusedDirectives) ?? 0,
    });
  }
  return lintWithConfig(text, {
    config: resolved,
    rules: builtInRules,
    ...(options.filePath !== undefined ? { filePath: options.filePath } : {}),
    ...(options.context ? { context: options.context } : {}),
    ...(options.fix ? { fix: true } : {}),
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
}
