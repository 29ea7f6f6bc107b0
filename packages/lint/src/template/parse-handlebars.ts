/**
 * The Handlebars (and Mustache) template layer, built on `@handlebars/parser`.
 *
 * Two passes over the same grammar: the Handlebars lexer (with `ranges`) gives every token's exact
 * offsets, from which each tag (`{{` … `}}`) is cut; the Handlebars parser checks the template
 * and gives each tag its meaning (path, helper, params, the branches of a block). Tags and AST
 * statements are matched by their start position.
 *
 * An empty `{{}}` is a real mistake a rule must report, not a broken file: it is blanked out for
 * the parser and becomes a `MergeField` with an empty path.
 */
import { handlebars } from '#deps';
import type { AST } from '@handlebars/parser';
import type { Block, Comment, MergeField, Range } from './ast.js';
import { createBlock, createComment, createMergeField } from './create-nodes.js';
import type { TemplateNode } from './inline-content.js';
import type { Locator } from './locations.js';
import { describePosition, TemplateSyntaxError } from './syntax-error.js';

/** The parts of Jison's generated lexer this file uses. */
interface JisonLexer {
  options: Record<string, unknown>;
  yytext: string;
  yylloc: { first_line: number; first_column: number; range: [number, number] };
  setInput(input: string, yy: object): void;
  lex(): number | string;
}

interface JisonParser {
  lexer: JisonLexer;
  terminals_: Record<number, string>;
}

/** A parse error as Jison throws it. */
interface JisonError {
  message: string;
  hash?: { token?: string; text?: string; loc?: { first_line: number; first_column: number } };
}

