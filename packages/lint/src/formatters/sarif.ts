/**
 * SARIF 2.1.0, for GitHub code scanning and other SARIF viewers: one run whose driver lists the
 * rules that reported (from their `meta`), and one result per problem with its exact region.
 * Columns are UTF-16 code units, 1-based, end exclusive — the same as `LintMessage`'s, so they
 * are copied as they are. A parse error is a result too (rule `parse-error`).
 */
import type { LintMessage } from '../lint-result.js';
import type { RuleMeta } from '../rule.js';
import { rules as builtInRules } from '../rules/index.js';
import { toDisplayPath } from './display-path.js';
import type { Formatter } from './formatter.js';
import { toReportedRuleId } from './formatter.js';

const SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/sincerely-dev/sincerely';
const SOURCE_ROOT = '%SRCROOT%';

/** Descriptors for the ids that are not rules (see `toReportedRuleId`). */
const BUILT_IN_DESCRIPTORS: Readonly<Record<string, SarifRule>> = {
  'parse-error': {
    id: 'parse-error',
    shortDescription: { text: 'The template could not be parsed' },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['problem'] },
  },
  config: {
    id: 'config',
    shortDescription: { text: 'A problem with the configuration or an inline directive' },
    defaultConfiguration: { level: 'warning' },
    properties: { tags: ['problem'] },
  },
};

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' };
  properties: { tags: string[] };
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning';
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string };
      region: SarifRegion;
    };
  }[];
}

function describeRule(id: string, meta: Partial<RuleMeta> | undefined): SarifRule {
  // Under ESLint, `rulesMeta` also holds other plugins' rules, whose docs may be missing.
  if (!meta?.docs?.description) {
    return (
      BUILT_IN_DESCRIPTORS[id] ?? {
        id,
        shortDescription: { text: id },
        defaultConfiguration: { level: 'warning' },
        properties: { tags: [] },
      }
    );
  }
  return {
    id,
    shortDescription: { text: meta.docs.description },
    ...(meta.docs.url ? { helpUri: meta.docs.url } : {}),
    defaultConfiguration: { level: meta.docs.severity === 'error' ? 'error' : 'warning' },
    properties: {
      tags: [meta.type, meta.docs.preset].flatMap((tag) => (tag === undefined ? [] : [tag])),
    },
  };
}

/** Percent-encodes each path segment; keeps a Windows drive letter readable. */
function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment, index) =>
      index === 0 && /^[A-Za-z]:$/u.test(segment) ? segment : encodeURIComponent(segment),
    )
    .join('/');
}

function toArtifactLocation(
  filePath: string,
  cwd: string | undefined,
): { uri: string; uriBaseId?: string } {
  const shown = toDisplayPath(filePath, cwd);
  if (/^[A-Za-z]:\//u.test(shown)) return { uri: `file:///${encodePath(shown)}` };
  if (shown.startsWith('/')) return { uri: `file://${encodePath(shown)}` };
  return cwd ? { uri: encodePath(shown), uriBaseId: SOURCE_ROOT } : { uri: encodePath(shown) };
}

function toDirectoryUri(cwd: string): string {
  const path = cwd.replace(/\\/gu, '/').replace(/\/*$/u, '/');
  return /^[A-Za-z]:\//u.test(path) ? `file:///${encodePath(path)}` : `file://${encodePath(path)}`;
}

function toRegion(message: LintMessage): SarifRegion {
  const region: SarifRegion = {
    startLine: Math.max(1, message.line),
    startColumn: Math.max(1, message.column),
  };
  if (message.endLine !== undefined && message.endColumn !== undefined) {
    region.endLine = message.endLine;
    region.endColumn = message.endColumn;
  }
  return region;
}

/**
 * Formats results as a SARIF 2.1.0 log. Artifact URIs are relative to `cwd` (with the base id
 * `%SRCROOT%`) when the file lies inside it, else absolute `file://` URIs.
 *
 * @returns the SARIF log as pretty-printed JSON.
 * @example
 * await writeFile('sincerely.sarif', formatSarif(results, { cwd: process.cwd(), toolVersion: '0.1.0' }));
 */
export const formatSarif: Formatter = (results, options = {}) => {
  const rulesMeta: Readonly<Record<string, RuleMeta>> =
    options.rulesMeta ??
    Object.fromEntries(Object.entries(builtInRules).map(([id, rule]) => [id, rule.meta]));
  const descriptors: SarifRule[] = [];
  const indexById = new Map<string, number>();
  const sarifResults: SarifResult[] = [];

  for (const result of results) {
    const artifactLocation = toArtifactLocation(result.filePath, options.cwd);
    for (const message of result.messages) {
      const ruleId = toReportedRuleId(message);
      let ruleIndex = indexById.get(ruleId);
      if (ruleIndex === undefined) {
        const meta =
          message.ruleId !== null && Object.hasOwn(rulesMeta, ruleId)
            ? rulesMeta[ruleId]
            : undefined;
        ruleIndex = descriptors.push(describeRule(ruleId, meta)) - 1;
        indexById.set(ruleId, ruleIndex);
      }
      sarifResults.push({
        ruleId,
        ruleIndex,
        level: message.severity === 2 ? 'error' : 'warning',
        message: { text: message.message },
        locations: [{ physicalLocation: { artifactLocation, region: toRegion(message) } }],
      });
    }
  }

  const log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: options.toolName ?? 'sincerely',
            informationUri: INFORMATION_URI,
            ...(options.toolVersion ? { version: options.toolVersion } : {}),
            rules: descriptors,
          },
        },
        ...(options.cwd
          ? { originalUriBaseIds: { [SOURCE_ROOT]: { uri: toDirectoryUri(options.cwd) } } }
          : {}),
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
