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

  it('rejects an agenda-only flag', async () => {
    const io = createBufferIO();
    expect(await health(['contacts.json', '--days', '3'], io)).toBe(ExitCode.Fatal);
    expect(io.err).toHaveLength(1);
  });
});
