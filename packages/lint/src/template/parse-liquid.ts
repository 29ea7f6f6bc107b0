/**
 * The Liquid template layer, built on liquidjs's `Tokenizer`: its top-level tokens carry exact
 * `begin`/`end` offsets. Outputs (`{{ … }}`) become merge fields (path, filters and a `default`
 * fallback read with the same tokenizer); tags (`{% … %}`) become control tags, checked for
 * nesting here because the tokenizer does not pair them; `{% comment %}` and `{% # … %}` are
 * comments, and `{% raw %}` content is static text.
 */
import type { TokenizationError } from 'liquidjs';
import { liquidjs } from '#deps';
import type { Block, Comment, MergeField, Range } from './ast.js';
import { createBlock, createComment, createMergeField } from './create-nodes.js';
import type { TemplateNode } from './inline-content.js';
import type { Locator } from './locations.js';
import { describePosition, TemplateSyntaxError } from './syntax-error.js';

/** A top-level Liquid token with offsets into the whole text. */
interface LiquidToken {
  kind: 'tag' | 'output' | 'html';
  begin: number;
  end: number;
  /** A tag's name. */
  name: string;
  /** A tag's arguments. */
  args: string;
  /** An output's expression. */
  content: string;
}

/** The parts of liquidjs tokens this file reads. */
interface RawToken {
  kind: number;
  begin: number;
  end: number;
  name?: string;
  args?: string;
  content?: string;
}

/** Tags that have an `end…` tag (the standard ones, Shopify's and Jekyll's). */
const BLOCK_TAGS = new Set([
  'if',
  'unless',
  'case',
  'for',
  'capture',
  'tablerow',
  'ifchanged',
  'paginate',
  'form',
  'style',
  'javascript',
  'stylesheet',
  'schema',
  'highlight',
]);
const ELSE_TAGS = new Set(['else', 'elsif', 'when']);

