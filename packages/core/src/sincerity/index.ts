export { analyzeMessage } from './analyze-message.js';
export type {
  AnalyzedSentence,
  AnalyzeMessageOptions,
  Ask,
  AskKind,
  FindingKind,
  MessageAnalysis,
  OpeningAnalysis,
  OpeningSubject,
  PronounFocus,
  PronounMention,
  ReaderFocus,
  SincerityFinding,
  TextSpan,
} from './message-analysis.js';
