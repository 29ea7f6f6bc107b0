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
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { CopySettings } from './copy-settings.js';
import { VirtualTemplate, type CopyContainer } from './virtual-template.js';

/** One message found in the code. */
export interface CopyDocument {
  template: VirtualTemplate;
  /** The code the message was found in, for reports about the message as a whole. */
  node: TSESTree.Node;
}

type Run =
  | { kind: 'linear'; value: string; start: number; container: CopyContainer }
  | { kind: 'mapped'; value: string; start: number; end: number; container: CopyContainer }
  | { kind: 'syntax'; value: string };

type Target = 'body' | 'subject' | 'preheader';

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
  #current: Run[] | undefined;
  target: Target = 'body';

  constructor(readonly text: string) {}

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

  template(node: TSESTree.TemplateLiteral): void {
    node.quasis.forEach((quasi, index) => {
      const start = quasi.range[0] + 1;
      const end = quasi.range[1] - (quasi.tail ? 1 : 2);
      this.cooked(start, end, { kind: 'template' });
      const expression = node.expressions[index];
      if (expression) this.field(expression, expression.range);
    });
  }

  field(expression: TSESTree.Node, [start, end]: TSESTree.Range): void {
    this.mapped(fieldFor(expression), start, end, EXPRESSION);
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

/** Walks code and collects its messages. */
class CopyCollector {
  readonly documents: CopyDocument[] = [];

  constructor(
    readonly text: string,
    readonly settings: CopySettings,
    readonly visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
  ) {}

  /** Visits every node, collecting JSX trees and configured calls. */
  walk(node: TSESTree.Node): void {
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
      this.#jsxRoot(node);
      return;
    }
    if (node.type === 'CallExpression') this.#call(node);
    this.#eachChild(node, (child) => this.walk(child));
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

  #finish(builder: MessageBuilder, node: TSESTree.Node): void {
    const template = builder.build();
    if (template.segments.length > 0) this.documents.push({ template, node });
  }

  #jsxRoot(node: TSESTree.JSXElement | TSESTree.JSXFragment): void {
    const builder = new MessageBuilder(this.text);
    if (node.type === 'JSXElement') this.#element(builder, node, false);
    else this.#children(builder, node.children, false);
    this.#finish(builder, node);
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
    if (!inCopy) return;
    if (expression.type === 'Literal' && typeof expression.value === 'string') {
      builder.string(expression as TSESTree.StringLiteral);
    } else if (expression.type === 'TemplateLiteral') {
      builder.template(expression);
    } else {
      builder.field(expression, node.range);
    }
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
    if (node.type === 'JSXElement' || node.type === 'JSXFragment') {
      visit(node);
      return;
    }
    this.#eachChild(node, (child) => this.#findJsx(child, visit));
  }

  #call(node: TSESTree.CallExpression): void {
    const name = readPath(node.callee);
    if (name === undefined) return;
    const matches = this.settings.calls.some((call) => name === call || name.endsWith(`.${call}`));
    if (!matches) return;
    const builder = new MessageBuilder(this.text);
    for (const argument of node.arguments) {
      if (argument.type !== 'ObjectExpression') continue;
      for (const property of argument.properties) {
        if (property.type !== 'Property') continue;
        const key = propertyKey(property);
        if (key === undefined) continue;
        const target: Target | undefined = this.settings.subjectKeys.includes(key)
          ? 'subject'
          : this.settings.preheaderKeys.includes(key)
            ? 'preheader'
            : this.settings.bodyKeys.includes(key)
              ? 'body'
              : undefined;
        if (!target) continue;
        const { value } = property;
        builder.target = target;
        builder.breakParagraph();
        if (value.type === 'Literal' && typeof value.value === 'string') {
          builder.string(value as TSESTree.StringLiteral);
        } else if (value.type === 'TemplateLiteral') {
          builder.template(value);
        }
      }
    }
    this.#finish(builder, node);
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
): CopyDocument[] {
  const collector = new CopyCollector(text, settings, visitorKeys);
  collector.walk(program);
  return collector.documents;
}
