import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

const dumps = (text: string) => analyzeMessage(text).featureDumps.map((dump) => dump.count);

describe('feature dumps: a list of perks in one sentence', () => {
  it.each([
    [
      'We offer a competitive salary, unlimited PTO, free lunch, a ping-pong table, a dog-friendly office and a monthly wellness stipend.',
      6,
    ],
    ['Perks include equity, a home-office budget, four-day weeks and a yearly retreat.', 4],
    [
      'We also provide general liability, hired auto, cyber liability and business interruption cover.',
      4,
    ],
  ])('flags %j', (text, count) => {
    expect(dumps(text)).toEqual([count]);
  });

  it.each([
    'We also offer ongoing retainers for content, SEO and paid media, so that once the new site launches, we can keep improving it.',
    'You asked about benefits. We offer health cover, a pension, 30 days off and a bike scheme.',
    'We offer appointments on Mondays, Tuesdays, Thursdays and Saturdays.',
    'We offer a salary of $140k, which fits the range you gave, plus equity.',
    'We offer remote work, and your team would keep its Friday demo day, its on-call rota and its budget.',
    'We offer three plans.',
  ])('does not flag %j', (text) => {
    expect(dumps(text)).toEqual([]);
  });
});
