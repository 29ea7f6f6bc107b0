import { describe, expect, it } from 'vitest';
import { assessHealth, assessStoreHealth } from '../../src/health/assess-health.js';
import { contact, daysAgo, exchange, input, NOW, touch } from '../support/build-history.js';

const now = { now: NOW };

describe(assessHealth, () => {
  it('is warm when they are in touch at their usual rhythm', () => {
    const health = assessHealth(input([70, 56, 42, 28, 14, 10].flatMap(exchange)), now);
    expect(health.status).toBe('warm');
    expect(health.usualGapDays).toBe(14);
    expect(health.reasons[0]).toBe(
      'Last two-way contact 10 days ago, within the usual gap of 14 days.',
    );
    expect(health.components.responsiveness).toEqual({
      rating: 'good',
      reason: 'Answered 6 of 6 of their messages within a day or so.',
    });
  });

  it('is cold after more than 8× the usual gap of silence', () => {
    const health = assessHealth(input([100, 93, 86, 79].flatMap(exchange)), now);
    expect(health.status).toBe('cold');
    expect(health.reasons[0]).toBe(
      'Last two-way contact 79 days ago, over 8× the usual gap of 7 days: ties this quiet for this long usually fade.',
    );
  });

  it('is cooling past 2× the usual gap when no cadence is set', () => {
    const health = assessHealth(input([60, 50, 40, 25].flatMap(exchange)), now);
    expect(health.status).toBe('cooling');
    expect(health.reasons[0]).toBe(
      'Last two-way contact 25 days ago, over 2× the usual gap of 10 days.',
    );
  });

  describe('cadence', () => {
    const withCadence = contact({ cadenceDays: 30 });
    const history = [
      ...exchange(120),
      ...exchange(80),
      ...exchange(40),
      touch('outbound', daysAgo(5)),
    ];

    it('is cooling once the cadence has passed; a one-way send does not reset it', () => {
      const health = assessHealth(input(history, { contact: withCadence }), now);
      expect(health.status).toBe('cooling');
      expect(health.reasons[0]).toBe(
        'Last two-way contact 40 days ago: 10 days past the 30-day cadence you planned.',
      );
    });

    it('resets on a reply', () => {
      const health = assessHealth(
        input([...history, touch('inbound', daysAgo(2))], { contact: withCadence }),
        now,
      );
      expect(health.status).toBe('warm');
      expect(health.daysSinceTwoWay).toBe(2);
    });

    it('resets on an answered call, but not on a missed one', () => {
      const missed = assessHealth(
        input([...history, touch('outbound', daysAgo(2), { channel: 'call', answered: false })], {
          contact: withCadence,
        }),
        now,
      );
      const answered = assessHealth(
        input([...history, touch('outbound', daysAgo(2), { channel: 'call', answered: true })], {
          contact: withCadence,
        }),
        now,
      );
      expect([missed.status, answered.status]).toEqual(['cooling', 'warm']);
    });

    it('judges a cadence alone when there are too few exchanges for a usual gap', () => {
      const health = assessHealth(input([...exchange(400)], { contact: withCadence }), now);
      expect(health.status).toBe('cold');
      expect(health.reasons[0]).toBe(
        'Last two-way contact 400 days ago, over 8× the 30-day cadence you planned: ties this quiet for this long usually fade.',
      );
    });

    // Silence is judged against the slower of the two rhythms: the cadence you planned and the
    // gap you usually keep. A weekly pen pal on a monthly cadence is not fading after a month.
    it('is not cold while still inside the planned cadence, however short the usual gap', () => {
      const every3Days = [1, 4, 7, 10, 13].map((day, index) =>
        touch('inbound', `2025-03-${String(day).padStart(2, '0')}T15:00:00Z`, {
          id: `e${index}`,
        }),
      );
      const health = assessHealth(input(every3Days, { contact: withCadence }), {
        now: '2025-04-08T12:00:00Z',
      });
      expect([health.status, health.usualGapDays, health.daysSinceTwoWay]).toEqual(['warm', 3, 25]);
      expect(health.reasons[0]).toBe(
        'Last two-way contact 25 days ago, within the 30-day cadence.',
      );
    });

    it.each([
      // Usual gap 7 days, cadence 30: cooling past 30 days, cold only past 8 × 30 = 240.
      [
        [300, 293, 286, 279, 45],
        'cooling',
        'Last two-way contact 45 days ago: 15 days past the 30-day cadence you planned.',
      ],
      [
        [300, 293, 286, 279, 241],
        'cold',
        'Last two-way contact 241 days ago, over 8× the 30-day cadence you planned: ties this quiet for this long usually fade.',
      ],
      // Usual gap 60 days, longer than the cadence: cold past 8 × 60 = 480.
      [
        [400, 340, 280, 220],
        'cooling',
        'Last two-way contact 220 days ago: 190 days past the 30-day cadence you planned.',
      ],
      [
        [800, 740, 680, 620],
        'cold',
        'Last two-way contact 620 days ago, over 8× the usual gap of 60 days: ties this quiet for this long usually fade.',
      ],
    ])('judges %j days ago against the slower rhythm: %s', (daysAgoList, status, reason) => {
      const health = assessHealth(
        input(daysAgoList.flatMap(exchange), { contact: withCadence }),
        now,
      );
      expect([health.status, health.reasons[0]]).toEqual([status, reason]);
    });
  });

  it('says unknown, not weak, with little data', () => {
    const health = assessHealth(
      input([...exchange(200), ...exchange(150), touch('outbound', daysAgo(90))]),
      now,
    );
    expect(health.status).toBe('unknown');
    expect(health.reasons[0]).toBe(
      'Only 2 two-way contacts so far: too little history to judge (little contact is not proof of a weak tie).',
    );
  });

  it('says unknown when we only ever wrote to them', () => {
    const health = assessHealth(
      input([touch('outbound', daysAgo(90)), touch('outbound', daysAgo(60))]),
      now,
    );
    expect(health.status).toBe('unknown');
    expect(health.reasons[0]).toBe('No two-way contact recorded yet: only one-way touches.');
  });

  it('is new when the first contact is recent', () => {
    expect(assessHealth(input(exchange(10)), now).status).toBe('new');
    const added = assessHealth(input([], { contact: contact({ createdAt: daysAgo(3) }) }), now);
    expect([added.status, added.reasons[0]]).toEqual([
      'new',
      'Added 3 days ago; no interactions yet.',
    ]);
  });

  it('explains poor components first: a message still waiting, talking over them', () => {
    const history = [
      ...[60, 45, 30].flatMap(exchange),
      touch('outbound', daysAgo(19.75), { channel: 'call', answered: true, talkShare: 0.78 }),
      touch('inbound', daysAgo(6)),
    ];
    const health = assessHealth(
      input(history, {
        contact: contact({
          contactWindow: {
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
            start: '09:00',
            end: '17:00',
          },
        }),
      }),
      now,
    );
    expect(health.status).toBe('warm');
    expect(health.components.listening).toEqual({
      rating: 'poor',
      reason: 'Talked 78% of the time on average over 1 call (top reps: about 43%).',
    });
    expect(health.components.responsiveness.reason).toBe(
      'Their email from 6 days ago is waiting for an answer.',
    );
    expect(health.reasons).toEqual([
      'Last two-way contact 6 days ago, within the usual gap of 14 days.',
      'Their email from 6 days ago is waiting for an answer.',
      'Talked 78% of the time on average over 1 call (top reps: about 43%).',
      'They started 4 of the last 8 interactions.',
      'Reached them by call inside their window (12:00 in America/Denver).',
    ]);
  });
});

describe(assessStoreHealth, () => {
  it('assesses every contact in store order', () => {
    const store = {
      version: 1 as const,
      contacts: [contact(), contact({ id: 'c-lee', name: { full: 'Lee Park' } })],
      interactions: [...[70, 56, 42, 28, 14, 10].flatMap(exchange)],
      promises: [],
      valueDelivered: [],
      suppressions: [],
    };
    expect(assessStoreHealth(store, now).map((health) => [health.name, health.status])).toEqual([
      ['Maria Lopez', 'warm'],
      ['Lee Park', 'unknown'],
    ]);
  });
});
