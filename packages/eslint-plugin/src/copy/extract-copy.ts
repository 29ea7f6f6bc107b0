/**
 * Finds outreach copy in TS/TSX code and writes each message out as a virtual Handlebars
 * template (see `virtual-template.ts`).
 *
 * A message is one JSX tree (an email component's markup) or one configured call such as
 * `sendEmail({ subject, body })`. In JSX, every configured component (`Text`, `Heading`,
 * `Button` …) is a paragraph; text, string literals and template literals inside it are copy, as
 * React renders them (line breaks with their indentation collapse to one space, entities decode);
 * any other expression becomes a merge field. `Preview` becomes the front matter `preheader`.
 * Attributes (`className`, `href` …) are never copy.
 *
 * A name is followed to the `const` it refers to in the same file (`resolve-const.ts`): its
 * string or template literal is copy where it is declared, and a JSX element passed as a call's
 * body belongs to that call's message (it is not linted a second time as a tree of its own). A
 * string declared but never passed to a configured call or written in copy is not copy.
 *
 * A conditional (`vip ? 'Only 2 days left!!' : 'Hi'`, `note && 'P.S. …'`, `name ?? 'there'`) is
 * a merge field in the message, and each of its string branches is linted in its place: one more
 * message per branch, with that branch written where the conditional stands, of which only the
 * findings that touch the branch are kept (the rest of the message is linted already).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { CopySettings } from './copy-settings.js';
import type { ResolveConst } from './resolve-const.js';
import { VirtualTemplate, type CopyContainer } from './virtual-template.js';

/** One message found in the code. */
export interface CopyDocument {
  template: VirtualTemplate;
  /** The code the message was found in, for reports about the message as a whole. */
  node: TSESTree.Node;
  /**
   * Set when the message is one string branch of a conditional written in its place: the code
   * range of that branch. Only findings that touch it belong to this message.
   */
  branch?: TSESTree.Range;
}

/** One string branch of a conditional: the conditional, and the literal written in its place. */
interface Choice {
  conditional: TSESTree.Node;
  branch: TSESTree.StringLiteral | TSESTree.TemplateLiteral;
}

type Run =
  | { kind: 'linear'; value: string; start: number; container: CopyContainer }
  | { kind: 'mapped'; value: string; start: number; end: number; container: CopyContainer }
  | { kind: 'syntax'; value: string };

type Target = 'body' | 'subject' | 'preheader';

/** How many `const` aliases (`const body = draft`) are followed before giving up. */
const MAX_ALIASES = 4;

const EXPRESSION: CopyContainer = Object.freeze({ kind: 'expression' });
const NEWLINE_WHITESPACE = /[ \t]*(?:\r\n|\r|\n)[ \t\r\n]*/gu;
const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/gu;
const NAMED_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  middot: '\u00b7',
  bull: '\u2022',
});
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = Object.freeze({
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  v: '\v',
});
const LINE_BREAK_START = /^(?:\r\n|\r|\n|\u2028|\u2029)/u;

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body] : undefined;
}

/** The cooked value of the escape starting at `raw[index]` (a backslash) and its length. */
function readEscape(raw: string, index: number): { value: string; length: number } {
  const next = raw[index + 1] ?? '';
  const lineBreak = LINE_BREAK_START.exec(raw.slice(index + 1, index + 3));
  if (lineBreak) return { value: '', length: 1 + lineBreak[0].length };
  if (Object.hasOwn(SIMPLE_ESCAPES, next))
    return { value: SIMPLE_ESCAPES[next] as string, length: 2 };
  if (next === 'x') {
    return {
      value: String.fromCharCode(Number.parseInt(raw.slice(index + 2, index + 4), 16)),
      length: 4,
    };
  }
  if (next === 'u') {
    if (raw[index + 2] === '{') {
      const close = raw.indexOf('}', index + 3);
      const code = Number.parseInt(raw.slice(index + 3, close), 16);
      return { value: String.fromCodePoint(code), length: close - index + 1 };
    }
    return {
      value: String.fromCharCode(Number.parseInt(raw.slice(index + 2, index + 6), 16)),
      length: 6,
    };
  }
  if (next === '0' && !/[0-9]/u.test(raw[index + 2] ?? '')) return { value: '\0', length: 2 };
  return { value: next, length: 2 };
}

/** The dotted name of an identifier or a chain of plain member accesses, if it is one. */
function readPath(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case 'Identifier':
      return node.name;
    case 'ThisExpression':
      return 'this';
    case 'ChainExpression':
    case 'TSNonNullExpression':
      return readPath(node.expression);
    case 'MemberExpression': {
      if (node.computed || node.property.type !== 'Identifier') return undefined;
      const object = readPath(node.object);
      return object === undefined ? undefined : `${object}.${node.property.name}`;
    }
    default:
      return undefined;
  }
}

