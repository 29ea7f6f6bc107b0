/**
 * The source code object rules see as `context.sourceCode`. It follows the shape of ESLint's
 * `TextSourceCode` (text, ast, lines, getLoc, getRange, traverse …) so the same rule objects run
 * in the standalone linter and inside ESLint, but it is our own class: nothing here imports
 * ESLint, so it stays browser-safe.
 */
import type { Document, Node, Position, Range, SourceLocation } from '../template/ast.js';
import { visitorKeys } from '../template/ast.js';
import { buildMessageText, type MessageText } from './message-text.js';

/** One step of a traversal, in the shape ESLint's language API expects (`kind: 1` visits a node). */
export interface VisitStep {
  kind: 1;
  target: Node;
  /** 1 on enter, 2 on exit. */
  phase: 1 | 2;
  args: [Node, Node | undefined];
}

/** Options for creating a `SourceCode`. */
export interface SourceCodeOptions {
  text: string;
  ast: Document;
}

/** A parsed template and the position helpers rules need. */
export class SourceCode {
  /** The full source text, as read (a leading BOM is kept out of `text`). */
  readonly text: string;
  readonly ast: Document;
  /** The source split into lines, without their terminators. */
  readonly lines: string[];
  /** Which child keys hold child nodes, per node type. */
  readonly visitorKeys = visitorKeys;
  /** Offsets where each line starts. */
  readonly #lineStarts: number[];
  readonly #parents = new Map<Node, Node | undefined>();
  #steps: VisitStep[] | undefined;
  #message: MessageText | undefined;

  constructor({ text, ast }: SourceCodeOptions) {
    this.text = text;
    this.ast = ast;
    this.lines = [];
    this.#lineStarts = [0];
    // A scan rather than `matchAll`, which makes an object per line (a cost when V8 runs without
    // inlining, as the CLI does). A line ends at \r\n, \r, \n, U+2028 or U+2029.
    let last = 0;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029) continue;
      this.lines.push(text.slice(last, at));
      if (code === 0x0d && text.charCodeAt(at + 1) === 0x0a) at++;
      last = at + 1;
      this.#lineStarts.push(last);
    }
    this.lines.push(text.slice(last));
  }

  /** The source text of a node (or the whole file), optionally widened by characters around it. */
  getText(node?: Node, beforeCount = 0, afterCount = 0): string {
    if (!node) return this.text;
    const [start, end] = node.range;
    return this.text.slice(Math.max(0, start - beforeCount), end + afterCount);
  }

  /** The node's location: 1-based lines and columns, end exclusive. */
  getLoc(node: Node): SourceLocation {
    return node.loc;
  }

  /** The node's offsets into `text`. */
  getRange(node: Node): Range {
    return node.range;
  }

  /** Converts a 0-based offset into a 1-based line and column. */
  getLocFromIndex(index: number): Position {
    if (!Number.isInteger(index) || index < 0 || index > this.text.length) {
      throw new RangeError(`Index ${index} is outside the text (0–${this.text.length}).`);
    }
    const starts = this.#lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= index) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: index - (starts[low] as number) + 1 };
  }

  /** Converts a 1-based line and column into a 0-based offset. */
  getIndexFromLoc(loc: Position): number {
    const start = this.#lineStarts[loc.line - 1];
    if (start === undefined || loc.column < 1) {
      throw new RangeError(`Line ${loc.line}, column ${loc.column} is outside the text.`);
    }
    const index = start + loc.column - 1;
    if (index > this.text.length) {
      throw new RangeError(`Line ${loc.line}, column ${loc.column} is outside the text.`);
    }
    return index;
  }

  /** The location of a range of offsets. */
  getLocFromRange([start, end]: Range): SourceLocation {
    return { start: this.getLocFromIndex(start), end: this.getLocFromIndex(end) };
  }

  /**
   * The location of a range of offsets in `message` (the reader's text), mapped back to the
   * template: what a rule reports for a finding of `@sincerely/core`.
   */
  getLocFromMessageRange(start: number, end: number): SourceLocation {
    return this.getLocFromRange(this.message.toSourceRange(start, end));
  }

  /** The node's parent, or undefined for the document. */
  getParent(node: Node): Node | undefined {
    this.#ensureTraversed();
    return this.#parents.get(node);
  }

  /** The node's ancestors, outermost first. */
  getAncestors(node: Node): Node[] {
    const ancestors: Node[] = [];
    for (let parent = this.getParent(node); parent; parent = this.getParent(parent)) {
      ancestors.unshift(parent);
    }
    return ancestors;
  }

  /** Every node, entered and exited in source order. */
  traverse(): readonly VisitStep[] {
    this.#ensureTraversed();
    return this.#steps as VisitStep[];
  }

  /** The comments that can hold inline directives (ESLint's `getInlineConfigNodes`). */
  getInlineConfigNodes(): Node[] {
    return this.ast.comments;
  }

  /**
   * The message as the reader reads it: prose of every paragraph joined by blank lines, merge
   * fields as written, entities decoded, with a map back to source offsets. Built once.
   */
  get message(): MessageText {
    this.#message ??= buildMessageText(this.ast);
    return this.#message;
  }

  #ensureTraversed(): void {
    if (this.#steps) return;
    const steps: VisitStep[] = [];
    const visit = (node: Node, parent: Node | undefined): void => {
      this.#parents.set(node, parent);
      steps.push({ kind: 1, target: node, phase: 1, args: [node, parent] });
      for (const key of visitorKeys[node.type]) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const item of child as Node[]) visit(item, node);
        } else if (child && typeof child === 'object') {
          visit(child as Node, node);
        }
      }
      steps.push({ kind: 1, target: node, phase: 2, args: [node, parent] });
    };
    visit(this.ast, undefined);
    this.#steps = steps;
  }
}
