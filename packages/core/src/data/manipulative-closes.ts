import { definePhrases } from './phrase-entry.js';

const INTEREST =
  'EVIDENCE.md: an interest question beats a hard ask (grade C); Boomerang on questions';

/** What a sale is made of: the things a close presumes the reader will sign or buy. */
const DEAL_PAPERS =
  '(?:[\\p{L}-]+ )?(?:paperwork|papers|contract|agreement|application|order form|purchase order|forms|docusign)';

/**
 * The reader's custom moved from a rival to the sender: "move your car loan over to Tri-County",
 * "bring your payroll across to us". Moving an account "over to the new portal" or "to paperless"
 * is a change inside one firm and does not match.
 */
const SWITCH_OVER =
  '(?:move|switch|transfer|bring|shift|port|refinance|roll) (?:your|the) (?:[\\p{L}-]+ ){0,2}?(?:loans?|mortgage|accounts?|business|banking|policy|policies|insurance|coverage|savings|portfolio|payroll|freight|shipping|lines?|phones?|numbers?|cards?|balances?|pension|investments|spend|orders?|custom|fleet|utilities|energy|supply|retirement|ira|401k) (?:(?:over|across) to (?!(?:the|a|an|your|paperless|online|autopay|e-?statements|digital)\\b)[\\p{L}&.-]+|to (?:us|me|our)\\b)';

/** What the reader would commit to, as the sender hopes. */
const COMMIT = `(?:${SWITCH_OVER}|sign|buy|switch|commit|purchase|say yes|move forward|go ahead|list with (?:me|us)|list your (?:home|house|property)|choose (?:me|us)|go with (?:me|us)|work with (?:me|us)|do business with (?:me|us)|come on board|give (?:me|us) a (?:try|shot|chance))`;

/**
 * The sender's win, after "what would it take": their earning the business, the reader's
 * committing, or the sale itself signed ("to get this signed off"). "For your team to hit the goal"
 * is about the reader's aim, and "to get it signed off by your board" about their process; neither
 * matches.
 */
const SENDERS_WIN = `(?:for (?:me|us) )?to (?:(?:earn|win|gain|secure|land|deserve) (?:your|the) (?:business|listing|account|order|signature|vote|custom|contract|deal)|get (?:your|the) (?:business|listing|signature|vote|contract|deal)|(?:close|seal|make|do) (?:the|this|a) deal)|for you to ${COMMIT}|to (?:get|convince|persuade) you to ${COMMIT}|to (?:get|put|have|bring) you (?:into|in|on ?board|aboard|behind the wheel|signed(?: up| on)?|driving|started|over the line|across the line)|to (?:get|put|have) you (?:to )?${COMMIT}|to (?:get|put|have|bring|move|switch) your (?:[\\p{L}-]+ ){0,2}?(?:crews?|teams?|staff|people|drivers|fleet|family|kids|employees|reps|techs|patients|members|business|company|office|account) (?:into|in|onto|on|over to|aboard|behind the wheel of) (?:our|my) (?!(?:[\\p{L}-]+ )?(?:office|offices|building|lobby|room|space|studio|booth|event|webinar|workshop|training|session|class|meeting)\\b)[\\p{L}-]+|to get (?:this|it|that|the (?:deal|order|contract|agreement|quote|proposal|paperwork|order form|purchase order|renewal)) (?:signed(?: off)?(?!(?: off)? by\\b| off\\b)|over the line|across the line|inked)|for us to (?:work together|do business)|to get (?:our|my) (?:[\\p{L}-]+ ){0,2}?(?:platform|software|system|app|tool|product|solution|service|units?|devices?|sensors?|trackers?|machines?|equipment) (?:running|installed|deployed|rolled out|live|in place) (?:across|throughout) (?:all (?:of )?)?your\\b`;

/**
 * The people inside the reader's organisation whose buy-in a champion may need ("What would it take
 * to get Finance on board?"): a fair question about their process, not a close.
 */
const INSIDE_BUYER =
  '(?:Finance|Legal|Marketing|Procurement|Purchasing|IT|HR|Sales|Operations|Ops|Security|Compliance|Leadership|Management|Engineering|Accounting|Facilities|Dr|Mr|Mrs|Ms|Mx|Prof|The|Your|Our|My|Their|His|Her)';

/** A day or time to sign, after a bare "shall we sign". */
const WHEN =
  '(?:today|tonight|tomorrow|this|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b';

/** Billing choices offered as the only two answers. */
/** A billing cycle, or a term length: "annual", "the 24-month", "a two-year". */
const BILLING =
  '(?:annual|yearly|monthly|quarterly|\\d{1,2}[- ](?:month|year|yr|mo)|(?:one|two|three|four|five|six|twelve|eighteen|twenty-four|thirty-six)[- ](?:month|year))';
