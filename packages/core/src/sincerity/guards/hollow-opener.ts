/**
 * Generic openers, unless something specific follows ("doing well with the new team"). A broad
 * wish ("hope the week's been kind") counts only as the message's first words: after a sentence
 * about the reader, "I hope the year is off to a great start" is about what that sentence said.
 */
import type { HollowOpenerEntry } from '../../data/hollow-openers.js';
import { type Guard, type MatchContext } from './shared.js';

/**
 * A greeting line or lead ("Hi Maria,", "Good morning!", "Hi Mr. Okafor,"), which may stand before
 * the opener: a title's period ("Mr.", "Dr.") is part of the name, not the end of a sentence.
 */
const GREETING =
  /^\s*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|howdy|hiya)\b(?:[^.!?\n]|(?<=\b(?:mr|mrs|ms|mx|dr|prof))\.){0,40}[,!:.]?)?\s*$/u;

/**
 * A merge field masked as a word (`Xxxxxxx`), however long the field was in the template; a
 * Handlebars block masks as several in a row (`XxxxXxxxfriendXxxx`).
 */
const MASKED_FIELD = /Xx+/gu;

/**
 * True when the text is a greeting: a masked merge field counts as one short word, so that "Hey
 * {{ contact.first_name | default: "there" }}," is as short a greeting as "Hey Maria,".
 */
function isGreeting(message: MatchContext['message'], start: number, end: number): boolean {
  return GREETING.test(message.masked.slice(start, end).replace(MASKED_FIELD, 'X').toLowerCase());
}

/** True when nothing but a greeting comes before the match in the message's body. */
function isFirstWords({ match, sentence, message }: MatchContext): boolean {
  if (!isGreeting(message, sentence.start, match.start)) return false;
  const index = message.sentenceAt(sentence.start);
  for (const earlier of message.sentences.slice(0, index)) {
    if (earlier.part === 'subject' || earlier.part === 'preheader') continue;
    if (!isGreeting(message, earlier.start, earlier.end)) return false;
  }
  return true;
}

export const hollowOpenerGuard: Guard = (context) => {
  const { after, match } = context;
  if (match.entry.subtype !== 'hope') return 0.9;
  if (/^\s*(?:with|in|at|on|after|since|now that)\s/u.test(after)) return null;
  if ((match.entry as HollowOpenerEntry).openingOnly && !isFirstWords(context)) return null;
  return 0.9;
};
