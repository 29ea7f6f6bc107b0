import { definePhrases } from './phrase-entry.js';

const CARE =
  'EVIDENCE.md: Granovetter 1973 — a care touch builds the tie only when nothing is wanted back';

/**
 * Sales asks, offers, discounts, upsells, demos and meeting requests: the words that turn a care
 * touch (a birthday, a thank-you, a condolence) into a pitch. The subtype names what is sold.
 */
export const SALES_OFFERS = definePhrases([
  {
    phrase: '20% off',
    pattern:
      '\\d+\\s*(?:%|percent) (?:off|discount)|\\$\\s*\\d[\\d,]*(?:\\.\\d{2})?k? (?:off|discount|rebate|credit)|save (?:\\d+\\s*%|up to|\\$\\s*\\d)|\\$\\s*(?!0(?:\\.00)?(?![\\d,.]))\\d+(?:,\\d{3})*(?:\\.\\d{2})?(?:\\s*(?:/|a |per )\\s*(?:month|mo|year|yr|visit|session))?\\s*[,;(—–-]?\\s*(?:normally|regularly|usually|originally|reg\\.?|was|down from|marked down from)\\s+\\$\\s*\\d+(?:,\\d{3})*(?:\\.\\d{2})?',
    // A sale price set against the usual one ("$129, normally $159", "$49/month, was $69") is a
    // markdown, even with no "off" or "discount" in sight.
    note: 'a discount turns the greeting into a promotion',
    source: CARE,
    subtype: 'discount',
  },
  {
    phrase: 'discount code',
    pattern:
      '(?:promo(?:tion(?:al)?)?|discount|coupon|voucher|offer) codes?|(?:use|with|using|enter) (?:the )?code|coupons?|(?:a|an|your|our|exclusive|special|birthday|anniversary|loyalty|member) discount',
    note: 'a coupon asks the reader to buy',
    source: CARE,
    subtype: 'discount',
  },
  {
    phrase: 'special offer',
    pattern:
      '(?:special|exclusive|limited(?:-| )time|birthday|anniversary|holiday|loyalty|vip|member) (?:offers?|deals?|pricing|prices?|promotions?|sale)|free shipping|on sale|shop (?:now|the|our)|buy now|order now',
    note: 'an offer asks the reader to buy',
    source: CARE,
    subtype: 'offer',
  },
  {
    phrase: 'upgrade to our premium plan',
    pattern:
      'we also (?:do|offer|sell|provide|handle|carry|install)|upgrade (?:to|your (?:plan|account|subscription|package|seats))|(?<!\\b(?:on|for|about|after|since|from) )upgrading (?:to (?:a |an |our |the )?(?:[\\p{L}-]+ )?(?:plan|tier|package|subscription|membership|level|gift|pledge|sustainer|pass|bundle|edition|account)\\b|your (?:plan|account|subscription|package|seats|membership|gift|pledge))|(?:consider|think(?:ing)? about|thought about) (?:upgrading|(?:increasing|raising) your (?:gift|pledge|donation|giving|support|coverage|plan)|becoming a (?:monthly|sustaining|recurring|premium|vip))|(?:even|just|only|as little as) \\$\\s*\\d[\\d,]*(?:\\.\\d{2})? (?:a|per|each|every) (?:month|week|year|day),? (?:adds up|goes a long way|goes far|keeps|helps|makes|can|will|would|covers|provides|buys|funds|pays for)|(?:premium|pro|enterprise|business|annual|higher|next) (?:plan|tier|package|subscription)|add-ons?|(?:renew|extend) (?:your (?:contract|subscription|plan|license)|early|now|today)',
    note: 'an upsell asks the reader to pay more',
    source: CARE,
    subtype: 'upsell',
  },
  {
    phrase: 'a great time to add battery backup',
    // The occasion turned into a reason to buy more: "this is a great moment to add …", "now's a
    // good time to upgrade", "the perfect time to think about your energy bills" (the sender's
    // trade, brought up on the reader's occasion), or "the perfect time for our Annual Tune-Up Plus
    // package": the sender's paid package sold on the occasion (one already free is left out).
    pattern:
      '(?:a |the )?(?:great|good|perfect|ideal|smart|natural|best) (?:time|moment|opportunity) to (?:add(?! (?:a little|a bit|some|more|to)\\b)|upgrade|bundle|(?:extend|expand) (?:your|the) (?:warranty|coverage|plan|policy|contract|subscription|system|service|account)|(?:consider|think about|look (?:at|into)) (?:adding|upgrading)|(?:think about|rethink|look (?:at|into)|consider|review|get ahead of|do something about) your (?:[\\p{L}-]+ ){0,2}?(?:bills?|costs?|rates?|premiums?|coverage|insurance|mortgage|refinancing|financing|savings|energy use|utilities|investments|portfolio|security system))\\b|(?:great|good|perfect|ideal|smart|natural|best) (?:time|moment|season) (?:for|to (?:book|get|try|grab|schedule|sign up for)) our (?!(?:[\\p{L}\\p{N}+-]+ ){0,4}?(?:free|complimentary|included|no-charge)\\b)(?:[\\p{L}\\p{N}+-]+ ){0,4}?(?:packages?|plans?|specials?|deals?|bundles?|memberships?|programs?|upgrades?|service plans?|subscriptions?)\\b',
    note: 'an add-on suggestion rides on the occasion',
    source: CARE,
    subtype: 'upsell',
  },
  {
    phrase: 'while we have you',
    // The turn from the occasion to a sale; the finder keeps it only when nothing else in its
    // sentence names the offer, so one pitch is reported once.
    pattern:
      '(?:while|since|now that) (?:we|i) have you(?: here| on the (?:line|phone))?(?=\\s*[,:;—–-])',
    note: 'the turn from the occasion to a sale',
    source: CARE,
    subtype: 'pivot',
  },
  {
    phrase: 'want me to put together a quote?',
    // An offer to price something new: a quote, an estimate or a proposal ("a quote from the
    // book" is not one), or a free assessment of the reader's home or money ("a free 30-minute
    // roof assessment", "a free energy audit"), the door-opener of a sales visit.
    pattern:
      "(?:put together|prepare|pull together|send(?: you| over)?|get you|draw up|work up|write up|run|email you|give you) (?:you |for you )?(?:a |an |some )?(?:free |quick |custom |personali[sz]ed |no-obligation |no-cost |updated |new )?(?:quotes?|estimates?|proposals?|pricing|price (?:quote|estimate))(?! (?:from|by|of)\\b)|free (?:(?!(?:and|or|of|to|for|with|your|the|a|an|at|in|on)\\b)[\\p{L}\\p{N}-]+ ){0,3}?(?:quotes?|estimates?|consultations?|assessments?|evaluations?|audits?|appraisals?|analys[ie]s)\\b|(?:(?:i'd|i would|we'd|we would|i'll|we'll|i will|we will) be (?:glad|happy|delighted) to|(?:i'm|we're|i am|we are) (?:glad|happy|delighted) to|(?:i|we) (?:can|could)|i'll|we'll|let me|(?:want|like) (?:me|us) to) (?:run|crunch|work up|pull together|put together) (?:the |some )?numbers",
    note: 'a quote offer asks the reader to buy',
    source: CARE,
    subtype: 'offer',
  },
  {
    phrase: 'I can send you the floor plan and pricing',
    // Pricing offered with the thing it prices: "the floor plan and pricing", "the menu and
    // prices", "the brochure and price list". The sender is quoting for a new sale; "send me the
    // menu and prices" asks for the reader's own.
    pattern:
      '(?:send|email|forward|share|get|pass along|drop)(?: you| over| along)?(?! (?:me|us|them|him|her)\\b) (?:you )?(?:the |our |some )?(?:[\\p{L}-]+ ){1,3}?(?:and|&|with) (?:the |our |current |full )?(?:pricing|prices|price list|rate sheet|rates and availability|a quote|an estimate)\\b',
    note: 'a pricing offer asks the reader to buy',
    source: CARE,
    subtype: 'offer',
  },
  {
    phrase: 'you’ve been pre-approved for an auto loan at 5.49% APR',
    // A credit or rate offer: pre-approval, an APR, a rate dressed up for the occasion. The
    // reader's own news ("congratulations on getting pre-approved") is not an offer.
    pattern:
      '(?<!\\b(?:on (?:being |getting )?|got |get |getting |was |were ))(?:pre-?approved|pre-?qualified) (?:for|to (?:receive|borrow|get))|\\d+(?:\\.\\d+)?\\s*% (?:apr|fixed apr|intro apr|financing)|(?:0|zero)% (?:apr|financing|interest)|(?:special|exclusive|birthday|anniversary|loyalty|member|holiday|vip|promotional|intro(?:ductory)?) (?:rates?|apr|financing)\\b',
    note: 'a credit or rate offer asks the reader to borrow or buy',
    source: CARE,
    subtype: 'offer',
  },
  {
    phrase: 'check out our new product',
    pattern:
      '(?:check out|take a look at|have a look at|introducing|announcing) our (?:new|latest)|our (?:new|latest) (?:product|feature|plan|service|offering|collection|line|release|tool|module)s?',
    note: 'a product announcement rides on the occasion',
    source: CARE,
    subtype: 'upsell',
  },
  {
    phrase: 'review your accounts',
    pattern:
      '(?:worth|time to|good time to|a good idea to) (?:review(?:ing)?|look(?:ing)? at|revisit(?:ing)?|updat(?:e|ing)) (?:the |your )(?:beneficiar(?:y|ies)|accounts?|portfolio|policy|policies|coverage|estate plan|investments|insurance|plan)|(?:worth|time to|good time to|a good idea to) (?:talk(?:ing)? (?:about|through|over)|go(?:ing)? (?:over|through)|explor(?:e|ing)|discuss(?:ing)?|weigh(?:ing)?|look(?:ing)? (?:at|into)) (?:your|the) (?:options|choices)(?![^.!?\\n]{0,40}?\\bwith (?:a|an|the|your|his|her|their|family)\\b)',
    note: 'a financial or insurance review is a sales meeting in disguise',
    source: CARE,
    subtype: 'upsell',
  },
  {
    phrase: 'a demo',
    pattern:
      '(?:a|quick|short|live|free|personal|personalized) (?:product )?(?:demo|walkthrough|product tour)|walk you through|show you (?:how|what) (?:our|we)',
    note: 'a demo asks for the reader’s time for the sender’s product',
    source: CARE,
    subtype: 'demo',
  },
  {
    phrase: 'book a call',
    pattern:
      '(?:book|schedule|set up|grab|hop on|jump on) (?:a |some |15 |30 |\\d+ minutes |a few minutes )?(?:time|call|meeting|chat|slot)|calendar link|my calendar|(?<!\\bfeel )(?:free|available|open) (?:for|to) (?:a )?(?:call|meeting|chat|demo)|(?:i|we) have (?:some )?(?:openings|availability|slots|time) (?:next|this|on|later)|(?:sit down|meet|get together) (?:with you )?to (?:go over|review|discuss|talk (?:about|through)|look at) (?:your|the|some) (?:options|accounts?|portfolio|plan|policy|policies|coverage|estate|investments|numbers|renewal)',
    // "Feel free to call" is an offer of help, not the sender's free slot.
    note: 'a meeting request for the sender’s agenda',
    source: CARE,
    subtype: 'meeting',
  },
  {
    phrase: 'a strong bench of engineers ready to interview',
    // The sender's stock, offered on the occasion: a recruiter's bench of candidates, profiles
    // ready for the reader's inbox. The reader's own new team ("building out your team") is not it.
    pattern:
      '(?:our|a|my) (?:strong |deep |great |solid |ready |hand-picked |vetted )?(?:bench|pool|roster|stable|shortlist|slate) of (?:[\\p{L}-]+ ){0,3}?(?:candidates|engineers|developers|talent|recruits|contractors|designers|nurses|consultants|freelancers|professionals)|(?:candidates|profiles|resumes|cvs|engineers|developers|contractors|freelancers) (?:[\\p{L}-]+ ){0,2}?(?:ready|available|lined up) to (?:interview|start|be placed|join you|hire)|(?:profiles|resumes|cvs|candidates|a shortlist) (?:in|to|into) your inbox',
    note: 'a recruiter’s candidates offered on the occasion turn the congratulation into a sales pitch',
    source: CARE,
    subtype: 'offer',
  },
  {
    phrase: 'start a free trial',
    pattern:
      '(?:start|begin|activate) (?:a|your) (?:free )?trial|free trial|sign up (?:for|now|today)|subscribe (?:now|today|to our)|(?:place|make) (?:an|your next) order',
    note: 'a purchase ask',
    source: CARE,
    subtype: 'purchase',
  },
  {
    phrase: 'refer a friend',
    pattern:
      "refer (?:a|your) (?:friend|colleague|peer)|referral (?:bonus|program|reward|credit)|(?:for )?(?:every|each) referral|know (?:anyone|someone|of anyone) (?:else )?(?:who|that)(?:'s| is| are|'re)? (?:might|could|would|needs?|thinking|looking|planning|considering|interested|in the market)",
    note: 'asks the reader to sell for the sender',
    source: CARE,
    subtype: 'referral',
  },
  {
    phrase: 'a memorial gift of $250',
    // An amount to give ("a donation of $250", "a $100 gift would…"), a place to give ("give at
    // lakeshore.org/memorial"), or a gift in someone's memory. A gift card from the sender, a
    // thank-you for a gift already given and a family's own wishes are left to the finder. An
    // amount may stand inside the ask: "would you consider a $25 anniversary gift".
    pattern:
      "(?:gift|donation|contribution|pledge)s? of (?:\\$\\s*\\d[\\d,]*(?:\\.\\d{2})?|any (?:amount|size))|\\$\\s*\\d[\\d,]*(?:\\.\\d{2})? (?:donation|contribution|pledge|(?:(?:memorial|tribute|year-end|annual|monthly|one-time|special) )?gift(?! (?:cards?|certificates?|baskets?|boxes|box|bags?|shops?)))|(?:donate|give|contribute|pledge|chip in)(?: just| only| as little as)? \\$\\s*\\d[\\d,]*(?:\\.\\d{2})?|(?:donate|give|contribute|make (?:a|your) (?:[\\p{L}-]+ )?(?:gift|donation|contribution))(?: (?:online|securely|today|now|safely))? (?:at|via|through|using|on) (?:(?:our|the|this) (?:website|site|link|page|form|portal|giving page|donation page)|the link below|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:org|com|net|us|ca|uk|io|co)(?:/[a-z0-9/_-]*[a-z0-9])?|xx{3,})|donate (?:now|today|here)|hono(?:u)?r (?:[\\p{L}'-]+ ){1,4}?with a (?:[\\p{L}-]+ )?(?:gift|donation|contribution)|(?:memorial|tribute|in-memory|in memoriam) (?:gifts?|donations?|contributions?)|(?:gift|donation|contribution)s? in (?:her|his|their|(?:your )?(?:[\\p{L}-]+ )?[\\p{L}-]+'s) (?:name|memory|hono(?:u)?r)|consider(?:ing)? (?:a|making a|giving a|an|sending a) (?:\\$\\s*\\d[\\d,]*(?:\\.\\d{2})? )?(?:[\\p{L}-]+ )?(?:gift|donation|contribution|pledge)(?! (?:cards?|certificates?|baskets?))|would you (?:like to |be willing to |consider )?(?:give|donate|contribute|make a (?:\\$\\s*\\d[\\d,]*(?:\\.\\d{2})? )?(?:[\\p{L}-]+ )?(?:gift|donation|contribution))",
    note: 'a donation ask turns sympathy or thanks into a fundraising appeal',
    source: CARE,
    subtype: 'donation',
  },
]);
