import { readFileSync } from 'node:fs';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/index.js';
import { formatSarif, lintText, rules } from '../../src/index.js';
import { brokenResult, cleanResult, CWD, introResult } from './sample-results.js';

/** The official OASIS schema (draft-04), vendored: see fixtures/SARIF-SCHEMA.md. */
const schema = JSON.parse(
  readFileSync(new URL('fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object;
// Both packages are CommonJS with `exports.default`; NodeNext types the default import as the module.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValidSarif(text: string): void {
  const log: unknown = JSON.parse(text);
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version?: string; rules: Record<string, unknown>[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId?: string };
          region: Record<string, number>;
        };
      }[];
    }[];
  }[];
}

describe('formatSarif', () => {
  it('is valid SARIF 2.1.0 for real engine results, parse errors included', () => {
    const results: LintResult[] = [
      lintText('Hi [FIRST NAME],\n\nI hope this email finds you well!!\n', {
        filePath: '/repo/emails/intro.txt',
      }),
      lintText('<p>Hi {{ first_name }},</p>\n<p>Only 3 spots left, act now!!</p>\n', {
        filePath: '/repo/emails/promo.liquid.html',
      }),
      lintText('Hi {{#if firstName}}{{firstName}},\n', { filePath: '/repo/emails/broken.hbs' }),
    ];
    const text = formatSarif(results, { cwd: '/repo', toolVersion: '0.1.0' });
    expectValidSarif(text);
    const log = JSON.parse(text) as SarifLog;
    const count = results.reduce((sum, result) => sum + result.messages.length, 0);
    expect(log.runs[0]!.results).toHaveLength(count);

    // The schema check has teeth: a level SARIF does not know is rejected.
    const [firstResult] = log.runs[0]!.results;
    firstResult!.level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('lists the reporting rules from their meta and points each result at its region', () => {
    const text = formatSarif([introResult, cleanResult, brokenResult], {
      cwd: CWD,
      toolVersion: '1.2.3',
    });
    expectValidSarif(text);
    const [run] = (JSON.parse(text) as SarifLog).runs;
    expect(run!.tool.driver.name).toBe('sincerely');
    expect(run!.tool.driver.version).toBe('1.2.3');
    expect(run!.columnKind).toBe('utf16CodeUnits');
    expect(run!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${CWD}/` } });
    expect(run!.tool.driver.rules.map((rule) => rule['id'])).toEqual([
      'no-unfilled-placeholder',
      'no-hollow-opener',
      'no-shouting',
      'parse-error',
    ]);
    const placeholder = rules['no-unfilled-placeholder']!;
    expect(run!.tool.driver.rules[0]).toEqual({
      id: 'no-unfilled-placeholder',
      shortDescription: { text: placeholder.meta.docs.description },
      helpUri: placeholder.meta.docs.url,
      defaultConfiguration: { level: 'error' },
      properties: {
        tags: [placeholder.meta.type, placeholder.meta.docs.preset],
      },
    });

    expect(run!.results[2]).toEqual({
      ruleId: 'no-shouting',
      ruleIndex: 2,
      level: 'warning',
      message: { text: '"!!" reads as shouting: one "!" is enough.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'emails/intro.txt', uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 69, endLine: 3, endColumn: 71 },
          },
        },
      ],
    });
    expect(run!.results[3]).toMatchObject({
      ruleId: 'parse-error',
      ruleIndex: 3,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'emails/follow%20up%2C%20v2.hbs', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 4 },
          },
        },
      ],
    });
  });

  it('uses absolute file URIs outside cwd and stays valid with no results', () => {
    const outside = formatSarif([introResult], { cwd: '/elsewhere' });
    expectValidSarif(outside);
    const [run] = (JSON.parse(outside) as SarifLog).runs;
    expect(run!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: `file://${CWD}/emails/intro.txt`,
    });

    const empty = formatSarif([cleanResult]);
    expectValidSarif(empty);
    expect((JSON.parse(empty) as SarifLog).runs[0]!.results).toEqual([]);
  });
});
