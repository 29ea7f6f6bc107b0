/**
 * Runs ESLint on this example with its own `eslint.config.js`, as `npx eslint .` would, and checks
 * every finding (rule, place) in the templates and in the TSX/TS copy, and what `--fix` writes.
 * The plugin comes from its sources, so the test needs no build.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import * as eslint10 from 'eslint';
import * as eslint9 from 'eslint-v9';

vi.mock('eslint-plugin-sincerely', () => import('../../../packages/eslint-plugin/src/index.js'));

const cwd = fileURLToPath(new URL('..', import.meta.url));
// A plain-JS config file: imported by URL so TypeScript does not ask for its types.
const configPath = new URL('../eslint.config.js', import.meta.url).href;
const { default: config } = (await import(configPath)) as { default: eslint10.Linter.Config[] };

type Finding = [
  ruleId: string | null,
  line: number,
  column: number,
  endLine?: number,
  endColumn?: number,
];

const expected: Record<string, Finding[]> = {
  'emails/renewal-reminder.tsx': [
    ['sincerely/copy-no-shouting', 22, 37, 22, 39],
    ['sincerely/copy-require-merge-field-fallback', 28, 35, 28, 48],
    ['sincerely/copy-no-false-urgency', 28, 50, 28, 66],
    ['sincerely/copy-no-false-urgency', 29, 15, 29, 22],
    ['sincerely/copy-no-shouting', 31, 54, 31, 63],
  ],
  'emails/send-follow-up.ts': [
    ['sincerely/copy-no-shouting', 6, 15, 6, 21],
    ['sincerely/copy-no-false-urgency', 6, 34, 6, 44],
    ['sincerely/copy-no-guilt-trip', 7, 38, 7, 80],
    ['sincerely/copy-no-false-urgency', 7, 82, 7, 89],
    ['sincerely/copy-no-false-urgency', 7, 90, 7, 110],
    ['sincerely/copy-no-shouting', 7, 110, 7, 112],
  ],
  'emails/send-renewal.ts': [
    ['sincerely/copy-no-false-urgency', 4, 32, 4, 39],
    ['sincerely/copy-no-shouting', 4, 39, 4, 41],
    ['sincerely/copy-no-false-urgency', 9, 27, 9, 41],
  ],
  'emails/thank-you.tsx': [],
  'templates/check-in.liquid': [
    ['sincerely/no-false-urgency', 10, 86, 10, 100],
    ['sincerely/no-shouting', 10, 126, 10, 128],
  ],
  'templates/follow-up.hbs': [
    ['sincerely/no-false-urgency', 12, 1, 12, 17],
    ['sincerely/no-shouting', 12, 35, 12, 37],
    [null, 14, 1, undefined, undefined],
  ],
  'templates/intro.txt': [
    ['sincerely/no-unfilled-placeholder', 1, 4, 1, 16],
    ['sincerely/no-hollow-opener', 3, 1, 3, 33],
    ['sincerely/no-false-urgency', 3, 35, 3, 52],
  ],
  'templates/newsletter.html': [['sincerely/no-unverifiable-claims', 10, 37, 10, 58]],
};

const versions = [
  { label: `ESLint ${eslint10.ESLint.version}`, ESLint: eslint10.ESLint },
  {
    label: `ESLint ${eslint9.ESLint.version}`,
    ESLint: eslint9.ESLint as unknown as typeof eslint10.ESLint,
  },
];

describe.each(versions)('examples/eslint-setup with $label', ({ ESLint }) => {
  const create = (fix: boolean) =>
    new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, fix });

  it('reports the expected rules at the expected places', async () => {
    const results = await create(false).lintFiles(['.']);
    const found = Object.fromEntries(
      results
        .map((result) => [
          relative(cwd, result.filePath).replaceAll('\\', '/'),
          result.messages.map((m): Finding => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]),
        ])
        .filter(([file]) => file !== 'components.tsx' && file !== 'eslint.config.js'),
    );
    expect(found).toEqual(expected);
  });

  it('fixes templates and code with --fix', async () => {
    const results = await create(true).lintFiles(['emails', 'templates']);
    const output = (file: string) =>
      results.find((result) => relative(cwd, result.filePath).replaceAll('\\', '/') === file)
        ?.output;
    const source = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');

    expect(output('emails/renewal-reminder.tsx')).toBe(
      source('emails/renewal-reminder.tsx').replace('renews soon!!', 'renews soon!'),
    );
    expect(output('emails/send-follow-up.ts')).toBe(
      source('emails/send-follow-up.ts').replace('too late!!`', 'too late!`'),
    );
    expect(output('templates/follow-up.hbs')).toBe(
      source('templates/follow-up.hbs')
        .replace('your slot!!', 'your slot!')
        .replace('{{!-- eslint-disable-next-line sincerely/no-shouting --}}', ' '),
    );
    expect(output('templates/check-in.liquid')).toBe(
      source('templates/check-in.liquid').replace('scheduler!!', 'scheduler!'),
    );
    expect(output('emails/send-renewal.ts')).toBe(
      source('emails/send-renewal.ts').replace('act now!!', 'act now!'),
    );
    expect(output('emails/thank-you.tsx')).toBeUndefined();
  });
});
