/**
 * `analyzeMessage`: one pass over a message that finds everything the sincerity rules report.
 *
 * Cost is kept linear and low (EVIDENCE.md: compromise's full tagger costs ≈ 5–7 ms per email):
 * merge fields are masked as same-length placeholder words; sentences and quoted text are found
 * with plain scans; each phrase list runs once over the lower-cased text as a prefilter; only the
 * sentences a prefilter picks are tagged, and tags are cached per sentence text, so re-linting
 * after a one-word edit tags one sentence again. Results are cached per input object (in its own
 * memo when it carries one, else a WeakMap; see `memo-by-input.ts`), so several rules reading one
 * message share one analysis.
 */
import { LruCache } from '../nlp/lru-cache.js';
import { memoGet, memoSet, withMemo } from '../text/memo-by-input.js';
import { classifyMessage } from './classify-message.js';
import { findAskBeforeQuestion, findAsks, findQuestions } from './find-asks.js';
import { findCarePitches } from './find-care-pitches.js';
import { findDeceptiveSubjects } from './find-deceptive-subjects.js';
import { findFeatureDumps } from './find-feature-dumps.js';
import { findOpening, findPitchFirst } from './find-opening.js';
import { findPhraseFindings, findRemoval } from './find-phrase-findings.js';
import { findReaderFocus } from './find-reader-focus.js';
import { findPersonalization } from './find-personalization.js';
import { findTemplatedIntimacy } from './find-templated-intimacy.js';
import { listMergeFields } from './mask-fields-as-words.js';
import type {
  AnalyzeMessageOptions,
  MessageAnalysis,
  SincerityFinding,
} from './message-analysis.js';
import type { MessageInput } from './message-input.js';
import { measureReadability, type Readability } from './measure-readability.js';
import { getPreparedMessage, type PreparedMessage } from './prepare-message.js';

const byObject = new WeakMap<MessageInput, Map<string, MessageAnalysis>>();
const ANALYSES = {};
const byString = new LruCache<string, MessageAnalysis>(64);

/** Where an analysis keeps what its readability measures are worked out from, once read. */
const LAZY_READABILITY = Symbol('readability');

interface LazyReadability {
  /** The message to measure; let go once measured. */
  message: PreparedMessage | undefined;
  measured: Readability | undefined;
}

function readabilityOf(analysis: object): Readability {
  const lazy = (analysis as { [LAZY_READABILITY]: LazyReadability })[LAZY_READABILITY];
  if (!lazy.measured) {
    lazy.measured = measureReadability(lazy.message as PreparedMessage);
    lazy.message = undefined;
  }
  return lazy.measured;
}

/**
 * The readability measures as getters every analysis shares. Shared functions, not a closure per
 * analysis: V8's young-generation collector keeps a function that a call site has seen alive, and
 * a closure over the message would keep each analysed message alive until a full collection.
 */
const READABILITY_PROPERTIES: PropertyDescriptorMap = Object.fromEntries(
  (['wordCount', 'sentenceCount', 'syllableCount', 'readingGrade', 'paragraphGrades'] as const).map(
    (name) => [
      name,
      {
        get(this: object) {
          return readabilityOf(this)[name];
        },
        enumerable: true,
        configurable: true,
      },
    ],
  ),
);

function overlapsAny(finding: SincerityFinding, others: readonly SincerityFinding[]): boolean {
  return others.some((other) => other.start < finding.end && finding.start < other.end);
}

/**
 * The findings of every list, one list after another. Not `[...a, ...b]`: V8 optimises a spread
 * for the kinds of array it has seen (empty, or holding findings of one shape), and each new mix
 * threw away `analyze`'s optimised code, three compiles of ≈ 30 ms each in a run.
 */
function concatenated(lists: readonly (readonly SincerityFinding[])[]): SincerityFinding[] {
  const all: SincerityFinding[] = [];
  for (let list = 0; list < lists.length; list++) {
    const findings = lists[list] as readonly SincerityFinding[];
    for (let index = 0; index < findings.length; index++) {
      all.push(findings[index] as SincerityFinding);
    }
  }
  return all;
}

