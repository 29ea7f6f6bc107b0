import { definePhrases } from './phrase-entry.js';

const CAN_SPAM = 'EVIDENCE.md: CAN-SPAM applies to commercial messages, B2B included';
const GONG = 'EVIDENCE.md: Gong Labs talk-to-listen ratio';
const PECR_CHARITY =
  'ICO direct marketing guidance (2016): promoting a charity’s aims, fundraising included, is direct marketing under PECR and GDPR (re-quoted by the Fundraising Regulator, grade B)';

/** Marketing language: its presence makes a message commercial under CAN-SPAM, CASL and PECR. */
export const MARKETING_PHRASES = definePhrases([
  {
    phrase: '20% off',
    pattern: '\\d+\\s*(?:%|percent) off|\\$\\d+ off|save (?:\\d+\\s*%|up to)',
    note: 'a discount is advertising',
    source: CAN_SPAM,
  },
  {
    phrase: 'promo code',
    pattern: '(?:promo(?:tion(?:al)?)?|discount|coupon|voucher) codes?|use code|coupons?',
    note: 'a coupon is advertising',
    source: CAN_SPAM,
  },
  {
    phrase: 'limited-time offer',
    pattern:
      '(?:special|exclusive|limited(?:-| )time|introductory|early-bird|early bird|holiday|launch) (?:offer|deal|pricing|price|discount|promotion|sale)s?|free shipping|shop (?:now|the sale|our)|buy now|order now|(?:flash|summer|spring|winter|holiday|black friday|cyber monday|clearance|end-of-season|annual) sale',
    note: 'an offer is advertising',
    source: CAN_SPAM,
  },
  {
    phrase: 'start your free trial',
    pattern:
      '(?:start|begin) (?:a|your) (?:free )?trial|free trial|(?:book|request|schedule|get) (?:a|your) (?:free )?demo|(?:upgrade|subscribe) (?:now|today)|(?:sign up|register) (?:now|today|for (?:our|the|a) (?:free )?(?:webinar|event|workshop|masterclass))|webinar|new arrivals|new collection|pricing (?:plans|page)',
    note: 'promotes a product or event',
    source: CAN_SPAM,
  },
  {
    phrase: 'this week’s newsletter',
    pattern:
      "newsletter|(?:this (?:week|month)'s|the latest) (?:issue|edition|digest|roundup)|you(?:'re| are) receiving this (?:email|message) because|view (?:this email )?in (?:your |a )?browser|you (?:signed up|subscribed) (?:for|to)",
    note: 'bulk mail sent to a list',
    source: CAN_SPAM,
  },
]);

/**
 * Offers and appeals: advertising or fundraising when the same text goes to a list, but what one
 * person may fairly write to another ("Reply and I'll put together a free estimate"). So they make
 * a message commercial only together with signs of a list (`checkCompliance`).
 */
export const SOLICITATIONS = definePhrases([
  {
    phrase: 'a free estimate',
    pattern:
      '(?:free|complimentary|no-obligation|no obligation|no-cost|no cost) (?:(?:home|market|property|rate|policy|insurance|coverage|portfolio|retirement|roof|energy|tax|site|security|website|seo|pricing) )?(?:estimates?|valuations?|quotes?|consultations?|consults?|assessments?|appraisals?|evaluations?|analysis|inspections?|audits?|check-?ups?|comparative market analysis|cma)',
    note: 'offers a free service to win a client: promotion of the service',
    source: CAN_SPAM,
  },
  {
    phrase: 'a gift of $40 fills a box',
    pattern:
      '(?:a|one|just|only) (?:[$£€]\\d+|\\d+ (?:dollars|pounds|euros)) (?:gift|donation)|(?:a|one) (?:gift|donation) of (?:just |only )?(?:[$£€]\\d+|\\d+ (?:dollars|pounds|euros))',
    note: 'an appeal for money priced per gift',
    source: PECR_CHARITY,
  },
  {
    phrase: 'make a gift today',
    pattern:
      '(?:make|send|give) (?:a|your) (?:(?:special|one-time|monthly|year-end|year end|tax-deductible|holiday|generous) )?(?:gift|donation)|(?:please )?(?:donate|give) (?:now|today|online|here|what you can|generously)|(?:would|will|could|can) you (?:please )?(?:consider )?(?:giving|donating|donate|give (?:today|again|a gift)|make a (?:gift|donation)|chip in)|chip in|double your (?:gift|impact|donation)|(?:gifts?|donations?) (?:will be|are being|is being) matched|(?:become|join (?:us )?as) a (?:monthly )?(?:donor|sustainer|sustaining member)',
    note: 'an appeal for a donation',
    source: PECR_CHARITY,
  },
]);

