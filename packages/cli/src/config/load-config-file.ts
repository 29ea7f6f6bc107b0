import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '@sincerely/lint';
import { CliError } from '../cli-error.js';
import { describeReadError } from '../files/describe-read-error.js';

const MODULE_EXTENSIONS = ['.js', '.mjs', '.cjs'];

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').trim().replace(/\.$/u, '');
}

async function readJsonConfig(path: string, shown: string): Promise<unknown> {
  const text = (await readConfigText(path, shown)).replace(/^\uFEFF/u, '');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The engine's message can quote the file; the position says where without repeating it.
    // Core's full entry loads the model (≈ 55 ms): only a broken file needs it.
    const { locateJsonError } = await import('@sincerely/core');
    const at = locateJsonError(text);
    const where = at ? ` (line ${at.line}, column ${at.column})` : '';
    throw new CliError(
      `${shown} is not valid JSON${where}: check the quotes, commas and brackets there.`,
    );
  }
}

async function readConfigText(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const why = describeReadError(error);
    throw new CliError(`Cannot read the config file ${shown}: ${why}.`, { cause: error });
  }
}

async function importModuleConfig(path: string, shown: string): Promise<unknown> {
  // The content hash makes an edited file load anew in the same process (a long-lived host, tests).
  const text = await readConfigText(path, shown);
  // `node:crypto` is loaded here, for JavaScript configs only: most runs never need it.
  const { createHash } = await import('node:crypto');
  const version = createHash('sha1').update(text).digest('hex').slice(0, 12);
  let module: { default?: unknown };
  try {
    module = (await import(`${pathToFileURL(path).href}?v=${version}`)) as { default?: unknown };
  } catch (error) {
    throw new CliError(`Cannot load the config file ${shown}: ${firstLine(error)}.`, {
      cause: error,
    });
  }
  if (!('default' in module) || module.default === undefined) {
    throw new CliError(
      `${shown} has no default export: write \`export default [ … ]\` with your config objects.`,
    );
  }
  return module.default;
}

/**
 * Loads a config file: JSON, or an ES module whose default export is the flat config. The value is
 * validated later (by `resolveConfig`), with the file's name in every message.
 *
 * @returns the config as the file wrote it.
 * @throws {CliError} when the file cannot be read, parsed or imported.
 */
export async function loadConfigFile(path: string, shown = basename(path)): Promise<Config> {
  const extension = extname(path).toLowerCase();
  if (!MODULE_EXTENSIONS.includes(extension) && extension !== '.json') {
    throw new CliError(
      `Cannot load the config file ${shown}: use a .js, .mjs, .cjs or .json file.`,
    );
  }
  const value =
    extension === '.json'
      ? await readJsonConfig(path, shown)
      : await importModuleConfig(path, shown);
  return value as Config;
}
