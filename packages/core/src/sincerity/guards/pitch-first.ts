/**
 * Judges a pitch phrase in the opening (`find-opening` finds the opening and hands each match
 * here, with `before` measured from where the opening starts, after any greeting).
 */
import { findTermAt, type TaggedTerm, tagTerms } from '../../nlp/tag-terms.js';
import { type Guard, hasSharedHistory, type MatchContext, READER_SAID } from './shared.js';

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
/** A brand in camel case: "TalentBridge", "CloudDesk" (not "McKinney", "LaShawn"). */
const CAMEL_CASE_BRAND = /\p{Lu}\p{Ll}{3,}\p{Lu}/u;
/** The tags the tagger guesses from a word's spelling, which a camel-case brand overrides. */
const GUESSED_FROM_SPELLING = ['Place', 'Person'];
/** A merge field masked as a word (`Xxxxxxx`): whose name it is cannot be known. */
const MASKED_FIELD = /^X(?:x+)?$/u;
/**
 * The capitalised words a product match opens with, after "Meet" or "Introducing" if any; "&" or
 * "+" may join them ("Kessler & Dunn", "Linden + Hale").
 */
const NAME_WORDS =
  /^(?:(?:Meet|Introducing|Announcing|Say hello to)\s+|(?:(?:Founded|Established|Started|Launched|Born) in|For|Since) [^,]*?\d[^,]*?,?\s+(?=\p{Lu}))?((?:\p{Lu}|\d)[\p{L}\p{N}&+'.-]*(?:\s+(?:[&+]\s+)?(?:\p{Lu}|\d)[\p{L}\p{N}&+'.-]*)*)/u;
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
  if (!term) return true;
  // The tagger guesses "TalentBridge" is a place from its ending; a word spelled in camel case is
  // a brand ("McKinney" and "LaShawn" have one or two letters before the inner capital).
  const guessed = CAMEL_CASE_BRAND.test(name) ? GUESSED_FROM_SPELLING : [];
  return !NOT_A_PRODUCT.some((tag) => term.tags.has(tag) && !guessed.includes(tag));
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

/** A word as a case-sensitive regular expression on whole words. */
function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * True when the message writes the word in lower case somewhere ("your insurance"): then it is a
 * common noun that opened a sentence, not a brand, which is always capitalised.
 */
function isWrittenInLowerCase(context: MatchContext, name: string): boolean {
  const lower = name.toLowerCase();
  return lower !== name && wholeWord(lower).test(context.message.masked);
}

/**
 * True when the subject line or the signature names it ("Subject: Lumen for Harbor Goods",
 * "Marco | Lumen"): the sender is presenting their own product.
 */
function isNamedInSubjectOrSignature(
  context: MatchContext,
  name: string,
  parts: readonly string[] = ['subject', 'sign-off'],
): boolean {
  const { message } = context;
  const pattern = wholeWord(name);
  return message.paragraphs.some(
    (paragraph) =>
      parts.includes(paragraph.part) &&
      pattern.test(message.masked.slice(paragraph.start, paragraph.end)),
  );
}

/** The kinds that only a vendor's product or firm is ("a scheduling app", "a recruiting firm"). */
const VENDOR_KIND =
  /\b(?:platform|app|application|software|saas|startup|start-up|agency|firm|consultancy|marketplace|ecosystem|engine|hub|portal|workspace|assistant|copilot|crm|erp|ats|api|sdk|plugin|plug-in|extension|add-on|integration|dashboard|suite)s?$/u;
/**
 * What the product does or whom it is for, right after its kind: "… platform growth teams use to
 * see every click", "… app that flags drop-offs", "… agency built for clinics".
 */
