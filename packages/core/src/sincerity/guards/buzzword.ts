/** Empty jargon; a verb-only buzzword ("leverage") must be used as a verb. */
import { type Guard, isVerbAt } from './shared.js';

export const buzzwordGuard: Guard = (context) => {
  const { match, before } = context;
  if (match.entry.subtype === 'verb') {
    if (!isVerbAt(context, match.start - context.sentence.start)) return null;
    if (/\b(?:the|a|an|your|their|our|its|of|financial|debt)\s+$/u.test(before)) return null;
  }
  return 0.85;
};
