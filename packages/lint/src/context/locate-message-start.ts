import type { SourceCode } from '../source-code/source-code.js';
import type { SourceLocation } from '../template/ast.js';

/**
 * Where a finding about the whole send is reported: the first line of the first paragraph the
 * reader sees (the subject, when front matter gives one), or the start of the file.
 */
export function locateMessageStart(sourceCode: SourceCode): SourceLocation {
  const message = sourceCode.message;
  const first = message.paragraphs.find(
    (paragraph) => !paragraph.hidden && paragraph.end > paragraph.start,
  );
  if (!first) return sourceCode.getLocFromRange([0, 0]);
  const lineBreak = message.text.slice(first.start, first.end).search(/\r\n|[\r\n]/u);
  const end = lineBreak === -1 ? first.end : first.start + lineBreak;
  return sourceCode.getLocFromRange(message.toSourceRange(first.start, end));
}
