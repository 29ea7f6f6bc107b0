/** Guilt and pestering in follow-ups, not empathy about something specific. */
import { type Guard, READER_SAID } from './shared.js';

/** The sender counting their own attempts ("I've written to you twice …"). */
const SENDER_EFFORT =
  /\b(?:i|we|i've|we've)\b(?:\s+(?:have|had|now|already|also|just))*\s+(?:written|wrote|emailed|e-mailed|sent|called|messaged|texted|reached out|followed up|tried|left|asked)\b/u;

export const guiltTripGuard: Guard = ({ before, after, message, match }) => {
  if (READER_SAID.test(before)) return null;
  const phrase = message.lower.slice(match.start, match.end);
  if (/hear(?:d)? back$/u.test(phrase) && /^\s+from\s+(?!you\b)/u.test(after)) return null;
  // "You must be busy with the new clinic" is empathy about something specific, not a guilt line.
  if (
    match.entry.subtype === 'busy' &&
    /^\s*(?:with|after|since|now that|preparing|getting|running)\s/u.test(after)
  )
    return null;
  // "without a reply" is a guilt line only after the sender's own attempts to reach the reader.
  if (match.entry.subtype === 'unanswered' && !SENDER_EFFORT.test(before)) return null;
  return 0.9;
};
