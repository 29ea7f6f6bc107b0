import { definePhrases, type PhraseEntry } from './phrase-entry.js';

const TONE = 'EVIDENCE.md: Boomerang — extreme tone gets fewer responses';
const SPAM = 'EVIDENCE.md: spam-word checkers and CAN-SPAM on misleading messages';

/**
 * A pressure phrase, with the clues in its sentence that it needs or that rule it out. Each clue is
 * a regular-expression source matched against the sentence's lower-cased text.
 */
export interface PressureEntry extends PhraseEntry {
  /** Must be found in the text before the phrase ("prices" before "won't last"). */
  readonly needsBefore?: string;
  /** Rules the phrase out when found in the text before it ("I'm in town" before "this week only"). */
  readonly unlessBefore?: string;
  /** Rules the phrase out when found in the text after it (a reason: "so the lab can start"). */
  readonly unlessAfter?: string;
}

/** Words for something on offer: a price, a rate, a deal. */
const OFFER =
  '(?:rates?|pric(?:e|es|ing)|offers?|deals?|discounts?|promo(?:tion)?s?|specials?|incentives?|rebates?|bonus(?:es)?|savings|allocations?)';
/** A day of the week, with an optional "this" or "next". */
const WEEKDAY =
  '(?:(?:this|next|on) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:night|morning|afternoon|evening))?';
/** A cut-off within hours: "at midnight", "tonight", "tomorrow", "in 48 hours". */
const WITHIN_HOURS =
  '(?:at midnight|tonight|tomorrow(?: morning| night)?|(?:at |by )?(?:the )?(?:end of (?:the )?day|(?:close|end) of business|cob|eod)(?: (?:today|tonight|tomorrow))?|after (?:today|tonight|midnight)|in (?:\\d+|one|two|three|a few|a couple of) hours)';
/** A cut-off within days: the above, a weekday, "this weekend", "end of the week". */
const WITHIN_DAYS = `(?:${WITHIN_HOURS}(?: ${WEEKDAY})?|(?:at midnight )?${WEEKDAY}(?: at midnight)?|this (?:weekend|week)|(?:at )?(?:the )?end of (?:the|this) week|in (?:\\d+|two|three|a few|a couple of) days|after ${WEEKDAY})`;

/** Something the sender holds for the reader: a date, a spot, a room, a table. */
const HOLD =
  '(?:hold|held|holding|spots?|slots?|dates?|rooms?|block|units?|seats?|tables?|space|reservations?|booking|places?|appointments?|openings?)';

/** A count of hours or days: "72", "two", "a few". */
const FEW = '(?:\\d+|one|two|three|four|five|six|seven|ten|fourteen|a few|a couple of)';

/** "We can only", "I'm only able to": the sender says their hold has a condition or an end. */
const CAN_ONLY =
  "(?:(?:i|we) (?:can|could|will) only|(?:i|we)'ll only|(?:i'm|we're|i am|we are) only (?:able|allowed|authori[sz]ed) to)";

/** "I can't hold", "we're not able to keep": the sender says a hold of theirs must end. */
const CANNOT_HOLD =
  "(?:(?:i|we)(?:'m|'re| am| are)? (?:not able to|unable to)|(?:i|we) (?:can't|cannot|can not|won't be able to|will not be able to|couldn't|could not)) (?:hold|keep|save|extend|honou?r|guarantee|reserve|sit on)";
/** When the hold ends: "again", "any longer", "past Friday", "after tomorrow". */
const HOLD_RUNS_OUT = `(?:again|any ?longer|much longer|for (?:much )?longer|forever|indefinitely|(?:past|beyond) [\\p{L}\\p{N}:]+|after (?:that|this|today|tonight|tomorrow|midnight|the (?:weekend|week)|${WEEKDAY}))`;
/** A reason the reader can check, given after the phrase: "because the hotel releases the block". */
const CHECKABLE_REASON =
  '^[^.!?]*?\\b(?:because|since|due to|as (?:the|our) (?:hotel|venue|airline|carrier|supplier|manufacturer|lender|builder|landlord|owner|seller|vendor|factory|warehouse)|the (?:hotel|venue|airline|carrier|supplier|manufacturer|lender|builder|landlord|owner|seller|vendor) (?:releases?|needs?|takes?|requires?|closes?|reclaims?))\\b';

/**
 * When a sender's offer runs out: a day within the week, a month and day ("October 31"), the end
 * of the week or month, or noon or midnight.
 */
const CUTOFF = `(?:${WITHIN_DAYS}|(?:noon|midnight)(?: (?:tonight|today|tomorrow|${WEEKDAY}))?|(?:the )?end of (?:the |this )?(?:week|month)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}/\\d{1,2}\\b)`;

/** A cut-off that a third party set, relayed by the sender: "per your lender", "set by the hotel". */
const SET_BY_OTHERS =
  '^[^.!?]*?\\b(?:per|set by|according to|under) (?:your|the|their) (?:lender|bank|insurer|carrier|landlord|hotel|venue|airline|school|district|manufacturer|builder|seller|state|county|city|program|grant|policy|contract|lease)\\b';

/** The sender's stock of places or things, counted down: "the last pallet positions". */
const STOCK =
  '(?:copies|seats|spots|slots|units|rooms|tickets|places|openings|positions|kits|sets|boxes|bottles|licen[cs]es|allocations|appointments|tables|homes|lots|dates|spaces|suites|beds|racks|slips|berths|moorings|stalls|bays|lockers|plots|pitches|cabins|campsites)';

/** The sender's open days or times, as stock: "open press days", "available install weeks". */
const OPEN_TIME =
  '(?:open|available|free|unbooked|unclaimed) (?:[\\p{L}-]+ )?(?:days|dates|weeks|weekends|windows|times|shifts|runs|slots)';

/** Something the reader may want and another buyer may take: a date, a slot, a home, a role. */
const WANTED =
  '(?:dates?|days?|weekends?|weeks?|slots?|spots?|times?|windows?|openings?|propert(?:y|ies)|homes?|houses?|units?|listings?|lots?|spaces?|rooms?|suites?|venues?|blocks?|packages?|roles?|positions?|models?|cars?|trucks?|tables?|seats?)';