function analyze(input: MessageInput, options: AnalyzeMessageOptions): MessageAnalysis {
  const kind = options.kind ?? input.kind;
  const message = getPreparedMessage(input, kind);
  const opening = findOpening(message);
  const pitchFirst = findPitchFirst(message, opening);
  const timeGrabs = findPhraseFindings(message, 'time-grab');
  const falseUrgency = findPhraseFindings(message, 'false-urgency');
  const unverifiableClaims = findPhraseFindings(message, 'unverifiable-claim');
  const guiltTrips = findPhraseFindings(message, 'guilt-trip');
  const hollowOpeners = findPhraseFindings(message, 'hollow-opener').map((finding) => {
    const removal = findRemoval(message, finding);
    // `Object.assign`, not `{ ...finding, removal }`: see `prepareMessage` on V8 and spreads.
    return removal ? Object.assign({}, finding, { removal }) : finding;
  });
  const manipulativeCloses = findPhraseFindings(message, 'manipulative-close');
  // A phrase that is a guilt trip or a claim is reported as that, not again as jargon.
  const buzzwords = findPhraseFindings(message, 'buzzword').filter(
    (finding) => !overlapsAny(finding, guiltTrips) && !overlapsAny(finding, unverifiableClaims),
  );
  const classification = classifyMessage(message, pitchFirst);
  const asks = findAsks(message);
  const questions = findQuestions(message);
  const featureDumps = findFeatureDumps(message);
  const carePitches = findCarePitches(message, classification, asks);
  const fields = listMergeFields(input);
  const templatedIntimacy = findTemplatedIntimacy(message, fields);
  const deceptiveSubjects = findDeceptiveSubjects(message, classification);
  const findings = concatenated([
    pitchFirst,
    featureDumps,
    carePitches,
    templatedIntimacy,
    deceptiveSubjects,
    timeGrabs,
    falseUrgency,
    unverifiableClaims,
    guiltTrips,
    hollowOpeners,
    manipulativeCloses,
    buzzwords,
  ]).sort((a, b) => a.start - b.start || a.end - b.end);
  const analysis = {
    text: input.text,
    ...(kind ? { kind } : {}),
    sentences: message.sentences,
    findings,
    pitchFirst,
    timeGrabs,
    falseUrgency,
    unverifiableClaims,
    guiltTrips,
    hollowOpeners,
    manipulativeCloses,
    buzzwords,
    claims: unverifiableClaims,
    pressure: falseUrgency,
    readerFocus: findReaderFocus(message),
    questions,
    asks,
    opening,
    classification,
    featureDumps,
    carePitches,
    templatedIntimacy,
    deceptiveSubjects,
    askBeforeQuestion: findAskBeforeQuestion(message, classification.kind, asks, questions),
    personalization: findPersonalization(fields, classification),
  };
  // The readability measures are read by one strict rule (max-reading-grade) and cost a
  // syllable count per word: worked out the first time one of them is read.
  const lazy: LazyReadability = { message, measured: undefined };
  Object.defineProperty(analysis, LAZY_READABILITY, { value: lazy });
  return Object.defineProperties(analysis, READABILITY_PROPERTIES) as MessageAnalysis;
}

/**
 * Analyses a message for sincerity: located findings (pitch-first openings, time grabs, false
 * urgency, unverifiable claims, guilt trips, hollow openers, manipulative closes, buzzwords,
 * feature dumps, pitches in care touches, templated intimacy, deceptive subjects) and measures
 * (reader focus, questions, asks, the first ask made before any question, opening subject, word
 * count, reading grade overall and per paragraph, the declared or inferred kind). Quoted text
 * (a `>` line, words in quotation marks) is never reported.
 *
 * @returns the analysis; the same object for the same input object and options.
 * @example
 * const analysis = analyzeMessage('My name is Sam and I sell CRMs. Do you have 10 minutes of your time?');
 * analysis.pitchFirst[0]?.evidence; // 'My name is'
 * analysis.timeGrabs[0]?.evidence; // '10 minutes of your time'
 */
export function analyzeMessage(
  input: string | MessageInput,
  options: AnalyzeMessageOptions = {},
): MessageAnalysis {
  const key = options.kind ?? '';
  if (typeof input === 'string') {
    const cacheKey = `${key}\u0000${input}`;
    const cached = byString.get(cacheKey);
    if (cached) return cached;
    const analysis = analyze(withMemo({ text: input }), options);
    byString.set(cacheKey, analysis);
    return analysis;
  }
  let perOptions = memoGet(input, ANALYSES, byObject);
  if (!perOptions) {
    perOptions = new Map();
    memoSet(input, ANALYSES, byObject, perOptions);
  }
  const cached = perOptions.get(key);
  if (cached) return cached;
  const analysis = analyze(input, options);
  perOptions.set(key, analysis);
  return analysis;
}
