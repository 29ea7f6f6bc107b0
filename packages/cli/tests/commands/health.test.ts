import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { health } from '../../src/commands/health.js';
import { ExitCode } from '../../src/io.js';
import { createBufferIO } from './buffer-io.js';

const NOW = ['--now', '2025-06-02T15:00:00Z'];

describe('sincerely health', () => {
  it('prints each contact’s status with its reasons', async () => {
    const io = createBufferIO();
    expect(await health(['contacts.json', ...NOW], io)).toBe(ExitCode.Ok);
    const text = io.out.join('');
    expect(text.split('\n').filter((line) => /^\S/u.test(line))).toEqual([
      'Maria Lopez      warm',
      'Mitchell Evans   cold',
      'Priya Natarajan  warm',
      'Tomasz Kowalski  unknown',
      'Lee Park         unknown',
      'Dana Whitfield   new',
      'Sam Okafor       cooling',
      '1 new · 2 warm · 1 cooling · 1 cold · 2 unknown',
    ]);
    expect(text).toContain(
      'Mitchell Evans   cold\n  Last two-way contact 74 days ago, over 8× the usual gap of 7 days: ties this quiet for this long usually fade.\n',
    );
    expect(text).toContain(
      '  Only 2 two-way contacts so far: too little history to judge (little contact is not proof of a weak tie).\n',
    );
  });

  it('prints JSON with components and signals', async () => {
    const io = createBufferIO();
    expect(await health(['contacts.json', '--format', 'json', ...NOW], io)).toBe(ExitCode.Ok);
    const [maria] = JSON.parse(io.out.join(''));
    expect(maria).toMatchObject({
      contactId: 'c-maria',
      status: 'warm',
      cadenceDays: 30,
      components: { promiseKeeping: { rating: 'good' } },
    });
    expect(maria.signals.map((signal: { kind: string }) => signal.kind)).toContain(
      'remembered-detail',
    );
  });

  it('rejects JSON that is not JSON, naming the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sincerely-health-'));
    writeFileSync(
      join(dir, 'crm.json'),
      '{\n  "version": 1,\n  "contacts": [\n    { "id": "c1", }\n  ]\n}\n',
    );
    const io = createBufferIO({ cwd: dir });
    expect(await health(['crm.json'], io)).toBe(ExitCode.Fatal);
    expect(io.err.join('')).toMatch(
      /^sincerely health: crm\.json: \(root\): not valid JSON \(line 4, column \d+\)\.\n$/u,
    );
  });

  it('gives the line and column of a syntax error without quoting the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sincerely-health-'));
    // Node 20 words this "Unexpected token 'M', "…Mitchell SecretSurname…" is not valid JSON".
    writeFileSync(
      join(dir, 'crm.json'),
      '{"version":1,"contacts":[{"id":"c1","name":{"full": Mitchell SecretSurname}}]}',
    );
    const io = createBufferIO({ cwd: dir });
    expect(await health(['crm.json'], io)).toBe(ExitCode.Fatal);
    expect(io.err).toEqual([
      'sincerely health: crm.json: (root): not valid JSON (line 1, column 53).\n',
    ]);
  });

  it('names a dangling reference by its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sincerely-health-'));
    writeFileSync(
      join(dir, 'crm.json'),
      JSON.stringify({
        version: 1,
        contacts: [{ id: 'c1', name: { full: 'Ana Ruiz' } }],
        interactions: [
          {
            id: 'i1',
            contactId: 'c1',
            channel: 'email',
            direction: 'outbound',
            at: '2025-02-01T00:00:00Z',
            occasion: 'secret-date',
          },
        ],
      }),
    );
    const io = createBufferIO({ cwd: dir });
    expect(await health(['crm.json'], io)).toBe(ExitCode.Fatal);
    expect(io.err).toEqual([
      "sincerely health: crm.json: interactions[0].occasion: no important date of this interaction's contact has this id.\n",
    ]);
  });

  it('keeps a contact warm while inside the cadence you planned, however often they write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sincerely-health-'));
    const every3Days = ['01', '04', '07', '10', '13'].map((day) => ({
      id: `i${day}`,
      contactId: 'c1',
      channel: 'email',
      direction: 'inbound',
      at: `2025-03-${day}T15:00:00Z`,
    }));
    writeFileSync(
      join(dir, 'crm.json'),
      JSON.stringify({
        version: 1,
        contacts: [{ id: 'c1', name: { full: 'Ana Ruiz' }, cadenceDays: 30 }],
        interactions: every3Days,
      }),
    );
    const io = createBufferIO({ cwd: dir });
    expect(await health(['crm.json', '--now', '2025-04-08T12:00:00Z'], io)).toBe(ExitCode.Ok);
    expect(io.out.join('')).toMatch(
      /^Ana Ruiz {2}warm\n {2}Last two-way contact 25 days ago, within the 30-day cadence\.\n/u,
    );
  });

  it('rejects an agenda-only flag', async () => {
    const io = createBufferIO();
    expect(await health(['contacts.json', '--days', '3'], io)).toBe(ExitCode.Fatal);
    expect(io.err).toHaveLength(1);
  });
});