const WHAT_IT_DOES =
  /^,?\s+(?:(?:that|which) (?:\p{L}+ly )?(?:helps?|lets?|gives?|allows?|enables?|automates?|turns?|shows?|tracks?|flags?|connects?|brings?|puts?|saves?|cuts?|finds?|handles?|manages?|keeps?|makes?|syncs?|replaces?|scores?|routes?|schedules?|runs?|takes?|does)\b|(?:built|designed|made|purpose-built|created) (?:for|to|by|specifically)\b|for (?!you\b|your\b)\p{L}+|(?:(?!(?:you|your|we|i|our|my|us)\b)[\p{L}-]+ ){1,3}(?:use|uses|rely on|trust|choose|love|swear by) to\b)/u;
/**
 * The sender claiming the product as their own work ("…, and we just shipped an AI module", "our
 * customers"), not only using it ("Slack is the app our team uses").
 */
const SENDER_OWNS =
  /\bwe(?:'ve| have)? (?:just |recently |now |also )?(?:shipped|launched|built|released|added|made|designed|created|founded|started|rolled out|developed|introduced)\b|\bour (?:new |latest )?(?:module|feature|release|version|customers|clients|users)\b/u;

/**
 * True when a one-word name that defines itself as a vendor's product is surely the sender's:
 * the subject line or signature names it, or it is the kind of thing only a vendor sells, says
 * what it does, and the sender claims it ("Lumen is the analytics platform growth teams use to
 * see every click, and we just shipped …").
 */
function isSendersProduct(context: MatchContext, name: string): boolean {
  const { match, message, after } = context;
  // "Payroll is a service most clinics outsource": a common noun names a service, not a vendor.
  if (!VENDOR_KIND.test(message.lower.slice(match.start, match.end))) return false;
  if (isWrittenInLowerCase(context, name)) return false;
  if (isNamedInSubjectOrSignature(context, name)) return true;
  return WHAT_IT_DOES.test(after) && SENDER_OWNS.test(after);
}

function judgeProduct(context: MatchContext): number | null {
  const { match, before, after } = context;
  // The product has to be what the opening starts with, and has to be a product.
  if (before.trim() !== '' || READERS_TOOL.test(after)) return null;
  const found = nameOf(context);
  if (!found || !isProductName(context, found.start, found.name)) return null;
  const { subtype } = match.entry;
  // "Meet Trackly", "Introducing Pipewise Pro": the verb says it is a product.
  if (subtype === 'product' || isSurelyName(context, found.start, found.name)) return 0.85;
  if (subtype === 'product-kind') return isSendersProduct(context, found.name) ? 0.85 : null;
  if (subtype === 'company-history') {
    const isSenders =
      !isWrittenInLowerCase(context, found.name) &&
      isNamedInSubjectOrSignature(context, found.name);
    return isSenders ? 0.85 : null;
  }
  return null;
}

/**
 * Judges "Lingua Bridge Academy was founded in 2009 …", "For over 25 years, Crestline Roofing has
 * …": the sender's founding story, when the name opens the opening and the signature names it
 * too ("Harbor Goods was founded in 1998" written by someone from Trackly is about the reader's
 * company).
 */
function judgeFounding(context: MatchContext): number | null {
  if (context.before.trim() !== '') return null;
  const found = nameOf(context);
  if (!found || MASKED_FIELD.test(found.name)) return null;
  if (isWrittenInLowerCase(context, found.name)) return null;
  // Only the signature: a subject line may name the reader's company ("An idea for Harbor Goods").
  return isNamedInSubjectOrSignature(context, found.name, ['sign-off']) ? 0.85 : null;
}

/**
 * A self-introduction that reminds the reader of a conversation already under way, or that
 * thanks them: "I'm Dana, the nurse who called you on Tuesday", "the bakery where you ordered
 * your cake", "we spoke at the expo", "I saw you and Mia on Tuesday" (not "I saw you're hiring").
 */
const CONTINUING =
  /\b(?:called|emailed|texted|met|spoke (?:to|with)|talked (?:to|with)|wrote to|helped|treated|visited|served|looked after|cared for|sold) you\b|\b(?:saw|examined) you\b(?!['’])|\byou(?:'ve| have)? (?:\p{L}+ly )?(?:\p{L}+ed|met|spoke|saw|sent|wrote|came|took|brought|bought|made|gave|told|ran|went|chose|left|paid)\b|\bwe (?:met|spoke|talked|chatted|emailed|worked together)\b|\bthank(?:s| you)\b|\b(?:as promised|following up|checking in)\b/u;
/** The sender's offer in the same sentence ("and we help clinics like yours", "our new app"). */
const SENDERS_OFFER =
  /\bour (?:new |latest )?(?:app|platform|product|software|tool|solution|service|services)\b|\bwe (?:help|built|make|offer|just|work with|partner with)\b|\b(?:i'd|i would|we'd|we would) love\b/u;
/** The word after "I'm", "This is" or "It's", or before "here": who the sender says they are. */
const INTRODUCED_NAME =
  /^(?:(?:i'm|i am|this is|it's)\s+(?!(?:the|a|an|one)\b)(\S+)|(\S+)\s+here\b)/iu;
/** The organisation after "from", "at", "of" or "run", when the match ends with it. */
const ORGANISATION_NAME =
  /\b(?:from|at|with|of|for|run|own|founded|co-founded|cofounded|started|launched)\s+(?:the\s+)?(\S+)$/iu;
/**
 * The sender already speaking earlier in the sentence ("My name is Alex and I lead partnerships at
 * …"): the introduction is reported once, where it starts.
 */
const SENDER_BEFORE = /\b(?:i|i'm|i am|my|me|we|we're|we are|our|us)\b/u;
/** Tags that say a capitalised word is not a person's name. */
const NOT_A_PERSON = [
  'Place',
  'Date',
  'Month',
  'Value',
  'Pronoun',
  'Determiner',
  'Adjective',
  'Demonym',
];
/** Tags that say a capitalised word is not an organisation ("I started Monday"). */
const NOT_AN_ORGANISATION = ['Date', 'Month', 'Value', 'Pronoun', 'Person'];

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/**
 * True when "I'm Jonah", "This is Jonah" or "Jonah here" names a person (capitalised, not a place
 * or a date; "Jonah here" needs the tagger to know the name), and "from Shiftwise" or "I run
 * Shiftwise" names an organisation (capitalised).
 */
function namesSenderAndCompany(context: MatchContext): boolean {
  const { match, message, sentence } = context;
  const text = message.masked.slice(match.start, match.end);
  const termAt = (offset: number): TaggedTerm | undefined =>
    findTermAt(
      tagTerms(message.masked.slice(sentence.start, sentence.end)),
      offset - sentence.start,
    );
  const introduced = INTRODUCED_NAME.exec(text);
  const name = introduced?.[1] ?? introduced?.[2];
  if (introduced && name !== undefined) {
    if (!isCapitalised(name)) return false;
    // "I'm Jonah": the name ends the introduction; "Jonah here": it starts it.
    const offset = introduced[1] === undefined ? 0 : introduced[0].length - name.length;
    const term = termAt(match.start + offset);
    if (term && NOT_A_PERSON.some((tag) => term.tags.has(tag))) return false;
    if (introduced[2] !== undefined && !term?.tags.has('Person')) return false;
  }
  const organisation = ORGANISATION_NAME.exec(text)?.[1];
  if (organisation === undefined) return true;
  if (!isCapitalised(organisation)) return false;
  const term = termAt(match.end - organisation.length);
  if (term && NOT_AN_ORGANISATION.some((tag) => term.tags.has(tag))) return false;
  // "I'm Jonah from Denver" is where they live; "from Denver Health" is a company.
  return (
    !term?.tags.has('Place') || /^\s+\p{Lu}/u.test(message.masked.slice(match.end, sentence.end))
  );
}

/** Judges "I'm Jonah, co-founder of …", "This is Jonah from …", "I run …". */
function judgeSelfIntroduction(context: MatchContext): number | null {
  const { before, after, message } = context;
  if (SENDER_BEFORE.test(before) || !namesSenderAndCompany(context)) return null;
  // A reminder of who the sender is, in a conversation already under way, is not a pitch.
  if (CONTINUING.test(after) || hasSharedHistory(message)) return null;
  // "I'm Tom, the property manager at Elm Court: your water is off on Tuesday" is a notice.
  if (/\byour\b/u.test(after) && !SENDERS_OFFER.test(after)) return null;
  return 0.9;
}

/** Where the announced name starts in "We're excited to announce CloudDesk Pro". */
const ANNOUNCED = /\b(?:announce|introduce|unveil|launch|present|share)\s+/u;

/**
 * Judges "We're excited to announce CloudDesk Pro": a launch, unless the name is a person ("…to
 * introduce Maria Lopez, your new account manager"), a place or a date.
 */
function judgeAnnouncement(context: MatchContext): number | null {
  const { match, message, before } = context;
  if (SENDER_BEFORE.test(before)) return null;
  const text = message.masked.slice(match.start, match.end);
  const verb = ANNOUNCED.exec(text);
  if (!verb) return null;
  const start = match.start + verb.index + verb[0].length;
  const name = message.masked.slice(start, match.end);
  return isProductName(context, start, name) ? 0.85 : null;
}

/** Words that turn a company's history into praise of the reader's company. */
const PRAISE = /\b(?:congrat\p{L}*|happy anniversary|well done|kudos|bravo|hats off)\b/u;

/** A company's legal ending on a signature line ("Whitford & Lane LLP", "Acme, Inc."). */
const LEGAL_SUFFIX =
  /,?\s+(?:llc|l\.l\.c\.|inc\.?|llp|ltd\.?|limited|co\.|corp\.?|gmbh|pllc|plc|pty ltd)$/iu;
/**
 * A line that can stand in a signature: a few words with no sentence ending ("Devon",
 * "TablePilot", "Whitford & Lane LLP").
 */
const SIGNATURE_LINE =
  /^\s*(?=\S)(?:[^\s.!?]+(?:\s+|$)){1,6}$|^\s*[^.!?\n]{1,60}\b(?:Inc|Ltd|Co|Corp)\.\s*$/u;
/** What separates the parts of a signature line ("Devon | TablePilot", "Ops — Atlas Peak"). */
const SIGNATURE_SEPARATOR = /\s*[|·•–—]\s*|\s+-\s+/u;
/**
 * A job title and the company after a comma ("Account Executive, PayLoom", "Medical Director,
 * Maple Ridge Animal Hospital"): the comma separates the parts only after a title, so that "Salt
 * Lake City, UT" stays one place.
 */
const TITLE_THEN_COMPANY =
  /^\s*[^,]*\b(?:manager|director|executive|founder|co-founder|owner|lead|head of [^,]+|president|ceo|cto|coo|cfo|cmo|partner|representative|rep|consultant|specialist|coordinator|officer|associate|advisor|adviser|sales|partnerships|development|intern|assistant|analyst|principal|agent|broker|attorney|architect|designer|engineer|planner|recruiter|strategist|administrator|producer),\s*/iu;
/**
 * A kind of organisation after the name on a signature line ("The Marlowe Hotel", "Kinetic Physio
 * Clinic"), which the opening may leave out.
 */
const ORGANISATION_SUFFIX =
  /\s+(?:hotel|inn|resort|group|team|studio|studios|clinic|agency|labs|academy|hospital|practice|brewing|brewery|bakery|restaurant|salon|gallery)$/iu;

/**
 * A signature line of a job title and the company, too long for `SIGNATURE_LINE` ("Founder &
 * Director, Harmony Lane Music Academy"): a title, a comma, and no sentence after it.
 */
function isTitleLine(line: string): boolean {
  return (
    TITLE_THEN_COMPANY.test(line) &&
    !/[.!?:;]/u.test(line) &&
    line.trim().split(/\s+/u).length <= 10
  );
}

/** The parts of a signature line that can each be the company's name. */
function signatureParts(line: string): string[] {
  const plain = line.replace(/<[^>]*>/gu, '');
  const parts = plain.split(SIGNATURE_SEPARATOR);
  const title = TITLE_THEN_COMPANY.exec(plain);
  if (title) parts.push(plain.slice(title[0].length));
  return parts.map((part) => part.trim().replace(LEGAL_SUFFIX, '').toLowerCase());
}

/**
 * True when a line of the signature is the name, whole or as one part of the line ("TablePilot",
 * "Devon | TablePilot", "Whitford & Lane LLP", "Account Executive, PayLoom", "Group Sales | The
 * Marlowe Hotel"), or an address there is at its domain ("devon@tablepilot.com"). A comma
 * separates parts only after a job title: "Salt Lake City, UT" is where the sender lives, not the
 * name of their company.
 */
function isSignatureCompany(context: MatchContext, name: string): boolean {
  const { message } = context;
  const wanted = name.toLowerCase();
  const domain = wanted.replace(/[^\p{L}\p{N}]/gu, '');
  const atDomain = new RegExp(`[@/.]${domain}\\.\\p{L}{2,}\\b`, 'u');
  const last = message.paragraphs.findLast(
    (paragraph) => message.masked.slice(paragraph.start, paragraph.end).trim() !== '',
  );
  return message.paragraphs.some((paragraph) => {
    const text = message.masked.slice(paragraph.start, paragraph.end);
    // A signature with no closing before it ("Greenline Pest Solutions" as the last line).
    const isBareSignature =
      paragraph === last &&
      text
        .trim()
        .split('\n')
        .every((line) => SIGNATURE_LINE.test(line) || isTitleLine(line));
    if (paragraph.part !== 'sign-off' && !isBareSignature) return false;
    if (domain.length >= 4 && atDomain.test(text.toLowerCase())) return true;
    return text.split('\n').some((line) =>
      signatureParts(line).some(
        (part) =>
          part === wanted ||
          part.replace(ORGANISATION_SUFFIX, '') === wanted ||
          // "The Bastionly Team" signs for Bastionly.
          part.replace(/^the\s+/u, '').replace(ORGANISATION_SUFFIX, '') === wanted,
      ),
    );
  });
}

/**
 * True when the message sells the name as the sender's own product further on: "With TablePilot
 * you get:", "TablePilot's features", "switch to TablePilot".
 */
function isSoldLaterOn(context: MatchContext, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const sold = new RegExp(
    `\\b[Ww]ith ${escaped},? you(?:'ll| will| can)? (?:get|have|can)\\b|\\b${escaped}'s (?:features|pricing|plans|free trial|demo)\\b|\\b(?:[Ss]witch(?:ing)? to|[Ss]ign up for|[Tt]ry) ${escaped}\\b`,
    'u',
  );
  return sold.test(context.message.masked.slice(context.sentence.end));
}

/** Tags that say the opening name is a person, a date or a function word, not a company. */
const NOT_A_COMPANY = ['Person', 'Date', 'Month', 'Value', 'Pronoun', 'Determiner'];

/**
 * Judges "Greenline Pest Solutions is the most trusted exterminator …": the subject of the
 * opening is a name the message shows is the sender's own (the signature names it, or the message
 * sells it further on), and the sentence is about what it is or offers, not about the reader
 * ("Greenline has your inspection on Tuesday, as you asked"). The reader's company ("Harbor Goods
 * is growing fast"), a third party or a place is not in the signature, and stays quiet.
 */
function judgeSenderName(context: MatchContext): number | null {
  const { after, before } = context;
  if (before.trim() !== '' || READER.test(after) || PRAISE.test(after)) return null;
  return isSendersOwnName(context) ? 0.85 : null;
}

/**
 * True when the name the match opens with is the sender's own company or product: the signature
 * names it, or the message sells it further on. A person, a date or a one-word place is not.
 */
function isSendersOwnName(context: MatchContext): boolean {
  const { message, sentence } = context;
  const found = nameOf(context);
  if (!found || MASKED_FIELD.test(found.name)) return false;
  // "The Grand Linden Estate": the words after "The" say what the name is.
  const article = /^The\s+/u.exec(found.name)?.[0] ?? '';
  const bare = found.name.slice(article.length);
  if (bare === '' || isWrittenInLowerCase(context, bare)) return false;
  const terms = tagTerms(message.masked.slice(sentence.start, sentence.end));
  const start = found.start + article.length - sentence.start;
  const term = findTermAt(terms, start);
  // "Halvorsen Biologics": a surname can open a company's name, whose last word is no person's.
  const lastTerm = findTermAt(terms, start + bare.length - 1);
  // "Kessler & Dunn", "Linden + Hale": surnames joined by "&" or "+" are a firm's name.
  const isCompanyAfterSurname =
    /\s[&+]\s/u.test(bare) ||
    (/\s/u.test(bare) &&
      lastTerm !== term &&
      lastTerm !== undefined &&
      !lastTerm.tags.has('Person'));
  const notACompany = NOT_A_COMPANY.filter((tag) => !(isCompanyAfterSurname && tag === 'Person'));
  if (term && notACompany.some((tag) => term.tags.has(tag))) return false;
  // "Denver is …" with "Denver" on a signature line of its own is where the sender is.
  if (term?.tags.has('Place') && !/\s/u.test(bare)) return false;
  return isSignatureCompany(context, found.name) || isSoldLaterOn(context, found.name);
}

/**
 * Where the first clause of a sentence ends: ", and I'm the rep covering your area" starts a new
 * one.
 */
const CLAUSE_END = /,\s+(?:and|but|so|while|which)\b|[;:—–]/u;

/**
 * Judges "Halvorsen Biologics just received FDA approval …": the sender's company news as the
 * first thing the reader reads. The reader in a later clause ("…, and I'm the rep covering your
 * area") does not make the news about them; the reader in the news itself does ("Greenline
 * received your request").
 */
function judgeCompanyNews(context: MatchContext): number | null {
  const { after, before } = context;
  const clause = after.split(CLAUSE_END)[0] ?? after;
  if (before.trim() !== '' || READER.test(clause) || PRAISE.test(after)) return null;
  return isSendersOwnName(context) ? 0.85 : null;
}

/** Where the name starts in "We're thrilled to announce that Maple Ridge Hospital is open". */
const ANNOUNCED_THAT = /\bthat\s+(?:the\s+)?/iu;

/**
 * Judges "We're thrilled to announce that we've opened …", "… that Maple Ridge Hospital is
 * officially open": the sender's own news opens the message. News about the reader ("… that
 * we've opened a clinic near your office") or a person ("… that Maria Lopez has joined") is not a
 * pitch of the sender.
 */
function judgeSenderNews(context: MatchContext): number | null {
  const { match, message, after } = context;
  if (READER.test(after) || PRAISE.test(after)) return null;
  const text = message.masked.slice(match.start, match.end);
  const that = ANNOUNCED_THAT.exec(text);
  if (!that) return null;
  const start = match.start + that.index + that[0].length;
  const subject = message.lower.slice(start, match.end);
  if (/^(?:we|our)\b/u.test(subject)) return 0.85;
  const name = NAME_WORDS.exec(message.masked.slice(start, match.end))?.[1];
  return name !== undefined && isProductName(context, start, name) ? 0.85 : null;
}

/** What may stand before a handover ("Please find below …", "Here is …"): only punctuation. */
const HANDOVER_BEFORE = /^[\s"'“(]*$/u;

/**
 * Judges "Please find below our current price list": the sender's catalogue handed over as the
 * first thing the reader reads. Not when the reader asked for it, when the two have talked
 * already, or when it is about the reader ("… the price list for your account, effective
 * March 1").
 */
function judgeCatalogue(context: MatchContext): number | null {
  const { after, before, message } = context;
  if (!HANDOVER_BEFORE.test(before) || READER.test(after)) return null;
  return hasSharedHistory(message) ? null : 0.85;
}

/** The name before "'s" in "Bastionly's Q3 release is live", after "The" if any. */
const RELEASED_NAME = /^(?:The\s+)?(.+?)(?:'s|’s|'|’)\s/u;

/**
 * Judges "Bastionly's Q3 release is live": the sender's product news as the first thing the reader
 * reads. The name has to be the sender's own (the signature names it, or the message sells it
 * further on): "Slack's new release is out" from someone else is news about a tool the reader may
 * use, and news about the reader ("… is live on your account") is not a pitch.
 */
function judgeRelease(context: MatchContext): number | null {
  const { after, before, match, message } = context;
  if (before.trim() !== '' || PRAISE.test(after)) return null;
  const clause = after.split(CLAUSE_END)[0] ?? after;
  if (READER.test(clause)) return null;
  const name = RELEASED_NAME.exec(message.masked.slice(match.start, match.end))?.[1];
  if (name === undefined || MASKED_FIELD.test(name) || isWrittenInLowerCase(context, name)) {
    return null;
  }
  const isSenders =
    isNamedInSubjectOrSignature(context, name, ['sign-off']) ||
    isSignatureCompany(context, name) ||
    isSoldLaterOn(context, name);
  return isSenders ? 0.85 : null;
}

/** The business the sender says they opened or founded, and what follows it. */
const FOUNDED_NAME =
  /\b(?:opened|founded|co-founded|cofounded|started|launched|established|set up|built|took over|bought)\s+(?:the\s+)?(.+?)\s+(?:back\s+)?(?:in\s+(?:19|20)\d\d|\S+\s+(?:years|decades)\s+ago|(?:over|more than|nearly|almost)\s)/u;

/**
 * Judges "My husband Walt and I opened Pagebound Books in 1987": the sender's founding story as
 * the first thing the reader reads. The business has to be the sender's by the message's own
 * word (its signature or a later pitch names it), so that "I started Pilates in 2019" is a hobby,
 * and a story the reader is part of ("… and you were our first customer") is not a pitch.
 */
function judgeFoundingStory(context: MatchContext): number | null {
  const { after, before, match, message } = context;
  if (!HANDOVER_BEFORE.test(before) || READER.test(after) || CONTINUING.test(after)) return null;
  if (hasSharedHistory(message)) return null;
  const name = FOUNDED_NAME.exec(message.masked.slice(match.start, match.end))?.[1];
  if (name === undefined || MASKED_FIELD.test(name)) return null;
  return isSignatureCompany(context, name) || isSoldLaterOn(context, name) ? 0.85 : null;
}

/** Where the sender's organisation is included with the reader or tied to them ("together"). */
const WITH_READER = /\btogether\b|\bwith you\b/u;

/**
 * Judges "Our firm is hosting a free workshop …", "Our little bakery just opened a second shop":
 * the sender's own organisation and its news as the first thing the reader reads. Not when the
 * news is about the reader ("… is hosting your retirement party"), when the two have talked
 * already, or when it praises the reader.
 */
function judgeOrganisationNews(context: MatchContext): number | null {
  const { after, before, message } = context;
  if (!HANDOVER_BEFORE.test(before) || PRAISE.test(after)) return null;
  const clause = after.split(CLAUSE_END)[0] ?? after;
  if (READER.test(clause) || WITH_READER.test(clause)) return null;
  return hasSharedHistory(message) ? null : 0.85;
}

/**
 * Judges "I wanted to share something our team has been working on": the sender's own work,
 * offered to show before anything about the reader. Work done for the reader or with them ("…
 * what we've been building for your launch", "… working on together") is news they are part of.
 */
function judgeSenderWork(context: MatchContext): number | null {
  const { after, before, message } = context;
  if (!HANDOVER_BEFORE.test(before)) return null;
  const clause = after.split(CLAUSE_END)[0] ?? after;
  if (READER.test(clause) || WITH_READER.test(clause) || CONTINUING.test(after)) return null;
  return hasSharedHistory(message) ? null : 0.85;
}

/** Where the news of the stock ends: ", and …", " and I thought of your team", or a stop. */
const STOCK_CLAUSE_END = /\band\b|[,;:.!?—–]/u;

/**
 * Judges "We just got our fall shipment of Gesture chairs in": the sender's new stock as the first
 * thing the reader reads. Not when the stock is the reader's ("… the shipment you ordered", "…
 * of chairs for your office"), or when the two have talked already.
 */
function judgeStockNews(context: MatchContext): number | null {
  const { after, before, message } = context;
  if (!HANDOVER_BEFORE.test(before)) return null;
  const clause = after.split(STOCK_CLAUSE_END)[0] ?? after;
  if (READER.test(clause) || WITH_READER.test(clause)) return null;
  return hasSharedHistory(message) ? null : 0.85;
}

/**
 * Judges "Spring move-in special: your first month is free!": the name of the sender's offer as a
 * headline, standing where the message starts. Not when the two have talked already (an offer the
 * reader asked about).
 */
function judgeOfferHeadline(context: MatchContext): number | null {
  const { before, message } = context;
  if (!HANDOVER_BEFORE.test(before)) return null;
  return hasSharedHistory(message) ? null : 0.85;
}

/**
 * What two people did at a place or an event they shared, right after "At Dreamforce, we" or "At
 * Denver Health, our": "… we met briefly", "… we've talked about your plans", "… our chat about
 * …". The place is where they met, not the sender's firm.
 */
const SHARED_EVENT =
  /^(?:'ve|'d| have| had)?(?:\s+(?:all|both|two))?(?:\s+(?:just|briefly|finally|first|only|really|already))?\s+(?:met|talked|spoke|chatted|discussed|agreed|sat down|saw|heard|caught up|crossed paths|bumped into|connected|were introduced|got to (?:talk|chat|meet)|shared|promised|compared|exchanged|swapped)\b|^\s+(?:(?:brief|short|quick|last|recent|great|lovely) )?(?:conversation|chat|talk|meeting|call|discussion|exchange)\b/u;

/**
 * Judges "At Crossway Freight, we …": the sender's firm opening the message, unless the name is a
 * place or an event the two shared ("At Dreamforce, we talked about your hiring plans") or the
 * sentence thanks the reader.
 */
function judgeFirmOpening(context: MatchContext): number | null {
  const { after } = context;
  if (SHARED_EVENT.test(after) || /\bthank(?:s| you)\b/u.test(after)) return null;
  return 0.9;
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
    case 'product-kind':
      return judgeProduct(context);
    case 'company-history':
      // "Harbor Goods has been serving Denver since 1998: congratulations!" praises the reader.
      if (READER.test(after) || PRAISE.test(after)) return null;
      return judgeProduct(context);
    case 'founding':
      // "Founded in 1998, Harbor Goods has …" about the reader's company, or praise of it.
      if (READER.test(after) || PRAISE.test(after)) return null;
      return judgeFounding(context);
    case 'self-introduction':
      return judgeSelfIntroduction(context);
    case 'announcement':
      return judgeAnnouncement(context);
    case 'sender-name':
      return judgeSenderName(context);
    case 'company-news':
    case 'sender-history':
      return judgeCompanyNews(context);
    case 'release':
      return judgeRelease(context);
    case 'founding-story':
      return judgeFoundingStory(context);
    case 'sender-news':
      return judgeSenderNews(context);
    case 'catalogue':
      return judgeCatalogue(context);
    case 'organisation-news':
      return judgeOrganisationNews(context);
    case 'sender-work':
      return judgeSenderWork(context);
    case 'offer-headline':
      return judgeOfferHeadline(context);
    case 'stock-news':
      return judgeStockNews(context);
    case 'firm-opening':
      return judgeFirmOpening(context);
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