/** Pressure, scarcity and fear of missing out. */
export const PRESSURE_PHRASES = definePhrases<PressureEntry>([
  {
    phrase: 'act now',
    pattern: 'act (?:now|fast|quickly|today|immediately)',
    // "The comedy act now playing downtown": a show, which the tagger can read as a verb.
    unlessAfter: '^ (?:playing|showing|appearing|performing|headlining|on stage)\\b',
    note: 'pressure to decide before thinking',
    source: TONE,
    subtype: 'pressure',
  },
  {
    phrase: 'only 3 spots left',
    // Any counted thing "left" or "remaining", after any verb ("I've only got four applications
    // left at the old pricing"), but not a to-do ("only two questions left") and not the
    // reader's own count ("you only have two payments left").
    pattern:
      "only (?:(?:got|have|has|be) )?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple(?: of)?|a handful(?: of)?) (?:(?:(?!(?:questions?|steps?|items?|pages?|things?|tasks?|forms?|documents?|signatures?|payments?|installments?|boxes|chapters?|stops?|miles?|of (?:us|you))\\b)[\\p{L}\\p{N}'-]+ ){0,3}?(?:left(?!\\s+(?:the|a|an|my|our|your|his|her|their|its|us|me|him|them|it|early|behind|out|off|over|with|without|because|since|reviews?|comments?|feedback|messages?|notes?|voicemails?|in (?:the|this) (?:quarter|year|month|week|term|season|semester|session|game|day))\\b)|remaining(?!\\s+(?!(?:at|for|in|on|of|before|until|after|this|today|tonight|and|but|so)\\b)[\\p{L}])|remain(?=\\s*[.!,;]|\\s*$))|(?:[\\p{L}-]+ )?(?:spots?|seats?|slots?|places?|licen[cs]es?|openings?|units?|copies)(?: (?:left|remaining))?)",
    note: 'scarcity the reader cannot check',
    source: TONE,
    subtype: 'scarcity',
    unlessBefore:
      "\\b(?:you(?:'ve|'ll|'d)?|your(?: [\\p{L}'-]+)?|they(?:'ve)?|their(?: [\\p{L}'-]+)?)(?: (?:got|have|has|had|still|now|really|will|would))* $",
  },
  {
    phrase: 'offer expires Friday',
    pattern:
      "(?:this |the |our )?(?:offer|deal|discount|promo|promotion|pricing|price|rate|sale) (?:expires|ends|runs out|won't last|is only valid|goes away|disappears|vanishes)",
    note: 'a deadline the sender made up to force a decision',
    source: TONE,
    subtype: 'deadline',
  },
  {
    phrase: 'this rate is only good until Friday',
    // The sender's offer said to hold only until a day they name, whatever the verb: "this
    // anniversary rate is only locked in through Friday", "the pricing I quoted is only guaranteed
    // through this Friday", "the discount is just valid until October 31". Not the reader's own
    // rate ("your locked rate…") and not a cut-off with a reason the reader can check ("because
    // the hotel releases the block").
    pattern: `(?:this|that|these|those|the|our|my|today's) (?:[\\p{L}\\p{N}%.$-]+ ){0,2}?${OFFER}(?: (?:i|we) (?:quoted|offered|mentioned|sent|gave|shared|put together)(?: you| for you)?)? (?:is|are|'s|'re|will be|stays?|remains?) (?:only|just) (?:good|valid|available|guaranteed|locked(?: in)?|open|on the table|honou?red|held) (?:until|till|through|thru|by|before) ${CUTOFF}`,
    note: 'a deadline the sender set on their own offer, to force a decision',
    source: TONE,
    subtype: 'deadline',
    unlessBefore: "\\b(?:your|their) (?:[\\p{L}\\p{N}%$.'-]+ ){0,2}$",
    unlessAfter: `${CHECKABLE_REASON}|${SET_BY_OTHERS}`,
  },
  {
    phrase: 'last chance',
    pattern: 'last chance|final (?:chance|opportunity|call)',
    note: 'pressure by deadline',
    source: TONE,
    subtype: 'deadline',
  },
  {
    phrase: 'don’t miss out',
    pattern:
      "(?:don't|do not) miss out|(?:don't|do not|you won't want to|you don't want to) miss (?:this|the|our) (?:offer|deal|opportunity|chance|discount|sale|launch)",
    note: 'fear of missing out',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'you’ll be left behind',
    pattern:
      "(?:you'll|you will|you'll get|you could be|you'll be|don't get|(?:before|when|while|as|until|and) (?:you're|you are)) left behind",
    note: 'fear of falling behind competitors',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'your competitors are already',
    pattern: 'your competitors are already',
    note: 'fear of competitors used as leverage',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'limited time only',
    pattern: 'limited[- ]time (?:only|offer|deal|pricing|discount)|for a limited time',
    note: 'an undated deadline',
    source: SPAM,
    subtype: 'deadline',
  },
  {
    phrase: 'before it’s too late',
    pattern: "before it's too late|(?:don't|do not|never) wait (?:until|till|'til) it's too late",
    note: 'fear as a reason to act',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'hurry',
    pattern: 'hurry(?: up)?[,!]|hurry(?: up)? (?:and|before|while)',
    note: 'pressure to decide fast',
    source: SPAM,
    subtype: 'pressure',
  },
  {
    phrase: 'today only',
    pattern:
      'today only|(?:ends|expires) (?:tonight|today|at midnight)|only until (?:tonight|midnight)',
    note: 'a same-day deadline to rush the reader',
    source: SPAM,
    subtype: 'deadline',
  },
  {
    phrase: 'the rate expires at 11:59 pm tonight',
    // The same-day cut-off with a clock time, on something on offer: "this pricing ends at 6 pm
    // today". "The webinar ends at 3 pm today" has no offer, and "your rate lock expires at 5 pm
    // today" is the reader's own deadline.
    pattern:
      '(?:ends|expires|runs out|goes away) at (?:\\d{1,2}(?::\\d{2})? ?(?:am|pm)|noon|midnight) (?:tonight|today)',
    note: 'a same-day deadline to rush the reader',
    source: SPAM,
    subtype: 'deadline',
    needsBefore: `\\b${OFFER}\\b`,
    unlessBefore: `\\b(?:your|their) (?:[\\p{L}\\p{N}%$.-]+ ){0,2}?${OFFER}\\b`,
  },
  {
    phrase: 'while supplies last',
    pattern: 'while (?:supplies|stocks?|spots|seats) last',
    note: 'scarcity the reader cannot check',
    source: SPAM,
    subtype: 'scarcity',
  },
  {
    phrase: 'time is running out',
    pattern:
      "(?:time is|time's) running out|(?:spots|seats|slots)(?: on (?:my|our|the) (?:calendar|schedule|list))? (?:are filling|fill|are going|go) (?:up )?(?:fast|quickly)|selling out fast",
    note: 'manufactured urgency',
    source: TONE,
    subtype: 'scarcity',
  },
  {
    phrase: 'final notice',
    pattern: 'final (?:notice|warning)',
    note: 'an escalation the sender invented',
    source: SPAM,
    subtype: 'pressure',
  },
  {
    phrase: 'once-in-a-lifetime',
    pattern: 'once[- ]in[- ]a[- ]lifetime|now or never',
    note: 'pressure by exaggeration',
    source: TONE,
    subtype: 'pressure',
  },
  {
    phrase: 'now is the time',
    pattern:
      "(?:now is|now's) (?:the|the perfect|the best|the right) (?:time|moment)(?! (?:of|when|that|we|i|for (?:your|our|my))\\b)|the time (?:to [\\p{L}]+ )?is now(?!\\s*\\d)|no better time than (?:now|today|the present)|no time like the present",
    note: 'a push to act now that gives no reason the reader can check',
    source: TONE,
    subtype: 'pressure',
  },
  {
    phrase: 'prices like these won’t last',
    pattern:
      "(?:won't|will not|isn't going to|aren't going to|don't|do not|doesn't|does not|never) last(?: (?:very )?long| forever)?|(?:won't|will not|isn't going to|aren't going to|don't|do not) (?:be|stay) (?:open|available|around|on the market|here)(?: for)? (?:very )?long|(?:won't|will not|isn't going to|aren't going to|don't|do not|doesn't|does not|never) (?:hang|stick) around(?: (?:for )?(?:very )?long| forever)?",
    note: 'scarcity the reader cannot check: something on offer said to vanish soon',
    source: TONE,
    subtype: 'scarcity',
    // Only about something on offer: "the pain won't last long" and "this won't take long" are kind.
    // "Fares like this won't hang around" is the same warning in other words.
    needsBefore:
      '\\b(?:prices?|pricing|rates?|fares?|deals?|offers?|discounts?|savings|specials?|promos?|promotions?|incentives?|rebates?|sales?|inventory|stock|listings?|homes?|houses?|properties|units?|spots?|seats?|slots?|openings?|tickets?|packages?|copies|roles?|positions?|jobs?|opportunit(?:y|ies)|window|bonus(?:es)?|terms)\\b',
    // The reader's own rate or window ("your rate won't last past May") is their real situation.
    unlessBefore: '\\b(?:your|their)\\b',
    // "won't last past March 1" gives the real date.
    unlessAfter: '^\\s*(?:past|beyond|after|until|through|into)\\b',
  },
  {
    phrase: 'call me today before the market cools off',
    pattern:
      "(?:call|phone|text|email|reply|respond|write|contact|book|sign up|register|order|buy|come in|come by|stop by|swing by|visit|act|decide|grab|claim|lock (?:it |this |them )?in|reserve|secure|enroll|apply|upgrade|join|give|donate|get in touch|reach out) (?:(?:me|us|now|one|yours|it|back|in) )?(?:today|tonight|now|right away|immediately|asap|this week(?:end)?) before [^.!?;,\\n]{0,40}?(?:(?<=(?<![\\p{L}])(?:they|it|that|these|those))(?:'s|'re) (?:gone|over|taken)|(?<![\\p{L}])(?:cools?(?: off| down)?|goes up|go up|rises?|climbs?|jumps?|increases?|ends?|expires?|runs? out|fills? up|sells? out|(?:is|are|'s|'re) gone|disappears?|dries up|snaps? (?:it|them|this|these) up|(?:is|are|'s|'re) (?:over|taken)|gets? taken))",
    note: 'a loss the reader cannot check, used to make them act today',
    source: TONE,
    subtype: 'pressure',
  },
  {
    phrase: 'reply today to claim your spot',
    pattern:
      '(?:reply|respond|call|write|email|text|sign up|register|act) (?:(?:me|us|back) )?(?:today|now|right away|immediately|asap) to (?:claim|secure|lock in|grab) (?:your|a|one|the last)',
    note: 'pressure to answer now to keep something that may not be scarce',
    source: TONE,
    subtype: 'pressure',
  },
  {
    phrase: 'you don’t want to miss the window',
    pattern: `(?<!\\bif )you (?:don't|do not|won't|wouldn't|will not) want to miss (?:out|this|these|it|(?:the|this|our) (?:[\\p{L}-]+ )?(?:window|opportunity|chance|boat|deal|offer|sale|savings|market|event|wave|rates?|prices?|pricing|discount|launch))|(?:i'd|i would|we'd|we would) hate (?:for you |for anyone |to see you )?to (?:miss|lose) (?:out(?! on (?:your|a refund|the refund|the rebate|the credit|the money))|this|the (?:opportunity|chance|window|deal|offer|savings|boat))|(?:don't|do not) let (?:it|(?:this|the)(?: (?:opportunity|chance|deal|offer))?) (?:pass you by|slip away|slip through your fingers|get away)|(?:don't|do not) miss (?:your chance|the (?:window|boat|savings))|(?:(?:it would|it'd|it will|it'll|would) be (?:such )?a (?:shame|pity)|(?:i'd|i would|we'd|we would) hate) (?:to see|for you to lose|if you lost) (?:it|this|that|them|(?:the|this|that|your|those|these|our) (?:[\\p{L}\\p{N}-]+ ){0,2}?(?:${HOLD}|${OFFER}|\\d{1,2}(?:st|nd|rd|th)|window|opportunity|chance))(?: too| as well)? (?:slip away|slip through (?:your|the) (?:fingers|cracks)|get away|pass you by|go to (?:someone|somebody|another|the next)|get (?:snapped up|taken|grabbed|booked))`,
    // Also a loss the sender mourns in advance: "it would be a shame to see the 14th slip away".
    note: 'fear of missing out',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'only for the first 20 people who respond',
    pattern:
      '(?:the )?first (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|hundred|few|handful of) (?:[\\p{L}-]+ )?(?:people|customers|callers|buyers|respondents|clients|families|members|subscribers|registrants|sign-?ups|donors|applicants|visitors|guests|households|homeowners|businesses|companies|teams|readers|shoppers|couples|brides|patients|parents|owners|practices|clinics|firms|agencies|shops|stores|restaurants|schools|offices|accounts|students|athletes|riders|drivers|tenants|residents|locals|neighbou?rs|folks) (?:to|who) (?:respond|reply|sign up|register|call|book|claim|order|buy|act|enroll|join|donate|give|apply|write|come in|email|grab)',
    note: 'scarcity the reader cannot check: a cap on who gets the offer',
    source: TONE,
    subtype: 'scarcity',
    // "You were one of the first ten customers to join" recalls the reader's own past.
    unlessBefore: '\\b(?:one of|among) $',
  },
  {
    phrase: 'this weekend only',
    pattern:
      '(?:tonight|this (?:weekend|week|month)|(?:for )?(?:\\d+|one|two|three|four|five|seven) days?|(?:for )?(?:24|48|72) hours) only',
    note: 'a short deadline the sender set to rush the reader',
    source: SPAM,
    subtype: 'deadline',
    // "I'm in town this week only" is the sender's plan, not a deadline.
    unlessBefore:
      "\\b(?:i'm|we're|i am|we are|i'll be|we'll be|i will be|we will be) (?:in|at|around|visiting|here|there|back|free|available|off|out|away|open)\\b",
  },
  {
    phrase: 'once they’re gone, they’re gone',
    pattern:
      "(?:once|when) (?:they're|they are|it's|it is|these are|this is|that's|that is|those are) gone,? (?:they're|they are|it's|it is|that's|that is) gone(?: for good| forever)?",
    note: 'scarcity the reader cannot check',
    source: TONE,
    subtype: 'scarcity',
  },
  {
    phrase: 'we’re down to our last 40 copies',
    // The sender's stock said to be nearly gone: "down to our last 12 seats", "down to the final
    // handful of spots". Not a to-do ("down to the last two questions") and not the reader's own
    // count ("you're down to your last three licenses").
    pattern:
      'down to (?:our|the|my|its) (?:very )?(?:last|final) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|few|handful|couple)(?: of)? (?:[\\p{L}-]+ )?(?:copies|seats|spots|slots|units|rooms|tickets|places|openings|kits|sets|boxes|cases|bottles|pairs|licen[cs]es|allocations|appointments|tables|homes|lots|bikes|cars|trucks|tours|dates|puppies)',
    note: 'scarcity the reader cannot check',
    source: TONE,
    subtype: 'scarcity',
    unlessBefore:
      "\\b(?:you(?:'re| are| have|'ve)?|your|they(?:'re| are| have|'ve)?|their) (?:[\\p{L}'-]+ ){0,2}$",
  },
  {
    phrase: 'once they’re gone, the price goes back up',
    // The other half of "once they're gone, they're gone": what the reader loses when the stock runs
    // out ("once they're gone the price goes back to full retail"), or the last of it said to be
    // going ("once the last seats on the October departure are gone").
    pattern: `(?:once|when|after) (?:they're|they are|it's|it is|these are|those are|that's|that is) (?:all )?(?:gone|sold(?: out)?|claimed|spoken for),? (?:the (?:price|prices|rate|pricing|cost)|prices|pricing|it|they) (?:goes|go|jumps?|returns?|reverts?|will go|will jump|will return|will revert|snaps?) back (?:up|to)|(?:once|when|after) the (?:last|remaining|final) (?:(?:few|couple(?: of)?|handful of|\\d+|two|three|four|five) )?(?:[\\p{L}\\p{N}-]+ ){0,2}?(?:${STOCK}|${OPEN_TIME})(?: [\\p{L}\\p{N}'’-]+){0,4}? (?:are|is|have been|has been|get|gets) (?:all )?(?:gone|sold out|snapped up|spoken for|claimed)`,
    // The last of the sender's open capacity said to go, in a few words: "once the last couple of
    // open install days are spoken for".
    note: 'scarcity the reader cannot check: the stock said to be running out, with a loss attached',
    source: TONE,
    subtype: 'scarcity',
  },
  {
    phrase: 'once those are gone, the next opening is spring',
    // The sender's stock said to run out, with a long wait after it: "once those are gone, the next
    // availability is spring", "once the last pallet positions go, we won't be onboarding new
    // brands until January". The wait must be for the sender's places ("the next opening", "taking
    // on new clients"), not a plan ("once the guests go, we'll start cleaning up").
    pattern: `(?:once|when|after) (?:(?:they|those|these)(?:'re| are| have been| get)(?: all)? (?:gone|taken|booked(?: up)?|spoken for|claimed|sold(?: out)?|snapped up|filled)|the (?:last|remaining|final) (?:[\\p{L}\\p{N}-]+ ){0,2}?${STOCK} (?:(?:are|have been|get)(?: all)? (?:gone|taken|booked(?: up)?|spoken for|claimed|sold(?: out)?|snapped up|filled)|go|sell out|fill(?: up)?|run out)),? (?:the next (?:available )?(?:availability|opening|openings|slot|slots|spot|spots|start date|intake|cohort|shipment|allocation) (?:is|isn't|won't be|will be|comes?|doesn't come|opens?)|(?:we|i)(?:'re| are|'ll| will| won't| will not| can't| cannot| don't| do not)(?: not)?(?: be)? (?:onboarding|taking on|accepting|booking|enrolling|adding|opening up|scheduling) (?:(?:any )?(?:new|more|another) )?(?:[\\p{L}-]+ )?(?:brands|clients|customers|accounts|students|patients|members|projects|orders|bookings|families|couples|homes|jobs|contracts|ones?)? ?(?:until|till|before)\\b|(?:you'll|you will|you'd|you would) (?:have to |need to )?wait (?:until|till|for (?:another|the next|months))|there (?:won't|will not|isn't|is not) (?:be )?(?:another|any more|anything) (?:[\\p{L}-]+ )?(?:until|till|before)|(?:that's|that is) it (?:until|till|for (?:the|this) (?:year|season|winter|summer|spring|fall|autumn)))`,
    note: 'scarcity the reader cannot check: the stock said to run out, with a long wait after it',
    source: TONE,
    subtype: 'scarcity',
    unlessAfter: CHECKABLE_REASON,
  },
  {
    phrase: 'your hold is released to someone else after Wednesday',
    // The reader's hold or spot, said to go to another buyer after a day the sender names: "the
    // date goes to the next couple on Friday", "after Thursday I have to give the slot to someone
    // else". Not a hold with a reason the reader can check ("because the hotel releases the block").
    pattern:
      '(?:releas(?:e|es|ed|ing)|giv(?:e|es|en|ing)|go(?:es)?|pass(?:es|ed)?|hand(?:s|ed)?|offer(?:s|ed)?)(?: (?:it|them|the (?:spot|slot|date|dates|room|rooms|block|hold|unit|seat|seats|table|space)))?(?: (?:back|over|up|out))? to (?:someone else|somebody else|another (?:buyer|client|customer|company|couple|family|group|party|bidder|applicant|candidate|team|guest)|the next (?:person|buyer|client|customer|company|couple|family|group|party|name|inquiry|one)|(?:the )?other (?:party|parties|buyers?|company|companies|group|groups|couples?|families|family|clients?|bidders?)|(?:the |our )?wait ?list|(?:the |our )?waiting list)',
    note: 'competition the reader cannot check, with a cut-off the sender set',
    source: TONE,
    subtype: 'deadline',
    needsBefore: `^(?=[\\s\\S]*\\b${HOLD}\\b)[\\s\\S]*\\b(?:only|through|thru|until|till|by|past|after|beyond) ${WITHIN_DAYS}`,
    unlessAfter: CHECKABLE_REASON,
  },
  {
    phrase: 'another company has asked, and it goes to them after Wednesday',
    // The same, with the rival named earlier in the sentence: "another couple asked about your
    // date, and I can hold it through Friday before it goes to them".
    pattern:
      '(?:releas(?:e|es|ed|ing)|giv(?:e|es|en|ing)|go(?:es)?|pass(?:es|ed)?|hand(?:s|ed)?|offer(?:s|ed)?)(?: (?:it|them))?(?: (?:back|over|up|out))? to them',
    note: 'competition the reader cannot check, with a cut-off the sender set',
    source: TONE,
    subtype: 'deadline',
    needsBefore: `^(?=[\\s\\S]*\\b${HOLD}\\b)[\\s\\S]*\\b(?:another|other|someone else|somebody else|a second) (?:[\\p{L}-]+ )?(?:has|have|had|is|are|was|were|just|asked|inquired|called|wants?|put|made)\\b[\\s\\S]*\\b(?:only|through|thru|until|till|by|past|after|beyond) ${WITHIN_DAYS}`,
    unlessAfter: CHECKABLE_REASON,
  },
  {
    phrase: 'Prices go up at midnight.',
    // The sender's own prices, said at the start of a sentence to rise within hours; "gas prices go
    // up tomorrow" is news, and a reason the reader can check rules it out.
    pattern: `(?:prices|rates|pricing|fares) (?:go(?:es)?|(?:is|are) going|will go|jumps?|will jump|rises?|will rise|increases?|will increase|climbs?|will climb) (?:up )?${WITHIN_HOURS}`,
    note: 'a price rise within hours, used to rush a decision',
    source: TONE,
    subtype: 'deadline',
    needsBefore: '^\\s*$',
    unlessAfter:
      '^[^.!?]*?\\b(?:because|due to|when the (?:new )?(?:tax|taxes|law|tariffs?|toll|levy|rule)|as the (?:new )?(?:tax|law|tariffs?|toll|levy|rule))\\b',
  },
  {
    phrase: 'several candidates in final rounds',
    pattern:
      '(?:several|other|many|multiple|a few|a couple of|a number of|\\d+|two|three|four|five) (?:other )?(?:strong |qualified |serious |interested )?(?:candidates|applicants|buyers|bidders|people|clients|companies|families|couples|brides|firms|agencies|investors|tenants|renters) (?:(?:who )?are )?(?:already )?(?:in (?:the |their )?final (?:rounds?|stages?|interviews?)|in the running|lined up|lining up|interested in (?:this|the|it|that)|competing for|bidding on|circling)|(?:buyers|candidates|bidders) are (?:already )?(?:lining up|lined up|circling|waiting in line)',
    note: 'competition the reader cannot check, used to rush a decision',
    source: TONE,
    subtype: 'scarcity',
    // An update on the reader's own search ("candidates in final rounds for your role") is news.
    unlessBefore: '\\b(?:your|you (?:asked|wanted|hired|posted|opened|listed))\\b',
    unlessAfter: '^\\s*(?:for|on|at|with) (?:your|the [\\p{L}]+ you)\\b',
  },
  {
    phrase: 'I need your answer by tomorrow',
    pattern:
      "(?:i|we) (?:need|must have|'ll need|will need|have to have|need to have) (?:your|an|a|the) (?:final )?(?:answer|decision|response|reply|yes|commitment|go-ahead)(?: from you)? (?:by|before|no later than|within) (?:tomorrow|tonight|today|end of (?:the )?day|eod|close of business|cob|noon|midnight|this (?:afternoon|evening)|(?:the next )?(?:24|48) hours)|(?:i|we) (?:need|have) to (?:hear back|hear from you|know)(?: from you)? (?:by|before|no later than|within) (?:tomorrow|tonight|today|end of (?:the )?day|eod|close of business|cob|noon|midnight|this (?:afternoon|evening)|(?:the next )?(?:24|48) hours)",
    note: 'a decision deadline the sender set, with no reason the reader can check',
    source: TONE,
    subtype: 'deadline',
    // "by tomorrow so the lab can start" gives the reason.
    unlessAfter:
      '^[^.!?]*?\\b(?:so (?:that|we|i|the|your|you|they|it)|because|since|in order to|to (?:file|submit|meet|hold|keep|make|order|ship|book|reserve|start|finish))\\b',
  },
  {
    phrase: 'midnight is our deadline',
    pattern:
      "(?:midnight|tonight|today) is our (?:deadline|cutoff|cut-off|last day)|our (?:deadline|cutoff|cut-off) is (?:midnight|tonight|today)|the clock is ticking|the clock's ticking",
    note: 'a deadline the sender made up to force a decision',
    source: TONE,
    subtype: 'deadline',
    unlessAfter: '^\\s*on (?:your|the [\\p{L}]+ you)\\b',
  },
  {
    phrase: 'every day you wait',
    pattern:
      "every (?:single )?(?:day|week|month|hour|minute) (?:that )?you (?:wait|delay|hold off|put (?:it|this) off)(?! (?:for|on|until)\\b)|(?:people|retirees|homeowners|owners|families|teams|companies|businesses|those|investors|folks|sellers|buyers|clinics|practices|savers|clients|customers|anyone|everyone) who (?:waits?|delays?|holds? off|sits? on the sidelines|puts? (?:it|this|that) off)(?: [\\p{L}\\p{N}'-]+){0,4}? (?:are losing|lose|will lose|could lose|are leaving|leave|are paying|pay more|will pay|end up paying|miss out|are missing out|get left behind|fall behind|regret|wish they(?:'d| had))|waiting (?:is|could be|will be|might be) costing you|waiting costs you",
    note: 'fear of loss used to hurry a decision',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'homes are selling fast',
    pattern:
      "(?:homes|houses|properties|listings|units|condos|cars|trucks|models|tickets|seats|spots|slots|inventory) (?:[\\p{L}',-]+ ){0,4}?(?:are|is) (?:selling|going|moving|flying)(?: off the (?:shelves|lot))? (?:fast|quickly|like hotcakes)|(?:(?:indoor|outdoor|winter|summer|covered|heated|dry|self) )?(?:storage|racks|slips|berths|moorings|stalls|lockers|plots|campsites|cabins|openings)(?: (?:at|in|on|for|near|with)(?: [\\p{L}\\p{N}',-]+){1,3}?)? (?:are|is) (?:selling|going) (?:fast|quickly|like hotcakes)|(?:they're|these are|those are) (?:selling|going) (?:fast|quickly|like hotcakes)",
    // Also the sender's own capacity: "indoor storage at the marina is going fast".
    note: 'demand the reader cannot check, used to rush them',
    source: TONE,
    subtype: 'scarcity',
    // The reader's own listings ("your condos are selling fast") are good news, not pressure.
    unlessBefore: "\\b(?:your|their)(?: [\\p{L}'-]+){0,2} $",
  },
  {
    phrase: 'grab one while you can',
    pattern:
      "(?:grab|claim|book|reserve|lock in|snag|secure|buy|order) (?:[\\p{L}'-]+ ){0,3}?while (?:you (?:still )?can|(?:they|supplies|stocks?|spots|seats) lasts?|there's still (?:time|room))",
    note: 'scarcity the reader cannot check',
    source: TONE,
    subtype: 'scarcity',
  },
  {
    phrase: 'don’t be one of them',
    // Also the figure the reader fears becoming: "don't be the teacher scrambling in June", "don't
    // be the only practice still paying full price".
    pattern:
      "(?:don't|do not) be (?:one of (?:them|those)|left out|the last (?:one|to know)|the (?:only )?(?:[\\p{L}-]+ ){1,2}?(?:(?:who|that) (?:misses|missed|waits|waited|gets left|got left|is left|ends up (?:paying|scrambling|stuck|without|missing))|(?:still )?(?:scrambling|stuck (?:paying|waiting|without)|left (?:out|behind|scrambling|without)|paying (?:full|more)|missing out|kicking (?:yourself|themselves))))",
    note: 'fear of being left out',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'the carrier is pulling this rate at midnight Friday',
    // An offer the sender controls or relays, ended within days; not the reader's own rate
    // ("pulling the rate on your policy") and not a far date ("ending the rebate on March 31").
    pattern: `(?:pull(?:ing|s)?|withdraw(?:ing|s)?|yank(?:ing|s)?|end(?:ing|s)|kill(?:ing|s)?|scrap(?:ping|s)?|discontinu(?:e|es|ing)|retir(?:e|es|ing)|sunset(?:ting|s)?|clos(?:e|es|ing) out) (?:this|that|these|those|the|our|its) (?:[\\p{L}\\p{N}%.$-]+ ){0,3}?${OFFER} (?:(?!(?:your|their)\\b)[\\p{L}\\p{N}'-]+ ){0,3}?${WITHIN_DAYS}`,
    note: 'a cut-off the sender set or passes on, to force a decision within days',
    source: TONE,
    subtype: 'deadline',
  },
  {
    phrase: 'the price goes up at midnight',
    pattern: `(?:the|this|that|these|those|our|my) (?:[\\p{L}\\p{N}%.$-]+ ){0,2}?(?:(?:rates?|pric(?:e|es|ing)) (?:go(?:es)?|(?:is|are) going|will go|jumps?|will jump|(?:is|are) jumping|rises?|will rise|increases?|will increase|(?:is|are) increasing|climbs?|will climb|resets?|will reset|changes?|will change) (?:up )?${WITHIN_HOURS}|${OFFER} (?:disappears?|will disappear|vanish(?:es)?|will vanish|(?:is|are|will be) (?:gone|pulled|withdrawn)|goes away|will go away) ${WITHIN_DAYS})|(?:rais(?:e|es|ing)|hik(?:e|es|ing)|bump(?:s|ing)? up) (?:the|our|its|their|my) (?:[\\p{L}\\p{N}%.$-]+ ){0,2}?(?:rates?|pric(?:e|es|ing)) ${WITHIN_HOURS}`,
    note: 'a price rise or a vanishing offer within hours, used to rush a decision',
    source: TONE,
    subtype: 'deadline',
    // "the price goes up tomorrow when the new tax starts" gives the reason the reader can check.
    unlessAfter:
      '^[^.!?]*?\\b(?:because|due to|when the (?:new )?(?:tax|taxes|law|tariffs?|toll|levy|rule)|as the (?:new )?(?:tax|law|tariffs?|toll|levy|rule))\\b',
  },
  {
    phrase: 'the window to lock in this rate closes Friday',
    // Only a window on something on offer: "the window to enroll closes December 15" is a real
    // deadline, and "the window on your refinance" is the reader's own.
    pattern: `(?:the|this|that|our) window (?:to|for|on) (?=(?:(?!\\b(?:your|their)\\b)(?:[^.!?;\\n]|\\.(?=\\d))){0,60}?\\b${OFFER}\\b)(?:(?!\\b(?:your|their)\\b)(?:[^.!?;\\n]|\\.(?=\\d))){0,60}? (?:closes|shuts|ends|(?:is|'s) closing|will close|(?:is|'s) (?:about|going) to close|slams shut)|(?:the|this) window (?:of opportunity )?(?:(?:is|'s) (?:quickly |fast |rapidly )?closing|(?:is|'s) (?:about|going) to close|closes soon|will close soon|(?:is|'s) shutting)`,
    note: 'a deadline on an offer, made to feel like it is slipping away',
    source: TONE,
    subtype: 'deadline',
  },
  {
    phrase: 'I can’t hold this rate past Friday',
    // The sender's own hold on an offer, said to run out: "we can't keep this price past Friday",
    // "I can't hold the spot any longer". Not a hold with a reason the reader can check ("because
    // the hotel releases the block"), and not the reader's own thing ("your file").
    pattern: `${CANNOT_HOLD} (?:this|that|these|those|the|our|my) (?:[\\p{L}\\p{N}%.$-]+ ){0,2}?(?:${OFFER}|spots?|slots?|seats?|units?|openings?) (?:[\\p{L}\\p{N}'-]+ ){0,2}?${HOLD_RUNS_OUT}`,
    note: 'an offer the sender says they cannot hold: a deadline they made up to force a decision',
    source: TONE,
    subtype: 'deadline',
    unlessBefore: '\\b(?:your|their)\\b',
    unlessAfter: CHECKABLE_REASON,
  },
  {
    phrase: 'I can only keep you on this pricing if you sign by Friday',
    // The same hold, said the other way round: the sender keeps the offer only until a day they
    // name ("we can only honor this rate through Thursday", "I'm only able to hold the discount
    // if the paperwork is signed by this Friday"). Not the reader's own deadline ("your").
    pattern: `${CAN_ONLY} (?:keep|hold|honou?r|offer|extend|guarantee|give|lock in|reserve|save) (?:(?:you|it|this|that|them) )?(?:(?:on|at|in|to) )?(?:this|that|these|those|the|our|my|today's) (?:[\\p{L}\\p{N}%.$-]+ ){0,2}?(?:${OFFER}|spots?|slots?|seats?|units?|openings?)(?:(?!\\b(?:your|their)\\b)[^.!?;\\n]){0,60}?\\b(?:by|before|until|till|through|thru) ${WITHIN_DAYS}`,
    note: 'an offer the sender says they hold only until a day they name: a deadline they made up to force a decision',
    source: TONE,
    subtype: 'deadline',
    unlessAfter: CHECKABLE_REASON,
  },
  {
    phrase: 'only for the next 72 hours',
    // A short window on something on offer, either way round: "but only for the next 72 hours",
    // "good for the next two days only". Not the sender's own plans ("I'm available for the next
    // two days only") and not the reader's own offer ("your discount").
    pattern: `(?:only|just) (?:(?:good|valid|available|open|running|live|on offer|on the table) )?(?:for|during|over|within) (?:the )?(?:next|coming|following) (?:${FEW} )?(?:hours|days)|(?:for|during|within) (?:the )?(?:next|coming|following) ${FEW} (?:hours|days) only`,
    note: 'a short window the sender set on an offer to rush the reader',
    source: SPAM,
    subtype: 'deadline',
    needsBefore: `\\b${OFFER}\\b|\\d\\s*(?:%|percent) off\\b|\\$\\s*\\d[\\d,]*(?:\\.\\d{2})? off\\b|\\bfree\\b|\\bsave\\b`,
    unlessBefore: `\\b(?:your|their) (?:[\\p{L}\\p{N}%$.-]+ ){0,2}?${OFFER}\\b|\\b(?:i'm|we're|i am|we are|i'll be|we'll be|i will be|we will be) (?:only )?(?:in|at|around|visiting|here|there|back|free|available|off|out|away|open)\\b`,
    unlessAfter: CHECKABLE_REASON,
  },
  {
    phrase: 'the rate disappears tomorrow and I can’t hold it again',
    // The same with "it" or "this" for the offer named earlier in the sentence.
    pattern: `${CANNOT_HOLD} (?:it|this|that|them) (?:for you )?${HOLD_RUNS_OUT}`,
    note: 'an offer the sender says they cannot hold: a deadline they made up to force a decision',
    source: TONE,
    subtype: 'deadline',
    needsBefore: `\\b${OFFER}\\b|\\b(?:spots?|slots?|seats?|units?|openings?)\\b`,
    unlessBefore: '\\b(?:your|their)\\b',
    unlessAfter: CHECKABLE_REASON,
  },
  {
    phrase: 'this offer will be gone for good',
    pattern:
      "(?:[\\p{L}]+'(?:ll|s|re) |(?:will|is|are|could|may|might|soon|then|going to) )(?:(?:soon|then|be|all) ){0,2}gone (?:for good|forever)",
    note: 'scarcity the reader cannot check: an offer said never to come back',
    source: TONE,
    subtype: 'scarcity',
    // Only about something on offer: "the old mill will be gone for good" is news.
    needsBefore: `\\b${OFFER}\\b|\\b(?:spots?|slots?|seats?|units?|inventory|stock|openings?)\\b|\\bmatch(?:ing (?:gifts?|funds?|donations?))?\\s*$`,
    unlessBefore: '\\b(?:your|their)\\b',
  },
  {
    phrase: 'you’ll never see rates this low again',
    pattern: `(?:won't|will not|may not|might not|may never|might never|will never|never) (?:again )?(?:see|get|find|be offered) (?:a |an |this |that |these |those |the )?(?:[\\p{L}\\p{N}%.-]+ ){0,2}?${OFFER} (?:like (?:this|that|these|those|it)|this (?:low|good|high)|as (?:low|good|high) as (?:this|these|that|today's))(?: (?:one|ones))? again`,
    note: 'scarcity the reader cannot check: an offer said never to come back',
    source: TONE,
    subtype: 'scarcity',
  },
  {
    phrase: 'only a handful of advisers were given access',
    // Exclusive access as a lure; "only two people have access to your file" is a reassurance.
    pattern:
      "only (?:a (?:handful|few|small number|select (?:few|group)|limited number)|a handful|\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred) (?:of )?(?:[\\p{L}\\p{N}'-]+ ){0,5}?(?:(?:were|are|have been|has been|will be)(?: (?:even|ever|actually))? (?:given|granted|offered|allowed|invited to) (?:(?:early|exclusive|special) )?(?:access|allocations?|an allocation|this (?:rate|offer|deal|pricing|opportunity)|the (?:rate|offer|deal|pricing|opportunity|chance))|(?:got|get|(?:are|is|were|was) getting|received|receive|qualified for|qualify for)(?: (?:even|ever|actually))? (?:(?:early|exclusive|special) access|an? allocation|allocations|this (?:rate|offer|deal|pricing|opportunity)))|(?:is|are|'s|'re) only (?:being )?(?:available|offered) (?:to|through) (?:a (?:handful|few|small number|select (?:few|group)|limited number)|\\d+|two|three|four|five|ten|twenty)",
    note: 'scarcity the reader cannot check: an exclusive offer held out as a lure',
    source: TONE,
    subtype: 'scarcity',
    unlessAfter:
      '^\\s*to (?!(?:it|this|that|these|them|the (?:[\\p{L}-]+ )?(?:rate|offer|deal|pricing|product|fund|annuity|program|opportunity|allocation)s?)\\b)',
  },
  {
    phrase: 'you’ll regret it',
    pattern:
      "(?:you'll|you will|you'd|you would|you're going to|you are going to|you may|you might|you could)(?: (?:really|definitely|probably|surely|likely|only|always|just|come to))? (?:regret (?:it|this|that|waiting|passing|missing (?:it|this|out)|holding off|letting (?:it|this) (?:go|pass|slip)|putting (?:it|this) off|sitting (?:it|this) out|saying no|not (?:acting|buying|locking|signing|moving|jumping|grabbing|applying|enrolling|booking|investing|getting in|taking (?:advantage|the (?:offer|deal|rate|spot))))|kick yourself|be kicking yourself|wish you(?:'d| had) (?:acted|bought|locked|signed|moved|called|jumped|grabbed|taken|listened|started|invested|applied|enrolled|booked|said yes|got in|gotten in))|(?:you'll|you will|you may|you might|you could) end up (?:regretting|kicking yourself)",
    note: 'fear of regret used to hurry a decision',
    source: TONE,
    subtype: 'fomo',
  },
  {
    phrase: 'look back and wish you had acted',
    pattern:
      "look back (?:[\\p{L}\\p{N}'-]+ ){0,4}?and (?:wish you(?:'d| had)(?: (?!(?:and|but|or|if|so)\\b)[\\p{L}]+)?|regret (?:it|this|not|waiting|passing|missing)|kick yourself)",
    note: 'fear of regret used to hurry a decision',
    source: TONE,
    subtype: 'fomo',
    // "I look back and wish I had…" is the sender's own story.
    unlessBefore: "\\b(?:i|we)(?: [\\p{L}'-]+){0,2} $",
  },
  {
    phrase: 'grab yours before someone else does',
    // Racing an unseen rival; "renew your domain before someone else registers it" is real advice.
    pattern:
      '(?:grab|claim|secure|lock in|reserve|book|snag|snap up|get|take) (?:yours|it|one|them|your (?:spot|seat|slot|place|unit|enrollment|discount|rate)) (?:now |today |fast |quickly )?before (?:(?:someone|somebody|anyone) else|another (?:buyer|family|client|customer|couple|company|team)) (?:does|grabs|gets|takes|snaps|claims|books)',
    note: 'a race against other buyers the reader cannot see',
    source: TONE,
    subtype: 'scarcity',
  },
  {
    phrase: 'I held that pricing for you, and it expires Friday',
    // The sender's offer named earlier in the sentence, then said to run out within days by "it":
    // "we froze the rate for you, but it ends Thursday at noon". Not the reader's own rate ("your
    // lock… it expires Friday") and not a cut-off with a reason or a source the reader can check.
    pattern: `(?:it|this|that|they|these|those) (?:expires?|ends?|runs? out|lapses?) ${WITHIN_DAYS}`,
    note: 'a deadline the sender set on their own offer, to force a decision',
    source: TONE,
    subtype: 'deadline',
    needsBefore: `\\b${OFFER}\\b`,
    unlessBefore: '\\b(?:your|their)\\b',
    unlessAfter: `${CHECKABLE_REASON}|${SET_BY_OTHERS}`,
  },
  {
    phrase: 'anything not signed by then gets re-quoted',
    // What the reader loses when the sender's cut-off passes: the deal re-priced or sent back to
    // list ("orders not in by Friday get re-priced", "after that, the desks go back to list").
    // Not the reader's own plan ("your plan goes back to the regular rate") and not a change with
    // a reason the reader can check.
    pattern: `(?:anything|everything|whatever|orders?|quotes?|estimates?|proposals?|contracts?|bookings?|jobs?|projects?) (?:that's |that is |that isn't |that is not |that aren't |that are not |that hasn't been |that haven't been |not )?(?:yet )?(?:not )?(?:signed|deposited|paid|booked|confirmed|locked in|ordered|placed|approved|received|in) (?:by|before) (?:then|that (?:date|day|point)|the \\d{1,2}(?:st|nd|rd|th)|${CUTOFF}),? (?:gets?|will (?:get|be)|is|are|goes|go|will go) (?:re-?quoted|re-?priced|re-?bid|re-?estimated|(?:back )?to (?:full|list|regular|standard|retail|normal)(?: price| pricing| rates?)?)|after (?:that|then|${CUTOFF}),? (?:the|these|those|this|that|our|my|it|they) (?:[\\p{L}\\p{N}-]+ ){0,2}?(?:goes|go|will go|reverts?|will revert|returns?|will return|jumps?|will jump|snaps?) back (?:up )?to (?:full|list|regular|standard|retail|normal)\\b`,
    note: 'a loss attached to a cut-off the sender set, to force a decision',
    source: TONE,
    subtype: 'deadline',
    unlessBefore: '\\b(?:your|their)\\b',
    unlessAfter: CHECKABLE_REASON,
  },
  {
    phrase: 'once it’s gone, you’ll be heading into tax season without a plan',
    // The sender's calendar or stock said to run out, with a fear attached to what follows for the
    // reader: "once the spots are taken, you'll be stuck waiting until spring". "Once it's gone,
    // you'll need to order online" is plain information (no loss), and "your" makes it the
    // reader's own.
    pattern:
      "(?:once|when|after) (?:it's|it is|they're|they are|that's|that is|those are|these are|(?:the|our|my) (?:[\\p{L}-]+ ){0,2}?(?:is|are|'s)) (?:all )?(?:gone|full|booked(?: up)?|filled(?: up)?|taken|spoken for),? you(?:'ll| will| could| may| might|'re going to)(?: (?:be|end up|find yourself))? (?:[\\p{L}'-]+ ){0,5}?(?:without|stuck|scrambling|left|missing|waiting (?:until|till|for months)|behind|out of luck|paying more|on the outside)\\b",
    note: 'scarcity the reader cannot check, with a fear attached',
    source: TONE,
    subtype: 'fomo',
    needsBefore:
      '\\b(?:calendar|schedule|spots?|slots?|seats?|openings?|availability|appointments?|places?|stock|inventory|units?|allocations?|offers?|deals?|pric(?:e|es|ing)|rates?)\\b|^\\s*$',
    unlessBefore: '\\b(?:your|their)\\b',
  },
  {
    phrase: 'the new track has limited seats',
    // Scarcity said in passing, with no number and no reason: "spots are limited", "we have
    // limited availability". A reason the reader can check ("limited seats, so please RSVP so we
    // can plan lunch") and the reader's own ("your flight has limited seats") rule it out.
    pattern:
      "(?:(?:has|have|with|there are|there is|there's|offers?|offering) (?:only )?(?:very )?limited (?:seats|spots|slots|places|openings|spaces|availability|enrollment|capacity)|(?:seats|spots|slots|places|openings|spaces|availability|enrollment) (?:are|is) (?:very |extremely |strictly )?limited)(?=\\s*[.!,;:—-]|\\s+and\\b|\\s*$)",
    note: 'scarcity the reader cannot check',
    source: TONE,
    subtype: 'scarcity',
    unlessBefore: '\\b(?:your|their)\\b',
    unlessAfter:
      '^[^.!?]*?\\b(?:so|because|since|as the|to keep|to make sure|which means|for safety)\\b',
  },
  {
    phrase: 'the spring schedule is booking up fast',
    // The sender's calendar or capacity said to fill quickly, in the moment ("the crew is booking
    // up fast for May", "our April press time is filling up quickly"). Not the reader's own ("your
    // calendar"), and not someone else's that the reader can check (hotels, flights, parking).
    pattern:
      "(?:is|are|'s|'re) (?:already |really |quickly |rapidly )?(?:booking|filling|getting booked|getting filled) up (?:(?:really|very|pretty|so|awfully|super) )?(?:fast|quickly|quick)|(?:is|are|'s|'re) (?:already )?(?:booking|filling) (?:(?:really|very|pretty|so) )?(?:fast|quickly)",
    note: 'scarcity the reader cannot check: the sender’s calendar said to fill fast',
    source: TONE,
    subtype: 'scarcity',
    unlessBefore:
      "\\b(?:(?:your|their|his|her)(?: [\\p{L}'-]+){0,3}|you|they|he|she)\\s*$|\\b(?:hotels?|flights?|airlines?|airfares?|fares?|restaurants?|campgrounds?|campsites?|parking|garages?|roads?|traffic|trains?|ferr(?:y|ies)|shuttles?|lodging|airbnbs?|rentals?)\\b",
  },
  {
    phrase: 'two other couples asked about the same dates',
    // Rivals the reader cannot see, said to want the very thing the reader is weighing: "three
    // other families toured the house this weekend asking about the same closing window", "a
    // couple of other firms have been looking at this slot". Not the reader's own search, and
    // not a shared trip that helps the reader ("so we can split the travel fee").
    pattern: `(?:\\d+|two|three|four|five|six|several|a few|a couple(?: of)?|a number of|multiple|some) other (?:couples|families|buyers|bidders|clients|customers|companies|firms|agencies|brands|people|parties|groups|brides|teams|schools|shops|practices|investors|tenants|renters|applicants|candidates) (?:[\\p{L}\\p{N}',-]+ ){0,6}?(?:asking|asked|inquiring|inquired|calling|called|emailing|emailed|(?<!\\b(?:are|is|were) (?:already )?)interested|looking|looked|eyeing|eyed|requesting|requested|competing|bidding|vying|circling) (?:(?:about|at|in|on|for|after|over) )?(?:the (?:very )?same|this|that|these|those|your) (?:[\\p{L}\\p{N}-]+ ){0,2}?${WANTED}`,
    note: 'competition the reader cannot check, used to rush a decision',
    source: TONE,
    subtype: 'scarcity',
    unlessBefore: '\\byou (?:asked|wanted|hired|posted|opened|listed)\\b|\\bif\\b',
    unlessAfter:
      '^[^.!?]*?\\bso (?:we|you|i) (?:can|could|might|may) (?:split|share|combine|group|pool|carpool|bundle)\\b',
  },
]);
