/** Pressure, scarcity and fear of missing out, but not a deadline that belongs to the reader. */
import type { PressureEntry } from '../../data/pressure-phrases.js';
import { type Guard, isVerbAt, READER_SAID } from './shared.js';

const clueCache = new Map<string, RegExp>();

/** Compiles a sentence clue once; spaces match any run of white space, as in phrase patterns. */
function clue(source: string): RegExp {
  let pattern = clueCache.get(source);
  if (!pattern) {
    pattern = new RegExp(source.replaceAll(' ', '\\s+'), 'u');
    clueCache.set(source, pattern);
  }
  return pattern;
}

/**
 * What leads into an order: the start of the sentence, a comma or dash, or "so", "and", "then",
 * "just" ("…, so act now"). "Act" there is a verb, and the sentence need not be tagged.
 */
const IMPERATIVE_LEAD = /(?:^|[,;:—–]|\b(?:so|and|then|just|simply|please))\s*$/u;

export const falseUrgencyGuard: Guard = (context) => {
  const { match, before, after, message } = context;
  if (READER_SAID.test(before)) return null;
  const entry: PressureEntry = match.entry;
  // The entry's own clues: what the phrase needs around it, and what rules it out.
  if (entry.needsBefore !== undefined && !clue(entry.needsBefore).test(before)) return null;
  if (entry.unlessBefore !== undefined && clue(entry.unlessBefore).test(before)) return null;
  if (entry.unlessAfter !== undefined && clue(entry.unlessAfter).test(after)) return null;
  const phrase = message.lower.slice(match.start, match.end);
  // "your offer expires Friday" is the reader's own deadline (a bank's offer, a lease).
  if (
    entry.subtype === 'deadline' &&
    /^(?:offer|deal|discount|promo|pricing|price|rate|sale)/u.test(phrase) &&
    /\b(?:your|their|his|her|its)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(before)
  )
    return null;
  // "last chance" pressures when it is about acting ("last chance to join", "Last chance!"),
  // not when it describes the world ("the last chance for snow is in March").
  if (
    phrase === 'last chance' &&
    !/^\s*(?:to\s+(?:sign|buy|join|get|save|register|grab|claim|lock|enroll|book|order|apply|secure|upgrade|try|reserve|act|lock)\b|[!:]|$)/u.test(
      context.after,
    ) &&
    !/\b(?:your|this is|it's|it is|here's)\s+(?:the\s+|a\s+)?$/u.test(before)
  )
    return null;
  if (phrase.startsWith('act ') && !IMPERATIVE_LEAD.test(before)) {
    if (!isVerbAt(context, match.start - context.sentence.start)) return null;
  }
  if (phrase.startsWith('hurry') && /\b(?:no|not in a|in no)\s+$/u.test(before)) return null;
  return 0.85;
};