const BILLING_NOUN =
  '(?:plan|billing|subscription|contract|agreement|lease|commitment|payments?|term|pricing|license)';
/** "annual or monthly" with a billing noun on either side, or bare after "which works better". */
const BILLING_CHOICE = `(?:(?:which|what|would you|do you|shall (?:we|i)|should (?:we|i))[^.?!\\n]{0,60}?)?(?:(?:the )?${BILLING} ${BILLING_NOUN}(?: (?:at|for) [^,.?!\\n]{1,20}?)?,? or (?:the )?${BILLING}(?: ${BILLING_NOUN}(?: (?:at|for) [^,.?!\\n]{1,20})?)?|(?:the )?${BILLING} or (?:the )?${BILLING} ${BILLING_NOUN})|(?:which|what) (?:works|would work|suits you|is|sounds) (?:better|best)(?: for you)?[,:]? (?:the )?${BILLING} or (?:the )?${BILLING}`;

/**
 * What the reader would commit to right now, after a concession: "sign", "commit", "drive it
 * home", "put down a deposit", "lock it in". Not "sign off", "sign in", "pass it to Ana" or "let
 * me know".
 */
const COMMIT_NOW = `(?!sign (?:off|in|out|up for (?:the|our|a) (?:newsletter|webinar|list|event))\\b)(?:${COMMIT}|sign|order|place (?:the|an|your|this|that) order|(?:drive|take) (?:it|one|her|them|the [\\p{L}-]+) (?:home|off the lot)|take (?:it|them|the deal|delivery|the (?:car|truck|house|home|plan|offer|package|unit|spot))|put (?:down )?(?:a |the )?deposit(?: down)?|pay (?:the|a) (?:deposit|down payment|retainer)|do (?:the|this|a) deal|close (?:the deal|today|this week|on it)|seal the deal|lock (?:it|this|that|the (?:rate|price|deal)) in|lock in (?:the|your|this|that)|pull the trigger|become (?:a|our) (?:client|customer|member)|enroll|enrol|join (?:the (?:program|programme|cohort|club|plan)|us as)|make the (?:switch|move|purchase)|(?:renew|upgrade|get started|start) (?:today|now|this week|with (?:us|me)))`;

/**
 * A yes to the purchase, as a question: "would you (be ready to) sign", "will you commit". The
 * match ends at "you", as the classic "If I could show you…, would you" does.
 */
const WILL_YOU_COMMIT = `(?:would|will|wouldn't|won't|could|can|are|'d) you(?= (?:be )?(?:(?:ready|willing|prepared|able|in a position|good) to )?${COMMIT_NOW})`;

/**
 * Ways to pay or sign, offered as the only two answers: "pay in full, or split it", "do the
 * paperwork over email, or sign in person". Intake, consent and tax forms are paperwork of another
 * kind and do not match.
 */
const PAY_MODE =
  '(?:pay(?:ing)? (?:it |everything |the (?:full )?(?:amount|balance) )?(?:in full|up ?front|all at once|in one go)|(?:a|one) single payment|one payment|(?:(?:two|three|four|six|twelve|\\d+|monthly|easy) )+(?:installments?|instalments?|payments)|(?:a )?payment plan|split (?:it|the (?:cost|payments?|fee|price))|financ(?:e|ing)|leas(?:e|ing)|(?:pay(?:ing)? )?cash|(?:buy|buying|purchase) (?:it )?outright|e-?sign(?:ing)?|sign(?:ing)? (?:(?:it|them|the (?:contract|agreement|paperwork|papers)) )?(?:electronically|online|digitally|in person|on paper|(?:over|by|via) e-?mail)|(?:do|doing|complete|completing|handle|handling|finish|finishing|sort|sorting) (?:the |your )?(?:(?!(?:consent|intake|tax|medical|insurance|permission|release|waiver|hipaa|school|new patient|patient)\\b)[\\p{L}-]+ )?(?:paperwork|papers|contract|agreement|lease|order form) (?:electronically|online|digitally|in person|on paper|remotely|(?:over|by|via) (?:e-?mail|docusign))|docusign|wet[- ]ink|(?:a )?paper (?:copy|contract))';

/**
 * Papers for a signature nobody has promised: "the contract", "the order paperwork", "the renewal
 * agreement". Consent, intake and tax forms are paperwork of another kind and do not match.
 */
const SALE_PAPERS =
  '(?:(?!(?:consent|intake|tax|medical|permission|release|waiver|hipaa|w-?9|school|field trip)\\b)[\\p{L}-]+ )?(?:paperwork|papers|contract|agreement|order form|purchase order|docusign|renewal)';

/** What a sale starts with once the reader has bought: a kickoff, onboarding, an install. */
const START_NOUN =
  '(?:kickoff|kick-off|onboarding|install(?:ation)?|start date|go-live|signing|closing|first (?:session|class|shipment|payment))';