/** Signs of a first touch to a stranger: the sender introduces themselves or their pitch. */
export const COLD_SIGNALS = definePhrases([
  {
    phrase: "I'm reaching out because …",
    pattern:
      "(?:i'm|i am|we're|we are) (?:just )?reaching out|reaching out (?:because|to (?:see|introduce|share|ask|connect))|i wanted to reach out",
    note: 'a first contact explains why it is writing',
    source: GONG,
  },
  {
    phrase: 'I came across your profile',
    pattern:
      'i (?:came across|found|stumbled (?:on|upon)) (?:your|xx+)|(?:saw|noticed) (?:on linkedin|your (?:profile|post|company|website))|your name came up',
    note: 'a first contact says how it found the reader',
    source: GONG,
  },
  {
    phrase: "I'm a local agent",
    pattern:
      "(?:i'm|i am) an? (?:[\\p{L}-]+ ){0,3}(?:agent|broker|realtor|rep|representative|consultant|advisor|adviser|recruiter|founder|planner|account executive|sdr|bdr) (?:at|with|from|for|here|in|based|who|two|a few|just)",
    note: 'the sender introduces themselves to a stranger',
    source: GONG,
  },
  {
    phrase: 'we help companies like yours',
    pattern:
      '(?:we|i|acme|xx+) (?:help|helps|work with|works with|partner with|enable|enables|empower|empowers) (?:companies|teams|businesses|brands|organi[sz]ations|startups|agencies|clinics|firms|founders|leaders|people|leaders|ceos|ctos|cfos|cmos|vps|heads|marketers|recruiters|sales teams|retailers|schools|practices|hospitals|restaurants|sellers|saas) (?:like|such as|in|of|to)|companies (?:like|similar to) (?:yours|xx+)|(?:my|our) (?:company|team|platform|startup) (?:helps|builds|makes|provides)',
    note: 'a first contact describes the sender’s pitch',
    source: GONG,
  },
  {
    phrase: 'not sure if you are the right person',
    pattern:
      "(?:not sure|unsure) (?:if|whether) you(?:'re| are) the (?:right|best) person|who(?:'s| is| would be) the (?:right|best) person (?:to (?:talk|speak) to|for this|to ask)|(?:point|direct) me to the right person",
    note: 'a first contact does not know who the reader is',
    source: GONG,
  },
]);

/** Signs that sender and reader already talk: a thread, a meeting, an order, a reply. */
export const SHARED_HISTORY = definePhrases([
  {
    phrase: 'when we spoke',
    pattern:
      '(?:when|as|since|after|before) we (?:spoke|talked|met|discussed|chatted|agreed)|as (?:we )?discussed|as (?:promised|agreed|requested)|per (?:our|your) (?:call|conversation|chat|meeting|request|email|note)',
    note: 'refers to an earlier conversation',
    source: GONG,
  },
  {
    phrase: 'thanks for your time',
    pattern:
      '(?:thanks|thank you) (?:so much |again )?for (?:your|the) (?:time|call|chat|meeting|order|purchase|reply|email|note|message|question|feedback|intro|introduction)|(?:great|good|lovely|nice) (?:to meet|meeting|talking|chatting|speaking|seeing) (?:with )?you|it was (?:great|good|lovely|nice) to (?:meet|talk|chat|see|speak)',
    note: 'refers to something the reader did or said',
    source: GONG,
  },
  {
    phrase: 'you asked about',
    pattern:
      'you (?:asked|requested|mentioned|said|told me|wrote|wanted)|following up on (?:our|your)|our (?:last |recent |earlier )?(?:call|conversation|chat|meeting|email thread)|(?:the|your) (?:question|request) you',
    note: 'answers the reader',
    source: GONG,
  },
]);