/** The Handlebars merge field standing for an expression. */
function fieldFor(expression: TSESTree.Node): string {
  const path = readPath(expression);
  if (path !== undefined) return `{{${path}}}`;
  if (
    expression.type === 'LogicalExpression' &&
    (expression.operator === '??' || expression.operator === '||')
  ) {
    const left = readPath(expression.left);
    const right = expression.right;
    if (left !== undefined && right.type === 'Literal' && typeof right.value === 'string') {
      const fallback = /^[^'"{}\\\r\n]*$/u.test(right.value) ? `'${right.value}'` : 'fallback';
      return `{{default ${left} ${fallback}}}`;
    }
  }
  // Any other expression renders something the code computes: a field that always has a value.
  return '{{default expression fallback}}';
}

function elementName(name: TSESTree.JSXTagNameExpression): string {
  switch (name.type) {
    case 'JSXIdentifier':
      return name.name;
    case 'JSXMemberExpression':
      return name.property.name;
    default:
      return name.name.name;
  }
}

function propertyKey(property: TSESTree.Property): string | undefined {
  if (property.computed) return undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal' && typeof property.key.value === 'string') {
    return property.key.value;
  }
  return undefined;
}

/** Collects the runs of one message and writes the virtual template. */
class MessageBuilder {
  readonly subject: Run[] = [];
  readonly preheader: Run[] = [];
  readonly paragraphs: Run[][] = [];
  /** The string branches of conditionals met while building, each one message more to lint. */
  readonly choices: Choice[] = [];
  #current: Run[] | undefined;
  target: Target = 'body';

  /** `choice`: the branch to write in place of its conditional; otherwise a merge field. */
  constructor(
    readonly text: string,
    readonly choice?: Choice,
  ) {}

  /** Records the string branches of a conditional written as a merge field. */
  offer(conditional: TSESTree.Node, branches: Choice['branch'][]): void {
    for (const branch of branches) {
      const known = this.choices.some(
        (choice) => choice.conditional === conditional && choice.branch === branch,
      );
      if (!known) this.choices.push({ conditional, branch });
    }
  }

  #runs(): Run[] {
    if (this.target === 'subject') return this.subject;
    if (this.target === 'preheader') return this.preheader;
    if (!this.#current) {
      this.#current = [];
      this.paragraphs.push(this.#current);
    }
    return this.#current;
  }

  /** Ends the current paragraph. */
  breakParagraph(): void {
    this.#current = undefined;
  }

  linear(value: string, start: number, container: CopyContainer): void {
    if (value.length > 0) this.#runs().push({ kind: 'linear', value, start, container });
  }

  mapped(value: string, start: number, end: number, container: CopyContainer): void {
    this.#runs().push({ kind: 'mapped', value, start, end, container });
  }

  syntax(value: string): void {
    this.#runs().push({ kind: 'syntax', value });
  }

  /** Appends source text with JavaScript escapes (`\n`, `\u00e9` …) decoded. */
  cooked(start: number, end: number, container: CopyContainer): void {
    const raw = this.text.slice(start, end);
    let plain = 0;
    for (let index = 0; index < raw.length; index++) {
      if (raw[index] !== '\\') continue;
      this.linear(raw.slice(plain, index), start + plain, container);
      const { value, length } = readEscape(raw, index);
      this.mapped(value, start + index, start + index + length, container);
      index += length - 1;
      plain = index + 1;
    }
    this.linear(raw.slice(plain), start + plain, container);
  }

  /** Appends JSX text as React renders it. */
  jsxText(node: TSESTree.JSXText): void {
    const [start, end] = node.range;
    const raw = this.text.slice(start, end);
    const container: CopyContainer = { kind: 'jsx-text' };
    let last = 0;
    const plain = (from: number, to: number): void => {
      const chunk = raw.slice(from, to);
      let done = 0;
      for (const match of chunk.matchAll(ENTITY)) {
        const decoded = decodeEntity(match[1] as string);
        if (decoded === undefined) continue;
        this.linear(chunk.slice(done, match.index), start + from + done, container);
        const at = start + from + match.index;
        this.mapped(decoded, at, at + match[0].length, container);
        done = match.index + match[0].length;
      }
      this.linear(chunk.slice(done), start + from + done, container);
    };
    for (const match of raw.matchAll(NEWLINE_WHITESPACE)) {
      plain(last, match.index);
      const atEdge = match.index === 0 || match.index + match[0].length === raw.length;
      if (!atEdge)
        this.mapped(' ', start + match.index, start + match.index + match[0].length, container);
      last = match.index + match[0].length;
    }
    plain(last, raw.length);
  }