interface Token {
  name: string;
  text: string;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** A tag: the tokens from its opener to its closer. */
interface Tag {
  opener: Token;
  /** Tokens between the opener and the closer. */
  inner: Token[];
  start: number;
  end: number;
  /** Where the text between the delimiters starts and ends. */
  innerStart: number;
  innerEnd: number;
}

/** The Handlebars parser's Jison tables (its lexer and token names). */
function jison(): JisonParser {
  return (handlebars() as unknown as { parser: JisonParser }).parser;
}

const OPENERS = new Set([
  'OPEN_RAW_BLOCK',
  'OPEN_BLOCK',
  'OPEN_INVERSE',
  'OPEN_INVERSE_CHAIN',
  'OPEN_ENDBLOCK',
  'OPEN',
  'OPEN_UNESCAPED',
  'OPEN_PARTIAL',
  'OPEN_PARTIAL_BLOCK',
]);
const CLOSERS = new Set(['CLOSE', 'CLOSE_UNESCAPED', 'CLOSE_RAW_BLOCK']);
const BLOCK_OPENERS = new Set([
  'OPEN_RAW_BLOCK',
  'OPEN_BLOCK',
  'OPEN_INVERSE',
  'OPEN_PARTIAL_BLOCK',
]);
/** Helpers that render their last argument when the field is empty. */
const FALLBACK_HELPERS = new Set(['default', 'or', 'fallback', 'coalesce', 'defaultTo']);

function key(line: number, column: number): string {
  return `${line}:${column}`;
}

/** Tokenizes `input` with the Handlebars lexer; offsets are shifted by `base`. */
function tokenize(input: string, base: number, locator: Locator): Token[] {
  const parser = jison();
  const lexer = Object.create(parser.lexer) as JisonLexer;
  lexer.options = { ...parser.lexer.options, ranges: true };
  lexer.setInput(input, {});
  const tokens: Token[] = [];
  for (;;) {
    let id: number | string;
    try {
      id = lexer.lex();
    } catch {
      const offset = base + (lexer.yylloc.range[1] ?? 0);
      throw new TemplateSyntaxError(
        `Handlebars cannot read the template at ${describePosition(locator, offset)}: check the tag there for a stray brace.`,
        offset,
      );
    }
    const name = typeof id === 'number' ? (parser.terminals_[id] ?? String(id)) : id;
    const [start, end] = lexer.yylloc.range;
    if (name === 'EOF') {
      tokens.push({ name, text: '', start: base + start, end: base + end, line: 0, column: 0 });
      return tokens;
    }
    tokens.push({
      name,
      text: lexer.yytext,
      start: base + start,
      end: base + end,
      line: lexer.yylloc.first_line,
      column: lexer.yylloc.first_column,
    });
  }
}

/** Groups tokens into tags; throws for a `{{` that is never closed. */
function groupTags(tokens: Token[], locator: Locator): { tags: Tag[]; comments: Token[] } {
  const tags: Tag[] = [];
  const comments: Token[] = [];
  let open: { opener: Token; inner: Token[] } | undefined;
  for (const token of tokens) {
    if (open) {
      if (CLOSERS.has(token.name)) {
        const { opener, inner } = open;
        tags.push({
          opener,
          inner,
          start: opener.start,
          end: token.end,
          innerStart: opener.end,
          innerEnd: token.start,
        });
        open = undefined;
        continue;
      }
      if (!OPENERS.has(token.name) && token.name !== 'EOF' && token.name !== 'CONTENT') {
        open.inner.push(token);
        continue;
      }
      throw new TemplateSyntaxError(
        `The tag "${open.opener.text}" at ${describePosition(locator, open.opener.start)} is never closed: add "${open.opener.name === 'OPEN_UNESCAPED' ? '}}}' : open.opener.name === 'OPEN_RAW_BLOCK' ? '}}}}' : '}}'}" after it.`,
        open.opener.start,
      );
    }
    if (OPENERS.has(token.name)) open = { opener: token, inner: [] };
    else if (token.name === 'INVERSE' || token.name === 'END_RAW_BLOCK') {
      tags.push({
        opener: token,
        inner: [],
        start: token.start,
        end: token.end,
        innerStart: token.end,
        innerEnd: token.end,
      });
    } else if (token.name === 'COMMENT') comments.push(token);
  }
  return { tags, comments };
}

/** The text of a tag's name (`if`, `each`, `layout`, `foo.bar`). */
function tagName(tag: Tag, locator: Locator): string {
  if (tag.opener.name === 'END_RAW_BLOCK') return tag.opener.text;
  const first = tag.inner[0];
  if (tag.opener.name === 'OPEN_ENDBLOCK')
    return locator.text.slice(tag.innerStart, tag.innerEnd).replace(/~$/u, '').trim();
  return first?.name === 'ID' ? first.text : '';
}

/** Checks that blocks nest: every `{{#x}}` has its `{{/x}}`, every `{{else}}` is inside a block. */
function checkNesting(tags: Tag[], locator: Locator): void {
  const stack: { tag: Tag; name: string }[] = [];
  for (const tag of tags) {
    const kind = tag.opener.name;
    if (BLOCK_OPENERS.has(kind)) {
      stack.push({ tag, name: tagName(tag, locator) });
    } else if (kind === 'OPEN_ENDBLOCK' || kind === 'END_RAW_BLOCK') {
      const name = tagName(tag, locator);
      const top = stack.pop();
      if (!top) {
        throw new TemplateSyntaxError(
          `The closing tag "${locator.text.slice(tag.start, tag.end)}" at ${describePosition(locator, tag.start)} has no opening "{{#${name}}}" before it.`,
          tag.start,
        );
      }
      if (top.name !== name) {
        throw new TemplateSyntaxError(
          `The closing tag "${locator.text.slice(tag.start, tag.end)}" at ${describePosition(locator, tag.start)} does not match "${locator.text.slice(top.tag.start, top.tag.end)}" opened at ${describePosition(locator, top.tag.start)}: close that block with "{{/${top.name}}}" first.`,
          tag.start,
        );
      }
    } else if ((kind === 'INVERSE' || kind === 'OPEN_INVERSE_CHAIN') && stack.length === 0) {
      throw new TemplateSyntaxError(
        `"${locator.text.slice(tag.start, tag.end)}" at ${describePosition(locator, tag.start)} is not inside a block: use it between "{{#if …}}" and "{{/if}}".`,
        tag.start,
      );
    }
  }
  const unclosed = stack.pop();
  if (unclosed) {
    throw new TemplateSyntaxError(
      `The block "${locator.text.slice(unclosed.tag.start, unclosed.tag.end)}" at ${describePosition(locator, unclosed.tag.start)} is never closed: add "{{/${unclosed.name}}}" where it should end.`,
      unclosed.tag.start,
    );
  }
}

function describeToken(error: JisonError): string {
  const token = error.hash?.token;
  const text = error.hash?.text;
  if (token === 'EOF') return 'the end of the template';
  if (text) return `"${text}"`;
  return token ? `a ${token.toLowerCase().replaceAll('_', ' ')}` : 'this';
}

/** The offset of a Jison line and column in `input` (Jison counts `\r\n`, `\r` and `\n` as breaks). */
function jisonOffset(input: string, line: number, column: number): number {
  const lineBreak = /\r\n?|\n/gu;
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const match = lineBreak.exec(input);
    if (!match) return input.length;
    offset = match.index + match[0].length;
  }
  return Math.min(input.length, offset + column);
}

