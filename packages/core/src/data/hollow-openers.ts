import { definePhrases, type PhraseEntry } from './phrase-entry.js';

/** A hollow-opener phrase, with where it must stand to count. */
export interface HollowOpenerEntry extends PhraseEntry {
  /**
   * True when the words are only hollow as the message's first words: "I hope the year is off to
   * a great start" after a sentence about the reader's child starting school is about that.
   */
  readonly openingOnly?: boolean;
}

const GREETING = 'EVIDENCE.md: Boomerang — "Hi/Hello/Hey" ≈ 63–64% vs "Dear" 56.5%';
const LENGTH = 'EVIDENCE.md: Boomerang and Lavender — shorter emails get more replies';

/** A stretch of time a wish can be about without knowing anything of the reader. */
const TIME_SPAN =
  '(?:week|weekend|day|month|quarter|year|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|winter|spring|fall|autumn|holiday season|season|holidays?|new year|start to the (?:week|year|month|quarter)|q[1-4])';

/**
 * Words that make a generic wish stronger without making it specific: "so", "absolutely", any
 * adverb in -ly ("truly", "wonderfully"). Up to two may stand together ("just absolutely").
 */
const INTENSIFIER = '(?:so|really|very|super|pretty|all|just|quite|absolutely|\\p{L}{3,}ly)';

/** What a generic wish says of a time or of things in general: kind, good, off to a great start. */
const GOING_WELL = `(?:'s|'re| is| are| has| have| was| were)?(?: been| going| gone| started| starting| treating you| shaping up| turning out)?(?: ${INTENSIFIER}){0,2} (?:kind to you|good to you|treating you (?:well|kindly|right)|off to a [\\p{L}-]+ start|a (?:good|great) one|smooth sailing|kind|good|great|well|smoothly|nicely|fine|productive|restful|relaxing|fantastic|wonderful|amazing|awesome|swimmingly|booming|thriving|humming along|ok|okay)`;

/** Where a generic wish may point without saying anything specific: "on your end", "with you". */
const ANYWHERE =
  '(?: (?:with|for) you(?: (?:and|&) (?:the|your) (?:family|team|crew|kids|folks|gang))?| on your (?:end|side)| over there| your way| at your end| in your world)?';

/**
 * How a wish says the reader is fine, alone or in a list: "well", "in good health", "happy,
 * healthy and enjoying the season", "thriving".
 */
const FARING_WORD =
  '(?:well|happy|healthy|thriving|safe|rested|refreshed|in good (?:health|spirits|form|shape)|in the best of (?:health|spirits)|enjoying the (?:season|holidays?|summer|sunshine))';
const FARING = `(?:doing )?${FARING_WORD}(?:(?:,| and|, and) ${FARING_WORD}){0,3}`;

/** Who a wish takes in with the reader ("you and your loved ones", "you and yours"). */
const AND_YOURS =
  '(?: and (?:yours|your (?:loved ones|family|families|team|crew|folks|household|kids|little ones)))?';

/**
 * A salutation that names a kind of reader instead of the reader ("Dear Homeowner", "Dear Pet
 * Parent", "Dear Alumni Friend"): one reader, in the singular, so "Dear Parents" to a class stays a
 * group's greeting.
 */
const READER_KIND =
  '(?:parent|guardian|owner|homeowner|resident|patient|member|supporter|donor|alumnus|alumna|alum|graduate|friend|shopper|guest|customer|client|user|subscriber|policyholder|investor|tenant|renter|traveler|traveller|reader|student|applicant|candidate|patron|visitor|buyer|seller|partner|participant|attendee)';

/** The words that may stand before the kind of reader ("Pet Parent", "Alumni Friend"). */
const READER_KIND_MODIFIER =
  '(?:pet|dog|cat|alumni|home|property|business|car|prospective|future|current|existing|new)';

