import { describe, expect, it } from 'vitest';
import type { TemplateSyntax } from '../../src/template/ast.js';
import { parseTemplate } from '../../src/template/parse-template.js';

/** About `size` characters of `unit`, repeated. */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length));
}

function timeParse(text: string, syntax: TemplateSyntax): { ok: boolean; ms: number } {
  const started = performance.now();
  const result = parseTemplate(text, { syntax });
  return { ok: result.ok, ms: performance.now() - started };
}

const ONE_MB = 1_000_000;

describe('parseTemplate on large and hostile input', () => {
  it.each<[string, TemplateSyntax, string]>([
    [
      'plain text',
      'text',
      'Hi Maria,\n\nThanks for the call on Tuesday — the notes are below.\n\n',
    ],
    ['one line of text', 'text', 'word '],
    ['markdown with fences', 'markdown', 'Intro.\n\n```\ncode\n```\n\n'],
    [
      'Handlebars',
      'handlebars',
      'Hi {{firstName}},\n\nThanks for the call on Tuesday — the notes you asked for are below, and the deck is attached.\n\n{{#if company}}How is everything at {{company}}?{{else}}How are things?{{/if}}\n\n',
    ],
    [
      'Liquid',
      'liquid',
      'Hi {{ name | default: "there" }}, {% if vip %}thanks for staying with us{% endif %}!\n\n',
    ],
    [
      'HTML',
      'html',
      '<tr><td style="font-size:0"><p>Hi &amp; welcome,<br>{{firstName}} <img alt="logo"></p></td></tr>\n',
    ],
  ])(
    'parses 1 MB of %s',
    (_name, syntax, unit) => {
      const { ok, ms } = timeParse(repeatTo(unit, ONE_MB), syntax);
      expect(ok).toBe(true);
      expect(ms).toBeLessThan(10_000);
    },
    60_000,
  );

  it.each<[string, TemplateSyntax, string]>([
    ['dense Handlebars tags', 'handlebars', '{{a}}{{#if b}}{{c}}{{else}}d{{/if}}\n'],
    ['dense Liquid tags', 'liquid', '{{ a }}{% if b %}{{ c }}{% else %}d{% endif %}\n'],
    ['unclosed inline elements', 'html', '<p>{{ a }}{% if b %}<b>{% endif %}'],
    ['deeply nested Liquid blocks', 'liquid', '{% if a %}{{ a }}'],
  ])(
    'grows linearly with %s',
    (_name, syntax, unit) => {
      const small = timeParse(repeatTo(unit, 100_000), syntax);
      const large = timeParse(repeatTo(unit, 400_000), syntax);
      // Four times the input: a quadratic step would take sixteen times as long.
      expect(large.ms).toBeLessThan(Math.max(small.ms, 20) * 10);
    },
    60_000,
  );

  it.each<TemplateSyntax>(['handlebars', 'liquid', 'html', 'text', 'markdown'])(
    'returns quickly for a run of braces in %s',
    (syntax) => {
      const { ms } = timeParse(`Hi ${'{'.repeat(200_000)} there ${'}'.repeat(100_000)}`, syntax);
      expect(ms).toBeLessThan(5_000);
    },
    30_000,
  );

  it.each<TemplateSyntax>(['handlebars', 'liquid', 'html'])(
    'returns quickly for 20,000 unclosed blocks in %s',
    (syntax) => {
      const { ok, ms } = timeParse('<p>{{#if a}}{% if b %}<b>'.repeat(20_000), syntax);
      expect(ok).toBe(false);
      expect(ms).toBeLessThan(10_000);
    },
    30_000,
  );
});
