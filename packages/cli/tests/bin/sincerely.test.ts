/** The published entry point: `bin/sincerely.js` runs the built `dist` in a real Node process. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../publish/ensure-built.js';
import { createTempProject, TEMPLATES } from '../temp-project.js';

const BIN = fileURLToPath(new URL('../../bin/sincerely.js', import.meta.url));
const LINT_DIST = new URL('../../../lint/dist/index.js', import.meta.url).href;
/** Packages a plain-text lint has no use for: the model's validator, the template parsers, the HTML entity decoder and the glob matcher. */
const HEAVY = [
  'zod',
  'ical.js',
  'papaparse',
  'yaml',
  'liquidjs',
  'htmlparser2',
  'ajv',
  'entities',
  'minimatch',
];

/**
 * Runs `body` (with `lintText` and `log` in scope) in a child Node process over the built lint
 * package, and returns the packages of `HEAVY` that were loaded: ES modules are logged by a
 * resolve hook, CommonJS modules read from `require.cache`.
 */
function heavyPackagesLoaded(dir: string, body: string): string[] {
  const log = join(dir, 'loaded.log');
  const hook = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
  return result;
}`;
  const script = `
    import { createRequire, register } from 'node:module';
    import { appendFileSync } from 'node:fs';
    register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hook)}));
    const { lintText } = await import(${JSON.stringify(LINT_DIST)});
    ${body}
    const require = createRequire(import.meta.url);
    appendFileSync(${JSON.stringify(log)}, Object.keys(require.cache).map((path) => ${JSON.stringify(pathToFileURL('/').href)} + path.slice(1)).join('\\n'));
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  const loaded = readFileSync(log, 'utf8');
  return HEAVY.filter((name) => loaded.includes(`/node_modules/${name}/`));
}

describe('bin/sincerely.js (reads dist)', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('lints a folder in a child process: stylish output and exit code 1', () => {
    const dir = createTempProject({
      'emails/intro.hbs': TEMPLATES.placeholder,
      'emails/thanks.txt': TEMPLATES.clean,
    });
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env['FORCE_COLOR'];
    const result = spawnSync(process.execPath, [BIN, 'lint', 'emails'], {
      cwd: dir,
      encoding: 'utf8',
      env,
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        '',
        'emails/intro.hbs',
        '  1:4  error  This reads like a leftover placeholder: fill in "[FIRST NAME]" or remove it before sending  no-unfilled-placeholder',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
    expect(result.status).toBe(1);
  });

  it('lints plain text without loading the model or the template parsers', () => {
    const dir = createTempProject({});
    expect(
      heavyPackagesLoaded(
        dir,
        `lintText(${JSON.stringify(TEMPLATES.clean)}, { filePath: 'thanks.txt' });`,
      ),
    ).toEqual([]);
  });

  it('loads the model on first use to check a send against a recipient context', () => {
    const dir = createTempProject({});
    const context = {
      contact: { id: 'c-maria', name: { full: 'Maria Lopez' }, timeZone: 'America/Denver' },
      channel: 'call',
      sendAt: '2025-06-03T03:30:00Z',
    };
    const loaded = heavyPackagesLoaded(
      dir,
      `const { messages } = lintText('Hi Maria, calling about the shift template.', {
        filePath: 'call.txt',
        config: { rules: { 'respect-quiet-hours': 'error' }, settings: { sincerely: { context: ${JSON.stringify(context)} } } },
      });
      if (messages.map((message) => message.ruleId).join() !== 'respect-quiet-hours') throw new Error(JSON.stringify(messages));`,
    );
    // Core's full entry comes through `require` (its "module-sync" ES module), whose own imports
    // no resolve hook sees; CommonJS ones such as papaparse show in `require.cache`.
    expect(loaded).toContain('papaparse');
    expect(
      loaded.filter((name) => ['yaml', 'liquidjs', 'htmlparser2', 'ajv'].includes(name)),
    ).toEqual([]);
  });
});
