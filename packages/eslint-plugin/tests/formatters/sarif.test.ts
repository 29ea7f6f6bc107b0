/**
 * The SARIF formatter as ESLint loads it: `eslint -f <path to dist/formatters/sarif.js>`, on the
 * lowest and newest supported ESLint, checked against the official SARIF 2.1.0 schema.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../../cli/tests/publish/ensure-built.js';
import plugin from '../../src/index.js';
import sarif from '../../src/formatters/sarif.js';
import { eslintVersions } from '../eslint-versions.js';

const pluginDir = fileURLToPath(new URL('../../', import.meta.url));
const builtFormatter = join(pluginDir, 'dist/formatters/sarif.js');
const schema = JSON.parse(
  readFileSync(
    new URL('../../../lint/tests/formatters/fixtures/sarif-schema-2.1.0.json', import.meta.url),
    'utf8',
  ),
) as object;
// Both packages are CommonJS with `exports.default`; NodeNext types the default import as the module.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

interface SarifLog {
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; helpUri?: string }[] } };
    results: {
      ruleId: string;
      level: string;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId?: string };
          region: Record<string, number>;
        };
      }[];
    }[];
  }[];
}

const TEMPLATE = 'Hi Dana,\n\nOnly 3 seats left, so act now!\n\nBest,\nSam\n';

beforeAll(() => ensureBuilt([pluginDir]));

describe.each(eslintVersions)('the SARIF formatter on $label', ({ ESLint }) => {
  it('loads by path with `-f`, and writes a valid log with our rules and exact regions', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sincerely-sarif-'));
    const eslint = new ESLint({
      cwd,
      overrideConfigFile: true,
      overrideConfig: [plugin.configs.recommended],
    });
    const results = await eslint.lintText(TEMPLATE, { filePath: join(cwd, 'emails/invite.hbs') });
    const formatter = await eslint.loadFormatter(builtFormatter);
    const text = await formatter.format(results);

    const log = JSON.parse(text) as SarifLog;
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    const [run] = log.runs;
    expect(run?.tool.driver.name).toBe('eslint-plugin-sincerely');
    expect(run?.tool.driver.rules.map((rule) => rule.id)).toEqual(['sincerely/no-false-urgency']);
    expect(run?.tool.driver.rules[0]?.helpUri).toMatch(/docs\/rules\/no-false-urgency\.md$/u);
    expect(
      run?.results.map(({ ruleId, level, locations }) => ({
        ruleId,
        level,
        uri: locations[0]?.physicalLocation.artifactLocation.uri,
        region: locations[0]?.physicalLocation.region,
      })),
    ).toEqual([
      {
        ruleId: 'sincerely/no-false-urgency',
        level: 'warning',
        uri: 'emails/invite.hbs',
        region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 18 },
      },
      {
        ruleId: 'sincerely/no-false-urgency',
        level: 'warning',
        uri: 'emails/invite.hbs',
        region: { startLine: 3, startColumn: 23, endLine: 3, endColumn: 30 },
      },
    ]);
  });
});

describe('the SARIF formatter with rules of other plugins', () => {
  it('describes a rule whose meta has no docs by its id, without failing', () => {
    const results = [
      {
        filePath: '/project/a.ts',
        messages: [{ ruleId: 'other/rule', severity: 2, message: 'Something', line: 1, column: 1 }],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ];
    const log = JSON.parse(
      sarif(results, { cwd: '/project', rulesMeta: { 'other/rule': { type: 'problem' } } }),
    ) as SarifLog;
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules[0]).toMatchObject({ id: 'other/rule' });
    expect(log.runs[0]?.results[0]).toMatchObject({ ruleId: 'other/rule', level: 'error' });
  });
});
