import { definePhrases, type PhraseEntry } from './phrase-entry.js';

const CAN_SPAM = 'EVIDENCE.md: CAN-SPAM — no misleading headers or deceptive subject lines';

/** A subject line that promises a transactional event, and the body words that back it up. */
export interface SubjectClaimEntry extends PhraseEntry {
  /** A regular-expression source that, found in the lower-cased body, supports the subject. */
  readonly support: string;
}

/** Words that turn the claim into a topic ("invoice processing") rather than an event. */
const NOT_EVENT =
  '(?!\\s+(?:process|processing|workflows?|automation|software|tools?|systems?|management|approvals?|backlogs?|volumes?|strategy|teams?|templates?|tips|ideas|costs?|problems?|headaches?|chaos|fees|platforms?))';

/**
 * Subject lines that claim a transaction, an account problem or an existing conversation. Matched
 * at the start of the subject (after "Urgent:" or "[Tag]" prefixes).
 */
export const SUBJECT_CLAIMS = definePhrases<SubjectClaimEntry>([
  {
    phrase: 'Your invoice',
    pattern: `(?:your |an? |new |overdue |unpaid |outstanding |past due )?invoice(?: (?:#|no\\.?\\s*)?[\\w-]*\\d[\\w-]*)?${NOT_EVENT}`,
    note: 'promises a bill the body does not contain',
    source: CAN_SPAM,
    subtype: 'invoice',
    support:
      '\\binvoice (?:#|no\\b|number)|amount due|balance due|due date|invoice (?:is )?attached|attached (?:is )?(?:your |the )?invoice|pay (?:the|this|your) (?:invoice|bill)',
  },
  {
    phrase: 'Your order has shipped',
    pattern: `your (?:order|package|parcel|shipment|delivery)(?: #?[\\w-]*\\d[\\w-]*)?(?: (?:has|is|was))?(?: (?:shipped|on (?:its|the) way|confirmed|delayed|delivered|ready|out for delivery|arriving))?${NOT_EVENT}|order (?:confirmation|confirmed|shipped)|shipping (?:confirmation|update|notification)|delivery (?:update|notification|attempt)`,
    note: 'promises an order the reader did not place',
    source: CAN_SPAM,
    subtype: 'order',
    support:
      'tracking (?:number|link|#)|order (?:#|number|no\\b)|has shipped|was shipped|out for delivery|will (?:arrive|be delivered)|your order (?:of|for|from|is|has|was)',
  },
  {
    phrase: 'Account suspended',
    pattern:
      '(?:your )?account (?:(?:has been|is|was|will be) )?(?:suspended|locked|closed|deactivated|on hold|compromised|at risk|disabled|restricted|flagged|expir(?:ed|ing))|(?:suspended|locked|deactivated) account',
    note: 'invents an account problem to get the email opened',
    source: CAN_SPAM,
    subtype: 'account',
    support:
      '(?:suspend|lock|deactivat|reactivat|restrict|disabl|clos)\\w* (?:your )?account|account (?:status|access|was|has been|is)|(?:sign|log)\\s*(?:in|on) to (?:restore|unlock|reactivate)',
  },
  {
    phrase: 'Payment failed',
    pattern:
      "payment (?:failed|declined|due|received|overdue|confirmation|reminder|problem|issue|required)|(?:your )?(?:card|payment) (?:was|has been) (?:declined|charged)|(?:you(?:'ve| have) )?(?:received|got) (?:a )?payment",
    note: 'invents a payment event',
    source: CAN_SPAM,
    subtype: 'payment',
    support:
      '(?:your|the) (?:payment|card|charge) (?:of|for|was|has|failed|is)|amount (?:due|of|charged)|update your (?:card|payment|billing)|billing (?:details|information)',
  },
  {
    phrase: 'Your receipt',
    pattern: `(?:your )?receipt(?: (?:for|from) [\\w .&'-]+)?${NOT_EVENT}`,
    note: 'promises a receipt for a purchase that did not happen',
    source: CAN_SPAM,
    subtype: 'receipt',
    support: 'receipt (?:#|number|for your)|amount paid|total paid|you paid|order (?:#|number)',
  },
  {
    phrase: 'Password reset',
    pattern:
      'password (?:reset|change|changed|expir(?:ed|es|ing|y))|reset your password|(?:verify|confirm) your (?:email|account|identity)',
    note: 'imitates a security message',
    source: CAN_SPAM,
    subtype: 'security',
    support:
      "(?:reset|change|verify|confirm) (?:your )?(?:password|email|account|identity)|(?:this|the) link (?:expires|is valid)|if you did(?:n't| not) (?:request|ask)",
  },
  {
    phrase: 'Security alert',
    pattern:
      '(?:security|fraud) (?:alert|notice|warning)|unusual (?:sign-?in|log-?in|activity)|suspicious (?:activity|sign-?in|log-?in)|new (?:sign-?in|log-?in|device)',
    note: 'imitates a security message',
    source: CAN_SPAM,
    subtype: 'security',
    support:
      "(?:sign|log)-?in (?:from|attempt|on)|new device|if this was(?:n't| not) you|unusual activity",
  },
  {
    phrase: 'New voicemail',
    pattern: '(?:you have a |new )?voice\\s*mail|missed (?:call|calls) from',
    note: 'invents a missed call',
    source: CAN_SPAM,
    subtype: 'call',
    support:
      'voice\\s*mail|(?:i|we) (?:called|tried to call|left (?:you )?a message)|missed (?:my|our) call',
  },
  {
    phrase: 'Meeting confirmed',
    pattern:
      '(?:meeting|call|appointment|demo) (?:confirmed|confirmation|booked|scheduled|rescheduled|invitation|invite|accepted)|(?:invitation|invite): ',
    note: 'claims a meeting the reader never agreed to',
    source: CAN_SPAM,
    subtype: 'meeting',
    support:
      '(?:is|are|has been|was|now) (?:confirmed|booked|scheduled|rescheduled)|see you (?:on|at|then|tomorrow|monday|tuesday|wednesday|thursday|friday)|(?:calendar )?invite (?:is )?attached|as (?:we )?agreed',
  },
  {
    phrase: 'Contract for signature',
    pattern:
      '(?:contract|agreement|document|docs?) (?:attached|for (?:your )?signature|ready (?:to|for) (?:sign|signature)|to sign)|please (?:sign|review) (?:the )?(?:contract|agreement|document)|docusign|signature (?:requested|required|needed)',
    note: 'claims a contract or document waiting for the reader',
    source: CAN_SPAM,
    subtype: 'document',
    support:
      '(?:contract|agreement|document|proposal|order form) (?:is )?attached|attached (?:is |are )?(?:the |your )?(?:contract|agreement|document|proposal|order form)|as (?:we )?(?:agreed|discussed)',
  },
  {
    phrase: 'Your refund',
    pattern: `(?:your )?refund(?: (?:is|was|has been))?(?: (?:processed|issued|approved|ready|pending))?${NOT_EVENT}`,
    note: 'promises money back that is not coming',
    source: CAN_SPAM,
    subtype: 'payment',
    support: "refund(?:ed)? (?:of|for|to your|has been|was|is)|(?:we|i)(?:'ve| have)? refunded",
  },
]);
