/**
 * Compliance checks for commercial mail (CAN-SPAM, CASL, PECR, GDPR Art. 21; EVIDENCE.md): is the
 * message commercial, does it offer an opt-out, and does it carry the sender's postal address.
 * Opt-outs often live only in markup (`<a href="{{unsubscribe_url}}">`), so the template source
 * can be passed as `markup` and is searched for unsubscribe links and tags as well.
 */
import {
  ADDRESS_FIELD,
  ADDRESS_TAG,
  OPT_OUT_FIELD,
  OPT_OUT_LINK,
  OPT_OUT_PHRASES,
  OPT_OUT_TAG,
  POSTAL_ADDRESS_PATTERNS,
} from '../data/compliance-markers.js';
import { SOLICITATIONS } from '../data/commercial-signals.js';
import { analyzeMessage } from './analyze-message.js';
import { listMergeFields } from './mask-fields-as-words.js';
import type { KindEvidence, TextSpan } from './message-analysis.js';
import type { MessageInput, MessageKind } from './message-input.js';
import { getPreparedMessage, isReadAsBody, type PreparedMessage } from './prepare-message.js';

/** Why a message counts as commercial. */
export interface CommercialBasis {
  /**
   * `kind`: declared cold or nurture; `marketing`: advertising language; `cold`: cold signals;
   * `bulk`: an undeclared message that already carries an unsubscribe link, so it goes to a list;
   * `solicitation`: an undeclared message with an offer or an appeal for money ("a free
   * estimate", "a gift of $40") and signs that it goes to a list (a preheader, a greeting through
   * a merge field or to a group).
   */
  reason: 'kind' | 'marketing' | 'cold' | 'bulk' | 'solicitation';
  /** The phrase that showed it, for `marketing`, `cold` and `solicitation`. */
  evidence?: KindEvidence;
}

/** Where a required element was found: in the reader's text, or only in the markup. */
export interface ComplianceMarker {
  where: 'text' | 'markup';
  /** What was found: a merge field, an email service tag, a sentence or pattern, or a markup link. */
  via: 'field' | 'tag' | 'phrase' | 'link';
  /** Offsets into the text (or into `markup` when `where` is `markup`). */
  start: number;
  end: number;
  evidence: string;
}

/** The result of `checkCompliance`. */
export interface ComplianceCheck {
  /** Why the message is commercial; `null` when it is not (or is care or transactional). */
  commercial: CommercialBasis | null;
  /** The opt-out (unsubscribe link, tag or sentence), or `null`. */
  optOut: ComplianceMarker | null;
  /** The sender's postal address (an address, a PO box or an address field), or `null`. */
  postalAddress: ComplianceMarker | null;
  /** The last visible body paragraph: where a footer belongs. `null` for an empty message. */
  footer: TextSpan | null;
}

/** Options for `checkCompliance`. */
export interface CheckComplianceOptions {
  /** The template source (HTML or text), searched for unsubscribe links in `href`s and tags. */
  markup?: string;
  /** Overrides `input.kind`. */
  kind?: MessageKind;
}

const EXEMPT: ReadonlySet<MessageKind> = new Set(['care', 'transactional']);

function findCommercialBasis(
  input: MessageInput,
  kind: MessageKind | undefined,
): CommercialBasis | null {
  if (kind && EXEMPT.has(kind)) return null;
  if (kind === 'cold' || kind === 'nurture') return { reason: 'kind' };
  const { classification } = analyzeMessage(input, kind ? { kind } : {});
  const marketing = classification.marketing[0];
  if (marketing) return { reason: 'marketing', evidence: marketing };
  const cold = classification.coldSignals[0];
  if (cold && classification.sharedHistory.length === 0 && !classification.thread) {
    return { reason: 'cold', evidence: cold };
  }
  if (kind || classification.kind === 'care') return null;
  if (classification.sharedHistory.length > 0 || classification.thread) return null;
  const message = getPreparedMessage(input, kind);
  if (!isSentToList(message)) return null;
  const solicitation = findSolicitation(message);
  return solicitation ? { reason: 'solicitation', evidence: solicitation } : null;
}

/** A greeting to a group rather than a person: "Dear friend", "Hi neighbor", "Hello everyone". */
const GROUP_GREETING =
  /^(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening))\s*,?\s+(?:(?:fellow|valued|dear) )?(?:friends?|neighbou?rs?|supporters?|donors?|members?|customers?|clients?|homeowners?|residents?|subscribers?|readers?|patrons?|everyone|everybody|all|folks)\b/u;

/** Thanks for something done: "Thank you for your gift of $40" acknowledges, it does not ask. */
const THANKS_BEFORE = /\b(?:thanks|thank you)\b[^.!?]*$/u;

/**
 * True when the same text plainly goes to many readers: it has a preheader (hidden preview text
 * is an email-marketing layout), or its greeting names the reader through a merge field (a mail
 * merge) or greets a group.
 */
