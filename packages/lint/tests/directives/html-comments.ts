import type { Comment } from '../../src/template/ast.js';

/** Builds the Comment nodes a parser would emit for `<!-- … -->` comments in `text`. */
export function htmlComments(text: string): Comment[] {
  const comments: Comment[] = [];
  const locOf = (index: number) => {
    const before = text.slice(0, index).split('\n');
    return { line: before.length, column: (before.at(-1) as string).length + 1 };
  };
  for (const match of text.matchAll(/<!--([\s\S]*?)-->/gu)) {
    const start = match.index;
    const end = start + match[0].length;
    comments.push({
      type: 'Comment',
      syntax: 'html',
      value: match[1] as string,
      valueRange: [start + 4, end - 3],
      range: [start, end],
      loc: { start: locOf(start), end: locOf(end) },
    });
  }
  return comments;
}