/**
 * The papers signed, as the point of a visit or a call: "to drop by and get it signed", "to get the
 * renewal signed". Consent and intake forms are not a sale and do not match.
 */
const GET_SIGNED = `(?:(?:drop|stop|swing|come|pop|head) (?:by|over|in|round|around) (?:and|to) )?(?:get (?:it|this|that|them|everything|(?:the|your) ${SALE_PAPERS}) (?:signed|inked)|sign (?:it|them|(?:the|your) ${SALE_PAPERS}))\\b`;
const START_OF_SALE = `(?:for (?:a |the |your |our )?${START_NOUN}|to (?:kick off|start onboarding|get (?:you )?started|go live|sign|install|begin onboarding|start your (?:membership|plan|program|subscription)|${GET_SIGNED}))`;
/**
 * The date a sale starts on, offered for the reader to lock in: "which launch date you'd like to
 * lock in". A call or a visit the reader may still decline is no sale and does not match.
 */
const SALE_DATE =
  '(?:launch|start|install(?:ation)?|go-live|kickoff|kick-off|onboarding|move-in|signing|closing|enrollment|enrolment|delivery) (?:date|day|week)';
const LOCK_DATE = `(?:which|what) ${SALE_DATE} (?:you(?:'d| would) like|would you like|do you want|you want|should (?:i|we)|shall (?:i|we)) (?:me |us )?(?:to )?(?:lock in|lock down|secure|claim|hold|reserve)\\b`;
const START_ASK = `(?:would|do|shall|should|can|could) (?:you|we|i) (?:like |want |prefer )?(?:to )?(?:(?:do|schedule|book|set up|plan|have|hold) (?:the |your |a |our )?${START_NOUN}|kick off|start onboarding|go live|get (?:you )?started)`;

/** Papers the sender brings or sends for a signature nobody has promised. */
const BRING =
  "(?:i|we)(?:'ll| will) (?:bring|have|drop off|come by with|stop by with|swing by with|bring over|bring by|have ready|print)";

/** A commitment made in the reader's name: a seat held for them, or them booked in. */
const HELD_FOR_YOU = `(?:reserv(?:ed|ing)|held|holding|sav(?:ed|ing)|secur(?:ed|ing)|block(?:ed|ing) (?:off|out)|set(?:ting)? aside|lock(?:ed|ing) in|book(?:ed|ing)) (?:a|an|your|the) (?:[\\p{L}-]+ ){0,2}?(?:spot|seat|place|slot|unit|space|membership|enrollment|enrolment|start date|position|allocation|install(?:ation)? date|delivery (?:date|slot)|room block|block of (?:\\d+ |[\\p{L}-]+ )?(?:rooms|suites|cabins|seats|tickets|tables|units|nights|tee times))(?: (?:for you|in your name|under your name))?|(?:sign(?:ed|ing)|enrol(?:l)?(?:ed|ing)|register(?:ed|ing)|put(?:ting)?|pencil(?:l)?(?:ed|ing)|book(?:ed|ing)|add(?:ed|ing)|schedul(?:ed|ing)|slott(?:ed|ing)) you (?:up |in |down )?(?:for|in|into|on|to) (?:the |our |a |an |this |next |your )?(?:[\\p{L}-]+ ){0,3}?(?:cohort|program|programme|course|class|plan|membership|subscription|order|install(?:ation)?|delivery|appointment|consultation|demo|trial|tour|session|closing|signing|kickoff|kick-off|onboarding|start date|package|tier|intake|semester|term|batch|bootcamp|retreat)\\b`;

/** Cards, accounts and apps to pay with, for an either/or on how to pay. */
const PAY_METHOD =
  '(?:(?:your|the|a|my|our) )?(?:(?:personal|business|company|corporate|work) )?(?:visa|amex|american express|mastercard|master card|discover(?: card)?|debit card|credit card|card on file|checking(?: account)?|savings(?: account)?|paypal|venmo|apple pay|google pay|zelle|bank transfer|wire(?: transfer)?|ach|(?:a )?check|cheque|(?:[\\p{L}-]+ )?card)';
/** What a sender would charge before the reader agreed to buy. */
const SALE_MONEY =
  '(?:(?:the|your|a|an|that|this) )?(?:(?:first|initial|full|[\\p{L}-]+|\\$?[\\d,.]+%?) )?(?:deposit|down payment|payment|balance|retainer|fee|order|booking|reservation|purchase|package|total|invoice|charge|installment|instalment)|it|this|that|them';

/**
 * One way of paying the sale money: "put the deposit on a card", "wire it", "pay the balance by
 * check", "have your accounting team wire it". Used for an either/or whose two answers are both
 * a payment.
 */
