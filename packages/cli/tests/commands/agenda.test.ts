import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agenda } from '../../src/commands/agenda.js';
import { ExitCode } from '../../src/io.js';
import { createBufferIO } from './buffer-io.js';

const NOW = ['--now', '2025-06-02T15:00:00Z'];

describe('sincerely agenda', () => {
  it('prints a week of reminders and the next best touches', async () => {
    const io = createBufferIO();
    const code = await agenda(['contacts.json', '--days', '3', '--limit', '2', ...NOW], io);
    expect(code).toBe(ExitCode.Ok);
    expect(io.err).toEqual([]);
    expect(io.out.join('')).toBe(
      [
        'Agenda 2025-06-02 – 2025-06-04 (America/Chicago)',
        '',
        'Mon 2025-06-02',
        '  cadence   Reach out to Sam Okafor: you planned to stay in touch every 14 days.',
        '            Last two-way contact on 2025-04-03; 46 days overdue.',
        'Tue 2025-06-03',
        '  date      Tomasz Kowalski’s birthday is today.',
        '  upcoming  Mitchell Evans’ work anniversary is in 7 days, on 2025-06-10.',
        'Wed 2025-06-04',
        '  promise   Keep your promise to Maria Lopez: Send the night-shift staffing checklist.',
        '            Due 2025-06-04.',
        '',
        'Next best touches',
        '  1. Priya Natarajan (by call)',
        '     Answer their email.',
        '     - Their email from 4 days ago is waiting for an answer.',
        '     - Their birthday is in 5 days (2025-06-07).',
        '  2. Maria Lopez (by email)',
        '     Keep your promise: Send the night-shift staffing checklist.',
        '     - A promise is due 2025-06-04: Send the night-shift staffing checklist.',
        '     - They told you: Moving the clinic to a bigger site in Denver in late May.',
        '',
      ].join('\n'),
    );
  });

  it('prints JSON for machines, in the time zone asked for', async () => {
    const io = createBufferIO();
    const code = await agenda(
      [
        'contacts.json',
        '--from',
        '2025-06-07',
        '--days',
        '1',
        '--tz',
        'Asia/Kolkata',
        '--format',
        'json',
        ...NOW,
      ],
      io,
    );
    expect(code).toBe(ExitCode.Ok);
    const output = JSON.parse(io.out.join(''));
    expect(output.agenda).toMatchObject({
      from: '2025-06-07',
      to: '2025-06-07',
      timeZone: 'Asia/Kolkata',
    });
    expect(output.agenda.items.map((item: { title: string }) => item.title)).toContain(
      'Priya Natarajan’s birthday is today.',
    );
    expect(output.nextBestTouches[0]).toMatchObject({
      contactId: 'c-priya',
      suggestion: 'Answer their email.',
    });
  });

  it('prints the time zone in its IANA spelling, whatever case it was typed in', async () => {
    const io = createBufferIO();
    const code = await agenda(
      ['contacts.json', '--days', '1', '--tz', 'america/new_york', ...NOW],
      io,
    );
    expect(code).toBe(ExitCode.Ok);
    expect(io.out.join('').split('\n')[0]).toBe(
      'Agenda 2025-06-02 – 2025-06-02 (America/New_York)',
    );
  });

  it('colours a terminal unless NO_COLOR is set', async () => {
    const tty = createBufferIO({ stdoutIsTTY: true });
    await agenda(['contacts.json', '--days', '1', ...NOW], tty);
    expect(tty.out.join('')).toContain('\u001B[1mAgenda');
    const plain = createBufferIO({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    await agenda(['contacts.json', '--days', '1', ...NOW], plain);
    expect(plain.out.join('')).not.toContain('\u001B[');
  });

  it.each([
    [['missing.json'], 'sincerely agenda: Cannot read missing.json: no such file.'],
    [
      [],
      'sincerely agenda: "sincerely agenda" takes one contacts file, e.g. sincerely agenda contacts.json.',
    ],
    [
      ['contacts.json', '--tz', 'Chicago'],
      'sincerely agenda: --tz expects an IANA time zone name such as America/New_York.',
    ],
    [
      ['contacts.json', '--from', '2025-02-29'],
      'sincerely agenda: --from expects a calendar date YYYY-MM-DD.',
    ],
    [
      ['contacts.json', '--days', 'two'],
      'sincerely agenda: --days expects a whole number from 1 to 3660.',
    ],
    [['contacts.json', '--format', 'xml'], 'sincerely agenda: --format expects stylish or json.'],
    [
      ['contacts.json', '--colour'],
      'sincerely agenda: Unknown or incomplete option --colour for "sincerely agenda"; the options are --format, --now, --help, --tz, --from, --days, --limit.',
    ],
  ])('fails with one line for %j', async (args, message) => {
    const io = createBufferIO();
    expect(await agenda(args, io)).toBe(ExitCode.Fatal);
    expect(io.err).toEqual([`${message}\n`]);
    expect(io.out).toEqual([]);
  });

  it('names the path and field of invalid data, without its values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sincerely-agenda-'));
    writeFileSync(
      join(dir, 'crm.json'),
      JSON.stringify({
        version: 1,
        contacts: [
          { id: 'c1', name: { full: 'Ana Ruiz' } },
          {
            id: 'c2',
            name: { full: 'Ben Stone' },
            importantDates: [{ id: 'b', kind: 'birthday', month: 13, day: 1 }],
            emails: ['ben.private'],
          },
        ],
      }),
    );
    const io = createBufferIO({ cwd: dir });
    expect(await agenda(['crm.json', ...NOW], io)).toBe(ExitCode.Fatal);
    expect(io.err).toEqual([
      'sincerely agenda: crm.json: contacts[1].emails[0]: expected an email address (and 1 more problem).\n',
    ]);
  });

  it('prints help', async () => {
    const io = createBufferIO();
    expect(await agenda(['--help'], io)).toBe(ExitCode.Ok);
    expect(io.out.join('')).toMatch(/^Usage: sincerely agenda <contacts.json>/u);
  });
});