  string(node: TSESTree.StringLiteral): void {
    const quote = this.text[node.range[0]] === "'" ? "'" : '"';
    this.cooked(node.range[0] + 1, node.range[1] - 1, { kind: 'string', quote });
  }

  /** Appends a template literal's text; `expression` writes each `${…}`. */
  template(
    node: TSESTree.TemplateLiteral,
    expression: (node: TSESTree.Expression) => void = (inner) => this.field(inner, inner.range),
  ): void {
    node.quasis.forEach((quasi, index) => {
      const start = quasi.range[0] + 1;
      const end = quasi.range[1] - (quasi.tail ? 1 : 2);
      this.cooked(start, end, { kind: 'template' });
      const inner = node.expressions[index];
      if (inner) expression(inner);
    });
  }

  /** Appends the merge field standing for `expression` (`describes`, if given) over a range. */
  field(
    expression: TSESTree.Node,
    [start, end]: TSESTree.Range,
    describes: TSESTree.Node = expression,
  ): void {
    this.mapped(fieldFor(describes), start, end, EXPRESSION);
  }

  /** The virtual template: front matter for the subject and preheader, then the paragraphs. */
  build(): VirtualTemplate {
    const template = new VirtualTemplate();
    const write = (run: Run): void => {
      if (run.kind === 'syntax') template.appendSyntax(run.value);
      else if (run.kind === 'linear') template.appendLinear(run.value, run.start, run.container);
      else template.appendMapped(run.value, run.start, run.end, run.container);
    };
    const prose = (runs: Run[]): boolean =>
      runs.some((run) => run.kind !== 'syntax' && run.value.trim());
    const frontMatter = (['subject', 'preheader'] as const).filter((key) =>
      prose(key === 'subject' ? this.subject : this.preheader),
    );
    if (frontMatter.length > 0) {
      template.appendSyntax('---\n');
      for (const key of frontMatter) {
        template.appendSyntax(`${key}: "`);
        template.setYaml(true);
        for (const run of key === 'subject' ? this.subject : this.preheader) {
          writeYaml(template, run);
        }
        template.setYaml(false);
        template.appendSyntax('"\n');
      }
      template.appendSyntax('---\n');
    }
    let first = true;
    for (const paragraph of this.paragraphs) {
      if (!prose(paragraph)) continue;
      if (!first) template.appendSyntax('\n\n');
      first = false;
      paragraph.forEach(write);
    }
    return template;
  }
}

