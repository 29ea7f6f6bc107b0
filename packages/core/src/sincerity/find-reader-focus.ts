/**
 * Counts who the message talks about, in the spirit of Gong's talk-to-listen ratio (EVIDENCE.md):
 * second-person pronouns for the reader, first-person ones for the sender. Personal pronouns are a
 * closed class, so a word list finds the candidates; the tagger settles the ambiguous ones
 * ("US" the country, "I" in "Part I") by requiring a Pronoun or Possessive tag. A "we" that
 * includes the reader — the subject of a shared past event ("when we spoke", "as we discussed"),
 * of something done together ("we mapped out the plan together", "we could both"), of what a shared
 * agreement said ("we agreed we'd…"), of options laid out for a joint choice ("we could move it,
 * or we could wait"), of joint work ("where we left off", "what we practiced"), "let's", "both of
 * us", "our call", "our next session" — counts as shared, not as the sender. In a message about
 * work the two do together (a coach and a client: "our next session", "deciding together"), a
 * "we" that did or will do that work ("we set three goals", "we've hit one", "we should check")
 * is shared too. The
 * pronouns of an apology that owns a mistake ("I'm sorry", "I take responsibility", "that's on
 * me", "our mistake") are not counted at all: owning an error is not talking about oneself.
 */
import { tagTerms } from '../nlp/tag-terms.js';
import type { PronounFocus, PronounMention, ReaderFocus } from './message-analysis.js';
import type { PreparedMessage } from './prepare-message.js';
import { isReadAsBody } from './prepare-message.js';
import { wordsBefore } from './guards/shared.js';

const READER = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you've",
  "you'll",
  "you'd",
  "y'all",
]);
const SENDER_SINGULAR = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'll", "i'd"]);
const SENDER_PLURAL = new Set([
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we've",
  "we'll",
  "we'd",
]);

