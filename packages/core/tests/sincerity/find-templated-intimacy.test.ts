import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

const claims = (text: string): string[] =>
  analyzeMessage({ text }).templatedIntimacy.map((finding) => finding.evidence);

describe('templatedIntimacy', () => {
  it.each([
    ['I know how much you love {{hobby}}.', ['I know how much you love {{hobby}}']],
    [
      "I've been thinking about {{company}}'s challenges.",
      ["I've been thinking about {{company}}"],
    ],
    ['As a fellow {{city}} native, I had to write.', ['As a fellow {{city}}']],
    ['Your work at {{company_name}} caught my eye.', ['{{company_name}} caught my eye']],
    [
      "I'll never forget how moved you were at {{eventName}}.",
      ["I'll never forget how moved you were at {{eventName}}"],
    ],
  ])('flags %j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each([
    'Hi {{firstName}}, I know how hard a launch can be.',
    'I know how much you love your dog.',
    "I've been thinking about what you said, {{firstName}}.",
    'I think {{company}} could save ten hours a week.',
    'As a fellow runner, I loved your post.',
    "I'd love to hear how {{company}} handles on-call.",
    'I have always admired {{sender.company}} from afar.',
  ])('does not flag %j', (text) => {
    expect(claims(text)).toEqual([]);
  });
});
