/**
 * Superlatives and brag numbers about the sender, not praise of the reader or a third party, and
 * not a claim whose sentence or paragraph names a source the reader can check ("in J.D. Power's
 * 2024 study"). A source is a named third party or a citation; a date ("since 2011"), a number or
 * the sender's own customers ("our clients rate us the best") is not.
 *
 * Broad entries (`aboutSender`) match words that are as often plain fact as a boast ("the fastest
 * route in the city"); they count only when the sentence makes the sender the thing ranked: a
 * first-person subject linked to the rank by a verb such as "is", "are", "considered" or "rate
 * us", or a capitalised subject that the signature names (the firm or the product).
 */
import type { ClaimEntry } from '../../data/claim-phrases.js';
import {
  type Guard,
  isAboutOthers,
  type MatchContext,
  OTHERS_POSSESSIVE,
  READER_OR_THIRD,
  READER_SAID,
  SENDER_WORDS,
} from './shared.js';

/** Groups of people whose word is no source: the sender's own customers, "everyone", "couples". */
const UNNAMED =
  '(?:our|my|us|we|me|customers|clients|people|users|everyone|everybody|many|most|some|a lot|lots|reviewers|experts|members|couples|families|locals|readers|patients|buyers|sellers|homeowners|shoppers|guests|parents|owners|students|folks|industry (?:experts|insiders|data)|independent reviews?|(?:a |an )?(?:recent |independent |internal )?(?:study|survey|report|research|studies|data|reviews))\\b';

/** Who says so, in lower case: "according to Gartner", "source:", a link. */
const NAMED_SOURCE = new RegExp(
  `\\baccording to\\s+(?!${UNNAMED})|\\bsources?:\\s|https?://|\\bwww\\.`,
  'u',
);
/** "Rated best by Boston Magazine", "ranked highest by J.D. Power": a capitalised voter. */
const RATED_BY =
  /\b(?:rated|ranked|named|voted|recogni[sz]ed|certified|awarded|chosen|selected|reviewed|listed|featured)\b[^.!?\n]{0,60}?\bby\s+(?:the\s+)?(?!(?:Our|My|Us|We|Me|Customers|Clients|People|Users|Everyone|Couples|Families|Locals|Readers|Members|Patients|Buyers|Homeowners|Shoppers|Guests|Parents|Owners)\b)\p{Lu}/u;
/** "J.D. Power ranked us highest", "Forbes named us": a capitalised third party ranks the sender. */
const NAMED_RANKER =
  /(?:^|[^\p{L}])(?!(?:We|I|You|They|He|She|It|Our|My|Your|Their|Customers|Clients|People|Users|Everyone|Couples|Families|Locals|Readers|Members|Patients|Buyers|Homeowners|Shoppers|Guests|Parents|Owners|Most|Many|Some)\b)\p{Lu}[\p{L}.&'-]*(?:\s+\p{Lu}[\p{L}.&'-]*)*\s+(?:ranked|rated|named|voted|awarded|recogni[sz]ed|certified|listed|gave)\s+(?:us|me|our)\b/u;
/** A study, survey or ranking with its year: "the 2024 J.D. Power study", "G2's ratings (2024)". */
const DATED_STUDY =
  /\b(?:19|20)\d\d\b[^!?\n]{0,80}?\b(?:study|survey|report|ranking|rankings|index|awards?|ratings?|review|list)\b|\b(?:study|survey|report|ranking|rankings|index|awards?|ratings?|review|list)\b[^!?\n]{0,80}?\b(?:19|20)\d\d\b/gu;
/** A citation in brackets: "(Gartner, 2024)". */
const BRACKET_CITATION = /\(\s*\p{Lu}[^()\n]{1,60}?,?\s*(?:19|20)\d\d\s*\)/u;
/** Words that start a sentence or a phrase with a capital without naming anyone. */
const NOT_A_NAME =
  '(?:Since|In|From|Until|By|As|At|Our|Your|My|Their|The|This|That|These|Last|Each|Every|Please|See|Read|For|Here|Attached|A|An|I|We|You)';
