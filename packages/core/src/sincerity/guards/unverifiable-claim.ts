/**
 * Superlatives and brag numbers about the sender, not praise of the reader or a third party, and
 * not a claim whose sentence or paragraph names its source ("in J.D. Power's 2024 study").
 */
import {
  type Guard,
  isAboutOthers,
  type MatchContext,
  OTHERS_POSSESSIVE,
  READER_SAID,
} from './shared.js';

/** Who says so, unless it is the sender or their customers: "according to Gartner", "source:". */
const NAMED_SOURCE =
  /\b(?:according to|as (?:rated|ranked|measured|reported|named) by|(?:rated|ranked|named) by|source:)\s+(?!(?:our|my|us|we|me|customers|clients|people|users|everyone|many|most)\b)|https?:\/\/|\bwww\./u;
/** A dated study, survey or ranking: "the 2024 J.D. Power study", "G2's ratings (2024)". */
const DATED_STUDY =
  /\b(?:19|20)\d\d\b[^!?\n]{0,80}?\b(?:study|survey|report|ranking|rankings|index|awards?|ratings?|review|list)\b|\b(?:study|survey|report|ranking|rankings|index|awards?|ratings?|review|list)\b[^!?\n]{0,80}?\b(?:19|20)\d\d\b/u;

/**
 * True when the claim's paragraph says where the claim comes from, in the sentence before it, its
 * own sentence or the rest of the paragraph: a citation often stands around the claim ("According
 * to J.D. Power, …", "… The 2024 study is attached.") and abbreviations such as "J.D." split
 * sentences.
 */
function citesSource({ sentence, match, message }: MatchContext): boolean {
  const paragraph = message.paragraphs[sentence.paragraph];
  const previous = message.sentences[message.sentenceAt(sentence.start) - 1];
  const start = previous?.paragraph === sentence.paragraph ? previous.start : sentence.start;
  const end = Math.max(sentence.end, Math.min(paragraph?.end ?? sentence.end, match.end + 300));
  const text = message.lower.slice(start, end);
  return NAMED_SOURCE.test(text) || DATED_STUDY.test(text);
}

export const unverifiableClaimGuard: Guard = (context) => {
  const { before } = context;
  if (READER_SAID.test(before) || OTHERS_POSSESSIVE.test(before)) return null;
  if (/\bcongrat/u.test(before) || isAboutOthers(before)) return null;
  if (citesSource(context)) return null;
  return 0.8;
};