const PAY_ACT = `(?:(?:put|charge|bill|run|take|process|place) (?:${SALE_MONEY}) (?:on|to|with|through|via|from|using) ${PAY_METHOD}|pay (?:(?:${SALE_MONEY}) )?(?:by|with|via|through|using|on) ${PAY_METHOD}|(?:wire|venmo|zelle|cut a check for) (?:${SALE_MONEY})(?= (?:on |by |this |next |today|tomorrow|monday|tuesday|wednesday|thursday|friday)|\\s*[,?]|(?: over)? (?:by|via|through) ))`;

/** Doing nothing, offered as the alternative to saying yes. */
const DO_NOTHING =
  "(?:(?:just )?(?:reply|respond|answer|write back|say) [\"'“]?no\\b(?![\"'”]?\\s+(?:changes?|need|problem|rush|worries|thanks|edits?|questions?)\\b)|no need to (?:do anything|reply|respond|do a thing)|(?:just )?(?:ignore|delete) (?:this|my|the)(?: (?:email|e-mail|message|note|offer))?|do nothing|don't (?:reply|respond|do anything)|carry on as you are|stick with what you(?:'ve got| have))";
/** The reader's "no", painted as a risk or a loss. */
const SHAMED_NO =
  '(?:gambl(?:e|ing)|risk(?:ing)?|wast(?:e|ing)|overpay(?:ing)?|throw(?:ing)? (?:money|cash) away|leav(?:e|ing) money on the table|los(?:e|ing) (?:money|customers|sales|clients|business|patients|guests|deals)|miss(?:ing)? out|fall(?:ing)? behind|struggl(?:e|ing)|settl(?:e|ing) for (?:less|second best|a cheap|cheap)|put(?:ting)? up with|stay(?:ing)? stuck|pay(?:ing)? (?:more|too much|double)|headaches?|disasters?|nightmares?)';

/** The reader's silence, read as a decision: "unless I hear back by Friday, I'll …". */
const SILENCE =
  "(?:unless (?:i|we) (?:hear|get|receive)(?: (?:back|anything|a (?:reply|response|word|no)|otherwise|an answer|from you|word))+|if (?:i|we) (?:don't|do not|haven't|have not) (?:hear|heard|get|gotten|receive|received)(?: (?:back|anything|a (?:reply|response|word|no)|otherwise|an answer|from you|word))+|if you (?:don't|do not) (?:reply|respond|answer|write back|get back to (?:me|us)))";
/** What the silence is read as: a yes, a commitment made for the reader, or a no they must own. */
const SILENCE_AS =
  "(?:(?:assume|take it|take that as|take your silence as|consider (?:it|that)|treat (?:that|it|your silence) as)(?: that)? (?:you(?:'re| are) (?:in|on board|good to go|ready to (?:go|sign|buy|book|proceed)|happy to (?:proceed|go ahead|move forward)|(?:fine|ok|okay|comfortable|happy) (?:with (?:that|losing|letting|missing|giving)|losing|letting|missing|giving))|you(?:'ve| have) (?:decided|chosen) to (?:let|pass|give|lose|miss|walk)|you (?:agree|want (?:it|to (?:go ahead|proceed|move forward|book|sign)))|a yes|(?:it's|it is) a (?:yes|go)|we(?:'re| are) (?:good to go|moving forward|going ahead))|(?:go ahead and )?(?:book (?:it|the|your|you)|reserve (?:it|the|your)|charge (?:it|the|your|you)|bill (?:it|the|your|you)|sign you|enrol(?:l)? you|register you|lock (?:it|in|you|the)|process (?:the|your) (?:order|payment|deposit)|place (?:the|your) order|ship (?:it|the|your)|send (?:over )?(?:the|your) (?:contract|invoice|paperwork|order form)|put you (?:down|in)|pencil you in|count you in))";

/**
 * The reader's yes, as the sender announces they will take it: "moving forward", "in", "good to
 * go", alone or with the sale ("moving forward with the order"). "Moving forward with the
 * renovation" is the reader's own plan and does not match.
 */
const ASSUMED_YES =
  '(?:moving forward|going ahead|good to go|on board|in|ready to (?:go|sign|buy|order|proceed)|happy to (?:proceed|go ahead|move forward))(?: with (?:us|me|it|this|that|the (?:order|purchase|quote|deal|contract|agreement|proposal|unit|rental|lease|plan|package)))?(?=\\s*(?:[.,;:!\u2014\u2013-]|$)| (?:and|so|then|unless)\\b)';

/**
 * The reader's yes, taken as the premise of the next step: "assuming you're still moving ahead",
 * "assuming you're ready to sign". A bare "in" or "good to go" may be a party or a hike, and "moving
 * ahead with the renovation" is the reader's own plan; neither matches.
 */
