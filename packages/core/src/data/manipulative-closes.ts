import { definePhrases } from './phrase-entry.js';

const INTEREST =
  'EVIDENCE.md: an interest question beats a hard ask (grade C); Boomerang on questions';

/** Closing techniques that corner the reader. */
export const MANIPULATIVE_CLOSES = definePhrases([
  {
    phrase: 'If I could show you …, would you …',
    pattern:
      "if (?:i|we) (?:could|can) (?:show|prove to|get|save|guarantee) you\\b[^.?!\\n]{0,120}?,? (?:would|will|wouldn't|could) you",
    note: 'a conditional close: a yes to the hypothetical becomes a yes to the sale',
    source: INTEREST,
    subtype: 'conditional',
  },
  {
    phrase: 'What would it take …',
    pattern: 'what (?:would|will) it take (?:for you |for us |to get you )?to',
    note: 'asks the reader to negotiate against themselves',
    source: INTEREST,
    subtype: 'conditional',
  },
  {
    phrase: 'Is there any reason you wouldn’t …',
    pattern:
      "is there any reason (?:why )?you (?:wouldn't|would not|can't|couldn't|shouldn't)|wouldn't you agree|you(?:'d| would) be crazy not to",
    note: 'makes saying no feel unreasonable',
    source: INTEREST,
    subtype: 'conditional',
  },
  {
    phrase: 'Which works better to sign, Tuesday or Thursday?',
    pattern:
      '(?:which|what) (?:works|day works|time works|is) better(?: for you)? (?:to|for you to) (?:sign|start|get started|kick off|onboard|begin|close|go live|sign up)[^.?!\\n]{0,60}? or [^.?!\\n]{1,60}\\?',
    note: 'an alternative close: both answers assume a yes',
    source: INTEREST,
    subtype: 'alternative',
  },
  {
    phrase: 'When should we send the contract?',
    pattern:
      '(?:when|where) (?:should|shall|can|do you want) (?:we|i) (?:send|email|draw up|prepare|get) (?:over )?(?:you )?(?:the|a|your) (?:contract|agreement|paperwork|invoice|order form|proposal|docusign)|(?:shall|should) (?:i|we) (?:send|email) (?:over )?(?:the|a|your) (?:contract|agreement|paperwork|invoice|order form)|when (?:can|should|do) (?:we|you) (?:get started|start onboarding|sign)|(?:who|what address) should (?:i|we) (?:send|address) the (?:contract|invoice|agreement)',
    note: 'an assumptive close: it skips the reader’s decision',
    source: INTEREST,
    subtype: 'assumptive',
  },
]);
