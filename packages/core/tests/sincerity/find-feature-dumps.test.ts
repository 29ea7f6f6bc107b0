import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

const counts = (text: string): number[] =>
  analyzeMessage({ text }).featureDumps.map((dump) => dump.count);

describe('featureDumps', () => {
  it.each([
    ['Our platform includes:\n- Real-time sync\n- AI dashboards\n- SOC 2 compliance', [3]],
    [
      'Coverage includes:\n\n- General liability\n- Hired auto\n- Cyber liability\n- Business interruption',
      [4],
    ],
    ['Our API syncs nightly. It also includes audit logs. We offer 24/7 support.', [3]],
    ['Features include one-click timers, timesheets, budgets, invoicing and apps.', [5]],
  ])('flags %j', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    'Agenda:\n- Intro\n- Review Q3 numbers\n- Security review',
    'To fix it:\n1. Open Settings\n2. Click Integrations\n3. Reconnect the calendar',
    'Your questions:\n- Does it support SSO?\n- Can we export?\n- What does it cost?',
    'For your clinic:\n- Shift swaps for your nurses\n- A calendar your desk can read\n- Fewer no-shows for you',
    'You asked what Pro has:\n- SSO\n- Audit logs\n- Priority support',
    'Things I loved about the talk:\n- The night-shift story\n- The honest numbers\n- The fax joke',
    'Your RAV4 is due for service. It includes an oil change, tire rotation and a filter, and takes an hour.',
    'We met at the summit. We talked about hiring. We agreed to swap notes.',
  ])('does not flag %j', (text) => {
    expect(counts(text)).toEqual([]);
  });

  it('leaves transactional release notes alone', () => {
    const text = 'New in 4.2:\n- Real-time sync\n- New dashboards\n- SSO';
    expect(analyzeMessage({ text, kind: 'transactional' }).featureDumps).toEqual([]);
  });

  it('treats consecutive HTML list items as one list', () => {
    const text =
      'Key features:\n\nDrag-and-drop workflows\n\nCustom templates\n\nRole-based permissions';
    const paragraphs = [
      { start: 0, end: 13, part: 'opening' as const },
      { start: 15, end: 38, part: 'body' as const, list: true },
      { start: 40, end: 56, part: 'body' as const, list: true },
      { start: 58, end: text.length, part: 'body' as const, list: true },
    ];
    const [dump] = analyzeMessage({ text, paragraphs }).featureDumps;
    expect(dump && text.slice(dump.start, dump.end)).toBe(text.slice(15));
  });
});
