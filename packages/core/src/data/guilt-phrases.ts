import { definePhrases } from './phrase-entry.js';

const FOLLOW_UP =
  'EVIDENCE.md: Woodpecker — 2–3 follow-ups work; unsubscribes rise after that (grade C)';
const THANKS = 'EVIDENCE.md: Boomerang — closing with thanks 62% vs 47.5%';

/** Guilt and pestering, mostly in follow-ups. */
export const GUILT_PHRASES = definePhrases([
  {
    phrase: 'just bumping this',
    pattern:
      '(?:just )?bumping (?:this|this up|this thread|this email|my (?:last |previous )?(?:email|note|message))(?: (?:up|to the top(?: of your inbox)?))?',
    note: 'a follow-up that adds nothing and points at the reader’s silence',
    source: FOLLOW_UP,
  },
  {
    phrase: 'I haven’t heard back',
    pattern:
      "(?:i |we )?(?:haven't|have not|hadn't|didn't|did not) (?:yet )?hear(?:d)? (?:back|anything|a reply|from you)",
    note: 'blames the reader for not replying',
    source: FOLLOW_UP,
  },
  {
    phrase: 'did you get my email',
    pattern:
      '(?:did|have) you (?:get|got|see|seen|receive|received|read|had a chance to (?:read|see|look at)) my (?:last |previous |earlier )?(?:email|e-mail|note|message|emails|messages|voicemail)',
    note: 'a question that implies the reader ignored the sender',
    source: FOLLOW_UP,
  },
  {
    phrase: 'per my last email',
    pattern:
      '(?:as )?per my (?:last|previous|earlier) (?:email|e-mail|note|message)|as i (?:mentioned|said|wrote) in my (?:last|previous|earlier) (?:email|e-mail|note|message)',
    note: 'a passive-aggressive reminder',
    source: FOLLOW_UP,
  },
  {
    phrase: 'you must be busy',
    pattern:
      "you must be (?:really |very |super )?busy|i know you're (?:really |very |super )?busy|you're probably (?:really |very |super )?busy|i'm sure you're (?:really |very |super )?busy",
    note: 'guesses at the reader’s state to guilt a reply',
    source: THANKS,
    subtype: 'busy',
  },
  {
    phrase: 'should I assume you’re not interested',
    pattern:
      "(?:should|shall|can|may) i (?:assume|take it)(?: that)? you(?:'re| are) not interested|i(?:'ll| will) (?:assume|take it)(?: that)? you(?:'re| are) not interested|(?:should|shall) i (?:stop|close your file)",
    note: 'a break-up line that pressures a reply',
    source: FOLLOW_UP,
  },
  {
    phrase: 'circling back again',
    pattern:
      '(?:circling|following|checking) (?:back |up |in )?(?:again|one more time|once more|for the (?:third|fourth|fifth|last) time)',
    note: 'points at repeated follow-ups',
    source: FOLLOW_UP,
  },
  {
    phrase: 'I’ve reached out several times',
    pattern:
      "(?:i've|i have|we've|we have) (?:tried to |reached out |emailed |called |written )(?:reach you |you )?(?:several|a few|multiple|many|a number of|three|four|five) times",
    note: 'counts the sender’s efforts against the reader',
    source: FOLLOW_UP,
  },
  {
    phrase: 'still waiting for your reply',
    pattern: '(?:still )?waiting (?:on|for) (?:your|a) (?:reply|response|answer|decision)',
    note: 'makes the reader responsible for the sender’s wait',
    source: FOLLOW_UP,
  },
  {
    phrase: 'in case you missed my email',
    pattern:
      "(?:in case|not sure if) you (?:missed|saw|didn't see|did not see) my (?:last |previous |earlier )?(?:email|note|message)",
    note: 'implies the reader overlooked the sender',
    source: FOLLOW_UP,
  },
  {
    phrase: 'I’m starting to think',
    pattern: "(?:i'm|i am) (?:starting|beginning) to (?:think|wonder|feel)(?: that)? you",
    note: 'a guilt line about the reader’s silence',
    source: FOLLOW_UP,
  },
]);
