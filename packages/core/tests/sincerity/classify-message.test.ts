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

  it.each([
    [
      "Thanks, that helps.\n\nOn Mon, Jun 2, 2025 at 9:14 AM Ana Ruiz wrote:\nI'm reaching out because we help clinics fill shifts.",
      true,
    ],
    [
      "Sounds good.\n\nFrom: Ana Ruiz\nSent: Monday, June 2\nI'm reaching out because we help clinics fill shifts.",
      true,
    ],
    [
      "See below.\n\n-----Original Message-----\nI'm reaching out because we help clinics fill shifts.",
      true,
    ],
    ["I'm reaching out because we help clinics fill shifts. From: our Denver office.", false],
    ["I'm reaching out because we help clinics -- and their nurses -- fill shifts.", false],
  ])('sees whether %j quotes an earlier message: %s', (text, thread) => {
    expect(analyzeMessage({ text }).classification.thread).toBe(thread);
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
