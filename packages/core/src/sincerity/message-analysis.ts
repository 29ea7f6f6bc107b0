/** The result types of `analyzeMessage`. Offsets are 0-based into `MessageInput.text`, end exclusive. */
import type { ClassifiedField } from './classify-merge-fields.js';
import type { MessageKind, MessagePart } from './message-input.js';

/** A stretch of the message text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The categories of located findings. */
export type FindingKind =
  | 'pitch-first'
  | 'time-grab'
  | 'false-urgency'
  | 'unverifiable-claim'
  | 'guilt-trip'
  | 'hollow-opener'
  | 'manipulative-close'
  | 'buzzword'
  | 'feature-dump'
  | 'care-pitch'
  | 'templated-intimacy'
  | 'deceptive-subject';

/** One located finding: what was found, where, why, and how sure the heuristic is. */
export interface SincerityFinding extends TextSpan {
  kind: FindingKind;
  /** The text found, as the reader reads it. */
  evidence: string;
  /** The phrase-list entry that matched, in readable form ("a quick call"). */
  phrase: string;
  /** Why it is a problem (the phrase-list entry's note). */
  reason: string;
  /** Where the reasoning comes from, when known. */
  source?: string;
  /** A finer category: `scarcity`, `assumptive`, `greeting` … */
  subtype?: string;
  /** 0–1: how likely a careful reader would agree. */
  confidence: number;
  /** The sentence the finding stands in. */
  sentence: TextSpan;
  /** The part of the email it stands in. */
  part: MessagePart;
  /**
   * For hollow openers: the range to remove to drop the phrase cleanly, when that leaves a
   * well-formed message (the phrase is a whole sentence, or follows a greeting).
   */
  removal?: TextSpan;
}

/** A sentence of the message. */
export interface AnalyzedSentence extends TextSpan {
  /** Index into the message's paragraphs. */
  paragraph: number;
  part: MessagePart;
  /** True when the whole sentence is quoted text (a `>` line or in quotation marks). */
  quoted: boolean;
  /** True when it ends with "?" (before any closing quotes). */
  question: boolean;
}

/** Who a pronoun points at. `shared` is a "we" that includes the reader ("when we spoke"). */
export type PronounFocus = 'reader' | 'sender' | 'shared';

/** A pronoun and who it points at. */
export interface PronounMention extends TextSpan {
  text: string;
  focus: PronounFocus;
}

/** How much the message is about the reader versus the sender. */
export interface ReaderFocus {
  /** you, your, yours … */
  reader: number;
  /** I, me, my, we, our, us … (excluding shared "we") */
  sender: number;
  /** "we"/"us"/"our" that include the reader. */
  shared: number;
  /**
   * he, she, him, his, her, hers: a third person, such as the reader's child in a care note. Not
   * in `mentions`, and not counted in `ratio`.
   */
  others: number;
  /** reader ÷ sender, or `null` when there are no sender mentions. */
  ratio: number | null;
  mentions: PronounMention[];
}

/** What an ask asks for. */
export type AskKind = 'meeting' | 'reply' | 'purchase' | 'link';

/** A request to the reader. */
export interface Ask extends TextSpan {
  kind: AskKind;
  evidence: string;
  sentence: TextSpan;
}

/** Who the opening paragraph's first sentence is about. */
export type OpeningSubject = 'sender' | 'reader' | 'neutral';

/** The opening: the first body paragraph that is not a greeting. */
export interface OpeningAnalysis extends TextSpan {
  subject: OpeningSubject;
  /** The first sentence of the opening (after any greeting on the same line). */
  sentence: TextSpan;
}

/** The occasions a care touch marks. */
export type CareOccasionKind =
  'birthday' | 'anniversary' | 'congratulations' | 'condolence' | 'holiday' | 'thanks';

/** A phrase that marks an occasion ("Happy birthday"), where it stands. */
export interface CareOccasion extends TextSpan {
  occasion: CareOccasionKind;
  evidence: string;
}

/** A phrase that points to how the message is meant (a cold signal, marketing language …). */
export interface KindEvidence extends TextSpan {
  /** The phrase-list entry that matched, in readable form. */
  phrase: string;
  evidence: string;
}

/**
 * What kind of message this is: the declared kind (front matter `kind`), or, when none is
 * declared, what the text shows. An undeclared message counts as `care` when its subject or first
 * sentences mark an occasion and the sender does not introduce themselves, and as `cold` when the
 * sender introduces themselves or their pitch and nothing refers to an earlier exchange.
 */
