/**
 * One rule, two hosts: on every example template (the ESLint example's templates, with their
 * `eslint-disable…` comments, included) and the engine's fixtures, ESLint with the plugin and the
 * standalone `lintText` give the same messages, locations, fixes, suggestions and fixed output.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText, presets, SUPPORTED_EXTENSIONS, type LintMessage } from '@sincerely/lint';
import plugin from '../src/index.js';
import { eslintVersions } from './eslint-versions.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function listTemplates(folder: string, filter: (path: string) => boolean): string[] {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) return entry === 'tests' ? [] : listTemplates(path, filter);
    return filter(path) ? [path] : [];
  });
}

const isTemplate = (path: string): boolean =>
  SUPPORTED_EXTENSIONS.some((extension) => path.toLowerCase().endsWith(extension));
const files = [
  ...listTemplates(join(root, 'examples/templates'), isTemplate),
  ...listTemplates(join(root, 'examples/eslint-setup/templates'), isTemplate),
  ...listTemplates(
    join(root, 'packages/lint/tests/linter/fixtures'),
    (path) => /[\\/]input\.[a-z]+$/u.test(path) && isTemplate(path),
  ),
].map((path) => relative(root, path));

/** Every rule of the catalog, as the strict preset sets them, over every supported extension. */
const eslintConfig = [
  {
    ...plugin.configs.strict,
    files: SUPPORTED_EXTENSIONS.map((extension) => `**/*${extension}`),
  },
  { linterOptions: { reportUnusedDisableDirectives: 'off' as const } },
];

interface Comparable {
  ruleId: string | null;
  severity: number;
  message: string;
  messageId?: string | undefined;
  fatal?: boolean | undefined;
  line: number;
  column: number;
  endLine?: number | undefined;
  endColumn?: number | undefined;
  fix?: unknown;
  suggestions?: unknown;
}

function normalize(messages: readonly Comparable[]): Comparable[] {
  return messages
    .map((message) => ({
      ruleId: message.ruleId?.replace(/^sincerely\//u, '') ?? null,
      severity: message.severity,
      message: message.message,
      messageId: message.messageId,
      fatal: message.fatal ?? false,
      line: message.line,
      column: message.column,
      endLine: message.endLine,
      endColumn: message.endColumn,
      fix: message.fix,
      suggestions: (message.suggestions as LintMessage['suggestions'])?.map(
        ({ desc, messageId, data, fix }) => ({ desc, messageId, data, fix }),
      ),
    }))
    .sort(
      (a, b) =>
        a.line - b.line ||
        a.column - b.column ||
        String(a.ruleId).localeCompare(String(b.ruleId)) ||
        a.message.localeCompare(b.message),
    );
}

describe.each(eslintVersions)('parity with lintText on $label', ({ Linter }) => {
  it('has templates with findings, fixes and suggestions to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    const messages = files.flatMap(
      (file) =>
        lintText(readFileSync(join(root, file), 'utf8'), { filePath: file, config: presets.strict })
          .messages,
    );
    expect(messages.filter((message) => message.ruleId !== null).length).toBeGreaterThan(20);
    expect(messages.some((message) => message.fix)).toBe(true);
    expect(messages.some((message) => message.suggestions?.length)).toBe(true);
    expect(messages.some((message) => message.fatal)).toBe(true);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const linter = new Linter({ cwd: root });
    const filename = join(root, file);
    const standalone = lintText(text, { filePath: file, config: presets.strict });
    const viaEslint = linter.verify(text, eslintConfig as never, { filename });
    expect(normalize(viaEslint as Comparable[])).toEqual(normalize(standalone.messages));

    const fixedStandalone = lintText(text, { filePath: file, config: presets.strict, fix: true });
    const fixedEslint = linter.verifyAndFix(text, eslintConfig as never, { filename });
    expect(fixedEslint.output).toBe(fixedStandalone.output ?? text);
  });
});

describe.each(eslintVersions)('recipient context on $label', ({ Linter }) => {
  const context = {
    contact: {
      id: 'c-lee',
      name: { full: 'Lee Park' },
      optOuts: [{ channel: 'email', kind: 'opt-out', at: '2025-01-15T10:00:00Z' }],
    },
    channel: 'email',
  };
  const text = 'Hi Lee,\n\nOur spring webinar on clinic staffing is next week.';

  it('reaches the context rules through settings.sincerely.context, as lintText’s context does', () => {
    const standalone = lintText(text, { filePath: 'webinar.txt', config: presets.strict, context });
    const viaEslint = new Linter({ cwd: root }).verify(
      text,
      [...eslintConfig, { settings: { sincerely: { context } } }] as never,
      { filename: join(root, 'webinar.txt') },
    );
    expect(standalone.messages.some((message) => message.ruleId === 'respect-opt-out')).toBe(true);
    expect(normalize(viaEslint as Comparable[])).toEqual(normalize(standalone.messages));
  });
});
