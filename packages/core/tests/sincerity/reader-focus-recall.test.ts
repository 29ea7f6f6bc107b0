import { describe, expect, it } from 'vitest';
import { analyzeMessage, type PronounFocus } from '../../src/index.js';

/** Each pronoun of the text with who it points at; uncounted pronouns are left out. */
function focus(text: string): string[] {
  return analyzeMessage(text).readerFocus.mentions.map(
    (mention) => `${mention.text.toLowerCase()}:${mention.focus satisfies PronounFocus}`,
  );
}

describe('reader focus: a "we" that includes the reader', () => {
  it.each([
    [
      'When we mapped out the launch plan together in January, we agreed we’d look at it again.',
      ['we:shared', 'we:shared', 'we’d:shared'],
    ],
    ['We could both take a week to think it over.', ['we:shared']],
    [
      'We could move the rest into search, or we could keep testing social.',
      ['we:shared', 'we:shared'],
    ],
    ['We can all meet at the site on Friday.', ['we:shared']],
  ])('counts %j as shared', (text, expected) => {
    expect(focus(text)).toEqual(expected);
  });

  it.each([
    ['We could build you a new site or an app.', ['we:sender', 'you:reader']],
    ['We put a plan together for clinics like yours.', ['we:sender', 'yours:reader']],
    ['We put together a team of rockstars.', ['we:sender']],
    [
      'We decided to launch a new product, and we could ship it in May.',
      ['we:sender', 'we:sender'],
    ],
    ['I agreed to speak at the summit, and we will sponsor it.', ['i:sender', 'we:sender']],
  ])('counts %j as the sender', (text, expected) => {
    expect(focus(text)).toEqual(expected);
  });
});

describe('reader focus: an apology that owns a mistake', () => {
  it.each([
    ['I’m sorry; I know Tuesday is your busiest day.', ['i:sender', 'your:reader']],
    ['I take full responsibility for the outage.', []],
    ["I'm taking full responsibility for the delay.", []],
    ['That one is on me, and our mistake cost you a day.', ['you:reader']],
    ['We got it wrong, and we apologize.', []],
    ['My apologies for the double charge.', []],
  ])('does not count the apology in %j', (text, expected) => {
    expect(focus(text)).toEqual(expected);
  });

  it.each([
    ['I’m excited to share our new release.', ['i’m:sender', 'our:sender']],
    ['We take pride in our service.', ['we:sender', 'our:sender']],
    ['Our support team is on call all night.', ['our:sender']],
    ['I made a new dashboard for the team.', ['i:sender']],
    ['Our fault-tolerant cluster never goes down.', ['our:sender']],
    ['We made a name for ourselves in logistics.', ['we:sender', 'ourselves:sender']],
    ['Sorry to bother you, but we launched a new plan.', ['you:reader', 'we:sender']],
  ])('still counts the sender in %j', (text, expected) => {
    expect(focus(text)).toEqual(expected);
  });
});

describe('reader focus: third persons', () => {
  it.each([
    ['I was so proud of Theo. He played it cleanly, and his sister cheered.', 2],
    ['She said the fit was right, and we shipped it to her on Monday.', 2],
    // Not inside other words, and not in the reader's own quoted words.
    ['The theme is hers to choose. Then "he said so" is quoted.', 1],
    ['There, the shed is here; whether the helper helps is not known.', 0],
  ])('counts %j as %i', (text, expected) => {
    expect(analyzeMessage(text).readerFocus.others).toBe(expected);
  });
});
