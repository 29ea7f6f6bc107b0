/** `sincerely init`: writes a starter `sincerely.config.mjs` with the recommended preset. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { presets, RULE_DOCS_BASE_URL } from '@sincerely/lint';
import { CliError } from '../cli-error.js';
import { CONFIG_FILE_NAMES } from '../config/find-config-file.js';
import type { Command } from '../io.js';
import { ExitCode } from '../io.js';
import { createPaint } from '../output/paint.js';

/** The file `init` writes. */
export const INIT_FILE_NAME = 'sincerely.config.mjs';

const INIT_HELP = `Usage: sincerely init

Writes ${INIT_FILE_NAME} in the current folder with the recommended preset.
It refuses to overwrite an existing sincerely.config.{js,mjs,json}.
`;

/**
 * The starter config's text. When the project can import `@sincerely/lint`, the config imports the
 * preset (so upgrades bring new rules); otherwise it lists the preset's rules as they are today.
 *
 * @returns the file's text.
 */
export function renderStarterConfig(options: { importPresets: boolean }): string {
  const header = [
    `// Sincerely's config: flat config objects, later ones override earlier ones.`,
    `// Rules and their options: ${RULE_DOCS_BASE_URL}`,
  ];
  if (options.importPresets) {
    return [
      ...header,
      `import { presets } from '@sincerely/lint';`,
      '',
      `/** @type {import('@sincerely/lint').ConfigObject[]} */`,
      'export default [',
      '  presets.recommended,',
      '  {',
      `    // Tune rules here, e.g. 'max-words': ['warn', { max: 150 }], or 'no-buzzwords': 'off'.`,
      '    rules: {},',
      '  },',
      '];',
      '',
    ].join('\n');
  }
  const rules = Object.entries(presets.recommended.rules ?? {}).map(
    ([id, entry]) =>
      `      ${JSON.stringify(id).replace(/"/gu, "'")}: ${JSON.stringify(entry).replace(/"/gu, "'")},`,
  );
  return [
    ...header,
    `// The recommended preset's rules when this file was written; tune them here,`,
    `// e.g. 'max-words': ['warn', { max: 150 }], or 'no-buzzwords': 'off'.`,
    '',
    `/** @type {import('@sincerely/lint').ConfigObject[]} */`,
    'export default [',
    '  {',
    `    name: 'sincerely/recommended',`,
    '    rules: {',
    ...rules,
    '    },',
    '  },',
    '];',
    '',
  ].join('\n');
}

function canImportLint(cwd: string): boolean {
  try {
    createRequire(join(cwd, 'package.json')).resolve('@sincerely/lint');
    return true;
  } catch {
    return false;
  }
}

/** `sincerely init`: exit 0 after writing the file; exit 2 when a config already exists. */
export const init: Command = async (argv, io) => {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    const flag = /'(-[^']*)'/u.exec((error as Error).message)?.[1] ?? argv.join(' ');
    throw new CliError(
      `Unknown option or argument ${flag} for "sincerely init"; run "sincerely init --help".`,
      { cause: error },
    );
  }
  if (values.help) {
    io.stdout(INIT_HELP);
    return ExitCode.Ok;
  }
  const existing = CONFIG_FILE_NAMES.find((name) => existsSync(join(io.cwd, name)));
  if (existing) {
    throw new CliError(
      `${existing} already exists here; edit it, or delete it and run "sincerely init" again.`,
    );
  }
  const text = renderStarterConfig({ importPresets: canImportLint(io.cwd) });
  try {
    await writeFile(join(io.cwd, INIT_FILE_NAME), text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'write error';
    throw new CliError(`Cannot write ${INIT_FILE_NAME}: ${code}.`, { cause: error });
  }
  const paint = createPaint(io);
  io.stdout(
    `${paint.green('Wrote')} ${paint.bold(INIT_FILE_NAME)} with the recommended preset:\n\n${text}\n` +
      `Next: ${paint.bold('npx sincerely lint')} lints the templates under this folder.\n`,
  );
  return ExitCode.Ok;
};
