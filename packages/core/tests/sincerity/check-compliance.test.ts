import { describe, expect, it } from 'vitest';
import { checkCompliance, type MessageKind } from '../../src/index.js';

const check = (text: string, kind?: MessageKind, markup?: string) =>
  checkCompliance({ text, ...(kind ? { kind } : {}) }, markup ? { markup } : {});

describe(checkCompliance, () => {
  it.each([
    ['Our spring sale: 20% off every plan.', undefined, 'marketing'],
    ['Three ideas for slower Mondays.', 'nurture', 'kind'],
    ["I'm reaching out because we help clinics like yours.", undefined, 'cold'],
  ] as const)('treats %j (%s) as commercial: %s', (text, kind, reason) => {
    expect(check(text, kind).commercial?.reason).toBe(reason);
  });

  it.each([
    ['Happy birthday! 20% off today.', 'care'],
    ['Your receipt for order 4821 is attached.', 'transactional'],
    ['Thanks for the call today. The notes are below.', undefined],
  ] as const)('does not treat %j (%s) as commercial', (text, kind) => {
    expect(check(text, kind).commercial).toBeNull();
  });

  it.each([
    ['Unsubscribe: {{unsubscribe_url}}', undefined],
    ['Manage your email preferences: *|UNSUB|*', undefined],
    ["If you'd rather not hear from me, say so and I won't email again.", undefined],
    ['Reply STOP to opt out.', undefined],
    ['Stop these emails', '<a href="https://x.example/unsubscribe?id=1">Stop these emails</a>'],
    ['Click here', '<a href="{{ unsubscribe_link }}">Click here</a>'],
  ])('finds the opt-out in %j', (text, markup) => {
    expect(check(text, 'nurture', markup).optOut).not.toBeNull();
  });

  it.each([
    'Thanks for reading. See you next month.',
    'Reply if you have questions.',
    "Let me know what you think and I'll send the deck.",
  ])('finds no opt-out in %j', (text) => {
    expect(check(text, 'nurture').optOut).toBeNull();
  });

  it.each([
    'Acme Inc, 12 Main St, Springfield, IL 62701',
    'Acme, PO Box 123, Austin, TX 78701',
    'Acme GmbH, Hauptstraße 5, 10115 Berlin',
    'Acme Ltd, London EC1A 1BB',
    '{{company_address}}',
    '*|LIST:ADDRESSLINE|*',
  ])('finds the postal address in %j', (text) => {
    expect(check(text, 'nurture').postalAddress).not.toBeNull();
  });

  it.each([
    'It was a 10 minute drive from the office.',
    'We opened 3 new stores this year.',
    'Meet us at booth 12.',
    'Call 555-0100 any time.',
    'The event takes place Monday at 5 pm.',
    'We have 24 Great Ideas for you.',
  ])('finds no postal address in %j', (text) => {
    expect(check(text, 'nurture').postalAddress).toBeNull();
  });
});
