import { describe, expect, it } from 'vitest';
import {
  assertContactStore,
  formatPath,
  ModelValidationError,
  parseContact,
  parseContactStore,
  parseContactStoreJson,
  parseInteraction,
} from '../../src/model/validation.js';

const maria = {
  id: 'c-maria',
  name: { full: 'Maria Lopez', given: 'Maria', preferred: 'Mari' },
  emails: ['maria.lopez@clinic.example'],
  timeZone: 'America/Denver',
  contactWindow: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '17:00' },
  importantDates: [{ id: 'd1', kind: 'birthday', month: 2, day: 29, feb29: 'mar1' }],
  facts: [
    {
      id: 'f1',
      kind: 'life-event',
      text: 'Moving the clinic to a bigger site in Denver',
      learnedAt: '2025-03-04T16:00:00Z',
      followUpOn: '2025-05-20',
      followUp: 'Ask how the move went',
    },
  ],
  cadenceDays: 30,
};

function store(overrides: Record<string, unknown> = {}) {
  return { version: 1, contacts: [maria], ...overrides };
}

describe(parseContactStore, () => {
  it('accepts a valid store and fills in the optional arrays', () => {
    const result = parseContactStore(store());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.interactions).toEqual([]);
      expect(result.value.contacts[0]?.name.preferred).toBe('Mari');
    }
  });

  it.each([
    [
      'month out of range',
      { importantDates: [{ id: 'd1', kind: 'birthday', month: 13, day: 2 }] },
      'contacts[0].importantDates[0].month',
      'expected 1–12',
    ],
    [
      'day that month does not have',
      { importantDates: [{ id: 'd1', kind: 'birthday', month: 4, day: 31 }] },
      'contacts[0].importantDates[0].day',
      'expected 1–30 for month 4',
    ],
    [
      'Feb 29 in a common year',
      { importantDates: [{ id: 'd1', kind: 'birthday', month: 2, day: 29, year: 1987 }] },
      'contacts[0].importantDates[0].year',
      'expected a leap year for Feb 29',
    ],
    [
      'unknown time zone',
      { timeZone: 'Mars/Olympus_Mons' },
      'contacts[0].timeZone',
      'expected an IANA time zone name such as "America/New_York"',
    ],
    [
      'offset instead of zone',
      { timeZone: '-05:00' },
      'contacts[0].timeZone',
      'expected an IANA time zone name such as "America/New_York"',
    ],
    [
      'bad window time',
      { contactWindow: { days: ['mon'], start: '8am', end: '17:00' } },
      'contacts[0].contactWindow.start',
      'expected a 24-hour time "HH:MM"',
    ],
    [
      'misspelled key',
      { timezone: 'America/Denver' },
      'contacts[0]',
      'unknown property "timezone"',
    ],
    [
      'a key that is personal data',
      { 'lee.park@secret.example': true },
      'contacts[0]',
      'unknown property (not part of the contact model)',
    ],
    [
      'several keys that are not identifiers',
      { 'Lee Park': 1, 'lee@secret.example': 2 },
      'contacts[0]',
      '2 unknown properties (not part of the contact model)',
    ],
    [
      'identifier and non-identifier keys',
      { nickname: 'Lee', 'lee@secret.example': 2 },
      'contacts[0]',
      'unknown properties "nickname" and 1 more (not part of the contact model)',
    ],
    [
      'a key longer than an identifier would be',
      { ['a'.repeat(42)]: 1 },
      'contacts[0]',
      'unknown property (not part of the contact model)',
    ],
    [
      'a record value under a key that is personal data',
      { externalIds: { 'lee@secret.example': 7 } },
      'contacts[0].externalIds[…]',
      'expected string',
    ],
    ['missing name', { name: undefined }, 'contacts[0].name', 'required'],
  ])('rejects %s with its path', (_title, patch, path, message) => {
    const result = parseContactStore(store({ contacts: [{ ...maria, ...patch }] }));
    expect(result).toEqual({ ok: false, issues: [{ path, message }] });
  });

  it('checks references between interactions, promises and contacts', () => {
    const result = parseContactStore(
      store({
        interactions: [
          {
            id: 'i1',
            contactId: 'c-maria',
            channel: 'email',
            direction: 'outbound',
            at: '2025-03-01T10:00:00Z',
          },
          {
            id: 'i2',
            contactId: 'c-nobody',
            channel: 'email',
            direction: 'inbound',
            at: '2025-03-02T10:00:00Z',
            replyTo: 'i9',
          },
        ],
        promises: [
          {
            id: 'p1',
            contactId: 'c-maria',
            text: 'Send the checklist',
            madeAt: '2025-03-01T10:00:00Z',
            dueOn: '2025-03-07',
            status: 'open',
          },
          {
            id: 'p1',
            contactId: 'c-maria',
            text: 'Intro to Ana',
            madeAt: '2025-03-01T10:00:00Z',
            dueOn: '2025-03-09',
            status: 'open',
          },
        ],
      }),
    );
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'promises[1].id', message: 'duplicate id' },
      { path: 'interactions[1].contactId', message: 'no contact has this id' },
      { path: 'interactions[1].replyTo', message: 'no interaction has this id' },
    ]);
  });

  describe('references', () => {
    const learned = '2025-03-04T16:00:00Z';
    const email = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      contactId: 'c-maria',
      channel: 'email',
      direction: 'outbound',
      at: '2025-03-05T10:00:00Z',
      ...extra,
    });
    const promise = (extra: Record<string, unknown> = {}) => ({
      id: 'p1',
      contactId: 'c-maria',
      text: 'Send the checklist',
      madeAt: learned,
      dueOn: '2025-03-07',
      status: 'open',
      ...extra,
    });
    const value = (extra: Record<string, unknown> = {}) => ({
      id: 'v1',
      contactId: 'c-maria',
      at: learned,
      outcome: 'Halved scheduling time',
      ...extra,
    });
    const mariaWith = (fromInteraction: string) => ({
      ...maria,
      facts: [{ ...maria.facts[0], fromInteraction }],
    });

    it('accepts references to what exists', () => {
      const result = parseContactStore(
        store({
          contacts: [mariaWith('i1')],
          interactions: [email('i1', { factsReferenced: ['f1'], occasion: 'd1' })],
          promises: [promise({ fromInteraction: 'i1' })],
          valueDelivered: [value({ fromInteraction: 'i1' })],
        }),
      );
      expect(result.ok ? [] : result.issues).toEqual([]);
    });

    it('names the path of every dangling reference', () => {
      const result = parseContactStore(
        store({
          contacts: [mariaWith('i-ghost')],
          interactions: [email('i1', { factsReferenced: ['f1', 'f-ghost'], occasion: 'd-ghost' })],
          promises: [promise({ fromInteraction: 'i-ghost' })],
          valueDelivered: [value({ fromInteraction: 'i-ghost' })],
        }),
      );
      expect(result.ok ? [] : result.issues).toEqual([
        { path: 'contacts[0].facts[0].fromInteraction', message: 'no interaction has this id' },
        {
          path: 'interactions[0].factsReferenced[1]',
          message: "no fact of this interaction's contact has this id",
        },
        {
          path: 'interactions[0].occasion',
          message: "no important date of this interaction's contact has this id",
        },
        { path: 'promises[0].fromInteraction', message: 'no interaction has this id' },
        { path: 'valueDelivered[0].fromInteraction', message: 'no interaction has this id' },
      ]);
      expect(JSON.stringify(result)).not.toContain('ghost');
    });

    it("looks up facts and dates in the interaction's own contact", () => {
      const ana = { id: 'c-ana', name: { full: 'Ana Ruiz' } };
      const result = parseContactStore(
        store({
          contacts: [maria, ana],
          interactions: [
            email('i1', { contactId: 'c-ana', factsReferenced: ['f1'], occasion: 'd1' }),
          ],
        }),
      );
      expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
        'interactions[0].factsReferenced[0]',
        'interactions[0].occasion',
      ]);
    });

    it('reports an unknown contact once, not its facts and dates too', () => {
      const result = parseContactStore(
        store({ interactions: [email('i1', { contactId: 'c-nobody', factsReferenced: ['f1'] })] }),
      );
      expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
        'interactions[0].contactId',
      ]);
    });
  });

  it('never repeats personal data in its messages', () => {
    const secret = 'maria.secret-address';
    const result = parseContactStore(
      store({
        contacts: [
          { ...maria, emails: [secret], pronouns: 42, name: { full: secret, nickname: secret } },
        ],
        interactions: [
          { id: 'i1', contactId: 'c-maria', channel: secret, direction: 'outbound', at: secret },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toContain('secret');
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'contacts[0].name',
      'contacts[0].pronouns',
      'contacts[0].emails[0]',
      'interactions[0].channel',
      'interactions[0].at',
    ]);
  });

  it('rejects the whole store when any item is bad (no partial loads)', () => {
    const good = { ...maria, id: 'c-good' };
    const result = parseContactStore(store({ contacts: [good, { ...maria, cadenceDays: 0 }] }));
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'contacts[1].cadenceDays', message: 'expected at least 1 day' }],
    });
  });

  it('rejects a wrong version', () => {
    expect(parseContactStore({ version: 2, contacts: [] })).toEqual({
      ok: false,
      issues: [{ path: 'version', message: 'expected 1' }],
    });
  });
});

