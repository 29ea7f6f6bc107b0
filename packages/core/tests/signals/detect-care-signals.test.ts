import { describe, expect, it } from 'vitest';
import type { Interaction } from '../../src/model/interaction.js';
import type { PromiseRecord } from '../../src/model/promise-record.js';
import { detectCareSignals } from '../../src/signals/detect-care-signals.js';
import { findUnansweredStreak } from '../../src/signals/detect-pushing.js';
import { contact, daysAgo, input, NOW, touch } from '../support/build-history.js';

const now = { now: NOW };
const maria = contact({
  importantDates: [{ id: 'bday', kind: 'birthday', month: 5, day: 20 }],
  facts: [
    {
      id: 'f-move',
      kind: 'life-event',
      text: 'Moving the clinic to Denver in May',
      learnedAt: daysAgo(60),
    },
  ],
  contactWindow: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' },
});
const promise = (overrides: Partial<PromiseRecord>): PromiseRecord => ({
  id: 'p1',
  contactId: 'c-maria',
  text: 'Send the staffing checklist',
  madeAt: daysAgo(20),
  dueOn: '2025-05-20',
  status: 'open',
  ...overrides,
});

function kinds(interactions: Interaction[], extra: Parameters<typeof input>[1] = {}) {
  return detectCareSignals(input(interactions, { contact: maria, ...extra }), now).map((signal) => [
    signal.kind,
    signal.weight,
  ]);
}

