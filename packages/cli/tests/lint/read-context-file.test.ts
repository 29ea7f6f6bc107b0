import { describe, expect, it } from 'vitest';
import type { LintResult } from '@sincerely/lint';
import { ExitCode } from '../../src/io.js';
import { runCli } from '../run-cli.js';
import { createTempProject, TEMPLATES } from '../temp-project.js';

const OPTED_OUT = {
  contact: {
    id: 'c-maria',
    name: { full: 'Maria Lopez' },
    optOuts: [{ channel: 'email', kind: 'opt-out', at: '2025-01-15T10:00:00Z' }],
  },
  channel: 'email',
  sendAt: '2025-06-03T15:00:00Z',
};

describe('sincerely lint --context', () => {
  it('passes the recipient context to context rules', async () => {
    const dir = createTempProject({
      'maria.json': JSON.stringify(OPTED_OUT),
      'thanks.txt': TEMPLATES.clean,
    });
    expect((await runCli(['lint'], dir)).code).toBe(ExitCode.Ok);
    const run = await runCli(['lint', 'thanks.txt', '--context', 'maria.json', '-f', 'json'], dir);
    const [result] = JSON.parse(run.out) as LintResult[];
    expect(result!.messages.map((message) => message.ruleId)).toContain('respect-opt-out');
    expect(run.code).toBe(ExitCode.LintErrors);
  });

  it('names the file when the context is missing, not JSON, not an object or invalid', async () => {
    const dir = createTempProject({
      'thanks.txt': TEMPLATES.clean,
      'list.json': '[]',
      'broken.json': '{ "channel": ',
      'bad-date.json': JSON.stringify({ channel: 'email', sendAt: 'next Tuesday' }),
    });
    const err = async (file: string) => {
      const run = await runCli(['lint', 'thanks.txt', '--context', file], dir);
      expect(run.code).toBe(ExitCode.Fatal);
      return run.err;
    };
    expect(await err('none.json')).toBe(
      'sincerely lint: Cannot read the context file none.json: no such file.\n',
    );
    expect(await err('broken.json')).toMatch(/^sincerely lint: broken\.json is not valid JSON: /u);
    expect(await err('list.json')).toMatch(/^sincerely lint: list\.json must hold a JSON object/u);
    expect(await err('bad-date.json')).toMatch(
      /^sincerely lint: bad-date\.json: context\.sendAt: /u,
    );
  });
});
