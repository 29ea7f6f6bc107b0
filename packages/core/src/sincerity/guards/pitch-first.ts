/**
 * Judges a pitch phrase in the opening (`find-opening` finds the opening and hands each match
 * here, with `before` measured from where the opening starts, after any greeting).
 */
import { tagTerms } from '../../nlp/tag-terms.js';
import { type Guard, type MatchContext, READER_SAID } from './shared.js';

const READER = /\b(?:you|your|yours|you're|you've|you'll|you'd)\b/u;
/** A warm introduction of two people ("I'd like to introduce you to Maria"), not of a product. */
const WARM_INTRODUCTION =
  /^\s+(?:you (?:to|and)|the two of you|you both|you two)\b(?!\s+(?:to\s+)?(?:our|my|the (?:new |latest )?(?:platform|product|tool|app|software|solution))\b)/u;
/**
 * A thing the reader already uses or knows ("Notion is the tool your team uses", "a product you
 * hope never to need"): the sentence is about the reader, not a pitch.
 */
const READERS_TOOL =
  /\b(?:you|your [\p{L}-]+) (?:already |still )?(?:use|uses|used|rely on|relies on|love|loves)\b|^\s*(?:that |which )?(?:you|your [\p{L}-]+|we both|we all|both of us) (?!like\b)\p{L}+/u;
/** Tags that say a capitalised opening word is a person, a place, a date or a function word. */
const NOT_A_PRODUCT = ['Person', 'Place', 'Date', 'Pronoun', 'Determiner', 'Value', 'Month'];
/** A merge field masked as a word (`Xxxxxxx`): whose name it is cannot be known. */
const MASKED_FIELD = /^X(?:x+)?$/u;
/** The capitalised words a product match opens with, after "Meet" or "Introducing" if any. */
const NAME_WORDS =
  /^(?:(?:Meet|Introducing|Announcing|Say hello to)\s+)?((?:\p{Lu}|\d)[\p{L}\p{N}&+'.-]*(?:\s+(?:\p{Lu}|\d)[\p{L}\p{N}&+'.-]*)*)/u;
/** A word spelled as a brand: "ShieldPlus", "Monday.com", "AT&T", "Route66". */
const BRAND_SPELLING = /\p{Ll}\p{Lu}|[\p{N}&+]|\.\p{L}/u;

/** The product name a match opens with, and where it starts. */
function nameOf(context: MatchContext): { start: number; name: string } | null {
  const { match, message } = context;
  const found = NAME_WORDS.exec(message.masked.slice(match.start, match.end));
  const name = found?.[1];
  if (!found || !name) return null;
  return { start: match.start + found[0].length - name.length, name };
}

/** True when the name reads as a product or company, not a person, a place or a date. */
function isProductName(context: MatchContext, start: number, name: string): boolean {
  const { message, sentence } = context;
  if (MASKED_FIELD.test(name)) return false;
  const terms = tagTerms(message.masked.slice(sentence.start, sentence.end));
  const term = terms.find(
    (candidate) =>
      sentence.start + candidate.start <= start && start < sentence.start + candidate.end,
  );
  return !term || !NOT_A_PRODUCT.some((tag) => term.tags.has(tag));
}

/**
 * True when a capitalised opening word is surely a name, not a common noun that happens to open
 * the sentence ("Admission includes lunch"): it has several words or a brand spelling, the
 * message also writes it with a capital in the middle of a sentence ("The Pipewise Team"), or it
 * is the sender's domain ("trackly.example").
 */
function isSurelyName(context: MatchContext, start: number, name: string): boolean {
  if (/\s/u.test(name) || BRAND_SPELLING.test(name)) return true;
  const { message } = context;
  const domain = new RegExp(`(?<![\\p{L}\\p{N}.-])${name.toLowerCase()}\\.\\p{L}{2,}`, 'u');
  if (domain.test(message.lower)) return true;
  const inMidSentence = new RegExp(`[\\p{L}\\p{N},;:]\\s+${name}(?![\\p{L}\\p{N}])`, 'gu');
  for (const other of message.masked.matchAll(inMidSentence)) {
    if (other.index + other[0].length - name.length !== start) return true;
  }
  return false;
}

function judgeProduct(context: MatchContext): number | null {
  const { match, before, after } = context;
  // The product has to be what the opening starts with, and has to be a product.
  if (before.trim() !== '' || READERS_TOOL.test(after)) return null;
  const found = nameOf(context);
  if (!found || !isProductName(context, found.start, found.name)) return null;
  if (match.entry.subtype === 'product-name' && !isSurelyName(context, found.start, found.name)) {
    return null;
  }
  return 0.85;
}

export const pitchFirstGuard: Guard = (context) => {
  const { match, before, after, message } = context;
  // "You asked about pricing, so I wanted to introduce our plans": the reader came first.
  if (READER.test(before)) return null;
  // "I wanted to introduce our two plans, since you asked": the reader asked for it.
  if (READER_SAID.test(after)) return null;
  switch (match.entry.subtype) {
    case 'product':
    case 'product-name':
      return judgeProduct(context);
    case 'self-portrait':
      // "We're a small family business, and your order means a lot": about the reader too.
      return READER.test(after) ? null : 0.85;
    default: {
      const phrase = message.lower.slice(match.start, match.end);
      if (/introduce$/u.test(phrase) && WARM_INTRODUCTION.test(after)) return null;
      return 0.9;
    }
  }
};
