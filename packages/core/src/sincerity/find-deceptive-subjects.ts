/**
 * Finds deceptive subject lines (CAN-SPAM bans misleading headers and subjects, EVIDENCE.md):
 *
 * - a "Re:" or "Fwd:" on a first touch: the message is declared cold (or nurture, which is bulk),
 *   or undeclared with cold signals and no earlier exchange, and the body quotes no thread;
 * - a subject that claims a transaction or an account event ("Your invoice", "Your order has
 *   shipped", "Account suspended") that the body does not back up, or that opens a pitch.
 */
import { SUBJECT_CLAIMS, type SubjectClaimEntry } from '../data/subject-claims.js';
import type { MessageClassification, SincerityFinding } from './message-analysis.js';
import type { PreparedMessage } from './prepare-message.js';

const CAN_SPAM = 'EVIDENCE.md: CAN-SPAM — no misleading headers or deceptive subject lines';

/** Reply and forward prefixes: "Re:", "RE:", "Fwd:", "FW:", and their German, French and Nordic forms. */
const THREAD_PREFIX =
  /^(?:\[[^\]\n]{1,30}\]\s*)?((?:re|fwd?|fw|aw|wg|tr|sv|antw|réf)(?:\s*\[\d+\])?\s*:)/iu;
/** Prefixes that may stand before a claim: "[Acme]", "Urgent:", "Acme:", "Re:". */
const CLAIM_PREFIX =
  /^(?:\s*(?:\[[^\]\n]{1,30}\]|(?:re|fwd?|fw|urgent|important|reminder|final notice|notice|alert|action (?:required|needed)|[\p{L}&.'-]{2,20})\s*[:!|–—-])\s*)*/u;

const compiledClaims = new Map<SubjectClaimEntry, { claim: RegExp; support: RegExp }>();

function compile(entry: SubjectClaimEntry): { claim: RegExp; support: RegExp } {
  let compiled = compiledClaims.get(entry);
  if (!compiled) {
    compiled = {
      claim: new RegExp(`^(?:${entry.pattern.replaceAll(' ', '\\s+')})(?![\\p{L}\\p{N}])`, 'u'),
      support: new RegExp(entry.support, 'u'),
    };
    compiledClaims.set(entry, compiled);
  }
  return compiled;
}

function subjectFinding(
  message: PreparedMessage,
  start: number,
  end: number,
  phrase: string,
  reason: string,
  subtype: string,
): SincerityFinding {
  return {
    kind: 'deceptive-subject',
    start,
    end,
    evidence: message.text.slice(start, end),
    phrase,
    reason,
    source: CAN_SPAM,
    subtype,
    confidence: 0.85,
    sentence: { start, end },
    part: 'subject',
  };
}

/**
 * Finds deceptive subjects in a prepared message.
 *
 * @returns findings of kind `deceptive-subject`: subtype `thread` for a fake reply or forward,
 *   otherwise the claim's subtype (`invoice`, `order`, `account` …).
 */
export function findDeceptiveSubjects(
  message: PreparedMessage,
  classification: MessageClassification,
): SincerityFinding[] {
  const subject = message.paragraphs.find((paragraph) => paragraph.part === 'subject');
  if (!subject) return [];
  const findings: SincerityFinding[] = [];
  const raw = message.masked.slice(subject.start, subject.end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trimStart();
  const lower = message.lower.slice(subject.start + lead, subject.end);
  const { kind } = classification;
  const firstTouch = (kind === 'cold' || kind === 'nurture') && !classification.thread;
  const thread = THREAD_PREFIX.exec(text);
  if (thread && firstTouch) {
    const start =
      subject.start + lead + (thread.index + thread[0].length - (thread[1]?.length ?? 0));
    findings.push(
      subjectFinding(
        message,
        start,
        start + (thread[1]?.length ?? 0),
        'a fake reply or forward',
        'marks a first message as part of a conversation that never happened',
        'thread',
      ),
    );
  }
  const prefix = CLAIM_PREFIX.exec(lower)?.[0].length ?? 0;
  const rest = lower.slice(prefix);
  const body = message.paragraphs
    .filter((paragraph) => paragraph.part !== 'subject' && paragraph.part !== 'preheader')
    .map((paragraph) => message.lower.slice(paragraph.start, paragraph.end))
    .join('\n');
  for (const entry of SUBJECT_CLAIMS) {
    const { claim, support } = compile(entry);
    const match = claim.exec(rest);
    if (!match) continue;
    const pitch = kind === 'cold' || kind === 'nurture';
    if (!pitch && support.test(body)) break;
    const start = subject.start + lead + prefix;
    findings.push(
      subjectFinding(
        message,
        start,
        start + match[0].trimEnd().length,
        entry.phrase,
        entry.note,
        entry.subtype ?? 'claim',
      ),
    );
    break;
  }
  return findings;
}
