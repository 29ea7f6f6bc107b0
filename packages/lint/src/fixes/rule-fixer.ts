import type { Fix, RuleFixer } from '../rule.js';
import type { Node, Range } from '../template/ast.js';

function assertRange(range: Range): Range {
  const [start, end] = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(
      `A fix range must be two offsets with start ≤ end, got [${start}, ${end}].`,
    );
  }
  return [start, end];
}

/** The fixer passed to a rule's `fix` function, with ESLint's method names. */
export const ruleFixer: RuleFixer = Object.freeze({
  insertTextAfter: (node: Node, text: string): Fix =>
    ruleFixer.insertTextAfterRange(node.range, text),
  insertTextAfterRange: (range: Range, text: string): Fix => {
    const [, end] = assertRange(range);
    return { range: [end, end], text };
  },
  insertTextBefore: (node: Node, text: string): Fix =>
    ruleFixer.insertTextBeforeRange(node.range, text),
  insertTextBeforeRange: (range: Range, text: string): Fix => {
    const [start] = assertRange(range);
    return { range: [start, start], text };
  },
  remove: (node: Node): Fix => ruleFixer.removeRange(node.range),
  removeRange: (range: Range): Fix => ({ range: assertRange(range), text: '' }),
  replaceText: (node: Node, text: string): Fix => ruleFixer.replaceTextRange(node.range, text),
  replaceTextRange: (range: Range, text: string): Fix => ({ range: assertRange(range), text }),
});
