import { definePhrases } from './phrase-entry.js';

const INTEREST =
  'EVIDENCE.md: an interest question beats a hard ask (grade C); Boomerang on questions';

/** What a sale is made of: the things a close presumes the reader will sign or buy. */
const DEAL_PAPERS =
  '(?:[\\p{L}-]+ )?(?:paperwork|papers|contract|agreement|application|order form|purchase order|forms|docusign)';

/** What the reader would commit to, as the sender hopes. */
const COMMIT =
  '(?:sign|buy|switch|commit|purchase|say yes|move forward|go ahead|list with (?:me|us)|list your (?:home|house|property)|choose (?:me|us)|go with (?:me|us)|work with (?:me|us)|do business with (?:me|us)|come on board|give (?:me|us) a (?:try|shot|chance))';

/**
 * The sender's win, after "what would it take": their earning the business, or the reader's
 * committing. "For your team to hit the goal" is about the reader's aim and does not match.
 */
const SENDERS_WIN = `(?:for (?:me|us) )?to (?:(?:earn|win|gain|secure|land|deserve) (?:your|the) (?:business|listing|account|order|signature|vote|custom|contract|deal)|get (?:your|the) (?:business|listing|signature|vote|contract|deal)|(?:close|seal|make|do) (?:the|this|a) deal)|for you to ${COMMIT}|to (?:get|convince|persuade) you to ${COMMIT}|to get you (?:into|in|on board|behind the wheel)|for us to (?:work together|do business)`;

/** A day or time to sign, after a bare "shall we sign". */
const WHEN =
  '(?:today|tonight|tomorrow|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b';

/** Billing choices offered as the only two answers. */
const BILLING = '(?:annual|yearly|monthly|quarterly)';
const BILLING_NOUN = '(?:plan|billing|subscription|contract|payments?|term|pricing|license)';
/** "annual or monthly" with a billing noun on either side, or bare after "which works better". */
const BILLING_CHOICE = `(?:(?:which|what|would you|do you|shall (?:we|i)|should (?:we|i))[^.?!\\n]{0,60}?)?(?:(?:the )?${BILLING} ${BILLING_NOUN} or (?:the )?${BILLING}(?: ${BILLING_NOUN})?|(?:the )?${BILLING} or (?:the )?${BILLING} ${BILLING_NOUN})|(?:which|what) (?:works|would work|suits you|is|sounds) (?:better|best)(?: for you)?[,:]? (?:the )?${BILLING} or (?:the )?${BILLING}`;

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
    phrase: 'What would it take to earn your business?',
    pattern: `what (?:would|will|does|do) it take (?:${SENDERS_WIN})`,
    note: 'asks the reader to negotiate against themselves for the sender’s win',
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
    phrase: 'Shall we get the agreement signed Tuesday, or is Wednesday better?',
    pattern: `(?:shall|should|can|could) (?:we|i) (?:get (?:the|your|our) ${DEAL_PAPERS} signed|sign (?:the|your|our) ${DEAL_PAPERS}|sign(?= (?:it |them )?(?:on )?${WHEN}))[^.?!\\n]{0,60}? or [^.?!\\n]{1,60}\\?`,
    note: 'an alternative close on a signature the reader has not agreed to give',
    source: INTEREST,
    subtype: 'alternative',
  },
  {
    phrase: 'Which works better for you, annual or monthly?',
    pattern: `(?:${BILLING_CHOICE})(?=\\s*\\?)`,
    note: 'an alternative close on billing: both answers assume the reader is buying',
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
  {
    phrase: 'I’ve gone ahead and prepared your paperwork',
    pattern: `(?:i|we)(?:'ve| have) (?:already )?(?:gone ahead and (?:already )?(?:prepared|drawn up|drafted|filled (?:out|in)|written up|put together|started|set up|processed|submitted|ordered|booked|reserved)|taken the liberty (?:of|to) (?:preparing|prepare|drawing up|draw up|drafting|draft|filling (?:out|in)|fill (?:out|in)|writing up|write up|starting|start|processing|process)|(?:prepared|drawn up|drafted|filled (?:out|in)|written up)) (?:your|the) ${DEAL_PAPERS}`,
    note: 'an assumptive close: the papers are ready before the reader has decided to buy',
    source: INTEREST,
    subtype: 'assumptive',
  },
  {
    phrase: 'All that’s left is to sign',
    pattern:
      "(?:all (?:that's|that is|that remains|that's left|that is left)|the only thing (?:left|remaining)) (?:left |now )?(?:is |to do is )?(?:for you )?(?:to )?(?:sign|initial|e-sign|countersign)",
    note: 'an assumptive close: it skips the reader’s decision and goes straight to the signature',
    source: INTEREST,
    subtype: 'assumptive',
  },
]);
