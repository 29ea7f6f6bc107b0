/**
 * Finds feature dumps: a list (bulleted or numbered lines, or HTML list items) of three or more
 * product features, or a run of three or more sentences about what the product does, where no
 * item says anything about the reader ("you", "your") and nothing before the list refers to a
 * need they stated. The approach is lexical and linear:
 *
 * 1. Walk the body's lines in order; a line that starts with a bullet or a number is an item, and
 *    consecutive items (blank lines allowed between them) form a list.
 * 2. Drop lists that are not about features: agendas (lead-in "Agenda", items starting with a
 *    time), the reader's questions (items ending in "?"), how-to steps (lead-in "steps", items
 *    starting with an imperative), checklists of what the reader brings or sends, the reader's own
 *    order, account, results or medication plan ("Milo's medication plan:"), repairs the sender
 *    reports ("Here's what we fixed:"), terms confirmed back ("To confirm what we agreed:"),
 *    status notices (half the items "restored", "paused", "resumes"), options to choose from
 *    (lead-in "options", or half the items weighing a trade-off with "but"), and lists after
 *    "you mentioned"/"you asked" (unless the list runs to twelve items or more and the reader did
 *    not ask for the specs or the full list).
 * 3. Keep a list when its lead-in announces the sender's offerings ("Our platform includes:",
 *    "… comes with:", "Here's everything you get:", "Here's what comes with a BrightCart
 *    account:", "Members enjoy:") or introduces the sender's product or firm ("TixFlow is the
 *    ticketing platform for venues."), or announces an overview
 *    of what is available once the message has introduced the sender's firm ("Summit is a dental
 *    laboratory in Boise. … Here is an overview of what is available:"), or when an earlier
 *    sentence points ahead to it with a feature lead-in ("Please find below an overview of our
 *    capabilities."), unless it lists the sender's own requirements, or when the lead-in announces
 *    what the sender's firm brings ("A quick look at what Pressline brings to the table:" in a
 *    message signed by Pressline; not a candidate's name, nor a lead-in that names the reader),
 *    or when at least half
 *    its items name a capability, an amenity or a supplier's term ("Real-time sync", "Infrared
 *    sauna", "Net-30 terms", "5,200 SKUs"); a third is
 *    enough in a list of twelve items or more. In a list of six items or more, one item in five
 *    may mention the reader in passing ("Transferable if you sell your home").
 * 4. Separately, a single sentence that lists four or more things a product "includes" or
 *    "offers" (or "we offer", "perks include", "our services include", "we handle everything
 *    from"), unless it answers a need the reader stated
 *    earlier, and a run of three sentences that each describe the product, count as well. A new
 *    clause with its own subject ends the list: "we offer a four-day week, we cover exam fees, and
 *    we give each of our staff a travel budget" is prose about the firm, one thing per clause.
 */
import {
  FEATURE_LEAD_INS,
  FEATURE_SENTENCE_STARTS,
  FEATURE_TERMS,
  STEP_VERBS,
} from '../data/feature-words.js';
import type { PhraseEntry } from '../data/phrase-entry.js';
import { matchPhrases } from '../nlp/match-phrases.js';
import type { FeatureDump, TextSpan } from './message-analysis.js';
import type { PreparedMessage } from './prepare-message.js';
import { isReadAsBody } from './prepare-message.js';

/** The fewest items (or sentences) that make a dump. */
const MIN_ITEMS = 3;
/**
 * A list this long buries whatever matters to the reader: "you asked me to tell you when it
 * arrived" excuses a short list, not a spec sheet, unless the reader asked for the details.
 */