const ASSUMING_YES = `assuming (?:that )?you(?:'re| are) (?:still )?(?:(?:moving|going) (?:forward|ahead)|on board|ready to (?:sign|buy|order|proceed)|happy to (?:proceed|go ahead|move forward))(?: with (?:us|me|it|this|that|the (?:order|purchase|quote|deal|contract|agreement|proposal|renewal|plan|package)))?(?=\\s*[,;:\u2014\u2013-]| (?:and|so|then)\\b)`;

/**
 * A step taken on the reader's behalf, after "I've gone ahead and" or "I'll go ahead and": an
 * order put down or pencilled in for them ("put the Lantern Bar down for two kegs", "pencil in a
 * truck for your Thursday run"), or their enrollment or order started ("started Milo's
 * enrollment"), or their order drafted or written up ("drafted the order for 22"). Sending,
 * attaching or fixing something is not a commitment and does not match.
 */
const STEP_FOR_READER = `(?:put|pencil(?:l?ed)?|book(?:ed)?|reserv(?:e|ed)|hold|held|block(?:ed)? (?:out|off)|lock(?:ed)? in|set aside|schedul(?:e|ed)|slot(?:ted)? in|order(?:ed)?) (?:in |down )?[^.?!\\n]{1,40}?\\b(?:(?:down|in) for|for (?:you|your))\\b|(?:start(?:ed)?|begun|begin|open(?:ed)?|set up|creat(?:e|ed)|process(?:ed)?|draft(?:ed)?|drawn up|draw up|drew up|writ(?:e|ten) up|wrote up|prepar(?:e|ed)|put together|ring up|rung up|rang up) (?:(?:your|the|an?) |[\\p{L}\\p{N}-]+'s )?(?:[\\p{L}-]+ )?(?:enrollment|enrolment|registration|order|membership|subscription|booking|reservation|sign-?up)\\b`;

/**
 * A step that commits the reader, taken unless they object: "I'll process the order", "it goes out
 * for e-signature".
 */
const SILENT_STEP = `(?:(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to) (?:just |then |go ahead and |automatically )?(?:sign you|enrol(?:l)? you|register you|charge (?:it|the|your|you)|bill (?:it|the|your|you)|lock in (?:the|your|this|that) (?:rate|price|pricing|order|deal|term)|process (?:the|your) (?:order|payment|deposit|renewal)|place (?:the|your) order|send (?:out |over )?(?:the|your) ${SALE_PAPERS}|renew (?:it|the|your))|(?:it|the (?:[\\p{L}-]+ )?(?:contract|agreement|renewal|paperwork|order form|docusign))(?:'s| is| will| will be|'ll)? (?:go(?:es|ing)? out|(?:be |get |gets |getting )?sent(?: out)?) for (?:your )?(?:e-?)?signature)`;
/** The reader's silence, after the step: "unless I hear otherwise", "unless you tell me not to". */
const UNLESS_OBJECTION =
  'unless (?:i|we) (?:hear|get|receive)(?: (?:back|anything|a (?:reply|response|word|no)|otherwise|an answer|from you|word|different(?:ly)?))+|unless you (?:tell|let) (?:me|us) (?:know )?(?:otherwise|not to)|unless you (?:object|say otherwise|say no|stop me|tell me to stop)';

/** What the reader would be asked to name: the price that gets their signature. */
const PRICE_WORD = '(?:number|price|figure|rate|discount|amount|quote|terms)';
/** The sender's own side who would approve a concession ("my director", "our sales manager"). */
const APPROVER =
  '(?:my|our|the) (?:(?:sales|regional|general|finance|district) )?(?:director|manager|boss|vp|supervisor|owner|gm|pricing (?:team|desk)|finance team|leadership)';
/** What the right number would turn the deal into: the reader's yes or their signature. */
const EASY_YES =
  '(?:an? )?(?:easy |quick |simple |clear |obvious )?(?:yes|no-brainer|done deal|deal)\\b|(?:happen|work) for you to (?:sign|say yes|buy|commit)|(?:to|into) (?:an? )?(?:easy )?yes|over the line|across the line|signed|a go';
/** The sender's promise once the reader names a price: "I'll make it work", "I'll fight for it". */
const MAKE_IT_WORK =
  "(?:i|we)(?:'ll| will) (?:(?:go|try to|do (?:my|our) best to) )?(?:make (?:it|that|this) (?:work|happen)|match it|beat it|get (?:it|that) approved|fight for (?:it|that)|go to bat for (?:it|that|you)|find a way|see what (?:i|we) can do)";

/**
 * The price, defined by the reader's yes it would buy: "that gets your practice to switch", "that
 * would get you to sign this week". "A time that suits you" is no price and does not match.
 */