export interface MessageClassification {
  /** The declared kind, else the inferred one; `undefined` when neither is clear. */
  kind?: MessageKind;
  /** True when `kind` comes from the input, not from the text. */
  declared: boolean;
  /** The occasion in the subject or the first sentences, if any. */
  occasion: CareOccasion | null;
  /** Signs of a first touch (self-introduction, "reaching out", "companies like yours" …). */
  coldSignals: KindEvidence[];
  /** Signs of an existing conversation ("when we spoke", "you asked", "thanks for your order"). */
  sharedHistory: KindEvidence[];
  /** Advertising language (discounts, offers, trials, newsletters). */
  marketing: KindEvidence[];
  /** True when the body quotes an earlier message (`>` lines, "On … wrote:", a forwarded header). */
  thread: boolean;
}

/** A list of features (or a run of feature sentences) with nothing tied to the reader. */
export interface FeatureDump extends SincerityFinding {
  kind: 'feature-dump';
  /** How many items or sentences it holds. */
  count: number;
  /** `list` for bulleted or numbered lines and HTML list items, `sentences` for a run of sentences. */
  shape: 'list' | 'sentences';
}

/** The merge fields that stand for the reader, and whether they are all shallow. */
export interface Personalization {
  /** The reader's fields (sender and plumbing fields left out), each with its role. */
  fields: ClassifiedField[];
  /**
   * True when the message is a first touch (declared or inferred cold) with at least one reader
   * field and every one is a name, company or firmographic field.
   */
  shallow: boolean;
}

/** Reading grade of one body paragraph. */
export interface ParagraphGrade extends TextSpan {
  wordCount: number;
  sentenceCount: number;
  readingGrade: number;
}

/** Everything `analyzeMessage` finds and measures in one message. */
export interface MessageAnalysis {
  text: string;
  kind?: MessageKind;
  sentences: AnalyzedSentence[];
  /** Every finding, sorted by start. */
  findings: SincerityFinding[];
  pitchFirst: SincerityFinding[];
  timeGrabs: SincerityFinding[];
  /** Pressure, scarcity and FOMO. */
  falseUrgency: SincerityFinding[];
  /** Superlatives and brag numbers about the sender. */
  unverifiableClaims: SincerityFinding[];
  guiltTrips: SincerityFinding[];
  hollowOpeners: SincerityFinding[];
  manipulativeCloses: SincerityFinding[];
  buzzwords: SincerityFinding[];
  /** The same list as `unverifiableClaims`: claims about the sender the reader cannot check. */
  claims: SincerityFinding[];
  /** The same list as `falseUrgency`: pressure, scarcity and FOMO phrases. */
  pressure: SincerityFinding[];
  readerFocus: ReaderFocus;
  /** Questions to the reader: body sentences ending in "?" that are not about the sender only. */
  questions: TextSpan[];
  asks: Ask[];
  opening: OpeningAnalysis | null;
  wordCount: number;
  sentenceCount: number;
  syllableCount: number;
  /** Flesch–Kincaid grade level of the body (0 for an empty body). */
  readingGrade: number;
  /** Flesch–Kincaid grade level of each body paragraph that has words, in order. */
  paragraphGrades: ParagraphGrade[];
  /** The declared or inferred kind, and the evidence for it. */
  classification: MessageClassification;
  /** Lists and runs of sentences about product features with nothing tied to the reader. */
  featureDumps: FeatureDump[];
  /** Sales asks, offers and upsells inside a care touch (a birthday, thank-you, condolence …). */
  carePitches: SincerityFinding[];
  /** Claims of personal knowledge or feeling whose object is a merge field. */
  templatedIntimacy: SincerityFinding[];
  /** A "Re:"/"Fwd:" on a first touch, or a subject claiming an invoice, order or account event the body does not back up. */
  deceptiveSubjects: SincerityFinding[];
  /**
   * The first request (a meeting, a purchase, a link, a reply) made before any question about the
   * reader; `null` when a question comes first, there is no request, or the kind is care or
   * transactional.
   */
  askBeforeQuestion: Ask | null;
  /** The reader's merge fields and whether a cold message is personalized only by them. */
  personalization: Personalization;
}

/** Options for `analyzeMessage`. */
export interface AnalyzeMessageOptions {
  /** Overrides `input.kind`. */
  kind?: MessageKind;
}