const YAML_SPECIAL = /["\\\n\r\t]/gu;
const YAML_ESCAPES: Readonly<Record<string, string>> = Object.freeze({
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
});

/** Writes a run inside a YAML double-quoted value, each escaped character mapped on its own. */
function writeYaml(template: VirtualTemplate, run: Run): void {
  if (run.kind === 'syntax') {
    template.appendSyntax(run.value.replace(YAML_SPECIAL, (char) => YAML_ESCAPES[char] ?? char));
    return;
  }
  if (run.kind === 'mapped') {
    const value = run.value.replace(YAML_SPECIAL, (char) => YAML_ESCAPES[char] ?? char);
    template.appendMapped(value, run.start, run.end, run.container);
    return;
  }
  let done = 0;
  for (const match of run.value.matchAll(YAML_SPECIAL)) {
    template.appendLinear(run.value.slice(done, match.index), run.start + done, run.container);
    const at = run.start + match.index;
    template.appendMapped(YAML_ESCAPES[match[0]] ?? match[0], at, at + 1, run.container);
    done = match.index + 1;
  }
  template.appendLinear(run.value.slice(done), run.start + done, run.container);
}

function isStringLiteral(node: TSESTree.Node): node is TSESTree.StringLiteral {
  return node.type === 'Literal' && typeof node.value === 'string';
}

function isJsx(node: TSESTree.Node): node is TSESTree.JSXElement | TSESTree.JSXFragment {
  return node.type === 'JSXElement' || node.type === 'JSXFragment';
}

/** Walks code and collects its messages. */
class CopyCollector {
  readonly documents: CopyDocument[] = [];
  readonly #calls: TSESTree.CallExpression[] = [];
  readonly #roots: (TSESTree.JSXElement | TSESTree.JSXFragment)[] = [];
  /** JSX trees that are the body of a configured call, linted as part of its message. */
  readonly #claimed = new Set<TSESTree.Node>();
  /** The template literals being written, so that consts that refer to each other end. */
  readonly #writing = new Set<TSESTree.Node>();

  constructor(
    readonly text: string,
    readonly settings: CopySettings,
    readonly visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
    readonly resolveConst: ResolveConst | undefined,
  ) {}

  /** Collects the messages of a program: configured calls first, then the JSX trees left. */
  collect(program: TSESTree.Program): void {
    this.#find(program, false);
    for (const call of this.#calls) this.#call(call);
    for (const root of this.#roots) {
      if (!this.#claimed.has(root)) this.#jsxRoot(root);
    }
  }

  /** Finds every configured call and every outermost JSX tree. */
  #find(node: TSESTree.Node, inJsx: boolean): void {
    if (isJsx(node) && !inJsx) this.#roots.push(node);
    if (node.type === 'CallExpression' && this.#isConfiguredCall(node)) this.#calls.push(node);
    this.#eachChild(node, (child) => this.#find(child, inJsx || isJsx(node)));
  }

  #eachChild(node: TSESTree.Node, visit: (child: TSESTree.Node) => void): void {
    for (const key of this.visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const item of value)
          if (item && typeof item === 'object') visit(item as TSESTree.Node);
      } else if (value && typeof value === 'object') {
        visit(value as TSESTree.Node);
      }
    }
  }

  /**
   * Builds one message with `fill`, then one more per string branch of a conditional in it, with
   * that branch written in the conditional's place.
   */
  #message(node: TSESTree.Node, fill: (builder: MessageBuilder) => void): void {
    const builder = new MessageBuilder(this.text);
    fill(builder);
    this.#finish(builder, node);
    for (const choice of builder.choices) {
      const variant = new MessageBuilder(this.text, choice);
      fill(variant);
      this.#finish(variant, node, choice.branch.range);
    }
  }

  #finish(builder: MessageBuilder, node: TSESTree.Node, branch?: TSESTree.Range): void {
    const template = builder.build();
    if (template.segments.length > 0) {
      this.documents.push(branch ? { template, node, branch } : { template, node });
    }
  }

  /** The value a name stands for when it is a `const` of this file, through a few aliases. */
  #resolve(node: TSESTree.Node): TSESTree.Node {
    let current = node;
    for (let step = 0; step < MAX_ALIASES && current.type === 'Identifier'; step++) {
      const value = this.resolveConst?.(current);
      if (!value) break;
      current = value;
    }
    return current;
  }

  /** The string and template literal branches of a conditional or logical expression. */
  #branches(node: TSESTree.Node, depth = 0): Choice['branch'][] {
    if (depth > MAX_ALIASES) return [];
    const leaf = (branch: TSESTree.Node): Choice['branch'][] => {
      const value = this.#resolve(branch);
      if (isStringLiteral(value) || value.type === 'TemplateLiteral') return [value];
      return this.#branches(value, depth + 1);
    };
    if (node.type === 'ConditionalExpression') {
      return [...leaf(node.consequent), ...leaf(node.alternate)];
    }
    // `vip && 'text'`, `name ?? 'there'`, `title || 'Hello'`: the right side is what may render.
    if (node.type === 'LogicalExpression') return leaf(node.right);
    return [];
  }

  /**
   * Writes an expression that stands inside copy: a string or template literal (here or in its
   * `const`) as copy, the chosen branch of a conditional, or else a merge field over `field`
   * (nothing without one).
   */
  #write(builder: MessageBuilder, expression: TSESTree.Node, field?: TSESTree.Range): void {
    const value = this.#resolve(expression);
    if (isStringLiteral(value)) {
      builder.string(value);
      return;
    }
    // A template literal already being written is a field, so consts that refer to each other end.
    if (value.type === 'TemplateLiteral' && !this.#writing.has(value)) {
      this.#writing.add(value);
      builder.template(value, (inner) => this.#write(builder, inner, inner.range));
      this.#writing.delete(value);
      return;
    }
    const branches = this.#branches(value);
    if (branches.length > 0) {
      if (builder.choice?.conditional === value) {
        this.#write(builder, builder.choice.branch);
        return;
      }
      builder.offer(value, branches);
    }
    // A name for a plain field keeps the name written here; any other value is described.
    if (field) builder.field(expression, field, readPath(value) === undefined ? value : expression);
  }

  #jsxRoot(node: TSESTree.JSXElement | TSESTree.JSXFragment): void {
    this.#message(node, (builder) => this.#jsxInto(builder, node));
  }

  #jsxInto(builder: MessageBuilder, node: TSESTree.JSXElement | TSESTree.JSXFragment): void {
    if (node.type === 'JSXElement') this.#element(builder, node, false);
    else this.#children(builder, node.children, false);
  }

  #element(builder: MessageBuilder, node: TSESTree.JSXElement, inCopy: boolean): void {
    const name = elementName(node.openingElement.name);
    const { components, inlineComponents, preheaderComponents } = this.settings;
    if (components.includes(name) || (!inCopy && inlineComponents.includes(name))) {
      const outer = builder.target;
      builder.breakParagraph();
      if (preheaderComponents.includes(name)) builder.target = 'preheader';
      this.#children(builder, node.children, true);
      builder.target = outer;
      builder.breakParagraph();
      return;
    }
    if (inCopy && name === 'br') {
      builder.syntax('\n');
      return;
    }
    this.#children(builder, node.children, inCopy);
  }

  #children(builder: MessageBuilder, children: TSESTree.JSXChild[], inCopy: boolean): void {
    for (const child of children) {
      switch (child.type) {
        case 'JSXText':
          if (inCopy) builder.jsxText(child);
          break;
        case 'JSXElement':
          this.#element(builder, child, inCopy);
          break;
        case 'JSXFragment':
          this.#children(builder, child.children, inCopy);
          break;
        case 'JSXExpressionContainer':
          this.#expression(builder, child, inCopy);
          break;
        default:
          break;
      }
    }
  }

  #expression(
    builder: MessageBuilder,
    node: TSESTree.JSXExpressionContainer,
    inCopy: boolean,
  ): void {
    const { expression } = node;
    if (expression.type === 'JSXEmptyExpression') return;
    if (this.#containsJsx(expression)) {
      this.#findJsx(expression, (jsx) => {
        if (jsx.type === 'JSXElement') this.#element(builder, jsx, inCopy);
        else this.#children(builder, jsx.children, inCopy);
      });
      return;
    }
    if (inCopy) this.#write(builder, expression, node.range);
  }

  #containsJsx(node: TSESTree.Node): boolean {
    let found = false;
    this.#findJsx(node, () => {
      found = true;
    });
    return found;
  }

  #findJsx(
    node: TSESTree.Node,
    visit: (jsx: TSESTree.JSXElement | TSESTree.JSXFragment) => void,
  ): void {
    if (isJsx(node)) {
      visit(node);
      return;
    }
    this.#eachChild(node, (child) => this.#findJsx(child, visit));
  }

  #isConfiguredCall(node: TSESTree.CallExpression): boolean {
    const name = readPath(node.callee);
    return (
      name !== undefined &&
      this.settings.calls.some((call) => name === call || name.endsWith(`.${call}`))
    );
  }

  #target(key: string): Target | undefined {
    const { subjectKeys, preheaderKeys, bodyKeys } = this.settings;
    if (subjectKeys.includes(key)) return 'subject';
    if (preheaderKeys.includes(key)) return 'preheader';
    if (bodyKeys.includes(key)) return 'body';
    return undefined;
  }

  #call(node: TSESTree.CallExpression): void {
    // `sendEmail({ subject, body })`, or `sendEmail(message)` with `const message = { … }`.
    const objects = node.arguments
      .map((argument) => this.#resolve(argument))
      .filter((argument) => argument.type === 'ObjectExpression');
    const fields: { target: Target; value: TSESTree.Node }[] = [];
    for (const object of objects) {
      for (const property of object.properties) {
        if (property.type !== 'Property') continue;
        const key = propertyKey(property);
        const target = key === undefined ? undefined : this.#target(key);
        if (!target) continue;
        const value = this.#resolve(property.value);
        // A JSX body is this message's markup, not a tree of its own.
        if (target === 'body' && isJsx(value)) this.#claimed.add(value);
        fields.push({ target, value: property.value });
      }
    }
    this.#message(node, (builder) => {
      for (const { target, value } of fields) {
        builder.target = target;
        builder.breakParagraph();
        const resolved = this.#resolve(value);
        if (target === 'body' && isJsx(resolved)) this.#jsxInto(builder, resolved);
        else this.#write(builder, value);
      }
    });
  }
}

/**
 * Finds the messages in a program.
 *
 * @returns one virtual template per JSX tree or configured call that holds copy.
 * @example
 * const [message] = extractCopy(ast, code, readCopySettings({}), sourceCode.visitorKeys);
 * message?.template.text; // 'Hi {{firstName}},\n\nThanks for the call!'
 */
export function extractCopy(
  program: TSESTree.Program,
  text: string,
  settings: CopySettings,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
  resolveConst?: ResolveConst,
): CopyDocument[] {
  const collector = new CopyCollector(text, settings, visitorKeys, resolveConst);
  collector.collect(program);
  return collector.documents;
}
