/** The result types of `analyzeMessage`. Offsets are 0-based into `MessageInput.text`, end exclusive. */
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
  | 'buzzword';

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
}

/** Options for `analyzeMessage`. */
export interface AnalyzeMessageOptions {
  /** Overrides `input.kind`. */
  kind?: MessageKind;
}
