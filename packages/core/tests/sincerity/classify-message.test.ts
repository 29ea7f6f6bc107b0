import { describe, expect, it } from 'vitest';
import { analyzeMessage, classifyMergeField, type MessageKind } from '../../src/index.js';

const kindOf = (text: string): MessageKind | undefined =>
  analyzeMessage({ text }).classification.kind;

describe('classification', () => {
  it.each([
    ['Happy birthday, Ana! Hope the day is sunny.', 'care'],
    ['So sorry to hear about your father. Thinking of you.', 'care'],
    ["I'm reaching out because we help clinics like yours fill shifts.", 'cold'],
    ['My name is Sam and I run sales at Acme.', 'cold'],
  ])('infers %j as %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it.each([
    'Thanks for your time on the call today. Notes below.',
    "I'm reaching out as we discussed on Tuesday.",
    'Here are the slides from the workshop.',
    'Congratulations on the new role. A job change is a good moment to look at your 401(k).',
    "Following up on our call: the contract is attached.\n\n> On Monday, Ana wrote:\n> I'm reaching out because…",
  ])('does not infer a kind for %j', (text) => {
    expect(kindOf(text)).toBeUndefined();
  });

  it('keeps a declared kind', () => {
    const analysis = analyzeMessage({ text: 'Happy birthday!', kind: 'nurture' });
    expect(analysis.classification).toMatchObject({ kind: 'nurture', declared: true });
  });
});

describe(classifyMergeField, () => {
  it.each([
    ['first_name', 'name'],
    ['contact.firstName', 'name'],
    ['company.name', 'company'],
    ['account_name', 'company'],
    ['job_title', 'firmographic'],
    ['sender.signature', 'sender'],
    ['calendar_link', 'sender'],
    ['unsubscribe_url', 'system'],
    ['company_address', 'system'],
    ['recent_post_topic', 'other'],
    ['trigger_event', 'other'],
  ])('classifies %s as %s', (path, role) => {
    expect(classifyMergeField(path)).toBe(role);
  });
});

describe('personalization', () => {
  it('is shallow for a cold template with only name and company fields', () => {
    const text = 'Hi {{firstName}},\n\nTeams like {{company}} use us.';
    expect(analyzeMessage({ text, kind: 'cold' }).personalization.shallow).toBe(true);
  });

  it.each([
    ['Hi {{firstName}},\n\nSaw your post on {{postTopic}}.', 'cold'],
    ['Hi {{firstName}},\n\nNotes from our call with {{company}}.', 'follow-up'],
    ['Hi Dana,\n\nI read your post about night shifts.', 'cold'],
  ] as const)('is not shallow for %j (%s)', (text, kind) => {
    expect(analyzeMessage({ text, kind }).personalization.shallow).toBe(false);
  });
});