/** Runs the Handlebars parser; throws a readable error where it fails. */
function parseAst(input: string, base: number, locator: Locator): AST.Program {
  try {
    return handlebars().parseWithoutProcessing(input);
  } catch (error) {
    const jison = error as JisonError;
    const loc = jison.hash?.loc;
    const offset = base + (loc ? jisonOffset(input, loc.first_line, loc.first_column) : 0);
    throw new TemplateSyntaxError(
      `Handlebars cannot read the template at ${describePosition(locator, offset)}: unexpected ${describeToken(jison)}. Check the tag there for a missing name, quote or brace.`,
      offset,
    );
  }
}

/** What a mustache renders: the field's path, the helpers around it and any fallback. */
interface FieldCall {
  path: string;
  helpers: string[];
  fallback?: string;
  hasHelperFallback: boolean;
}

function expressionText(node: AST.Expression): string {
  const expression = node as AST.Expression & { original?: unknown; value?: unknown };
  if (typeof expression.original === 'string') return expression.original;
  if (expression.value !== undefined) return String(expression.value);
  return '';
}

function isLiteral(node: AST.Expression): node is AST.StringLiteral | AST.NumberLiteral {
  return node.type === 'StringLiteral' || node.type === 'NumberLiteral';
}

/** Reads `{{name}}`, `{{helper name}}`, `{{default name "there"}}`, `{{upper (default name "x")}}`. */
function describeCall(call: { path: AST.Expression; params: AST.Expression[] }): FieldCall {
  if (call.params.length === 0) {
    if (call.path.type === 'SubExpression') return describeCall(call.path as AST.SubExpression);
    return { path: expressionText(call.path), helpers: [], hasHelperFallback: false };
  }
  const helper = expressionText(call.path);
  const [subject, ...rest] = call.params;
  const inner: FieldCall =
    subject?.type === 'SubExpression'
      ? describeCall(subject as AST.SubExpression)
      : { path: subject ? expressionText(subject) : '', helpers: [], hasHelperFallback: false };
  const result: FieldCall = { ...inner, helpers: [helper, ...inner.helpers] };
  if (FALLBACK_HELPERS.has(helper) && rest.length > 0) {
    const last = rest.at(-1) as AST.Expression;
    if (isLiteral(last)) {
      const value = String(last.value);
      if (value.trim() !== '') {
        result.fallback = value;
        result.hasHelperFallback = true;
      }
    } else {
      result.hasHelperFallback = true;
    }
  }
  return result;
}

