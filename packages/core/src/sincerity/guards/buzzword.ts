/**
 * Empty jargon, read in context: a verb-only buzzword ("leverage") must be a verb in the present;
 * "disrupt" and "empower" count when the sender or their product does it; "rockstar" and "ninja"
 * count when they describe the people a team hires, not when they praise the reader; a technical
 * label ("cloud-native", "scalable") counts only in a sentence that holds other jargon, where it is
 * hype ("our paradigm-shifting, cloud-native stack") rather than a fact ("our cloud-native
 * migration of your Postgres database finished at 2am").
 */
import { BUZZWORDS } from '../../data/buzzwords.js';
import { matchPhrasesCached } from '../../nlp/match-phrases-by-paragraph.js';
import {
  type Guard,
  isAboutOthers,
  isVerbAt,
  type MatchContext,
  READER_SAID,
  SENDER_WORDS,
} from './shared.js';

/** The jargon that is never a plain technical term, which makes a technical label hype too. */
const PLAIN_JARGON = BUZZWORDS.filter((entry) => entry.subtype !== 'technical');

/** True when the sentence holds other jargon than the match. */
function hasOtherJargon({ sentence, message }: MatchContext): boolean {
  const masked = message.masked.slice(sentence.start, sentence.end);
  const lower = message.lower.slice(sentence.start, sentence.end);
  return matchPhrasesCached(PLAIN_JARGON, masked, lower, message.masked, message.lower).length > 0;
}

/** Words that put "rockstar" or "ninja" in a sentence about hiring or a team. */
const HIRING =
  /\b(?:teams?|hire|hires|hiring|hired|engineers?|engineering|developers?|designers?|candidates?|roles?|positions?|openings?|join|joining|recruit\w*|talent|looking for|seeking|marketers?|salespeople|reps|staff|crew|squad|employees)\b/u;

function mentionsSender(text: string): boolean {
  return (text.match(/[\p{L}']+/gu) ?? []).some((word) => SENDER_WORDS.has(word));
}

/** The reader's own word for it ("the deep dive you asked for"): echoing them is not jargon. */
const READER_ASKED =
  /^[^.?!]*?\b(?:which|that|as|like) you (?:asked|requested|wanted|suggested|called it|put it)\b/u;
/** The object of "leverage" is something the reader already has: plain reuse, not jargon. */
const REUSE =
  /^\s+(?:what(?:'s| is) already|what (?:you|they) already|(?:the|your|their) (?:existing|current)|existing)\b/u;
/** Praise of a person ("Thanks for being a rockstar"), not a job ad. */
const PRAISE = /\b(?:thanks?|thank you|being)\b/u;

export const buzzwordGuard: Guard = (context) => {
  const { match, before, after, sentence, message } = context;
  if (READER_SAID.test(before) || READER_ASKED.test(after)) return null;
  const phrase = message.lower.slice(match.start, match.end);
  switch (match.entry.subtype) {
    case 'verb':
      if (/\b(?:the|a|an|your|their|our|its|of|financial|debt)\s+$/u.test(before)) return null;
      // "Our team leveraged the grant" reports what was done (and "leveraged" is a finance term).
      if (phrase.endsWith('ed')) return null;
      // "so we can leverage what's already there": reusing something that exists is plain use.
      if (REUSE.test(after)) return null;
      // compromise reads "leverages" as a plural noun, but that noun is not English.
      if (!phrase.endsWith('es') && !isVerbAt(context, match.start - sentence.start)) return null;
      break;
    case 'disrupt':
      // "The strike disrupted the shipping sector": an event disrupts, not a pitch.
      if (/^disrupted\b/u.test(phrase) && !mentionsSender(before)) return null;
      if (/\b(?:your|their)\b/u.test(phrase) && !mentionsSender(before)) return null;
      break;
    case 'technical':
      if (!hasOtherJargon(context)) return null;
      break;
    case 'hire':
      // "You were a rock star at the summit" is praise of the reader, not jargon about hires.
      if (isAboutOthers(before) || PRAISE.test(before)) return null;
      // Read around the match (`before` and `after` are bounded): a sentence can be megabytes.
      if (!HIRING.test(`${before}${phrase}${after}`)) return null;
      break;
    default:
      // "Your gift empowers families": the reader or a third party does it, in plain words.
      if (match.entry.phrase === 'empower' && isAboutOthers(before)) return null;
  }
  return 0.85;
};
