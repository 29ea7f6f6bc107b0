import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { presets } from '../../src/presets/index.js';
import { rules } from '../../src/rules/index.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const rulesDir = fileURLToPath(new URL('../../src/rules/', import.meta.url));
const docsDir = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

const ruleFiles = readdirSync(rulesDir)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/u, ''))
  .sort();

describe('the generated rule registry', () => {
  it('is up to date (`node scripts/generate.mjs --check`)', () => {
    const output = execFileSync(process.execPath, ['scripts/generate.mjs', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(output).toContain('Generated files are up to date');
  }, 30_000);

  it('registers every rule file under its own name', () => {
    expect(Object.keys(rules)).toEqual(ruleFiles);
    for (const [id, rule] of Object.entries(rules)) {
      expect((rule as { name?: string }).name, id).toBe(id);
      expect(rule.meta.docs.url.endsWith(`/${id}.md`), id).toBe(true);
    }
  });

  it('builds the presets from meta.docs', () => {
    for (const [id, rule] of Object.entries(rules)) {
      const { preset, severity, requiresContext } = rule.meta.docs;
      const inRecommended = preset === 'recommended' || requiresContext === true;
      expect(presets.recommended.rules?.[id], id).toBe(inRecommended ? severity : undefined);
      expect(presets.strict.rules?.[id], id).toBe(
        inRecommended || preset === 'strict' ? severity : undefined,
      );
      expect(presets.compliance.rules?.[id], id).toBe(
        preset === 'compliance' ? severity : undefined,
      );
    }
  });

  it.each(ruleFiles)('%s has a docs page with the headings in order and its description', (id) => {
    const path = `${docsDir}${id}.md`;
    expect(existsSync(path), path).toBe(true);
    const page = readFileSync(path, 'utf8');
    const headings = [...page.matchAll(/^#{1,2} .+$/gmu)].map((match) => match[0]);
    expect(headings).toEqual([
      `# ${id}`,
      '## Background',
      '## Rule Details',
      '## Options',
      '## When Not to Use It',
      '## Further Reading',
    ]);
    expect(page.split('\n')[2]).toBe(`${rules[id]!.meta.docs.description}.`);
  });

  it.each(ruleFiles)('%s follows the message and description conventions', (id) => {
    const { meta } = rules[id]!;
    expect(meta.docs.description).toMatch(/^(?:Disallow|Require|Enforce) .*[^.]$/u);
    for (const message of Object.values(meta.messages)) {
      expect(message).toMatch(/^["A-Z].*\.$/u);
    }
    for (const schema of Array.isArray(meta.schema) ? meta.schema : []) {
      for (const property of Object.values(schema.properties ?? {})) {
        expect(property.description, `${id}: every option has a description`).toBeTruthy();
      }
    }
  });
});