/**
 * A name beside the year or the study word: "J.D. Power 2024", "the 2024 J.D. Power study",
 * "G2's ratings". "Since 2011" and "for your review" name nobody.
 */
const NAMED_STUDY = new RegExp(
  `(?!${NOT_A_NAME}\\b)\\p{Lu}[\\p{L}\\p{N}.&'-]*\\s+\\(?(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\)?\\s+(?!${NOT_A_NAME}\\b)\\p{Lu}|(?!${NOT_A_NAME}\\b)\\p{Lu}[\\p{L}\\p{N}.&-]*(?:'s)?\\s+(?:[\\p{L}-]+\\s+)?(?:study|survey|report|ranking|rankings|index|awards?|ratings?|list|review)\\b`,
  'u',
);

/**
 * True when a dated study in `lower` also names who made it ("J.D. Power 2024 study", "Gartner's
 * 2023 report"), so that "since 2011 … for your review" is no source.
 */
function hasNamedDatedStudy(lower: string, text: string): boolean {
  for (const match of lower.matchAll(DATED_STUDY)) {
    const from = Math.max(0, match.index - 40);
    if (NAMED_STUDY.test(text.slice(from, match.index + match[0].length))) return true;
  }
  return false;
}

/**
 * True when the claim's paragraph says where the claim comes from, in the sentence before it, its
 * own sentence or the rest of the paragraph: a citation often stands around the claim ("According
 * to J.D. Power, …", "… The 2024 study is attached.") and abbreviations such as "J.D." split
 * sentences.
 */
/** How far from a claim (in characters) its source is looked for. */
const SOURCE_WINDOW = 600;

function citesSource({ sentence, match, message }: MatchContext): boolean {
  const paragraph = message.paragraphs[sentence.paragraph];
  const previous = message.sentences[message.sentenceAt(sentence.start) - 1];
  // Read at most `SOURCE_WINDOW` characters either side of the claim: a source stands near the
  // claim it backs, and a text with no sentence marks is one "sentence" (a claim repeated through
  // a 1 MB run would otherwise read the whole run once per claim).
  const start = Math.max(
    previous?.paragraph === sentence.paragraph ? previous.start : sentence.start,
    match.start - SOURCE_WINDOW,
  );
  const end = Math.min(
    Math.max(sentence.end, Math.min(paragraph?.end ?? sentence.end, match.end + 300)),
    match.end + SOURCE_WINDOW,
  );
  const lower = message.lower.slice(start, end);
  const text = message.masked.slice(start, end);
  return (
    NAMED_SOURCE.test(lower) ||
    RATED_BY.test(text) ||
    NAMED_RANKER.test(text) ||
    BRACKET_CITATION.test(text) ||
    hasNamedDatedStudy(lower, text)
  );
}

/**
 * The verb that makes the subject the thing ranked, at the end of the text before the claim,
 * with the adverbs that may follow it: "we're widely considered", "Acme is simply", "we are one
 * of". `us`/`me` after a rating verb makes the sender the thing ranked whoever the subject is.
 */
