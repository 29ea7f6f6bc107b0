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
    expect(await err('broken.json')).toBe(
      'sincerely lint: broken.json is not valid JSON (line 1, column 14).\n',
    );
    expect(await err('list.json')).toMatch(/^sincerely lint: list\.json must hold a JSON object/u);
    expect(await err('bad-date.json')).toMatch(
      /^sincerely lint: bad-date\.json: context\.sendAt: /u,
    );
  });

  it('never repeats what the file says: only where the problem is', async () => {
    const dir = createTempProject({
      'thanks.txt': TEMPLATES.clean,
      // Node 20 words this "Unexpected token 'M', "…Mitchell SecretSurname…" is not valid JSON".
      'bare-name.json': '{"contact":{"id":"c1","name":{"full": Mitchell SecretSurname}}}',
      'two-lines.json': '{\n  "contact": { "id": "c1", "name": { "full": Mitchell Secret } }\n}',
      'key.json': JSON.stringify({
        contact: { id: 'c1', name: { full: 'Lee' }, 'lee.park@secret.example': true },
      }),
    });
    const err = async (file: string) =>
      (await runCli(['lint', 'thanks.txt', '--context', file], dir)).err;
    expect(await err('bare-name.json')).toBe(
      'sincerely lint: bare-name.json is not valid JSON (line 1, column 39).\n',
    );
    expect(await err('two-lines.json')).toBe(
      'sincerely lint: two-lines.json is not valid JSON (line 2, column 46).\n',
    );
    expect(await err('key.json')).toBe(
      'sincerely lint: key.json: context.contact: unknown property (not part of the contact model).\n',
    );
  });
});