const PRICE_GETS = `(?:that|which) (?:gets?|would get|will get|puts?|would put|brings?|would bring|moves?|would move) (?:you|your (?:[\\p{L}-]+ ){0,2}?[\\p{L}-]+|(?:the )?(?:team|practice|office|firm|company|board)) (?:to (?:${COMMIT})|over the line|across the line|on ?board|signed)`;

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
    pattern: `what(?: (?:would|will|does|do|is)|'s) it (?:going to |gonna )?take (?:${SENDERS_WIN})|what (?:can|could|do|would) (?:i|we) (?:need to |have to )?do (?:${SENDERS_WIN})`,
    note: 'asks the reader to negotiate against themselves for the sender’s win',
    source: INTEREST,
    subtype: 'conditional',
  },
  {
    phrase: 'What would it take to get Orbach Roofing on board?',
    pattern: `[Ww]hat(?: (?:would|will|does|is)|'s) it (?:going to |gonna )?take to (?:get|bring|have) (?!${INSIDE_BUYER}\\b)\\p{Lu}[\\p{L}\\p{N}&'.-]*(?: (?:\\p{Lu}[\\p{L}\\p{N}&'.-]*|&)){0,3} (?:on ?board|aboard|signed(?: up| on)?|(?:running|installed|deployed|rolled out|live) (?:across|throughout) (?:all (?:of )?)?your)`,
    caseSensitive: true,
    note: 'asks the reader’s company to negotiate against itself for the sender’s win',
    source: INTEREST,
    subtype: 'conditional',
  },
  {
    phrase: 'What number does this renewal need to hit for you to sign?',
    pattern: `what ${PRICE_WORD} (?:does|would|do|will|should|must) (?:this|the|that|our|my|it|i|we)(?: [\\p{L}-]+){0,2}? (?:need to|have to|got to|gotta) (?:hit|be|come in at|come down to|get to|reach|land at|look like|match|beat) (?:${SENDERS_WIN})|what ${PRICE_WORD} (?:would|do|will) you need (?:to see |to hear |from (?:me|us) )(?:${SENDERS_WIN}|to ${COMMIT}|before you(?:'d| would)? ${COMMIT})|(?:give|send|tell|name) (?:me|us) (?:a|the|your) ${PRICE_WORD}\\b[^.?!\\n]{0,30}? and (?:i|we)(?:'ll| will) (?:take|bring|run|get|walk) it (?:straight |right |directly )?(?:to|by|past|in to) ${APPROVER}|what ${PRICE_WORD} (?:would |will |could |might |does |do )?(?:makes?|gets?|turns?) (?:this|it|that|the deal|you) (?:${EASY_YES})|(?:(?:give|send|tell|get) (?:me|us) (?!your number\\b)|name )(?:a|the|your) (?:target |ballpark |magic |best )?${PRICE_WORD}\\b(?! of\\b| one\\b)(?:[^.?!\\n]{0,30}?|${PRICE_GETS}[^.?!\\n]{0,30}?) and ${MAKE_IT_WORK}|name (?:a|the|your) (?:target |magic |best )?${PRICE_WORD} ${PRICE_GETS}`,
    note: 'asks the reader to name the price of their yes, so they negotiate against themselves',
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
      "(?:which|what|when)(?:(?: day| time| one)? (?:works|would work|is|would be|suits you)|'s) (?:better|easier|best|easiest|more convenient|simpler|quicker)(?: for you)? (?:to|for you to) (?:e-?sign|countersign|sign|(?:start|begin)(?! with\\b)|get started|kick off|onboard|close|go live)[^.?!\\n]{0,60}? or [^.?!\\n]{1,60}\\?",
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
      "(?:all (?:that's|that is|that remains|that's left|that is left)|the only thing (?:left|remaining)) (?:left |now )?(?:is |to do is )?(?:for you )?(?:to )?(?:sign|initial|e-sign|countersign)|(?:all (?:that's|that is|that remains|that's left|that is left)|the only thing (?:left|remaining|missing|needed)) (?:left |now |needed |missing )?is your (?:e-?)?signature\\b|all (?:you(?:'d| would)? (?:need|have) to do|that's needed|it takes) (?:now )?is (?:to )?(?:sign|initial|e-sign|countersign)(?= (?:here|below|page|where|at the|and (?:send|return|email)|the (?:[\\p{L}-]+ )?(?:contract|agreement|order form|paperwork|application|docusign)))",
    note: 'an assumptive close: it skips the reader’s decision and goes straight to the signature',
    source: INTEREST,
    subtype: 'assumptive',
  },
  {
    phrase: 'If I waive the setup fee, will you commit today?',
    pattern: `(?:if|suppose|supposing|say|what if) (?:i|we|my [\\p{L}-]+(?: [\\p{L}-]+)?)\\b[^.?!\\n]{1,160}?[,;:\\u2014\\u2013-]? ${WILL_YOU_COMMIT}|(?:would|will|could|are) you (?:be )?(?:(?:ready|willing|prepared|able) to )?${COMMIT_NOW}\\b[^.?!\\n]{0,60}? if (?:i|we) (?:can |could |were to |managed to |)?(?:knock|knocked|take|took|waive|waived|drop|dropped|cut|throw|threw|match|matched|beat|get|got|lower|lowered|include|included|add|added|cover|covered|give|gave|can|could|do|did)\\b`,
    note: 'a concession traded for an immediate yes: the reader has to decide on the spot',
    source: INTEREST,
    subtype: 'conditional',
  },
  {
    phrase: 'Would you rather pay in full, or split it into three installments?',
    pattern: `(?:(?:would|do|will|shall|should|are) (?:you|we|i)|which|what|how (?:would|do) you (?:like|want|prefer) to)\\b[^.?!\\n]{0,50}?${PAY_MODE}[^.?!\\n]{0,60}? or [^.?!\\n]{0,40}?${PAY_MODE}[^.?!\\n]{0,40}?\\?`,
    note: 'an alternative close on how to pay or sign, before the reader has decided to buy',
    source: INTEREST,
    subtype: 'alternative',
  },
  {
    phrase: 'Would Thursday or Friday be better for a kickoff call?',
    pattern: `(?:would|does|do|is|which|what|shall|should|can|could)\\b[^.?!\\n]{0,60}? or [^.?!\\n]{0,60}?${START_OF_SALE}[^.?!\\n]{0,40}?\\?|(?:which|what)\\b[^.?!\\n]{0,30}?${START_OF_SALE}[^.?!\\n]{0,40}? or [^.?!\\n]{1,60}\\?|${START_ASK}[^.?!\\n]{0,60}? or [^.?!\\n]{1,60}\\?|${LOCK_DATE}[^.?!\\n]{0,20}?,? [^.?!\\n]{1,40}? or [^.?!,;\\n]{1,40}`,
    note: 'an alternative close: both answers assume the reader has already bought',
    source: INTEREST,
    subtype: 'alternative',
  },
  {
    phrase: 'I’ve gone ahead and reserved a spot for you',
    pattern: `(?:i|we)(?:'ve| have)? (?:already |just |also )?(?:(?:gone|went) ahead and |taken the liberty of )?(?:${HELD_FOR_YOU})`,
    note: 'an assumptive close: a commitment made in the reader’s name before they agreed',
    source: INTEREST,
    subtype: 'presumed',
  },
  {
    phrase: 'I’ve gone ahead and put you down for two cases',
    pattern: `(?:(?:i|we)(?:'ve| have)? (?:already |just |also )?(?:gone|went) ahead and|(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to) (?:just )?go ahead and) (?:${STEP_FOR_READER})`,
    note: 'an assumptive close: an order or an enrollment made in the reader’s name before they agreed',
    source: INTEREST,
    subtype: 'presumed',
  },
  {
    phrase: 'We’ve already penciled you in.',
    // The booking names nothing: the guard keeps it only beside a price, when what the reader is
    // booked into is a paid offer they never asked for.
    pattern:
      "(?:i|we)(?:'ve| have)? (?:already |just |also ){1,2}(?:(?:gone|went) ahead and )?(?:(?:pencil(?:l)?ed|booked|slotted|put) you (?:in|down)|signed you up|(?:registered|enrolled|enroled) you)(?: for (?:it|one|that|this|a (?:spot|slot)))?(?=\\s*(?:[.!;]|$))|(?:i|we)(?:'ve| have)? (?:gone|went) ahead and (?:(?:pencil(?:l)?ed|booked|slotted|put) you (?:in|down)|signed you up|(?:registered|enrolled|enroled) you)(?: for (?:it|one|that|this|a (?:spot|slot)))?(?=\\s*(?:[.!;]|$))",
    note: 'an assumptive close: the reader is booked into a paid offer before they agreed',
    source: INTEREST,
    subtype: 'booked',
  },
  {
    phrase: 'I’ll bring the paperwork Thursday at 6',
    pattern: `${BRING} (?:over |by |along )?(?:the|your|a) ${DEAL_PAPERS}(?: (?:over|by|along|with me))?(?: (?:on |this |next )?(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at \\d{1,2}(?::\\d\\d)?(?: ?[ap]\\.?m\\.?)?)){0,3}`,
    note: 'an assumptive close: the papers arrive for a signature the reader has not promised',
    source: INTEREST,
    subtype: 'presumed',
  },
  {
    phrase: 'Would you like me to put the deposit on your Visa or your Amex?',
    pattern: `(?:(?:would|do|will|shall|should|can|could) (?:you|we|i)|which|what)\\b[^.?!\\n]{0,40}?\\b(?:put|charge|bill|run|take|process|place|pay for) (?:${SALE_MONEY}) (?:on|to|with|through|via|from|using|by) ${PAY_METHOD},? or (?:on |to |with |through |via |from |using |by )?${PAY_METHOD}[^.?!\\n]{0,40}?\\?`,
    note: 'an alternative close on how to pay, before the reader has decided to buy',
    source: INTEREST,
    subtype: 'alternative',
  },
  {
    phrase: 'Would it be easier to put the deposit on a card Monday, or to wire it Tuesday?',
    pattern: `(?:(?:would|do|will|shall|should|can|could|is) (?:it|you|we|i)|which|what)\\b[^.?!\\n]{0,50}?\\b${PAY_ACT}[^.?!\\n]{0,40}?,? or [^.?!\\n]{0,60}?\\b${PAY_ACT}[^.?!\\n]{0,40}?\\?`,
    note: 'an alternative close on how to pay: both answers are a payment the reader never agreed to make',
    source: INTEREST,
    subtype: 'alternative',
  },
  {
    phrase: 'Or, if you’d rather keep gambling on a cheap crew, no need to do anything',
    pattern: `(?:if you(?:'d| would) (?:rather|prefer to)(?! not\\b)|if you(?:'re| are) (?:happy|fine|okay|ok|comfortable|content)(?: to| with)?)\\b[^.?!\\n]{0,60}?\\b${SHAMED_NO}\\b[^.?!\\n]{0,80}?\\b${DO_NOTHING}|${DO_NOTHING}\\b[^.?!\\n]{0,20}?\\bif you(?:'re| are) (?:happy|fine|okay|ok|comfortable|content) (?:to (?:keep |go on )?|with |keeping )?${SHAMED_NO}`,
    note: 'shames the reader’s no: saying no is painted as a foolish risk',
    source: INTEREST,
    subtype: 'shaming',
  },
  {
    phrase: 'Unless I hear back by Friday, I’ll assume you’re in',
    pattern: `${SILENCE}(?: (?:by|before|until|within|in|today|tonight|this|at) [^,.?!\\n]{1,30}?)?,? (?:then )?(?:i|we)(?:'ll| will| shall| am going to| are going to| can)(?: (?:just|simply|automatically|happily))? ${SILENCE_AS}`,
    note: 'treats the reader’s silence as a decision they never made',
    source: INTEREST,
    subtype: 'silence',
  },
  {
    phrase: 'It goes out for e-signature Monday unless I hear otherwise',
    // The step first, the silence after: the reader must object to stop a purchase they never
    // agreed to.
    pattern: `${SILENT_STEP}[^.?!\\n]{0,60}? (?:${UNLESS_OBJECTION})`,
    note: 'treats the reader’s silence as a decision they never made',
    source: INTEREST,
    subtype: 'silence',
  },
  {
    phrase: 'Assuming you’re still moving ahead, …',
    pattern: ASSUMING_YES,
    note: 'takes the reader’s yes as given and moves on to the next step',
    source: INTEREST,
    subtype: 'silence',
  },
  {
    phrase: 'I’ll send the contract over for your signature',
    pattern: `(?:i|we)(?:'ll| will|'m going to| am going to|'re going to| are going to) (?:then |just |go ahead and )?(?:send|email|shoot|forward|get|pass|drop) (?:you )?(?:over |along |across |out )?(?:the|your|an?|our) ${SALE_PAPERS} (?:over |along |across |out )?(?:to you )?(?:for (?:your |an? |(?:e-?)?)?(?:signature|e-?signature|sign-?off)|for you to (?:sign|e-?sign|countersign)|to sign|[^.?!\\n]{0,60}?\\b(?:once|when|as soon as|after) (?:it's|it is|it's been|it has been|they're|they are|you've|you have) (?:been )?(?:signed|e-?signed|countersigned))\\b`,
    note: 'an assumptive close: the papers go out for a signature the reader has not promised',
    source: INTEREST,
    subtype: 'presumed',
  },
  {
    phrase: 'Which one should I put you down for?',
    pattern:
      '(?:which|what)(?: (?:one|day|date|week|slot|time|option|package|tier|plan|term|start date|delivery date))? (?:should|shall|can|do you want|would you like) (?:i|we|me|us) (?:to )?(?:put you down for|pencil you in for|book you (?:in )?for|sign you up for|reserve for you|hold for you|lock in for you|lock you in for|slot you in for)',
    note: 'an alternative close: both answers book the reader into a sale they never agreed to',
    source: INTEREST,
    subtype: 'alternative',
  },
  {
    phrase: 'I’m going to assume you’re moving forward',
    pattern: `(?:i|we)(?:'m| am|'re| are) (?:just )?(?:going to|gonna) (?:go ahead and )?(?:assume|take it)(?: that)? you(?:'re| are) ${ASSUMED_YES}|(?:i|we)(?:'ll| will) (?:just )?(?:go ahead and )?(?:assume|take it)(?: that)? you(?:'re| are) ${ASSUMED_YES}`,
    note: 'announces the reader’s yes for them: a decision they never made',
    source: INTEREST,
    subtype: 'silence',
  },
]);
