/**
 * Rule types: the subset of ESLint's rule API that Sincerely's rules use, so one rule object
 * runs in the standalone linter and, unchanged, inside ESLint through the template language.
 */
import type { JSONSchema4 } from './json-schema.js';
import type { Node, NodeType, Position, Range, SourceLocation } from './template/ast.js';
import type { SourceCode } from './source-code/source-code.js';

/** `0 | 1 | 2` or their names, as in ESLint. */
export type Severity = 0 | 1 | 2;
export type SeverityName = 'off' | 'warn' | 'error';

/** The presets a rule can belong to. `strict` includes `recommended`. */
export type PresetName = 'recommended' | 'strict' | 'compliance';

/** What the person is linting a message for: the recipient and the send. */
export interface LintContext {
  /** The recipient, in `@sincerely/core`'s contact shape. */
  contact?: unknown;
  /** When the message will be sent (ISO 8601 or a Date). */
  sendAt?: string | Date;
  /** The channel it will go out on: email, call, message, letter … */
  channel?: string;
  /** Earlier interactions with this contact, in `@sincerely/core`'s interaction shape. */
  history?: unknown[];
}

/** Shared settings; Sincerely keeps its own under `settings.sincerely`. */
export interface Settings {
  sincerely?: { context?: LintContext };
  [key: string]: unknown;
}

/** A text edit: replace `range` with `text`. */
export interface Fix {
  range: Range;
  text: string;
}

/** Builds fixes, with the method names of ESLint's `RuleFixer`. */
export interface RuleFixer {
  insertTextAfter(node: Node, text: string): Fix;
  insertTextAfterRange(range: Range, text: string): Fix;
  insertTextBefore(node: Node, text: string): Fix;
  insertTextBeforeRange(range: Range, text: string): Fix;
  remove(node: Node): Fix;
  removeRange(range: Range): Fix;
  replaceText(node: Node, text: string): Fix;
  replaceTextRange(range: Range, text: string): Fix;
}

/** A fix function: returns one fix, several, or null for none. */
export type ReportFixFunction = (fixer: RuleFixer) => Fix | Iterable<Fix> | null;

/** A suggestion a person can choose to apply. */
export interface SuggestionDescriptor<MessageId extends string = string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  fix: ReportFixFunction;
}

/** What a rule reports: a message id, where, and optionally a fix and suggestions. */
export interface ReportDescriptor<MessageId extends string = string> {
  messageId: MessageId;
  data?: Record<string, string | number>;
  /** Where; either `loc` or `node` is required. `loc` may be a single position. */
  loc?: SourceLocation | Position;
  node?: Node;
  fix?: ReportFixFunction | null;
  suggest?: SuggestionDescriptor<MessageId>[] | null;
}

/** What a rule's `create` receives. */
export interface RuleContext<
  Options extends readonly unknown[] = unknown[],
  MessageId extends string = string,
> {
  /** The rule id as configured (e.g. `no-shouting`, or `sincerely/no-shouting` in ESLint). */
  readonly id: string;
  /** The options, with `meta.defaultOptions` merged in. */
  readonly options: Options;
  readonly sourceCode: SourceCode;
  readonly filename: string;
  readonly physicalFilename?: string;
  readonly cwd?: string;
  readonly settings: Settings;
  /** Language options from config (`syntax`, …). */
  readonly languageOptions?: Record<string, unknown>;
  report(descriptor: ReportDescriptor<MessageId>): void;
}

/** Visitor functions keyed by node type, or `Type:exit`. */
export type RuleListener = {
  [Type in NodeType as Type | `${Type}:exit`]?: (
    node: Extract<Node, { type: Type }>,
    parent?: Node,
  ) => void;
};

/** Rule documentation metadata. */
export interface RuleDocs {
  /** Starts with Disallow, Require or Enforce; no final period. */
  description: string;
  /** True when the rule is in the recommended preset (ESLint's flag). */
  recommended: boolean;
  /** The smallest preset the rule belongs to. */
  preset: PresetName;
  /** The severity the preset gives it. */
  severity: Exclude<SeverityName, 'off'>;
  /** True when the rule needs recipient context and stays silent without it. */
  requiresContext?: boolean;
  /** The rule's docs page; filled in from the rule's name. */
  url: string;
}

/** Rule metadata, as in ESLint. */
export interface RuleMeta<
  Options extends readonly unknown[] = unknown[],
  MessageId extends string = string,
> {
  type: 'problem' | 'suggestion' | 'layout';
  docs: RuleDocs;
  messages: Record<MessageId, string>;
  schema: JSONSchema4[] | false;
  defaultOptions: Options;
  fixable?: 'code' | 'whitespace';
  hasSuggestions?: boolean;
  /** The ESLint languages this rule runs on. */
  languages?: string[];
}

/** An ESLint-shaped rule object. */
export interface RuleModule<
  Options extends readonly unknown[] = unknown[],
  MessageId extends string = string,
> {
  meta: RuleMeta<Options, MessageId>;
  create(context: RuleContext<Options, MessageId>): RuleListener;
}

/** A rule of any options and messages. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = RuleModule<any, string>;
