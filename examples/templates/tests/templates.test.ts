/**
 * Runs every template in `examples/templates/` through the recommended preset and checks that the
 * findings are exactly the reviewed ones in `expected.json`. `UPDATE_EXPECTED=1` rewrites that file
 * instead, for review in the diff (textlint's fixture style).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lintText, presets, SUPPORTED_EXTENSIONS } from '@sincerely/lint';
import { afterAll, describe, expect, it } from 'vitest';

/** One expected finding: which rule, and where it starts. */
interface ExpectedFinding {
  ruleId: string | null;
  line: number;
  column: number;
}

const folder = fileURLToPath(new URL('../', import.meta.url));
const expectedPath = fileURLToPath(new URL('../expected.json', import.meta.url));
const update = process.env.UPDATE_EXPECTED === '1';

/** The templates: every file with a supported extension, except this folder's README. */
const templates = readdirSync(folder)
  .filter((name) => name !== 'README.md')
  .filter((name) => SUPPORTED_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)))
  .sort();

const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, ExpectedFinding[]>;
const actual: Record<string, ExpectedFinding[]> = {};

function byPosition(a: ExpectedFinding, b: ExpectedFinding): number {
  return a.line - b.line || a.column - b.column || String(a.ruleId).localeCompare(String(b.ruleId));
}

/** JSON with one finding per line, so a reviewer reads the diff finding by finding. */
function formatExpected(names: string[], findings: Record<string, ExpectedFinding[]>): string {
  const entries = names.map((name) => {
    const list = findings[name] ?? [];
    if (list.length === 0) return `  ${JSON.stringify(name)}: []`;
    const lines = list.map((finding) => `    ${JSON.stringify(finding)}`);
    return `  ${JSON.stringify(name)}: [\n${lines.join(',\n')}\n  ]`;
  });
  return `{\n${entries.join(',\n')}\n}\n`;
}

function lintTemplate(name: string): ExpectedFinding[] {
  const text = readFileSync(`${folder}${name}`, 'utf8');
  const result = lintText(text, { filePath: `examples/templates/${name}`, config: [presets.recommended] });
  return result.messages
    .map(({ ruleId, line, column }) => ({ ruleId, line, column }))
    .sort(byPosition);
}

describe('examples/templates', () => {
  it('has at least 14 templates, each listed in expected.json', () => {
    expect(templates.length).toBeGreaterThanOrEqual(14);
    if (!update) expect(Object.keys(expected).sort()).toEqual(templates);
  });

  it.each(templates)('%s gets exactly the reviewed findings', (name) => {
    const findings = lintTemplate(name);
    actual[name] = findings;
    if (!update) expect(findings).toEqual(expected[name]);
  });

  afterAll(() => {
    if (!update) return;
    writeFileSync(expectedPath, formatExpected(templates, actual));
  });
});