/** True when a branch renders something (any statement but whitespace and comments). */
function rendersContent(program: AST.Program | undefined): boolean {
  const body: AST.Statement[] = program?.body ?? [];
  return body.some(
    (statement) =>
      statement.type !== 'CommentStatement' &&
      !(
        statement.type === 'ContentStatement' &&
        (statement as AST.ContentStatement).value.trim() === ''
      ),
  );
}

/** The branch's text when it is only static text. */
function literalText(program: AST.Program): string | undefined {
  if (!program.body.every((statement: AST.Statement) => statement.type === 'ContentStatement'))
    return undefined;
  const text = program.body
    .map((statement: AST.Statement) => (statement as AST.ContentStatement).value)
    .join('')
    .trim();
  // Markup around the fallback (`<p>Hi there,</p>`) is not a literal value.
  return text === '' || text.includes('<') ? undefined : text;
}

interface AstIndex {
  mustaches: Map<string, AST.MustacheStatement>;
  /**
   * Mustaches guarded by a block on their own path (`{{#if x}}`, `{{#unless x}}`, a Mustache
   * section `{{#x}}`) that leaves no gap when the value is missing, with the fallback text when
   * it is literal.
   */
  guarded: Map<AST.MustacheStatement, string | undefined>;
}

/** Block helpers that are not a Mustache section on a field of the same name. */
const BUILT_IN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log', 'let']);

/** A block that renders one branch only when a field has a value. */
interface Guard {
  path: string;
  /** The branch that renders when the field has a value. */
  guarded: AST.Program | undefined;
  /** The branch that renders when it does not. */
  fallback: AST.Program | undefined;
}

/** True for an inverted Mustache section on `path`: `{{^x}}…{{/x}}`. */
function isInvertedSection(statement: AST.Statement | undefined, path: string): boolean {
  if (statement?.type !== 'BlockStatement') return false;
  const block = statement as AST.BlockStatement;
  return (
    block.path.type === 'PathExpression' &&
    block.path.original === path &&
    block.params.length === 0 &&
    (block.program?.body.length ?? 0) === 0 &&
    rendersContent(block.inverse)
  );
}

/**
 * Reads a block as a guard on a field: `{{#if x}}…{{else}}…{{/if}}`, `{{#unless x}}…`, or a
 * Mustache section `{{#x}}…{{/x}}`, whose fallback is its `{{else}}` or an inverted section on
 * the same field right before or after it (`{{#x}}{{x}}{{/x}}{{^x}}there{{/x}}`, Mustache's own
 * fallback idiom).
 */
function readGuard(
  block: AST.BlockStatement,
  siblings: readonly AST.Statement[],
  position: number,
): Guard | undefined {
  const helper = block.path.original;
  const [condition] = block.params;
  if ((helper === 'if' || helper === 'unless') && block.params.length === 1) {
    if (condition?.type !== 'PathExpression') return undefined;
    const path = (condition as AST.PathExpression).original;
    return helper === 'if'
      ? { path, guarded: block.program, fallback: block.inverse }
      : { path, guarded: block.inverse, fallback: block.program };
  }
  const isSection =
    block.path.type === 'PathExpression' &&
    block.params.length === 0 &&
    !BUILT_IN_HELPERS.has(helper) &&
    (block.program?.body.length ?? 0) > 0;
  if (!isSection) return undefined;
  if (rendersContent(block.inverse)) {
    return { path: helper, guarded: block.program, fallback: block.inverse };
  }
  const neighbour = [siblings[position + 1], siblings[position - 1]].find((sibling) =>
    isInvertedSection(sibling, helper),
  ) as AST.BlockStatement | undefined;
  return { path: helper, guarded: block.program, fallback: neighbour?.inverse };
}

/**
 * Indexes the AST: mustaches by start position, and which of them have a conditional fallback.
 * A guard without a fallback branch still counts when it holds the words around the field, so
 * that nothing is left dangling without it: in `Hi{{#x}} {{x}}{{/x}},` the space is inside the
 * guard and a missing value reads "Hi,", while `Hi {{#x}}{{x}}{{/x}},` would read "Hi ,".
 * `charBefore` gives the character just before a node.
 */
