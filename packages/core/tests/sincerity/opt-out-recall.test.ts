import { describe, expect, it } from 'vitest';
import { checkCompliance, type MessageInput } from '../../src/index.js';

/** A message whose first paragraph is a hidden preheader, as the HTML parser gives it. */
function withPreheader(preheader: string, body: string): MessageInput {
  const text = `${preheader}\n\n${body}`;
  const paragraphs: NonNullable<MessageInput['paragraphs']>[number][] = [
    { start: 0, end: preheader.length, part: 'preheader', hidden: true },
  ];
  let start = preheader.length + 2;
  for (const paragraph of body.split('\n\n')) {
    paragraphs.push({ start, end: start + paragraph.length, part: 'body' });
    start += paragraph.length + 2;
  }
  return { text, paragraphs };
}

const commercial = (input: string | MessageInput) =>
  checkCompliance(typeof input === 'string' ? { text: input } : input).commercial;

describe('checkCompliance: an offer or appeal sent to a list', () => {
  it.each([
    [
      'a free estimate under a preheader',
      withPreheader(
        'What sold in Cedar Park this month.',
        'Hi Kim,\n\n24 homes sold in March.\n\nCurious what your home might be worth? Reply and I’ll put together a free estimate.',
      ),
      'free estimate',
    ],
    [
      'a free estimate in a mail merge',
      'Hi {{ first_name | default: "neighbor" }},\n\n24 homes sold in March. Reply for a free home valuation.',
      'free home valuation',
    ],
    [
      'an appeal to a group',
      'Dear friend,\n\nA gift of $40 fills a box of groceries for a family of four.',
      'A gift of $40',
    ],
    [
      'an appeal in a mail merge',
      'Hi {{first_name}},\n\nThe shelves are thin this winter. Would you consider giving again?',
      'Would you consider giving',
    ],
    [
      'a no-obligation quote in a mail merge',
      'Hello {{contact.firstName}},\n\nRates changed this spring. Ask us for a no-obligation quote.',
      'no-obligation quote',
    ],
  ])('treats %s as commercial', (_title, input, evidence) => {
    const basis = commercial(input);
    expect(basis?.reason).toBe('solicitation');
    expect(basis?.evidence?.evidence).toBe(evidence);
  });

  it.each([
    [
      'a one-to-one note offering an estimate',
      'Hi Ruben,\n\nThree homes on Alder Street sold this spring. If you ever want a free estimate, just reply.',
    ],
    [
      'a one-to-one note to a donor',
      'Dear Dr. Patel,\n\nWould you consider giving again this winter? No pressure at all.',
    ],
    [
      'a shipping confirmation with a preheader',
      withPreheader(
        'Your order is on its way.',
        'Hi {{first_name}},\n\nYour order #48213 left our warehouse this morning.\n\nJuniper Home, 70 Canal Street, Lowell, MA 01852',
      ),
    ],
    [
      'a password reset in a mail merge',
      'Hi {{first_name}},\n\nClick the link below to reset your password. It works for one hour.',
    ],
    [
      'a donation receipt that thanks for the gift',
      'Hi {{first_name}},\n\nThank you for making a gift of $40 to the pantry. This email is your receipt.',
    ],
    [
      'a follow-up that sends the estimate asked for',
      'Hi {{first_name}},\n\nThanks for the call today. As promised, here is your free estimate.',
    ],
    [
      'a declared transactional message',
      {
        text: 'Hi {{first_name}},\n\nYour invoice is attached. Ask us for a free quote any time.',
        kind: 'transactional',
      } satisfies MessageInput,
    ],
  ])('does not treat %s as commercial', (_title, input) => {
    expect(commercial(input)).toBeNull();
  });
});