/** `contact.first_name`, optionally compared with nothing (`!= blank`, `!= ""`). */
const GUARD = /^\s*([\w.[\]'"-]+)\s*(?:(?:!=|<>)\s*(?:blank|empty|nil|null|""|''))?\s*$/u;

/** One branch of an open block (`if`, `elsif`, `else` …). */
interface Branch {
  name: string;
  /** True when the branch renders something. */
  content: boolean;
  /** Its static text, while it holds nothing else. */
  text: string;
  onlyText: boolean;
}

/** An open block while walking the tokens. */
interface OpenBlock {
  name: string;
  token: LiquidToken;
  /** The path an `if`/`unless` tests, when it tests a single variable. */
  guard?: string;
  branches: Branch[];
  /** Fields on the guarded path, written in the branch the guard protects. */
  guarded: MergeField[];
}

const newBranch = (name: string): Branch => ({ name, content: false, text: '', onlyText: true });

/** What an output renders: the variable, the filters and a `default` fallback. */
function describeOutput(
  content: string,
): Pick<MergeField, 'path' | 'helpers' | 'hasFallback' | 'fallback' | 'fallbackKind'> {
  const trimmed = content.trim();
  if (trimmed === '') return { path: '', helpers: [], hasFallback: false };
  try {
    const { initial, filters } = new (liquidjs().Tokenizer)(content).readFilteredValue();
    const postfix = initial.postfix as unknown as LiquidToken[];
    const first = postfix[0];
    const last = postfix.at(-1);
    const path = first && last ? content.slice(first.begin, last.end).trim() : trimmed;
    const result: ReturnType<typeof describeOutput> = {
      path,
      helpers: filters.map((filter) => filter.name),
      hasFallback: false,
    };
    const fallback = filters.find((filter) => filter.name === 'default');
    const [argument] = (fallback?.args ?? []) as unknown as { content?: unknown }[];
    if (argument && !Array.isArray(argument)) {
      const literal = typeof argument.content === 'string' ? argument.content : undefined;
      if (literal === undefined || literal.trim() !== '') {
        result.hasFallback = true;
        result.fallbackKind = 'filter';
        if (literal !== undefined) result.fallback = literal;
      }
    }
    return result;
  } catch {
    return { path: trimmed.split('|')[0]?.trim() ?? '', helpers: [], hasFallback: false };
  }
}

/** The range of the text inside `{% # … %}`. */
function inlineCommentValue(text: string, [start, end]: Range): Range {
  const raw = text.slice(start, end);
  const open = /^\{%-?\s*#/u.exec(raw)?.[0].length ?? 2;
  const close = /-?%\}$/u.exec(raw)?.[0].length ?? 2;
  return [start + open, Math.max(start + open, end - close)];
}

function tokenizerMessage(error: TokenizationError, locator: Locator, offset: number): string {
  const where = describePosition(locator, offset);
  if (error.message.startsWith('output')) {
    return `The merge field "{{" at ${where} is never closed: add "}}" after the variable.`;
  }
  if (error.message.startsWith('tag'))
    return `The tag "{%" at ${where} is never closed: add "%}" after it.`;
  return `Liquid cannot read the template at ${where}: ${error.message.split(',')[0]}.`;
}

/** Reads the top-level tokens of `[start, end)`; offsets are into the whole text. */
function tokenize(locator: Locator, start: number, end: number): LiquidToken[] {
  const { TokenKind, TokenizationError, Tokenizer } = liquidjs();
  let raw: RawToken[];
  try {
    raw = new Tokenizer(
      locator.text.slice(start, end),
    ).readTopLevelTokens() as unknown as RawToken[];
  } catch (error) {
    if (error instanceof TokenizationError) {
      const token = (error as TokenizationError & { token?: RawToken }).token;
      const offset = start + (token?.begin ?? 0);
      throw new TemplateSyntaxError(tokenizerMessage(error, locator, offset), offset);
    }
    throw error;
  }
  return raw.map((token) => ({
    kind:
      token.kind === TokenKind.Tag ? 'tag' : token.kind === TokenKind.Output ? 'output' : 'html',
    begin: start + token.begin,
    end: start + token.end,
    name: token.name ?? '',
    args: token.args ?? '',
    content: token.content ?? '',
  }));
}

/**
 * Finds the merge fields, control tags and comments of the Liquid template in `[start, end)`.
 *
 * @throws TemplateSyntaxError for an unclosed `{{` or `{%`, a block without its end tag or an
 *   end tag without its block, with its position.
 */
export function parseLiquid(locator: Locator, start: number, end: number): TemplateNode[] {
  const { text } = locator;
  const tokens = tokenize(locator, start, end);
  const closers = new Set(
    tokens.flatMap((token) =>
      token.kind === 'tag' && token.name.startsWith('end') ? [token.name.slice(3)] : [],
    ),
  );
  const nodes: TemplateNode[] = [];
  const stack: OpenBlock[] = [];
  const where = (token: LiquidToken): string => describePosition(locator, token.begin);
  const source = (token: LiquidToken): string => text.slice(token.begin, token.end);

  /** Open `if`/`unless` blocks by the path they test, innermost last. */
  const guards = new Map<string, OpenBlock[]>();

  /** Notes what the innermost open branch renders; enclosing blocks learn it when it closes. */
  const markContent = (staticText: string | undefined, field?: MergeField): void => {
    const top = stack.at(-1);
    const branch = top?.branches.at(-1);
    if (!top || !branch) return;
    if (staticText === undefined || staticText.trim() !== '') branch.content = true;
    if (staticText !== undefined) branch.text += staticText;
    else branch.onlyText = false;
    if (!field) return;
    const guard = guards.get(field.path)?.at(-1);
    if (!guard) return;
    const current = guard.branches.at(-1)?.name;
    const inGuardedBranch = guard.name === 'if' ? guard.branches.length === 1 : current === 'else';
    if (inGuardedBranch) guard.guarded.push(field);
  };

  /** True when nothing but the tag stands between the word before it and the guarded text. */
  const leavesNoGap = (token: LiquidToken): boolean => {
    const trimsBefore = text.startsWith('{%-', token.begin);
    const before = text.charAt(token.begin - 1);
    return trimsBefore || !/[ \t\u00a0]/u.test(before);
  };

  /** Gives guarded fields their conditional fallback when the block closes. */
  const closeBlock = (block: OpenBlock): void => {
    const parent = stack.at(-1)?.branches.at(-1);
    if (parent) {
      parent.onlyText = false;
      if (block.branches.some((branch) => branch.content)) parent.content = true;
    }
    if (block.guard === undefined) return;
    guards.get(block.guard)?.pop();
    const [first, ...others] = block.branches;
    const fallback = block.name === 'if' ? others.find((branch) => branch.name === 'else') : first;
    if (!fallback?.content) {
      // An `if` with no else still leaves no gap when it holds the space before the field:
      // `Hi{% if name %} {{ name }}{% endif %},` reads "Hi," for a contact without a name.
      if (block.name === 'if' && leavesNoGap(block.token)) {
        for (const field of block.guarded) {
          if (field.hasFallback) continue;
          field.hasFallback = true;
          field.fallbackKind = 'conditional';
        }
      }
      return;
    }
    const literal = fallback.text.trim();
    for (const field of block.guarded) {
      if (field.hasFallback) continue;
      field.hasFallback = true;
      field.fallbackKind = 'conditional';
      if (fallback.onlyText && literal !== '' && !literal.includes('<')) field.fallback = literal;
    }
  };

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as LiquidToken;
    const range: Range = [token.begin, token.end];
    const { kind } = token;
    if (kind === 'html') {
      markContent(text.slice(token.begin, token.end));
      continue;
    }
    if (kind === 'output') {
      const field = createMergeField(locator, range, {
        syntax: 'liquid',
        ...describeOutput(token.content),
        unescaped: false,
      });
      nodes.push(field);
      markContent(undefined, field);
      continue;
    }

    const { name } = token;
    const params = token.args.trim();
    if (name === '#') {
      nodes.push(
        createComment(locator, range, inlineCommentValue(text, range), 'liquid') satisfies Comment,
      );
      continue;
    }
    if (name === 'comment' || name === 'raw') {
      // Everything up to the matching end tag is the comment's text, or raw static text.
      let depth = 1;
      let close = index + 1;
      for (; close < tokens.length; close++) {
        const candidate = tokens[close] as LiquidToken;
        if (candidate.kind !== 'tag') continue;
        if (candidate.name === name) depth++;
        else if (candidate.name === `end${name}` && --depth === 0) break;
      }
      const closing = tokens[close];
      if (!closing) {
        throw new TemplateSyntaxError(
          `The block "${source(token)}" at ${where(token)} is never closed: add "{% end${name} %}" where it should end.`,
          token.begin,
        );
      }
      if (name === 'comment') {
        nodes.push(
          createComment(locator, [token.begin, closing.end], [token.end, closing.begin], 'liquid'),
        );
      } else {
        nodes.push(createBlock(locator, range, { syntax: 'liquid', role: 'open', name, params }));
        markContent(text.slice(token.end, closing.begin));
        nodes.push(
          createBlock(locator, [closing.begin, closing.end], {
            syntax: 'liquid',
            role: 'close',
            name: closing.name,
            params: '',
          }),
        );
      }
      index = close;
      continue;
    }

    let role: Block['role'] = 'tag';
    if (name.startsWith('end') && name.length > 3) {
      const top = stack.pop();
      const opened = name.slice(3);
      if (!top) {
        throw new TemplateSyntaxError(
          `The tag "${source(token)}" at ${where(token)} closes a block that was never opened: remove it or add "{% ${opened} … %}" before it.`,
          token.begin,
        );
      }
      if (top.name !== opened) {
        throw new TemplateSyntaxError(
          `The tag "${source(token)}" at ${where(token)} does not match "${source(top.token)}" opened at ${where(top.token)}: close that block with "{% end${top.name} %}" first.`,
          token.begin,
        );
      }
      closeBlock(top);
      role = 'close';
    } else if (ELSE_TAGS.has(name)) {
      const top = stack.at(-1);
      if (!top) {
        throw new TemplateSyntaxError(
          `The tag "${source(token)}" at ${where(token)} is not inside a block: use it between "{% if … %}" and "{% endif %}".`,
          token.begin,
        );
      }
      top.branches.push(newBranch(name));
      role = 'else';
    } else if (BLOCK_TAGS.has(name) || closers.has(name)) {
      const guard = name === 'if' || name === 'unless' ? GUARD.exec(params)?.[1] : undefined;
      const block: OpenBlock = { name, token, branches: [newBranch(name)], guarded: [] };
      if (guard) {
        block.guard = guard;
        const open = guards.get(guard);
        if (open) open.push(block);
        else guards.set(guard, [block]);
      }
      stack.push(block);
      role = 'open';
    }
    nodes.push(createBlock(locator, range, { syntax: 'liquid', role, name, params }));
  }

  const unclosed = stack.pop();
  if (unclosed) {
    throw new TemplateSyntaxError(
      `The block "${source(unclosed.token)}" at ${where(unclosed.token)} is never closed: add "{% end${unclosed.name} %}" where it should end.`,
      unclosed.token.begin,
    );
  }
  return nodes;
}
