/** Asking for the reader's time: only a request, not a past meeting or the reader's own words. */
import { type Guard, PAST_CONTEXT, READER_SAID, REQUEST } from './shared.js';

export const timeGrabGuard: Guard = ({ match, before, sentence, message }) => {
  if (READER_SAID.test(before)) return null;
  // "after our quick call" is past; "interested in a deep dive" is a request.
  if (PAST_CONTEXT.test(before) && !/\binterested in\s*$/u.test(before)) return null;
  const whole = message.lower.slice(sentence.start, sentence.end);
  const ownsTime = /of your (?:time|day|calendar)|on your calendar|pick your brain/u.test(
    message.lower.slice(match.start, match.end),
  );
  if (!ownsTime && !REQUEST.test(whole) && !/^(?:let's|hop|jump|grab|book)\b/u.test(whole))
    return null;
  return ownsTime ? 0.9 : 0.8;
};
