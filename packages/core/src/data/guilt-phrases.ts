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
      '(?:(?:did|have) you (?:get|got|see|seen|receive|received|read|(?:get|got|had|have) (?:a |the )?(?:chance|moment|minute|time) to (?:read|see|look (?:at|over)|review|check|go over))|any chance you (?:saw|read|got|had a (?:chance|moment) to (?:read|look at))) my (?:last |previous |earlier |recent )?(?:email|e-mail|note|message|emails|messages|voicemail)',
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
      "(?:i've|i have|we've|we have) (?:now )?(?:tried to (?:reach|contact|call|email) you|reached out(?: to you)?|emailed(?: you)?|called(?: you)?|written(?: to you)?|messaged(?: you)?)(?: now)? (?:(?:several|a few|multiple|many|a number of|three|four|five) times|(?:twice|two times)(?: now)?(?: (?:without|with no) (?:a |any )?(?:reply|response|answer|word back)| (?:but|and) (?:still )?(?:haven't|have not|never) (?:heard back|heard from you|had a reply|had an answer|gotten a reply|got a reply)))",
    note: 'counts the sender’s efforts against the reader',
    source: FOLLOW_UP,
  },
  {
    phrase: 'without a reply',
    pattern: '(?:without|with no) (?:a |any )?(?:reply|response|answer|word back)(?: from you)?',
    note: 'points at the reader’s silence after the sender’s efforts',
    source: FOLLOW_UP,
    subtype: 'unanswered',
  },
  {
    phrase: 'floating this to the top of your inbox',
    pattern:
      '(?:just )?(?:floating|bumping|pushing|moving|bringing|popping|nudging|sending|putting|raising) (?:this|it|my (?:last |previous |earlier )?(?:email|e-mail|note|message)|this (?:email|e-mail|note|message|thread)) (?:back )?(?:up )?(?:to the top of your inbox|(?:in|into|to) your inbox|back to the top(?! of (?:my|our))|(?:on|onto) your radar)',
    note: 'a follow-up that adds nothing and points at the reader’s full inbox',
    source: FOLLOW_UP,
  },
  {
    phrase: 'did you forget about us',
    pattern:
      "(?:did|have) you (?:forget|forgotten) (?:about )?(?:us|me|our (?:cause|mission|work|offer|proposal|conversation|email|message|note|kids|children|families|community|animals)|my (?:last |previous )?(?:email|message|note|offer|proposal|calls?)|(?:the|all the|those) [\\p{L}-]+ (?:who|that) (?:count|counted|rely|relied|depend|depended) on you)|you(?: (?:must|may|might) have| have|'ve|'d)? forgotten (?:about )?(?:us|me)|you forgot (?:about )?(?:us|me)",
    note: 'accuses the reader of neglecting the sender or the sender’s cause',
    source: FOLLOW_UP,
  },
  {
    phrase: 'I can only assume it’s not a priority',
    pattern:
      "(?:i|we)(?: (?:can only|could only|have to|must|will|guess i'll|am left to|are left to)|'ll|'m left to|'re left to) (?:assume|conclude|take it)(?: that)? [^.?!\\n]{0,60}?(?:is not|isn't|is no longer|aren't|are not|not|no longer) (?:a |your |the )?(?:priority|priorities|interested|important|a fit|a good fit|relevant|on your radar)",
    note: 'reads the reader’s silence as a verdict, to guilt a reply',
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