describe(parseContactStoreJson, () => {
  // V8 in Node 20 words this "Unexpected token 'M', "…"full": Mitchell…" is not valid JSON",
  // quoting the input and giving no position.
  it.each([
    ['{"version":1,"contacts":[{"id":"c1","name":{"full": Mitchell SecretSurname}}]}', 1, 53],
    ['{\n  "version": 1,\n  "contacts": [{ "id": "c1", "name": { "full": Secret } }]\n}', 3, 48],
    ['{"version":1,"contacts":[{"id":"c1","name":{"full":"Secret"}}]', 1, 63],
  ])('gives the line and column of %j and never quotes it', (text, line, column) => {
    const result = parseContactStoreJson(text);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: '(root)', message: `not valid JSON (line ${line}, column ${column})` }],
    });
  });

  it('reports a syntax error by line and column without echoing the text', () => {
    const result = parseContactStoreJson(
      '{\n  "version": 1,\n  "contacts": [\n    { "id": "secret" ,, }\n  ]\n}',
    );
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(result.ok ? undefined : result.issues[0]?.message).toMatch(
      /^not valid JSON \(line 4, column \d+\)$/u,
    );
  });
});

describe(assertContactStore, () => {
  it('throws a ModelValidationError listing each problem', () => {
    expect(() =>
      assertContactStore({ version: 1, contacts: [{ id: '', name: { full: 'A' } }] }),
    ).toThrow(
      new ModelValidationError('contact store', [
        { path: 'contacts[0].id', message: 'expected a non-empty id' },
      ]),
    );
  });
});

describe(parseContact, () => {
  it('roots paths at "contact"', () => {
    expect(
      parseContact({ id: 'c', name: { full: 'Ana' }, channelPreferences: { avoid: ['fax'] } }),
    ).toEqual({
      ok: false,
      issues: [
        {
          path: 'contact.channelPreferences.avoid[0]',
          message: 'expected one of email, call, meeting, message, letter, gift',
        },
      ],
    });
  });
});

describe(parseInteraction, () => {
  it('checks talk share bounds', () => {
    const result = parseInteraction({
      id: 'i1',
      contactId: 'c',
      channel: 'call',
      direction: 'outbound',
      at: '2025-01-02T15:00:00-05:00',
      talkShare: 1.5,
    });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'interaction.talkShare', message: 'expected 0–1' }],
    });
  });
});

describe(formatPath, () => {
  it.each([
    [['contacts', 3, 'importantDates', 0, 'month'], '', 'contacts[3].importantDates[0].month'],
    [[], '', '(root)'],
    [['externalIds', 'hubspot id'], 'contact', 'contact.externalIds["hubspot id"]'],
  ])('formats %j', (segments, root, expected) => {
    expect(formatPath(segments, root)).toBe(expected);
  });
});
