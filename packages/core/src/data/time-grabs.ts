import { definePhrases } from './phrase-entry.js';

const INTEREST = 'EVIDENCE.md: interest question 12% vs meeting request 7% (grade C, unverified)';
const LENGTH = 'EVIDENCE.md: Boomerang and Lavender on short, easy emails';

/** Requests for the reader's time that serve the sender. */
export const TIME_GRABS = definePhrases([
  {
    phrase: '10 minutes of your time',
    pattern:
      '(?:\\d+|a few|few|five|ten|fifteen|twenty|thirty|a couple of|couple of) (?:minutes|mins?) of your (?:time|day|calendar)',
    note: 'asks the reader to spend time before they know why it would help them',
    source: INTEREST,
  },
  {
    phrase: '15 minutes on your calendar',
    pattern: '(?:\\d+|a few|few|fifteen|ten|twenty|thirty) (?:minutes|mins?) on your calendar',
    note: 'asks for calendar time for the sender’s pitch',
    source: INTEREST,
  },
  {
    phrase: 'a quick call',
    pattern:
      '(?:a|an) (?:quick|brief|short|fast|15-minute|10-minute|20-minute|30-minute|15-min|10-min|20-min|30-min) (?:call|chat|meeting|demo|zoom|intro call|discovery call|phone call|video call)',
    note: 'a meeting request dressed as small, for the sender’s agenda',
    source: INTEREST,
  },
  {
    phrase: 'hop on a call',
    pattern:
      '(?:hop|jump|get) on a (?:quick |brief |short |(?:\\d+|five|ten|fifteen|twenty|thirty)[- ]min(?:ute)? )?(?:call|zoom|phone call|video call)',
    note: 'asks the reader to join a call on the sender’s terms',
    source: INTEREST,
  },
  {
    phrase: 'spare 20 minutes so I can demo',
    pattern:
      '(?:spare|give (?:me|us)|lend (?:me|us)|borrow|steal|grab|find|carve out|set aside|set up|schedule|block(?: out| off)?|book|have|got|get|take) (?:just |only |maybe |about |around |roughly )?(?:(?:\\d+|a few|few|five|ten|fifteen|twenty|thirty|forty-five|a couple of|couple of)[- ]?(?:minutes|mins?)|(?:half an|an|one|a half) hour)(?! (?:of|on|in) your)',
    note: 'asks for the reader’s time so the sender can pitch, demo or qualify them',
    source: INTEREST,
    subtype: 'time-request',
  },
  {
    phrase: 'a good time for a call to learn about your needs',
    pattern:
      '(?:(?:have|find|got) (?:some |the )?time|(?:good|convenient|best) time|(?:set up|schedule|book|arrange)) (?:for )?a (?:call|chat|meeting|zoom|phone call|video call)',
    note: 'asks for a meeting whose stated purpose is the sender’s pitch or qualifying questions',
    source: INTEREST,
    subtype: 'time-request',
  },
  {
    phrase: 'a free 30-minute refinance consultation',
    pattern:
      '(?:a|an) (?:(?:free|no-obligation|no-cost|complimentary|quick|brief|short) )*(?:\\d+|ten|fifteen|twenty|thirty|forty-five|sixty)[- ]min(?:ute)? (?:[\\p{L}-]+ )?(?:consultation|consult|session|presentation|review|overview|briefing)',
    note: 'a fixed block of the reader’s time, named as a consultation, whose agenda is the sender’s range',
    source: INTEREST,
    subtype: 'time-request',
  },
  {
    phrase: 'walk you through',
    pattern:
      '(?:walk|take) you through (?:a|an|our|my|the) (?:platform|product|solution|software|tool|demo|offering|features|deck|presentation|walkthrough|product tour)',
    note: 'a demo of the sender’s product presented as a favour',
    source: LENGTH,
  },
  {
    phrase: '15-minute demo',
    pattern:
      '(?:\\d+|fifteen|ten|twenty|thirty)[- ](?:minute|min) (?:demo|call|chat|meeting|intro|presentation|walkthrough)',
    note: 'a fixed block of the reader’s time for the sender’s pitch',
    source: INTEREST,
  },
  {
    phrase: 'a deep dive on how we could help',
    pattern:
      '(?:a|an|some) (?:quick |brief |short |free |no-obligation |complimentary |(?:\\d+|ten|fifteen|twenty|thirty)[- ]min(?:ute)? )?(?:deep[- ]dive|call|chat|meeting|conversation|session|strategy session|discovery session|working session|consultation|demo|walkthrough|brainstorm|zoom) (?:on|about|into|to (?:discuss|explore|talk (?:about|through)|see|show you|learn)) (?:how|ways|whether) (?:we|i|our [\\p{L}-]+) (?:could|can|might|would|may) (?:help|elevate|improve|boost|grow|transform|support|partner|work (?:together|with you)|increase|drive|scale|unlock|streamline|optimi[sz]e|save|add value|supercharge|accelerate|revolutioni[sz]e|maximi[sz]e|level up|enhance|amplify|take)',
    note: 'a meeting whose agenda is the sender’s pitch, asked for before the reader knows it would help them',
    source: INTEREST,
  },
  {
    phrase: 'pick your brain',
    pattern: 'pick your brain',
    note: 'asks for free advice before offering anything',
    source: INTEREST,
  },
  {
    phrase: 'show you a demo',
    pattern: '(?:show|give) you a (?:quick |short |brief )?(?:demo|walkthrough|tour)',
    note: 'a demo for the sender’s benefit',
    source: INTEREST,
  },
]);