const LINK =
  /(?:\b(?:is|are|was|were|am|be|been|being|remains?|remained|stays?|stayed|become|becomes|became|considered|known as|regarded as|recogni[sz]ed as|seen as|rated|ranked|named|voted|called|have|has|offers?|provides?|runs?|operates?|carry|carries|builds?|built|designed|created|assembled|delivers?|sells?|employs?|keeps?|hires?)|'re|'s|'m)((?:\s+(?:simply|truly|widely|easily|also|still|now|officially|proudly|by far|quite|really|consistently|literally|honestly|arguably|hands[- ]down|just|already|always|genuinely|currently|clearly|undoubtedly|without (?:a )?(?:doubt|question)|one of|among|some of|probably|certainly|definitely|frequently|often|regularly|routinely|repeatedly|even))*)\s*$/u;
const RATES_SENDER =
  /\b(?:rate|rates|rated|call|calls|called|consider|considers|considered|name|names|named|vote|votes|voted|rank|ranks|ranked|make|makes|made|think of|thinks of) (?:us|me)(?:\s+(?:as|simply|easily|consistently|hands[- ]down))*\s*$/u;
/** An aim, a denial or a question: "we want to be the best in the region", "we're not the biggest". */
const NOT_ASSERTED =
  /\b(?:want|wants|wanted|aim|aims|strive|strives|striving|hope|hopes|hoping|try|tries|trying|working|work|goal is|mission is|plan|plans|aspire|aspires|intend|intends|love|like|need|needs|deserve|deserves) to (?:be|become|have|offer)\b|\b(?:not|never|no longer|if)\b|n't\b/u;
/** The sender's neighbours, clients or family as a subject: praise of them is no claim. */
const NOT_SENDER_NOUN =
  /^\s*(?:(?:own|whole|entire|local|loyal|amazing|wonderful|great)\s+)?(?:town|city|area|region|community|neighbou?rhood|state|country|kids|children|family|families|clients|customers|members|patients|guests|students|readers|subscribers|donors|volunteers|neighbou?rs|fans|friends|parents|partners)\b/u;
/** Where a clause starts: a subject is looked for after the last of these. */
const CLAUSE_BREAK =
  /[,;:(\u2014\u2013]|\b(?:and|but|so|because|while|whereas|although|though)\b/gu;
/** Words that start a sentence with a capital without naming anyone. */
const COMMON_CAPITALS = new Set([
  'The',
  'This',
  'That',
  'These',
  'Those',
  'Our',
  'We',
  'It',
  'At',
  'In',
  'As',
  'And',
  'But',
  'So',
  'Simply',
  'Truly',
  'Honestly',
  'Also',
  'Today',
  'Here',
  'There',
  'Inc',
  'LLC',
  'Ltd',
  'Co',
  'Team',
]);
/** Readers, customers and third parties the text may rank ("your team is the best…"). */
const OTHER_SUBJECTS = new Set([
  ...READER_OR_THIRD,
  'it',
  "it's",
  'this',
  'that',
  'these',
  'those',
  'who',
  'which',
  'someone',
  'everyone',
  'nobody',
]);

/** The people a sender serves, ranked: praise of them, not a claim ("the best clients"). */
const AUDIENCE =
  /^(?:the |a )?(?:very )?(?:most )?[\p{L}#.-]+ (?:[\p{L}-]+ )?(?:clients|customers|members|patients|guests|community|neighbou?rs|fans|students|families|readers|subscribers|donors|volunteers|kids|children|family|friends|parents|audience|followers)(?![\p{L}-])/u;

/** Months, days and seasons: "the busiest in December" ranks a time, not a place. */
const NOT_PLACE =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|fall|autumn|winter|christmas|thanksgiving|easter|q[1-4]|i)$/u;

/** Capitalised words of a subject, with the common ones left out. */
function namesIn(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}\p{N}&'-]{2,}/gu) ?? []).filter(
    (word) => !COMMON_CAPITALS.has(word),
  );
}