/** Generic openers and greetings that say nothing about this reader. */
export const HOLLOW_OPENERS = definePhrases<HollowOpenerEntry>([
  {
    phrase: 'I hope this email finds you well',
    pattern: `(?:(?:i|we) )?(?:hope|trust) (?:that )?(?:this|my|our|the) (?:email|e-mail|note|message|letter|card|newsletter|update) (?:finds|reaches|has found) you(?: all)?${AND_YOURS},? ${FARING}`,
    note: 'a filler sentence every inbox has seen',
    source: LENGTH,
    subtype: 'hope',
  },
  {
    phrase: 'I hope you’re doing well',
    pattern:
      "(?:(?:i|we) )?hope (?:you're|you are|you've been|you have been|you're all|all is) (?:doing )?(?:well|good|great|fine)|(?:(?:i|we) )?(?:hope|trust) (?:that )?all is (?:well|good)(?: with you(?: and yours)?| on your end)?|(?:i )?hope you(?:'re| are) (?:having|enjoying) (?:a|an|your) (?:great|good|wonderful|fantastic|lovely|productive|nice) (?:week|day|weekend|monday|tuesday|wednesday|thursday|friday|morning|afternoon)|(?:i )?hope you had a (?:great|good|wonderful|lovely|nice|relaxing) (?:weekend|week|day)",
    note: 'a generic wish instead of something about this reader',
    source: LENGTH,
    subtype: 'hope',
  },
  {
    phrase: 'Dear Sir/Madam',
    pattern: 'dear (?:sir\\s*/\\s*madam|sir or madam|madam or sir|sirs|sir|madam)',
    note: 'tells the reader nobody looked up their name',
    source: GREETING,
    subtype: 'greeting',
  },
  {
    phrase: 'To whom it may concern',
    pattern: 'to whom it may concern',
    note: 'tells the reader nobody looked up their name',
    source: GREETING,
    subtype: 'greeting',
  },
  {
    phrase: 'Dear valued customer',
    pattern: `dear (?:valued|esteemed|loyal|treasured|cherished) (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+(?=\\s*[,!:\\n])|dear (?:valued |esteemed |loyal )(?:customer|client|partner|member|user|subscriber)s?|dear (?:customer|client|user|subscriber|friend|business owner|homeowner)s?(?=[,!:\\n])|dear (?:${READER_KIND_MODIFIER} )?${READER_KIND}(?=\\s*[,!:\\n])`,
    note: 'a form letter greeting',
    source: GREETING,
    subtype: 'greeting',
  },
  {
    phrase: 'Greetings!',
    // A greeting line on its own; "Season's greetings!" and "Greetings from Denver" are not.
    pattern:
      "(?<!(?:season's|seasons|holiday|warm|warmest|birthday|christmas|easter|new year's)\\s)greetings(?=\\s*[,!:.]?\\s*\\n)",
    note: 'a form letter greeting',
    source: GREETING,
    subtype: 'greeting',
  },
  {
    phrase: 'Hope the week’s been kind to you',
    pattern: `(?:i )?(?:hope|hoping|trust) (?:that )?(?:(?:the|your|this|this past|last) ${TIME_SPAN}|things|everything|all|life|work|business|the new year|20\\d\\d)${GOING_WELL}(?: so far| lately| this ${TIME_SPAN})?${ANYWHERE}|(?:i )?(?:hope|hoping|trust) (?:that )?you(?: and (?:the|your) (?:team|family|crew|folks))?(?:'re| are|'ve been| have been| had| have)? (?:having|had|enjoying|enjoyed|off to|getting off to|keeping|staying|surviving) (?:a |an |your |the )?(?:[\\p{L}-]+ ){0,2}?(?:${TIME_SPAN}|well|healthy|safe|sane|busy)(?: so far| this ${TIME_SPAN})?${ANYWHERE}|(?:i )?(?:hope|trust) this (?:finds|reaches) you(?: (?:well|in good health|in good spirits|safe and well))?|(?:(?:i|we) )?(?:hope|trust) (?:that )?(?:this|the) (?:${TIME_SPAN}|time of year) (?:finds|has found) you(?: all)?${AND_YOURS},? ${FARING}`,
    note: 'a generic wish about the reader’s time or health, with nothing specific to them',
    source: LENGTH,
    subtype: 'hope',
    openingOnly: true,
  },
]);
