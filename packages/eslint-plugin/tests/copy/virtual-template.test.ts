import { describe, expect, it } from 'vitest';
import { VirtualTemplate, type CopyContainer } from '../../src/copy/virtual-template.js';

/** `Hi {{name}}, thanks!!` written from JSX `<Text>Hi {name}, thanks!!</Text>` (offset 6 = "H"). */
function build(): VirtualTemplate {
  const template = new VirtualTemplate();
  const first: CopyContainer = { kind: 'jsx-text' };
  const second: CopyContainer = { kind: 'jsx-text' };
  template.appendLinear('Hi ', 6, first);
  template.appendMapped('{{name}}', 9, 15, { kind: 'expression' });
  template.appendLinear(', thanks!!', 15, second);
  return template;
}

describe(VirtualTemplate, () => {
  it.each([
    ['inside one text', [19, 21] as const, '!', { range: [23, 25], text: '!' }],
    ['an insertion at the end of a text', [21, 21] as const, '.', { range: [25, 25], text: '.' }],
    ['text that must not be written in JSX', [20, 21] as const, '{x}', null],
    ['across an expression', [0, 13] as const, 'Hello', null],
    ['over the expression itself', [3, 11] as const, 'there', null],
  ])('maps a fix %s', (_name, range, text, expected) => {
    expect(build().mapFix(range, text)).toEqual(expected);
  });

  it('maps a range that starts or ends between copy to the nearest copy', () => {
    const template = build();
    template.appendSyntax('\n\n');
    expect(template.mapStart(3)).toBe(9);
    expect(template.mapEnd(11)).toBe(15);
    expect(template.mapEnd(template.text.length)).toBe(25);
    expect(template.mapStart(template.text.length)).toBeUndefined();
  });

  it.each([
    ['string', { kind: 'string', quote: "'" } as const, "it's \\ \n", "it\\'s \\\\ \\n"],
    ['template', { kind: 'template' } as const, '`${x}`', '\\`\\${x}\\`'],
  ])('escapes fix text for a %s literal', (_name, container, text, escaped) => {
    const template = new VirtualTemplate();
    template.appendLinear('Thanks', 10, container);
    expect(template.mapFix([6, 6], text)).toEqual({ range: [16, 16], text: escaped });
  });
});
