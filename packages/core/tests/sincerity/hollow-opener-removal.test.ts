import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

function removeOpener(text: string): string | undefined {
  const [finding] = analyzeMessage(text).hollowOpeners;
  const removal = finding?.removal;
  return removal ? text.slice(0, removal.start) + text.slice(removal.end) : undefined;
}

describe('hollow opener removal', () => {
  it.each([
    [
      'Hi Ana,\n\nI hope this email finds you well.\n\nThe plan is attached.',
      'Hi Ana,\n\nThe plan is attached.',
    ],
    ['Hi Ana, I hope you are doing well. The plan is attached.', 'Hi Ana, The plan is attached.'],
    ['The plan is attached. I hope all is well.', 'The plan is attached.'],
    ['Hi Ana, I hope all is well.\n\nThe plan is attached.', 'Hi Ana,\n\nThe plan is attached.'],
    ['The plan is attached.\n\nI hope all is well.', 'The plan is attached.'],
  ])('removes the opener from %j', (text, expected) => {
    expect(removeOpener(text)).toBe(expected);
  });

  it.each([
    ['Dear Sir/Madam,\n\nThe plan is attached.'],
    ['I hope you are doing well with the new team.'],
    ['So, I hope all is well with the launch.'],
  ])('offers no removal for %j', (text) => {
    expect(removeOpener(text)).toBeUndefined();
  });
});