function indexAst(program: AST.Program, charBefore: (loc: AST.SourceLocation) => string): AstIndex {
  const mustaches = new Map<string, AST.MustacheStatement>();
  const guarded = new Map<AST.MustacheStatement, string | undefined>();
  /** Active guards by path, innermost last: the fallback text of each (undefined when not literal). */
  const guards = new Map<string, (string | undefined)[]>();

  const visit = (node: AST.Program | undefined): void => {
    const body: AST.Statement[] = node?.body ?? [];
    body.forEach((statement, position) => {
      if (statement.type === 'MustacheStatement') {
        const mustache = statement as AST.MustacheStatement;
        mustaches.set(key(mustache.loc.start.line, mustache.loc.start.column), mustache);
        const path = describeCall(mustache).path;
        const active = guards.get(path);
        if (active && active.length > 0) guarded.set(mustache, active.at(-1));
      } else if (statement.type === 'BlockStatement' || statement.type === 'DecoratorBlock') {
        const block = statement as AST.BlockStatement;
        const guard = readGuard(block, body, position);
        const leavesNoGap =
          guard !== undefined &&
          (rendersContent(guard.fallback) || !/[ \t\u00a0]/u.test(charBefore(block.loc)));
        for (const branch of [block.program, block.inverse]) {
          const isGuarded = leavesNoGap && branch === guard?.guarded;
          const active = isGuarded ? (guards.get(guard.path) ?? []) : undefined;
          if (active && guard) {
            active.push(
              guard.fallback && rendersContent(guard.fallback)
                ? literalText(guard.fallback)
                : undefined,
            );
            guards.set(guard.path, active);
          }
          visit(branch);
          active?.pop();
        }
      } else if (statement.type === 'PartialBlockStatement') {
        visit((statement as AST.PartialBlockStatement).program);
      }
    });
  };
  visit(program);
  return { mustaches, guarded };
}

/** The range of a comment's text inside `{{! … }}` or `{{!-- … --}}`. */
function commentValueRange(text: string, [start, end]: Range): Range {
  const raw = text.slice(start, end);
  const open = /^\{\{~?!(?:--)?/u.exec(raw)?.[0].length ?? 0;
  const close = /(?:--)?~?\}\}$/u.exec(raw.slice(open))?.[0].length ?? 0;
  return [start + open, Math.max(start + open, end - close)];
}

function buildField(locator: Locator, tag: Tag, index: AstIndex): MergeField {
  const open = tag.opener.text;
  const unescaped = tag.opener.name === 'OPEN_UNESCAPED' || open.includes('&');
  const range: Range = [tag.start, tag.end];
  if (tag.inner.length === 0) {
    return createMergeField(locator, range, {
      syntax: 'handlebars',
      path: '',
      helpers: [],
      hasFallback: false,
      unescaped,
    });
  }
  const mustache = index.mustaches.get(key(tag.opener.line, tag.opener.column));
  const call: FieldCall = mustache
    ? describeCall(mustache)
    : {
        path: locator.text.slice(tag.innerStart, tag.innerEnd).replace(/^[~&\s]+|[~\s]+$/gu, ''),
        helpers: [],
        hasHelperFallback: false,
      };
  const field = createMergeField(locator, range, {
    syntax: 'handlebars',
    path: call.path,
    helpers: call.helpers,
    hasFallback: false,
    unescaped,
  });
  if (call.hasHelperFallback) {
    field.hasFallback = true;
    field.fallbackKind = 'filter';
    if (call.fallback !== undefined) field.fallback = call.fallback;
  } else if (mustache && index.guarded.has(mustache)) {
    field.hasFallback = true;
    field.fallbackKind = 'conditional';
    const fallback = index.guarded.get(mustache);
    if (fallback !== undefined) field.fallback = fallback;
  }
  return field;
}

