import { describe, expect, it } from 'vitest';
import { canonicalTimeZone } from '../../src/model/primitives.js';

describe(canonicalTimeZone, () => {
  it.each([
    ['america/new_york', 'America/New_York'],
    ['AMERICA/NEW_YORK', 'America/New_York'],
    ['America/New_York', 'America/New_York'],
    ['UTC', 'UTC'],
    ['etc/gmt+5', 'Etc/GMT+5'],
    ['america/port-au-prince', 'America/Port-au-Prince'],
    // A correctly spelled name is kept, even when the runtime knows it by an older alias.
    ['Asia/Kolkata', 'Asia/Kolkata'],
  ])('spells %s as %s', (input, expected) => {
    expect(canonicalTimeZone(input)).toBe(expected);
  });

  it.each(['Mars/Olympus_Mons', '-05:00', 'EST5EDT?', ''])('rejects %j', (input) => {
    expect(canonicalTimeZone(input)).toBeUndefined();
  });
});
