import { describe, expect, it } from 'vitest';
import { detectSyntax, SUPPORTED_EXTENSIONS } from '../../src/template/detect-syntax.js';

describe(detectSyntax, () => {
  it.each([
    ['notes/follow-up.txt', 'text'],
    ['emails/welcome.hbs', 'handlebars'],
    ['emails/welcome.handlebars', 'handlebars'],
    ['emails/welcome.mustache', 'handlebars'],
    ['shopify/order.liquid', 'liquid'],
    ['newsletter/march.html', 'html'],
    ['newsletter/MARCH.HTM', 'html'],
    ['drafts/intro.md', 'markdown'],
    ['C:\\drafts\\intro.MD', 'markdown'],
    ['archive.v2/notes.txt', 'text'],
  ])('reads %s as %s', (filePath, syntax) => {
    expect(detectSyntax(filePath)).toBe(syntax);
  });

  it.each(['script.js', 'README', 'archive.v2/README', 'photo.png', 'email.html.bak'])(
    'does not read %s',
    (filePath) => {
      expect(detectSyntax(filePath)).toBeUndefined();
    },
  );

  it('lists every extension it reads', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual([
      '.txt',
      '.hbs',
      '.handlebars',
      '.mustache',
      '.liquid',
      '.html',
      '.htm',
      '.md',
    ]);
    for (const extension of SUPPORTED_EXTENSIONS)
      expect(detectSyntax(`file${extension}`)).toBeDefined();
  });
});
