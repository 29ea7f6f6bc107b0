/** The published entry point: `bin/sincerely.js` runs the built `dist` in a real Node process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../publish/ensure-built.js';
import { createTempProject, TEMPLATES } from '../temp-project.js';

const BIN = fileURLToPath(new URL('../../bin/sincerely.js', import.meta.url));

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
});