function isSentToList(message: PreparedMessage): boolean {
  if (message.paragraphs.some((paragraph) => paragraph.part === 'preheader')) return true;
  const greeting = message.paragraphs.find(
    (paragraph) => !paragraph.hidden && paragraph.part !== 'subject',
  );
  if (!greeting) return false;
  const fields = listMergeFields(message.input);
  const named = fields.some((field) => field.start >= greeting.start && field.end <= greeting.end);
  const opening = message.lower.slice(greeting.start, greeting.end);
  return (
    (named && /^(?:dear|hi|hello|hey|greetings|good )/u.test(opening)) ||
    GROUP_GREETING.test(opening)
  );
}

/** The first offer or appeal in the body that is not thanks for one already given. */
function findSolicitation(message: PreparedMessage): KindEvidence | undefined {
  for (const match of message.matchPhrases(SOLICITATIONS)) {
    const sentence = message.sentences[message.sentenceAt(match.start)];
    if (!sentence || sentence.part === 'subject' || sentence.quoted) continue;
    if (message.isQuoted(match.start, match.end)) continue;
    if (THANKS_BEFORE.test(message.lower.slice(sentence.start, match.start))) continue;
    return {
      start: match.start,
      end: match.end,
      phrase: match.entry.phrase,
      evidence: message.text.slice(match.start, match.end),
    };
  }
  return undefined;
}

function marker(
  text: string,
  start: number,
  end: number,
  via: ComplianceMarker['via'],
): ComplianceMarker {
  const where = via === 'link' ? 'markup' : 'text';
  return { where, via, start, end, evidence: text.slice(start, end) };
}

function findInText(pattern: RegExp, text: string): ComplianceMarker | null {
  const match = pattern.exec(text);
  return match ? marker(text, match.index, match.index + match[0].length, 'tag') : null;
}

function findOptOut(message: PreparedMessage, markup: string | undefined): ComplianceMarker | null {
  const { text } = message;
  const field = listMergeFields(message.input).find((candidate) =>
    OPT_OUT_FIELD.test(candidate.path),
  );
  if (field) return marker(text, field.start, field.end, 'field');
  const tag = findInText(OPT_OUT_TAG, text);
  if (tag) return tag;
  const phrase = message.matchPhrases(OPT_OUT_PHRASES)[0];
  // "Unsubscribe" and "manage your preferences" label a list's link; a promise to stop writing
  // ("Reply STOP", "I won't email again") is what one person writes to another.
  if (phrase) {
    const listLink = phrase.entry === OPT_OUT_PHRASES[0] || phrase.entry === OPT_OUT_PHRASES[1];
    return marker(text, phrase.start, phrase.end, listLink ? 'tag' : 'phrase');
  }
  if (markup) {
    const link = OPT_OUT_LINK.exec(markup) ?? OPT_OUT_TAG.exec(markup);
    if (link) return marker(markup, link.index, link.index + link[0].length, 'link');
  }
  return null;
}

function findPostalAddress(message: PreparedMessage): ComplianceMarker | null {
  const { text } = message;
  const field = listMergeFields(message.input).find((candidate) =>
    ADDRESS_FIELD.test(candidate.path),
  );
  if (field) return marker(text, field.start, field.end, 'field');
  const tag = findInText(ADDRESS_TAG, text);
  if (tag) return tag;
  const address = message.matchPhrases(POSTAL_ADDRESS_PATTERNS)[0];
  return address ? marker(text, address.start, address.end, 'phrase') : null;
}

function findFooter(message: PreparedMessage): TextSpan | null {
  for (let index = message.paragraphs.length - 1; index >= 0; index--) {
    const paragraph = message.paragraphs[index];
    if (paragraph && isReadAsBody(paragraph) && paragraph.end > paragraph.start) {
      return { start: paragraph.start, end: paragraph.end };
    }
  }
  return null;
}

/**
 * Checks a message against the law on commercial email: whether it is commercial (declared cold
 * or nurture, advertising language, a cold first touch, an offer or appeal in a message sent to a
 * list, or an unsubscribe link that shows it goes to a list; care and transactional messages are
 * exempt), and whether it has an opt-out and a postal address.
 *
 * @returns the basis for treating it as commercial, and where the opt-out and address were found.
 * @example
 * const check = checkCompliance({ text: 'Get 20% off this week.', kind: 'nurture' });
 * check.commercial?.reason; // 'kind'
 * check.optOut; // null
 */
export function checkCompliance(
  input: MessageInput,
  options: CheckComplianceOptions = {},
): ComplianceCheck {
  const kind = options.kind ?? input.kind;
  const message = getPreparedMessage(input, kind);
  const optOut = findOptOut(message, options.markup);
  let commercial = findCommercialBasis(input, kind);
  // An unsubscribe link or tag (not a plain "I won't write again") means the message goes to a list.
  if (!commercial && optOut && optOut.via !== 'phrase' && kind === undefined) {
    const inferred = analyzeMessage(input).classification.kind;
    if (inferred !== 'care') commercial = { reason: 'bulk' };
  }
  return {
    commercial,
    optOut,
    postalAddress: findPostalAddress(message),
    footer: findFooter(message),
  };
}
