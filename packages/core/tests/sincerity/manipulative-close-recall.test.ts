import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

function closes(text: string): string[] {
  return analyzeMessage(text).manipulativeCloses.map((finding) => finding.evidence);
}

describe('manipulative closes: what would it take', () => {
  it.each([
    ['What would it take to earn your business?', 'What would it take to earn your business'],
    [
      "I know you're talking with a few agents. What would it take for me to earn your listing?",
      'What would it take for me to earn your listing',
    ],
    ['What will it take for you to switch?', 'What will it take for you to switch'],
    ['What would it take to get you to sign today?', 'What would it take to get you to sign'],
    ['What would it take for us to work together?', 'What would it take for us to work together'],
  ])('flags %j', (text, expected) => {
    expect(closes(text)).toEqual([expected]);
  });

  it.each([
    'What would it take for your team to hit the Q3 goal you mentioned?',
    'What would it take to hit the Q3 goal you mentioned?',
    'What would it take to keep your account secure after the migration?',
    'What would it take to get the order out to your Denver site by Friday?',
    'What would it take for your crew to finish the roof before the rain?',
    'We let you down last month. What would help most right now?',
  ])('does not flag %j', (text) => {
    expect(closes(text)).toEqual([]);
  });
});

describe('manipulative closes: alternative close on a decision not yet made', () => {
  it.each([
    [
      'It was great to walk through your home yesterday.\n\nShall we get the listing agreement signed Tuesday evening, or is Wednesday better for you?',
      'Shall we get the listing agreement signed Tuesday evening, or is Wednesday better for you?',
    ],
    [
      'Thanks for the demo yesterday. Which works better for you, annual or monthly?',
      'Which works better for you, annual or monthly',
    ],
    [
      'To get you started, which works better for you, the annual plan or monthly billing?',
      'which works better for you, the annual plan or monthly billing',
    ],
    ['Should we sign on Thursday or Friday?', 'Should we sign on Thursday or Friday?'],
  ])('flags %j', (text, expected) => {
    expect(closes(text)).toEqual([expected]);
  });

  it.each([
    'You asked to meet. Does Tuesday or Thursday suit you better?',
    'Which day works better for a call, Tuesday or Thursday?',
    'Would you prefer monthly or quarterly check-ins?',
    'You decided on the Team plan. Which works better for you, annual or monthly billing?',
    'Shall we sign off on the mockups now, or wait for your partner?',
    'Should we meet at your office or at the site on Tuesday?',
    'As you requested, here is the agreement. Shall we get it signed Tuesday or Wednesday?',
    'Do you want the report monthly or quarterly?',
  ])('does not flag %j', (text) => {
    expect(closes(text)).toEqual([]);
  });
});

describe('manipulative closes: assumptive close in a first touch', () => {
  it.each([
    [
      "Thanks for letting me quote your auto policy. I've gone ahead and prepared your paperwork, so all that's left is to sign where I've highlighted.",
      ["I've gone ahead and prepared your paperwork", "all that's left is to sign"],
    ],
    [
      "We've taken the liberty of drawing up the contract. Just sign here and we'll get started.",
      ["We've taken the liberty of drawing up the contract"],
    ],
    [
      'I have drafted the listing agreement for your home.',
      ['I have drafted the listing agreement'],
    ],
  ])('flags %j', (text, expected) => {
    expect(closes(text)).toEqual(expected);
  });

  it.each([
    "Here is the contract you asked for; sign whenever you're ready.",
    "As requested, I've prepared the paperwork. Just sign where I've highlighted.",
    "When we spoke you agreed to the terms, so I've drawn up the agreement.",
    "I've gone ahead and attached the slides from Tuesday's talk.",
    "I've prepared a short summary of the three options, with no commitment either way.",
    'Please sign the attached consent form before your appointment.',
    'The only thing left on our side is to ship the parts on Monday.',
  ])('does not flag %j', (text) => {
    expect(closes(text)).toEqual([]);
  });

  it('leaves an assumptive close to a follow-up', () => {
    const text = "I've gone ahead and prepared your paperwork.";
    expect(analyzeMessage({ text, kind: 'follow-up' }).manipulativeCloses).toEqual([]);
  });
});
