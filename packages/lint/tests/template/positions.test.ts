import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/template/ast.js';
import { SourceCode } from '../../src/source-code/source-code.js';
import { parseOk } from './parse-ok.js';
import { templateFixtures } from './template-fixtures.js';

describe.each(templateFixtures)('positions in $name ($syntax)', ({ text, syntax }) => {
  const ast = parseOk(text, syntax);
  const sourceCode = new SourceCode({ text, ast });
  const nodes = [...sourceCode.traverse()]
    .filter((step) => step.phase === 1)
    .map((step) => step.target)
    .concat(ast.comments);

  it('gives every Text without `raw` a value equal to its source slice', () => {
    const texts = nodes.filter((node) => node.type === 'Text' && node.raw === undefined);
    expect(texts.length).toBeGreaterThan(0);
    for (const node of texts) {
      if (node.type !== 'Text') continue;
      expect(text.slice(node.range[0], node.range[1])).toBe(node.value);
    }
  });

  it('gives every Text with `raw`, merge field and tag a `raw` equal to its source slice', () => {
    for (const node of nodes) {
      if (
        (node.type === 'Text' && node.raw !== undefined) ||
        node.type === 'MergeField' ||
        node.type === 'Block'
      ) {
        expect(text.slice(node.range[0], node.range[1])).toBe(node.raw);
      }
    }
  });

  it('gives every comment a value equal to the slice of its valueRange', () => {
    for (const comment of ast.comments) {
      expect(text.slice(comment.valueRange[0], comment.valueRange[1])).toBe(comment.value);
      expect(comment.valueRange[0]).toBeGreaterThanOrEqual(comment.range[0]);
      expect(comment.valueRange[1]).toBeLessThanOrEqual(comment.range[1]);
    }
  });

  it('gives every node a loc that agrees with SourceCode', () => {
    for (const node of nodes) {
      expect(node.loc).toEqual(sourceCode.getLocFromRange(node.range));
    }
  });

  it('keeps children inside their paragraph, in source order, without overlap', () => {
    let previousEnd = 0;
    for (const block of ast.children) {
      expect(block.range[0]).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = block.range[1];
      if (block.type !== 'Paragraph') continue;
      let childEnd = block.range[0];
      for (const child of block.children as Node[]) {
        expect(child.range[0]).toBeGreaterThanOrEqual(childEnd);
        expect(child.range[1]).toBeLessThanOrEqual(block.range[1]);
        childEnd = child.range[1];
      }
    }
  });
});
