import { describe, expect, it } from 'vitest';
import { nextBestTouches } from '../../src/reminders/next-best-touch.js';
import { loadSampleStore, SAMPLE_NOW } from '../support/sample-store.js';

describe(nextBestTouches, () => {
  it('ranks the sample contacts by care, with reasons and a suggestion', () => {
    const touches = nextBestTouches(loadSampleStore(), { now: SAMPLE_NOW });
    expect(
      touches.map((touch) => [touch.name, touch.score, touch.suggestion, touch.channel]),
    ).toEqual([
      ['Priya Natarajan', 8, 'Answer their email.', 'call'],
      ['Maria Lopez', 5, 'Keep your promise: Send the night-shift staffing checklist.', 'email'],
      ['Dana Whitfield', 3, 'Keep your promise: Send pricing for 40 caregivers.', undefined],
      ['Tomasz Kowalski', 3, 'Mark their birthday with a note that asks for nothing.', 'message'],
      ['Mitchell Evans', 1, 'Reconnect with something useful to them, with no ask.', 'email'],
    ]);
    expect(touches[0]?.reasons).toEqual([
      'Their email from 4 days ago is waiting for an answer.',
      'Their birthday is in 5 days (2025-06-07).',
    ]);
  });

  it('gives room to someone with unanswered touches and leaves out do-not-contact', () => {
    const names = nextBestTouches(loadSampleStore(), { now: SAMPLE_NOW, limit: 10 }).map(
      (touch) => touch.name,
    );
    expect(names).not.toContain('Sam Okafor');
    expect(names).not.toContain('Lee Park');
  });

  it('honours the limit', () => {
    expect(nextBestTouches(loadSampleStore(), { now: SAMPLE_NOW, limit: 2 })).toHaveLength(2);
  });
});