describe(detectCareSignals, () => {
  it.each([
    [
      'a touch that refers to a stored fact',
      [touch('outbound', daysAgo(3), { factsReferenced: ['f-move'] })],
      [['remembered-detail', 2]],
    ],
    [
      'a birthday note with no ask (on the day, their calendar)',
      [touch('outbound', '2025-05-20T15:00:00Z', { purpose: 'care' })],
      [['acknowledged-date', 2]],
    ],
    [
      'a birthday note linked by occasion',
      [touch('outbound', '2025-05-21T15:00:00Z', { occasion: 'bday' })],
      [['acknowledged-date', 2]],
    ],
    [
      'a pitch sent as a birthday note',
      [touch('outbound', '2025-05-20T15:00:00Z', { purpose: 'care', hasAsk: true })],
      [['pitched-in-care-touch', -3]],
    ],
    [
      'a pitch sent for the birthday',
      [touch('outbound', '2025-05-20T15:00:00Z', { purpose: 'pitch', occasion: 'bday' })],
      [['pitched-in-care-touch', -3]],
    ],
    [
      'a missed call from them never returned',
      [touch('inbound', daysAgo(5), { channel: 'call', answered: false })],
      [['left-waiting', -2]],
    ],
    [
      'a quick reply',
      [touch('inbound', daysAgo(10)), touch('outbound', daysAgo(9.9))],
      [['replied-quickly', 1]],
    ],
    [
      'a slow reply',
      [touch('inbound', daysAgo(10)), touch('outbound', daysAgo(5))],
      [['left-waiting', -2]],
    ],
    [
      'a message still waiting after 3 days',
      [touch('inbound', daysAgo(4))],
      [['left-waiting', -2]],
    ],
    [
      'a call where we listened',
      [
        touch('outbound', '2025-05-27T17:00:00Z', {
          channel: 'call',
          answered: true,
          talkShare: 0.4,
        }),
      ],
      [
        ['listened', 1],
        ['respected-time', 1],
      ],
    ],
    [
      'a call where we talked over them',
      [
        touch('outbound', '2025-05-27T17:00:00Z', {
          channel: 'call',
          answered: true,
          talkShare: 0.72,
        }),
      ],
      [
        ['talked-over', -1],
        ['respected-time', 1],
      ],
    ],
    [
      'a call at 07:00 their time',
      [touch('outbound', '2025-05-27T13:00:00Z', { channel: 'call', answered: false })],
      [['intruded', -2]],
    ],
    [
      'a useful note with no ask',
      [touch('outbound', daysAgo(8), { purpose: 'value' })],
      [['gave-value', 2]],
    ],
  ] as const)('finds %s', (_title, interactions, expected) => {
    expect(kinds([...interactions])).toEqual(expected);
  });

  it.each([
    ['an ordinary outbound email', [touch('outbound', daysAgo(3))]],
    [
      'a fact id that does not exist',
      [touch('outbound', daysAgo(3), { factsReferenced: ['f-other'] })],
    ],
    [
      'a care note on an ordinary day',
      [touch('outbound', '2025-04-02T15:00:00Z', { purpose: 'care' })],
    ],
    [
      'a pitch that happens to go out on the birthday',
      [touch('outbound', '2025-05-20T15:00:00Z', { purpose: 'pitch' })],
    ],
    [
      'a pitch on an ordinary day',
      [touch('outbound', '2025-04-02T15:00:00Z', { purpose: 'pitch', hasAsk: true })],
    ],
    [
      'a reply after a day and a half',
      [touch('inbound', daysAgo(10)), touch('outbound', daysAgo(8.5))],
    ],
    [
      'their reply to us, left as the last word',
      [touch('outbound', daysAgo(10)), touch('inbound', daysAgo(9), { replyTo: 'x' })],
    ],
    ['a message that arrived yesterday', [touch('inbound', daysAgo(1))]],
    [
      'a call with a middling talk share',
      [touch('inbound', '2025-05-27T17:00:00Z', { channel: 'call', talkShare: 0.55 })],
    ],
    ['a late email (emails wait in the inbox)', [touch('outbound', '2025-05-27T04:00:00Z')]],
    [
      'a useful note that asks for a meeting',
      [touch('outbound', daysAgo(8), { purpose: 'value', hasAsk: true })],
    ],
    [
      'three unanswered touches',
      [
        touch('outbound', daysAgo(12)),
        touch('outbound', daysAgo(8)),
        touch('outbound', daysAgo(4)),
      ],
    ],
  ] as const)('finds nothing in %s', (_title, interactions) => {
    expect(kinds([...interactions])).toEqual([]);
  });

  it('finds pushing at the fourth unanswered touch in 14 days', () => {
    const history = [
      touch('outbound', daysAgo(13)),
      touch('outbound', daysAgo(9)),
      touch('outbound', daysAgo(5)),
      touch('outbound', daysAgo(1)),
    ];
    const signals = detectCareSignals(input(history, { contact: maria }), now);
    expect(signals.map((signal) => [signal.kind, signal.reason])).toEqual([
      ['pushed', 'Touch 4 with no reply within 14 days.'],
    ]);
    expect(signals[0]?.evidence.interactionIds).toEqual(history.map((item) => item.id));
  });

  it.each([
    [
      'kept on time',
      promise({ status: 'kept', settledAt: '2025-05-19T16:00:00Z' }),
      'kept-promise',
      3,
      'Kept a promise: "Send the staffing checklist".',
    ],
    [
      'kept late',
      promise({ status: 'kept', settledAt: '2025-05-23T16:00:00Z' }),
      'kept-promise',
      1,
      'Kept a promise 3 days late: "Send the staffing checklist".',
    ],
    [
      'broken',
      promise({ status: 'broken', settledAt: '2025-05-25T16:00:00Z' }),
      'broke-promise',
      -3,
      'Broke a promise: "Send the staffing checklist".',
    ],
    [
      'open and overdue',
      promise({}),
      'broke-promise',
      -3,
      'A promise is 12 days overdue: "Send the staffing checklist".',
    ],
  ])('reads a promise %s', (_title, record, kind, weight, reason) => {
    const [signal] = detectCareSignals(input([], { contact: maria, promises: [record] }), now);
    expect(signal).toMatchObject({ kind, weight, reason, evidence: { promiseId: 'p1' } });
  });

  it('ignores an open promise that is not due yet, and anything after now', () => {
    const signals = detectCareSignals(
      input([touch('outbound', '2025-06-05T12:00:00Z', { factsReferenced: ['f-move'] })], {
        contact: maria,
        promises: [promise({ dueOn: '2025-06-10' })],
      }),
      now,
    );
    expect(signals).toEqual([]);
  });

  it('records value delivered with its measure', () => {
    const [signal] = detectCareSignals(
      input([], {
        contact: maria,
        valueDelivered: [
          {
            id: 'v1',
            contactId: 'c-maria',
            at: daysAgo(30),
            outcome: 'Night-shift scheduling takes half the time',
            measure: { value: 6, unit: 'hours a week saved' },
          },
        ],
      }),
      now,
    );
    expect(signal).toMatchObject({
      kind: 'value-delivered',
      weight: 3,
      reason:
        'They got an outcome: Night-shift scheduling takes half the time (6 hours a week saved).',
    });
  });
});

describe(findUnansweredStreak, () => {
  it('restarts after a two-way contact and keeps only the window', () => {
    const history = [
      touch('outbound', daysAgo(30)),
      touch('inbound', daysAgo(20)),
      touch('outbound', daysAgo(16)),
      touch('outbound', daysAgo(10)),
      touch('outbound', daysAgo(2)),
    ];
    expect(findUnansweredStreak(history, Date.parse(NOW), 14).map((item) => item.id)).toEqual([
      history[3]?.id,
      history[4]?.id,
    ]);
  });
});