const PRONOUN =
  /(?<![\p{L}\p{N}'])(?:you(?:'re|'ve|'ll|'d|rs|r|rself|rselves)?|y'all|i(?:'m|'ve|'ll|'d)?|me|my|mine|myself|we(?:'re|'ve|'ll|'d)?|us|our|ours|ourselves|let's)(?![\p{L}\p{N}])/gu;

/** A third person: "he", "she", "him", "his", "her", "hers" (ASCII, so no `u` flag). */
const THIRD_PERSON = /\b(?:he|she|him|his|hers?)\b/g;

const ROMAN_BEFORE =
  /\b(?:part|phase|chapter|war|tier|type|level|stage|class|step|section|appendix|volume|vol\.|act|season|book|round|series|grade|form|article|title|henry|louis|george|elizabeth)\s+$/u;
const SHARED_EVENT =
  /^(?:'ve)?\s+(?:(?:both|all|just|briefly|finally|first|last|recently|already|then)\s+)?(?:spoke|talked|met|discussed|chatted|connected|agreed|caught up|worked together|sat down|went over|covered|hopped on|got together|shook hands|both|together|had (?:a|our|that|lunch|coffee|dinner|a chat|a call)|saw each other|were (?:both|together)|have (?:both|worked together|spoken|talked|met))\b/u;
const SHARED_OUR =
  /^\s+(?:(?:last|recent|previous|earlier|first|brief|quick|great|lovely|next|upcoming|weekly|monthly|regular|standing|usual|scheduled|follow-up)\s+)?(?:call|conversation|chat|meeting|talk|discussion|time together|lunch|coffee|dinner|intro|introduction|mutual|shared|partnership|project together|session|sessions|lesson|lessons|check-in|appointment|work together|coaching)\b/u;
const SHARED_US_BEFORE =
  /(?:both of|each of|either of|neither of|between|for both of|all of|you and)\s+$/u;
const SHARED_WE_BEFORE = /(?:you and|when|as|since|after|before|where|once)\s+$/u;
/** "we could both", "we can all": a modal and then both or all. */
const SHARED_MODAL = /^\s+(?:could|can|might|should|would|will|'ll|'d|need to)\s+(?:both|all)\b/u;
/** "…together" later in the same clause: "we mapped out the launch plan together". */
const TOGETHER_IN_CLAUSE = /^[^,;:.!?]*\btogether\b/u;
/** "put a team together" assembles something: the sender's work, not a joint one. */
const ASSEMBLED =
  /^[^,;:.!?]*\b(?:put|puts|putting|pull|pulled|pulling|piece|pieced|cobble|cobbled|stitch|stitched|throw|threw|thrown|bring|brought|band|banded)(?:\s+[\p{L}'’-]+){0,3}\s+together\b/u;
/**
 * Work two people do together, read after "we": "where we left off", "what we practiced", "the
 * plan we sketched". Not what a firm does for clients ("what we built for clients like you").
 */
const JOINT_WORK_AFTER =
  /^(?:'ve|\s+have)?\s+(?:(?:just|already|actually|first|last)\s+)?(?:left off|practiced|practised|rehearsed|role-played|worked on|talked through|talked about|went over|went through|agreed on|landed on|sketched|brainstormed|mapped out)\b/u;
const JOINT_WORK_BEFORE =
  /(?:where|what|how far|everything|all|the (?:plan|goals?|steps|exercise|script|framework|notes|list))\s+(?:that\s+)?$/u;
/** A message about work the two do together: "our next session", "deciding together". */
const JOINT_MESSAGE =
  /\bour (?:(?:next|last|first|upcoming|weekly|monthly|regular)\s+)?(?:session|sessions|lesson|lessons|coaching|work together)\b|\b(?:where|what) we(?:'ve| have)? (?:left off|practiced|practised|rehearsed|role-played|worked on|talked through)\b|\b(?:decide|deciding|work|working|figure|figuring|think|thinking|plan|planning|sketched|mapped)\s+(?:it\s+|this\s+|that\s+)?(?:out\s+|through\s+)?together\b|\byou and i\b|\bthe two of us\b/u;
/** In such a message, a "we" that does the joint work: "we set three goals", "we've hit one". */
const JOINT_ACT =
  /^(?:'ve|'ll|'d|\s+(?:have|had|will|would|should|could|can|might|need to|still|actually|already|just|both|all|finally|then|first))*\s+(?:run through|walk through|set|hit|done|did|do|started|start|made|make|reached|reach|achieved|tackled|tackle|tried|try|practiced|practised|practice|covered|cover|agreed|picked|pick|chose|choose|landed|land|worked|work|got|get|pull|pulled|check|checked|look|looked|review|reviewed|revisit|went|go|talked|talk|sketched|planned|plan|decided|decide|moved|move|figured|figure|focus|focused|spend|spent|left|take|took|keep|kept|should|need|can|could)\b/u;
/** The content of a shared decision: "we agreed we'd look at it again". */
const SHARED_DECISION_BEFORE =
  /\b(?:we|you and i)(?:'ve)?\s+(?:both\s+|all\s+)?(?:agreed|decided|planned|said|promised|figured|chose)(?:\s+that)?\s+$/u;
/** Options laid out for a choice the reader and sender make together: "we could …, or we could …". */
const OPTIONS_FIRST =
  /^we\s+(?:could|might|can)\b[^.!?]*\bor\s+(?:else\s+)?we\s+(?:could|might|can)\b/u;
const OPTIONS_SECOND = /\bwe\s+(?:could|might|can)\b[^.!?]*\bor\s+(?:else\s+)?$/u;
/** How the text before a second option ends ("… or", "… or else"), read before the whole pattern. */
const OPTION_TAIL = /\b(?:or|else)$/u;

/**
 * True when `before` ends "we could … or (else)": the "we" after it is the second of two options.
 * Its last words are read first, so that a long sentence with many "we"s is not scanned whole
 * again for each of them.
 */
function isSecondOption(before: string): boolean {
  return OPTION_TAIL.test(before.trimEnd().slice(-8)) && OPTIONS_SECOND.test(before);
}
/** An apology that owns a mistake, read after I/we: "I'm sorry", "we take full responsibility". */
const OWNED_AFTER_SUBJECT =
  /^(?:'m|'re|\s+am|\s+are)?\s+(?:so\s+|truly\s+|very\s+|really\s+|deeply\s+|sincerely\s+)?(?:sorry|apologi[sz]e)\b|^(?:'ve|'m|'re|\s+have|\s+am|\s+are)?\s+(?:take|taken|taking|accept|accepting|own)\s+(?:full\s+|complete\s+|all\s+the\s+)?(?:responsibility|the blame|ownership)\b|^\s+(?:made|make)\s+(?:a|an|this|that)\s+(?:mistake|error)\b|^\s+(?:got|get)\s+(?:it|this|that)\s+wrong\b|^\s+(?:messed|screwed)\s+up\b|^\s+dropped\s+the\s+ball\b|^\s+let\s+you\s+down\b|^\s+should\s+have\s+(?:caught|tested|told|checked|warned|known)\b/u;
/** "my apologies", "our mistake", "my fault". */
const OWNED_AFTER_POSSESSIVE =
  /^\s+(?:(?:sincere|deepest|honest)\s+)?(?:apologies|apology|fault|mistake|error|bad|oversight)(?![\p{L}-])/u;
/** "that's on me", "this one is on us". */
const OWNED_BEFORE_OBJECT =
  /\b(?:that|this|it)(?:\s+one)?(?:'s|\s+is|\s+was)\s+(?:all\s+|entirely\s+)?on\s+$/u;

/**
 * Finds reader, sender and shared pronouns in the body of a prepared message (quoted text
 * excluded), and counts third-person ones ("he", "her": `others`).
 *
 * @returns counts, the reader:sender ratio and each reader, sender or shared mention.
 */
export function findReaderFocus(message: PreparedMessage): ReaderFocus {
  const mentions: PronounMention[] = [];
  let others = 0;
  const joint = JOINT_MESSAGE.test(message.lower);
  const { sentences } = message;
  // Index and `exec` loops: the CLI runs V8 without inlining, where `for…of` and `matchAll` make
  // an object per step.
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index] as (typeof sentences)[number];
    const paragraph = message.paragraphs[sentence.paragraph];
    if (!paragraph || !isReadAsBody(paragraph) || sentence.quoted) continue;
    const lower = message.lower.slice(sentence.start, sentence.end);
    let terms: ReturnType<typeof tagTerms> | undefined;
    PRONOUN.lastIndex = 0;
    for (let match = PRONOUN.exec(lower); match; match = PRONOUN.exec(lower)) {
      const word = match[0];
      const start = sentence.start + match.index;
      const end = start + word.length;
      if (message.isQuoted(start, end)) continue;
      const written = message.masked.slice(start, end);
      // Ambiguous spellings: "US"/"ME" in capitals, or a capital "I" right after a capitalised word.
      // A capital "I" after "Part", "Phase", "World War" … is a roman numeral.
      if (written === 'I' && ROMAN_BEFORE.test(wordsBefore(lower, 0, match.index))) continue;
      if (written === 'US' || written === 'ME') {
        terms ??= tagTerms(message.masked.slice(sentence.start, sentence.end));
        const term = terms.find((candidate) => candidate.start === match.index);
        if (!term || !(term.tags.has('Pronoun') || term.tags.has('Possessive'))) continue;
        if (term.tags.has('Place') || term.tags.has('Acronym')) continue;
      }
      const focus = classify(word, lower, match.index, joint);
      if (focus === null) continue;
      mentions.push({ start, end, text: message.text.slice(start, end), focus });
    }
    THIRD_PERSON.lastIndex = 0;
    for (let match = THIRD_PERSON.exec(lower); match; match = THIRD_PERSON.exec(lower)) {
      const start = sentence.start + match.index;
      if (!message.isQuoted(start, start + match[0].length)) others++;
    }
  }
  let reader = 0;
  let sender = 0;
  let shared = 0;
  for (const mention of mentions) {
    if (mention.focus === 'reader') reader++;
    else if (mention.focus === 'sender') sender++;
    else shared++;
  }
  return { reader, sender, shared, others, ratio: sender === 0 ? null : reader / sender, mentions };
}

/** Subject pronouns an apology can start with; a contraction's tail is read with what follows. */
const APOLOGY_SUBJECTS = new Set(['i', 'we', "i'm", "we're", "i've", "we've"]);

/** True when the pronoun is part of an apology that owns a mistake. */
function isOwnedApology(word: string, before: string, after: string): boolean {
  if (APOLOGY_SUBJECTS.has(word)) {
    const apostrophe = word.indexOf("'");
    return OWNED_AFTER_SUBJECT.test(apostrophe === -1 ? after : word.slice(apostrophe) + after);
  }
  if (word === 'my' || word === 'our') return OWNED_AFTER_POSSESSIVE.test(after);
  if (word === 'me' || word === 'us') return OWNED_BEFORE_OBJECT.test(before);
  return false;
}

/** Who a pronoun points at, or null when it is not counted (an owned apology). */
function classify(word: string, sentence: string, at: number, joint: boolean): PronounFocus | null {
  if (READER.has(word)) return 'reader';
  if (word === "let's") return 'shared';
  const before = sentence.slice(Math.max(0, at - 24), at);
  const after = sentence.slice(at + word.length, at + word.length + 48);
  if (isOwnedApology(word, before, after)) return null;
  if (SENDER_SINGULAR.has(word)) return 'sender';
  if (!SENDER_PLURAL.has(word)) return 'sender';
  if (word.startsWith('we')) {
    if (SHARED_EVENT.test(after)) return 'shared';
    if (/you and\s+$/u.test(before)) return 'shared';
    if (SHARED_WE_BEFORE.test(before) && /^\s+(?:both|all)\b/u.test(after)) return 'shared';
    if (SHARED_MODAL.test(after)) return 'shared';
    if (TOGETHER_IN_CLAUSE.test(after) && !ASSEMBLED.test(after)) return 'shared';
    if (SHARED_DECISION_BEFORE.test(before)) return 'shared';
    // "I'd suggest we do", "I propose we meet": a proposal of something to do together.
    if (/\b(?:suggest|propose|recommend)(?:\s+that)?\s+$/u.test(before)) return 'shared';
    if (OPTIONS_FIRST.test(sentence.slice(at)) || isSecondOption(sentence.slice(0, at)))
      return 'shared';
    if (JOINT_WORK_AFTER.test(after) && (joint || JOINT_WORK_BEFORE.test(before))) return 'shared';
    if (joint && JOINT_ACT.test(after)) return 'shared';
    return 'sender';
  }
  if (word === 'us') {
    if (SHARED_US_BEFORE.test(before)) return 'shared';
    // "which gives us three weeks to get Oliver ready": the time both have, in joint work.
    if (joint && /\b(?:gives?|leaves?)\s+$/u.test(before)) return 'shared';
    return 'sender';
  }
  if (word === 'our') {
    if (SHARED_OUR.test(after)) return 'shared';
    return joint && /^\s+(?:plan|goals?|work|progress|time|list|notes|practice)\b/u.test(after)
      ? 'shared'
      : 'sender';
  }
  return 'sender';
}
