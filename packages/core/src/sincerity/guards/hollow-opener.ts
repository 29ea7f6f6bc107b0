/**
 * Generic openers, unless something specific follows ("doing well with the new team"). A broad
 * wish ("hope the week's been kind") counts only as the message's first words: after a sentence
 * about the reader, "I hope the year is off to a great start" is about what that sentence said.
 */
import type { HollowOpenerEntry } from '../../data/hollow-openers.js';
import { type Guard, type MatchContext } from './shared.js';

/** A greeting line or lead ("Hi Maria,", "Good morning!"), which may stand before the opener. */
const GREETING =
  /^\s*(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|howdy|hiya)\b[^.!?\n]{0,40}[,!:.]?)?\s*$/u;

/** True when nothing but a greeting comes before the match in the message's body. */
function isFirstWords({ match, sentence, message }: MatchContext): boolean {
  if (!GREETING.test(message.lower.slice(sentence.start, match.start))) return false;
  const index = message.sentenceAt(sentence.start);
  for (const earlier of message.sentences.slice(0, index)) {
    if (earlier.part === 'subject' || earlier.part === 'preheader') continue;
    if (!GREETING.test(message.lower.slice(earlier.start, earlier.end))) return false;
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