function buildBlock(locator: Locator, tag: Tag): Block {
  const { text } = locator;
  const inner = text.slice(tag.innerStart, tag.innerEnd).replace(/^~|~$/gu, '');
  const range: Range = [tag.start, tag.end];
  const base = { syntax: 'handlebars' as const };
  switch (tag.opener.name) {
    case 'INVERSE':
      return createBlock(locator, range, { ...base, role: 'else', name: 'else', params: '' });
    case 'OPEN_INVERSE_CHAIN':
      return createBlock(locator, range, {
        ...base,
        role: 'else',
        name: 'else',
        params: inner.trim(),
      });
    case 'OPEN_ENDBLOCK':
    case 'END_RAW_BLOCK':
      return createBlock(locator, range, {
        ...base,
        role: 'close',
        name: tagName(tag, locator),
        params: '',
      });
    case 'OPEN_PARTIAL':
      return createBlock(locator, range, { ...base, role: 'tag', name: '>', params: inner.trim() });
    case 'OPEN_PARTIAL_BLOCK':
      return createBlock(locator, range, {
        ...base,
        role: 'open',
        name: '>',
        params: inner.trim(),
      });
    default: {
      const name = tagName(tag, locator);
      const first = tag.inner[0];
      const params = first ? text.slice(first.end, tag.innerEnd).replace(/~$/u, '').trim() : '';
      const role = BLOCK_OPENERS.has(tag.opener.name) ? 'open' : 'tag';
      return createBlock(locator, range, {
        ...base,
        role,
        name: tag.opener.text.includes('*') ? `*${name}` : name,
        params,
      });
    }
  }
}

/**
 * Finds the merge fields, control tags and comments of the Handlebars template in `[start, end)`.
 *
 * @throws TemplateSyntaxError for an unclosed tag, a block without its end, or any other
 *   Handlebars syntax error, with its position.
 */
export function parseHandlebars(locator: Locator, start: number, end: number): TemplateNode[] {
  const input = locator.text.slice(start, end);
  const tokens = tokenize(input, start, locator);
  const { tags, comments } = groupTags(tokens, locator);
  checkNesting(tags, locator);

  // Blank out empty `{{}}` for the parser (they are fields for us, errors for Handlebars).
  const empty = tags.filter(
    (tag) =>
      (tag.opener.name === 'OPEN' || tag.opener.name === 'OPEN_UNESCAPED') &&
      tag.inner.length === 0,
  );
  let parsable = input;
  if (empty.length > 0) {
    let rebuilt = '';
    let cursor = 0;
    for (const tag of empty) {
      rebuilt +=
        input.slice(cursor, tag.start - start) +
        input.slice(tag.start - start, tag.end - start).replace(/[^\r\n]/gu, ' ');
      cursor = tag.end - start;
    }
    parsable = rebuilt + input.slice(cursor);
  }
  const charBefore = (loc: AST.SourceLocation): string => {
    const offset = jisonOffset(parsable, loc.start.line, loc.start.column);
    return offset > 0 ? parsable.charAt(offset - 1) : '';
  };
  const index = indexAst(parseAst(parsable, start, locator), charBefore);

  const nodes: TemplateNode[] = [];
  for (const tag of tags) {
    const kind = tag.opener.name;
    const isField =
      (kind === 'OPEN' && !tag.opener.text.includes('*')) || kind === 'OPEN_UNESCAPED';
    nodes.push(isField ? buildField(locator, tag, index) : buildBlock(locator, tag));
  }
  for (const token of comments) {
    const range: Range = [token.start, token.end];
    nodes.push(
      createComment(
        locator,
        range,
        commentValueRange(locator.text, range),
        'handlebars',
      ) satisfies Comment,
    );
  }
  return nodes.sort((a, b) => a.range[0] - b.range[0]);
}