const LONG_LIST = 12;
/** From this many items, one or two that mention the reader in passing do not excuse the rest. */
const LONG_ENOUGH_TO_BURY = 6;
const BULLET = /^[ \t]*(?:[-*•·–—▪▸►○●✓✔✅☑➤→+]|\(?\d{1,2}[.)]|\(?[a-h][.)])[ \t]+(?=\S)/u;
const READER =
  /(?<![\p{L}'])(?:you|your|yours|yourself|you're|you've|you'll|you'd|y'all)(?![\p{L}'])/u;
const AGENDA =
  /\b(?:agenda|we(?:'ll| will) (?:cover|go over|discuss)|topics|itinerary|schedule for|run of show|outline|timeline)\b/u;
const TIME_START =
  /^(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h)\b|\d{1,2}:\d{2}|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b)/u;
const STEPS =
  /\b(?:steps?|to fix|here(?:'s| is) how|how to|try (?:this|these|the following)|instructions|workaround|to (?:reset|restore|resolve|get (?:it|this) working|set (?:it|this) up))\b/u;
const STATED_NEED =
  /\byou (?:mentioned|said|asked|told|wanted|wrote|listed|flagged|raised|shared)\b|\byour (?:question|request|note|list|wishlist|requirements|rfp|brief)\b|\bas (?:you )?requested\b/u;
const QUESTION_END = /\?\s*$/u;
/** The reader asked for the details themselves: the specs, the full list, everything included. */
const ASKED_FOR_DETAIL =
  /\b(?:specs?|specifications?|spec sheet|(?:full|complete|whole|entire) (?:list|rundown|details|breakdown|specs|package)|every (?:feature|option|detail)|all (?:the |of the )?(?:features|options|details|specs|amenities|perks|benefits|extras)|(?:feature|options|equipment|amenities|package) list|what(?:'s| is| comes) included|everything (?:it|they|that) (?:has|have|comes? with|includes?))\b/u;
/** A list of what the reader must bring, send or do: a checklist, not features. */
const CHECKLIST =
  /\b(?:bring|(?:i|we)(?:'ll| will)? need(?: from you)?|need from you|please send|to-?do|checklist|documents|paperwork|packing list|what to (?:bring|pack|expect|send))\b/u;
/**
 * A lead-in that introduces the reader's own things or their care: their order, their account,
 * their results, their pet's medication plan. Doses, sizes, terms and formats listed there are
 * what they have, asked for or must follow, not the sender's spec sheet.
 */
const READER_THINGS =
  /\b(?:your|(?:[\p{L}-]+'s))\s+(?:(?:current|new|updated|latest|first|next|weekly|monthly|standing)\s+)?(?:order|orders|invoice|delivery|shipment|pickup|cart|basket|receipt|booking|reservation|account|accounts|subscription|membership|policy|ticket|case|claim|results|labs?|prescriptions?|refills?|medications?|meds|treatment|care plan|feeding plan|dosing)\b|\b(?:medications?|prescriptions?|meds|dosing (?:schedule|instructions)|(?:treatment|care|feeding|medication) plan|discharge|after-?care|home care)\b/u;
/** A lead-in line that ends by announcing what something includes ("Business Coverage includes:"). */
const INCLUDES_COLON =
  /\b(?:includes?|including|offers?|comes with|features|provides|gives you|gets you|you get|you'll get|has|is packed with|(?:members|guests|residents|customers|clients) (?:enjoy|get))\s*:\s*$/u;
/**
 * An inline list of features in one sentence: "Features include one-click timers, …, and apps."
 * The sender's own offer and a list of perks count too: "We offer a competitive salary, unlimited
 * PTO, free lunch and a wellness stipend" lists what the sender has, not why it fits the reader.
 */
const INLINE_LIST =
  /\b(?:(?:features?|capabilities|platform|product|tool|app|software|package|suite|xx+)\s+(?:include|includes|including|offers?|comes with|has|provides)|we\s+(?:also\s+)?(?:offer|provide)|(?:perks|benefits|amenities)\s+(?:include|includes|including|are)|our\s+(?:[\p{L}-]+\s+)?(?:services|offerings|solutions|programs|facilities|amenities)\s+(?:include|includes|including|range from|cover|span)|we\s+(?:also\s+)?(?:handle|do|cover|manage|take care of)\s+everything\s+from)\b:?([^.!?]+)/u;
/**
 * A lead-in that introduces the sender's product or firm ("TixFlow is the next-generation
 * ticketing platform", "We are a full-service agency"): a list after it lists what they have.
 */
const PRODUCT_INTRO =
  /\b(?:is|are|'re)\s+(?:the|a|an|your)\s+(?:[\p{L}\p{N},-]+\s+){0,6}?(?:platform|ecosystem|solution|tool|toolkit|software|app|suite|system|service|firm|agency|company|provider|studio|club|gym|community|lab|laboratory|manufacturer|supplier|distributor|wholesaler|vendor|consultancy)\b/u;
/**
 * Where a sentence turns from its list to a clause ("…, so that once the site launches, …"), or
 * to a new clause with its own subject ("we offer a four-day week, we cover exam fees, and we
 * give each of our staff a budget"): prose about the sender, one thing per clause, not a list.
 */
const CLAUSE =
  /[;:—–]|,?\s+\b(?:so|which|because|while|where|when|if|but|once|whether)\b|,\s*(?:and\s+|plus\s+)?(?:we|i|they|he|she|our (?:team|staff|people|firm|company|studio))(?:'ll|'re|'ve|'d)?\s+(?!(?:and|or)\b)/u;
/**
 * A sentence that points ahead to a list ("Please find below an overview of our capabilities"):
 * with a feature lead-in, it announces the list even when another paragraph stands between them.
 */
const POINTS_AHEAD =
  /\b(?:(?:find|see|listed|outlined|summari[sz]ed|included|attached) below|below (?:is|are|you(?:'ll| will) find)|the following|as follows)\b|\bbelow\s*[.:!]?\s*$/u;
/** The sender lists what they need or look for: a buyer's requirements, not a seller's features. */
const REQUIREMENTS =
  /\b(?:(?:we|i)(?:'d| would)? (?:need|require|want)|(?:we|i)(?:'re| are) (?:looking|searching|asking) for|requirements?|must-haves?|criteria|wish ?list)\b/u;
/**
 * A lead-in that reports work the sender has done for the reader ("Here's what we fixed:", "We've
 * sorted it out:"): a list of repairs, not of features, even when each names a feature.
 */
const WORK_DONE =
  /\b(?:we|i)(?:'ve| have)?\s+(?:now\s+|just\s+|already\s+)?(?:fixed|resolved|repaired|restored|corrected|sorted|cleaned up|reset|reinstated|re-?enabled|switched back|credited|refunded|reversed|updated|changed|adjusted)\b|\bwhat (?:was|got|has been|we|i) (?:fixed|resolved|repaired|restored|corrected|sorted|changed)\b/u;
/**
 * A lead-in that confirms what the sender and the reader agreed ("As discussed on Tuesday:",
 * "To confirm the terms we agreed:"): the reader's own deal, not a pitch.
 */
const AGREED =
  /\b(?:as (?:we )?(?:discussed|agreed)|(?:we|you) (?:agreed|signed|chose|picked|selected|went with)|to confirm|confirming|per our (?:call|conversation|chat|meeting)|recap of (?:our|the|today's|yesterday's|this morning's) (?:call|conversation|chat|meeting))\b/u;
/**
 * An item that reports a state or a change ("Next-day delivery resumes on the 2nd", "Salesforce
 * sync restored"): a status notice lists what changed, not what the product has.
 */
const STATUS_ITEM =
  /\b(?:restored|resumes?|resumed|paused|suspended|back (?:on|online|up)|working again|(?:is|are|was|went) down|delayed|outage|resolved|reopens?|closed(?!-)|mov(?:ed|es) to|postponed|cancel+ed|discontinued|backordered|out of stock|switched (?:on|off|back)|turned (?:on|off|back)|removed)\b|\bfixed\s*[.!]?\s*$/u;
/**
 * A lead-in that sets out choices for the reader ("Here are the delivery options:", "Two ways we
 * could do this:"), or items that weigh a trade-off ("free, but slower"): a comparison to decide
 * on, not a spec sheet.
 */
const OPTIONS =
  /\b(?:options|choices|alternatives|trade-?offs?|pros and cons|(?:two|three|four|a few|a couple of|some) (?:ways|routes|approaches|paths))\b/u;
const TRADE_OFF =
  /\b(?:but|though|although|however|whereas|downside|trade-?off|the catch|costs? (?:more|less|extra))\b/u;
/** An item that is a day or time ("Monday", "9 am"): opening hours or slots, not features. */
const TIME_ITEM =
  /^\s*(?:(?:on|at|from)\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b|weekends?|evenings?|mornings?)/u;

/**
 * A lead-in that announces what a named party brings or offers ("Here's a quick look at what
 * Pressline brings to the table:"). The name is the sender's when it is "we", "our …" or a word of
 * the sign-off (the sender's firm); a candidate or the reader named there is someone else.
 */
const WHAT_NAME_OFFERS =
  /\bwhat\s+(we|our\s+(?!(?:customers|clients|members|volunteers|partners|community|readers|donors|students|families|users|kids|neighbou?rs|guests|patients)\b)[\p{L}-]+|[\p{L}\p{N}&'-]+)(?:\s+[\p{L}\p{N}&'-]+){0,2}?\s+(?:brings?|can bring|offers?|can offer|has to offer|can do for)\b(?:\s+to the table)?[^.!?:]{0,40}:\s*$/u;
/** Words that cannot name the sender's firm after "what …". */
const NOT_A_FIRM =
  /^(?:you|your|yours|they|their|he|his|she|her|it|its|each|every|this|that|these|those|the|a|an|my|our|i|me|us|one|someone|everyone|anyone|candidates?)$/u;

interface Item extends TextSpan {
  /** The item's text after its bullet. */
  content: TextSpan;
}

interface List {
  items: Item[];
  /** The line just before the first item, when there is one. */
  leadIn: TextSpan | null;
}

function compileStart(entries: readonly PhraseEntry[]): RegExp {
  const union = entries.map((entry) => entry.pattern.replaceAll(' ', '\\s+')).join('|');
  return new RegExp(`^(?:${union})(?![\\p{L}\\p{N}])`, 'u');
}

let stepStart: RegExp | undefined;
let featureSentenceStart: RegExp | undefined;

/** Walks the body's lines and groups list items into lists. */
function findLists(message: PreparedMessage): List[] {
  const lists: List[] = [];
  let current: List | null = null;
  let lastLine: TextSpan | null = null;
  const close = (): void => {
    if (current && current.items.length > 0) lists.push(current);
    current = null;
  };
  for (const paragraph of message.paragraphs) {
    if (!isReadAsBody(paragraph) || paragraph.part === 'subject') continue;
    if (paragraph.list) {
      const item = { start: paragraph.start, end: paragraph.end, content: paragraph };
      current ??= { items: [], leadIn: lastLine };
      current.items.push(item);
      continue;
    }
    let lineStart = paragraph.start;
    while (lineStart <= paragraph.end) {
      const newline = message.masked.indexOf('\n', lineStart);
      const lineEnd = newline === -1 || newline > paragraph.end ? paragraph.end : newline;
      const line = message.masked.slice(lineStart, lineEnd);
      if (line.trim() !== '') {
        const bullet = BULLET.exec(line);
        if (bullet) {
          current ??= { items: [], leadIn: lastLine };
          current.items.push({
            start: lineStart + (line.length - line.trimStart().length),
            end: lineStart + line.trimEnd().length,
            content: {
              start: lineStart + bullet[0].length,
              end: lineStart + line.trimEnd().length,
            },
          });
        } else {
          close();
          lastLine = { start: lineStart, end: lineEnd };
        }
      }
      lineStart = lineEnd + 1;
    }
  }
  close();
  return lists;
}

function isFeatureList(message: PreparedMessage, list: List, terms: readonly TextSpan[]): boolean {
  const { items } = list;
  const texts = items.map((item) =>
    message.lower.slice(item.content.start, item.content.end).trim(),
  );
  const lead = list.leadIn ? message.lower.slice(list.leadIn.start, list.leadIn.end) : '';
  const half = items.length / 2;
  // One item that mentions the reader in passing ("Transferable if you sell your home") does not
  // tie a long list to them; in a short list, any such item may be the point.
  const aboutReader = texts.filter((text) => READER.test(text)).length;
  if (aboutReader > (items.length >= LONG_ENOUGH_TO_BURY ? Math.floor(items.length / 5) : 0))
    return false;
  if (texts.filter((text) => QUESTION_END.test(text)).length >= half) return false;
  if (AGENDA.test(lead) || texts.filter((text) => TIME_START.test(text)).length >= half)
    return false;
  stepStart ??= compileStart(STEP_VERBS);
  if (STEPS.test(lead) || texts.filter((text) => stepStart?.test(text)).length >= half)
    return false;
  if (
    CHECKLIST.test(lead) ||
    READER_THINGS.test(lead) ||
    WORK_DONE.test(lead) ||
    AGREED.test(lead) ||
    texts.filter((text) => STATUS_ITEM.test(text)).length >= half
  )
    return false;
  if (OPTIONS.test(lead) || texts.filter((text) => TRADE_OFF.test(text)).length >= half)
    return false;
  const long = items.length >= LONG_LIST;
  if (STATED_NEED.test(lead) && (!long || hasAskedForDetail(lead))) return false;
  if (list.leadIn) {
    const leadIns = matchPhrases(FEATURE_LEAD_INS, lead, lead);
    if (
      INCLUDES_COLON.test(lead) ||
      leadIns.some((match) => match.entry.subtype !== 'needs-intro') ||
      introducesProduct(lead)
    )
      return true;
    // "Here is an overview of what is available to your office:" lists the sender's offer once the
    // message has introduced the sender's firm or product, and the reader asked for nothing.
    if (leadIns.length > 0 && hasProductIntroBefore(message, list.leadIn.end)) return true;
    if (announcesSenderOffer(message, lead, items[items.length - 1]?.end ?? 0)) return true;
  }
  if (hasFeatureLeadAhead(message, list)) return true;
  featureSentenceStart ??= compileStart(FEATURE_SENTENCE_STARTS);
  const featureItems = items.filter(
    (item, index) =>
      terms.some((term) => term.start >= item.content.start && term.end <= item.content.end) ||
      featureSentenceStart?.test(texts[index] ?? ''),
  );
  // A long list needs fewer capability words: a spec sheet names many parts in plain words.
  return featureItems.length >= (long ? items.length / 3 : half);
}

/**
 * True when the lead-in announces what the sender brings or offers: "what we bring to the table",
 * "what our studio offers", or "what Pressline brings" in a message signed by Pressline.
 */
function announcesSenderOffer(message: PreparedMessage, lead: string, listEnd: number): boolean {
  // "What we can do for your new branches:" ties the list to the reader.
  if (READER.test(lead)) return false;
  const match = WHAT_NAME_OFFERS.exec(lead);
  const name = match?.[1];
  if (!name || NOT_A_FIRM.test(name)) return false;
  if (name === 'we' || name.startsWith('our ')) return true;
  if (name.length < 3) return false;
  const word = new RegExp(
    `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`,
    'u',
  );
  // The sign-off, or in plain text (no parts) a short last paragraph: "Best,\nTom\nPressline".
  const last = message.paragraphs.at(-1);
  return message.paragraphs.some((paragraph) => {
    const text = message.lower.slice(paragraph.start, paragraph.end);
    const isSignature =
      paragraph.part === 'sign-off' ||
      (paragraph === last &&
        paragraph.part === 'body' &&
        paragraph.start >= listEnd &&
        text.split('\n').every((line) => line.length <= 60) &&
        text.split('\n').length <= 5);
    return isSignature && word.test(text);
  });
}

/**
 * True when the lead-in's last sentence introduces the sender's product or firm, not the reader's
 * ("Your current vendor is a legacy platform" is about them).
 */
function introducesProduct(lead: string): boolean {
  // Only the sentence right before the list: "We are a nonprofit. Upcoming events:" lists events.
  const trimmed = lead.trimEnd();
  const body = trimmed.replace(/[.!:]$/u, '');
  const start =
    Math.max(body.lastIndexOf('. '), body.lastIndexOf('! '), body.lastIndexOf('? ')) + 1;
  const last = body.slice(start);
  const intro = PRODUCT_INTRO.exec(last);
  if (!intro) return false;
  const subject = last.slice(0, intro.index);
  return !READER.test(subject) && !/\b(?:it|this|that|there|he|she|they)\s*$/u.test(subject);
}

/**
 * True when a body sentence before `offset` introduces the sender's product or firm and nothing
 * before `offset` quotes a need the reader stated.
 */
function hasProductIntroBefore(message: PreparedMessage, offset: number): boolean {
  if (STATED_NEED.test(message.lower.slice(0, offset))) return false;
  return message.sentences.some((sentence) => {
    const paragraph = message.paragraphs[sentence.paragraph];
    return (
      sentence.end <= offset &&
      !sentence.quoted &&
      sentence.part !== 'subject' &&
      paragraph !== undefined &&
      isReadAsBody(paragraph) &&
      introducesProduct(message.lower.slice(sentence.start, sentence.end))
    );
  });
}

/**
 * True when a sentence before the list, after any earlier list, points ahead to it with a feature
 * lead-in ("Please find below an overview of Brightline's capabilities."), the reader asked for
 * nothing before the list, and the sentence does not announce an agenda, steps, a checklist, the
 * reader's own things or the sender's requirements.
 */
function hasFeatureLeadAhead(message: PreparedMessage, list: List): boolean {
  const listStart = list.items[0]?.start ?? 0;
  if (STATED_NEED.test(message.lower.slice(0, listStart))) return false;
  const pointer = message.sentences.findLast((sentence) => {
    const paragraph = message.paragraphs[sentence.paragraph];
    return (
      sentence.end <= listStart &&
      !sentence.quoted &&
      sentence.part !== 'subject' &&
      paragraph !== undefined &&
      !paragraph.list &&
      isReadAsBody(paragraph) &&
      POINTS_AHEAD.test(message.lower.slice(sentence.start, sentence.end))
    );
  });
  if (!pointer) return false;
  // Only the nearest list: "The following dates are open: … Our capabilities:" is two lists.
  const between = message.masked.slice(pointer.end, listStart).split('\n');
  if (
    between.some((line) => BULLET.test(line)) ||
    message.paragraphs.some((p) => p.list && p.start >= pointer.end && p.end < listStart)
  )
    return false;
  const text = message.lower.slice(pointer.start, pointer.end);
  if (
    AGENDA.test(text) ||
    STEPS.test(text) ||
    CHECKLIST.test(text) ||
    READER_THINGS.test(text) ||
    REQUIREMENTS.test(text)
  )
    return false;
  const leadIns = matchPhrases(FEATURE_LEAD_INS, text, text);
  return leadIns.some(
    (match) =>
      match.entry.subtype !== 'needs-intro' || hasProductIntroBefore(message, pointer.start),
  );
}

/** True when the sentence where the reader's request is quoted asks for the details. */
function hasAskedForDetail(lead: string): boolean {
  const need = STATED_NEED.exec(lead);
  if (!need) return false;
  const before = lead.slice(0, need.index);
  const start =
    Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1;
  const stop = lead.slice(need.index).search(/[.!?](?:\s|$)/u);
  const sentence = lead.slice(start, stop === -1 ? lead.length : need.index + stop);
  return ASKED_FOR_DETAIL.test(sentence);
}

function toDump(
  message: PreparedMessage,
  span: TextSpan,
  first: TextSpan,
  count: number,
  shape: FeatureDump['shape'],
): FeatureDump {
  const index = message.sentenceAt(first.start);
  const sentence = message.sentences[index];
  return {
    kind: 'feature-dump',
    start: span.start,
    end: span.end,
    evidence: message.text.slice(first.start, first.end),
    phrase: shape === 'list' ? 'a list of features' : 'a run of feature sentences',
    reason: 'lists what the product has without tying any of it to the reader’s situation',
    source: 'EVIDENCE.md: Gong Labs talk-to-listen ratio (top reps talk 43%, listen 57%)',
    subtype: shape,
    confidence: shape === 'list' ? 0.8 : 0.7,
    sentence: sentence ? { start: sentence.start, end: sentence.end } : { ...first },
    part: sentence?.part ?? 'body',
    count,
    shape,
  };
}

/** Runs of sentences that each describe the product, none of them about the reader. */
function findSentenceRuns(message: PreparedMessage, listed: readonly TextSpan[]): FeatureDump[] {
  featureSentenceStart ??= compileStart(FEATURE_SENTENCE_STARTS);
  const dumps: FeatureDump[] = [];
  let run: TextSpan[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last && run.length >= MIN_ITEMS) {
      dumps.push(
        toDump(message, { start: first.start, end: last.end }, first, run.length, 'sentences'),
      );
    }
    run = [];
  };
  // Where the reader first states a need: a list after it answers them (found once, not per sentence).
  const need = STATED_NEED.exec(message.lower);
  const needEnd = need ? need.index + need[0].length : Infinity;
  for (const sentence of message.sentences) {
    const paragraph = message.paragraphs[sentence.paragraph];
    if (!paragraph || !isReadAsBody(paragraph) || sentence.part === 'subject') continue;
    if (listed.some((span) => span.start <= sentence.start && sentence.end <= span.end)) {
      flush();
      continue;
    }
    const lower = message.lower.slice(sentence.start, sentence.end);
    const inline =
      sentence.quoted || READER.test(lower) || AGENDA.test(lower) ? null : INLINE_LIST.exec(lower);
    const listText = inline?.[1]?.split(CLAUSE)[0] ?? '';
    const parts =
      listText === '' ? [] : listText.split(/,|\band\b/u).filter((item) => item.trim() !== '');
    const items = parts.length;
    const times = parts.filter((item) => TIME_ITEM.test(item)).length;
    // An inline list that answers a need the reader stated earlier is not a dump.
    const answered = needEnd <= sentence.start;
    if (inline && items >= MIN_ITEMS + 1 && times < items / 2 && !answered) {
      flush();
      dumps.push(toDump(message, sentence, sentence, items, 'sentences'));
      continue;
    }
    if (!sentence.quoted && !READER.test(lower) && featureSentenceStart.test(lower)) {
      run.push(sentence);
    } else flush();
  }
  flush();
  return dumps;
}

/**
 * Finds feature dumps in a prepared message. Transactional messages (release notes, receipts)
 * are left alone.
 *
 * @returns findings of kind `feature-dump`, in text order.
 */
export function findFeatureDumps(message: PreparedMessage): FeatureDump[] {
  if (message.kind === 'transactional') return [];
  const lists = findLists(message).filter((list) => list.items.length >= MIN_ITEMS);
  const terms = lists.length > 0 ? message.matchPhrases(FEATURE_TERMS) : [];
  const dumps: FeatureDump[] = [];
  const listed: TextSpan[] = [];
  for (const list of lists) {
    const first = list.items[0] as Item;
    const last = list.items[list.items.length - 1] as Item;
    listed.push({ start: first.start, end: last.end });
    if (!isFeatureList(message, list, terms)) continue;
    dumps.push(
      toDump(
        message,
        { start: first.start, end: last.end },
        first.content,
        list.items.length,
        'list',
      ),
    );
  }
  return [...dumps, ...findSentenceRuns(message, listed)].sort((a, b) => a.start - b.start);
}