/** True when the text after the sentence (the sign-off and signature) names one of `names`. */
function isSignedBy(names: readonly string[], context: MatchContext): boolean {
  if (names.length === 0) return false;
  const { message, sentence } = context;
  const tail = message.masked.slice(Math.max(sentence.end, message.masked.length - 300));
  return names.some((name) =>
    new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'u').test(tail),
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Who a subject is, from its words read back from the end: the sender ("we", "our recruiters"),
 * someone else ("your team", "they", "it"), or unknown.
 */
function whoIs(subject: string): 'sender' | 'other' | undefined {
  const words = [...subject.matchAll(/[\p{L}']+/gu)];
  for (let index = words.length - 1; index >= 0; index--) {
    const found = words[index] as RegExpMatchArray;
    const word = found[0];
    if (SENDER_WORDS.has(word)) {
      if (word === 'our' || word === 'my') {
        const rest = subject.slice((found.index ?? 0) + word.length);
        if (NOT_SENDER_NOUN.test(rest)) return 'other';
      }
      return 'sender';
    }
    if (OTHER_SUBJECTS.has(word)) return 'other';
  }
  return undefined;
}

/** The last clause of `text`, where the subject of what follows stands. */
function lastClause(text: string): { clause: string; offset: number } {
  let offset = 0;
  for (const found of text.matchAll(CLAUSE_BREAK)) offset = found.index + found[0].length;
  return { clause: text.slice(offset), offset };
}

/** True when the sentence makes the sender the thing the rank describes ("we're the fastest…"). */
function isSenderRanked(context: MatchContext): boolean {
  const { before, sentence, message } = context;
  if (NOT_ASSERTED.test(lastClause(before).clause)) return false;
  if (RATES_SENDER.test(before)) return true;
  const link = LINK.exec(before);
  if (!link) return false;
  const { clause, offset } = lastClause(before.slice(0, link.index));
  const who = whoIs(clause);
  if (who !== undefined) return who === 'sender';
  const start = sentence.start + offset;
  return isSignedBy(namesIn(message.masked.slice(start, start + clause.length)), context);
}

/** True when the sender is the one acting in the sentence ("we place only the top 5%…"). */
function isSenderActing(context: MatchContext): boolean {
  const { before, after, sentence, message } = context;
  if (/\b(?:not|never|no longer|if)\b|n't\b/u.test(lastClause(before).clause)) return false;
  const who = whoIs(before);
  if (who !== undefined) return who === 'sender';
  const words = `${before} ${after}`.match(/[\p{L}']+/gu) ?? [];
  if (words.some((word) => OTHER_SUBJECTS.has(word))) return false;
  if (words.some((word) => SENDER_WORDS.has(word))) return true;
  return isSignedBy(namesIn(message.masked.slice(sentence.start, context.match.start)), context);
}

/** True when the place after "in" is written with a capital and is not a month or a day. */
function isNamedPlace({ match, message }: MatchContext): boolean {
  const text = message.masked.slice(match.start, match.end + 60);
  const place = /\sin\s+(?:the\s+)?(\p{L}[\p{L}-]*)/u.exec(text)?.[1];
  if (!place || !/^\p{Lu}/u.test(place)) return false;
  return !NOT_PLACE.test(place.toLowerCase());
}

export const unverifiableClaimGuard: Guard = (context) => {
  const { before, after, match, message } = context;
  const entry = match.entry as ClaimEntry;
  if (READER_SAID.test(before) || OTHERS_POSSESSIVE.test(before)) return null;
  if (/\bcongrat/u.test(before)) return null;
  // An entry that names who is ranked (`aboutSender`) finds its subject in its own clause, so a
  // pronoun in an earlier clause ("students raise their scores, and Acme tutors are the most
  // experienced in the area") does not hide it; any other entry goes by the nearest pronoun.
  if (isAboutOthers(entry.aboutSender ? lastClause(before).clause : before)) return null;
  if (entry.namedPlace && !isNamedPlace(context)) return null;
  // "I have the best clients in the world" praises the people the sender serves.
  if (AUDIENCE.test(message.lower.slice(match.start, match.end))) return null;
  // "We're not the biggest firm in the region" denies the rank; "Who is the best roofer in the
  // area?" asks for one. Neither claims it ("not just the best" still does).
  const { clause } = lastClause(before);
  if (
    /\b(?:not|never|no longer)\b(?! (?:just|only|merely)\b)|n't\b(?! (?:just|only|merely)\b)/u.test(
      clause,
    )
  )
    return null;
  if (/^\s*(?:who|which|what|where)(?:'s)?\b/u.test(before) && /\?\s*$/u.test(after)) return null;
  if (entry.aboutSender === 'is' && !isSenderRanked(context)) return null;
  if (entry.aboutSender === 'does' && !isSenderActing(context)) return null;
  // "There's no better deal than the one you have": the reader's own choice wins the comparison.
  if (/^\s*(?:than|compared (?:to|with)) (?:you|your|yours|the one you|what you)\b/u.test(after))
    return null;
  if (citesSource(context)) return null;
  return 0.8;
};
