import { definePhrases } from './phrase-entry.js';

const GONG = 'EVIDENCE.md: Gong Labs talk-to-listen ratio (top reps talk 43%)';

/**
 * A product or company name opening a sentence: one to four capitalised words, which "&" or "+" may join
 * ("Kessler & Dunn", "Linden + Hale"). Common words that open sentences ("This", "Spring is
 * here") are ruled out here; people, places and dates are ruled out by the guard, which tags the
 * word. Entries of subtype `product-name` ("… is a tool", "… includes", "… is here") also need the
 * guard to see that it is a name ("Admission includes lunch" and "Insurance is a product" are
 * not).
 */
const NAME =
  "(?!(?:The|This|That|These|Those|It|Its|It's|Our|Your|My|Their|His|Her|We|You|I|They|He|She|There|Here|What|Which|Who|Each|Every|Everything|Everyone|Nothing|Something|Someone|Anything|All|Some|Any|Another|One|No|Both|Such|Today|Tomorrow|Tonight|Now|Spring|Summer|Autumn|Fall|Winter|Help|Support|Hope|Relief|Change|Pricing|Coverage|Membership|Registration|Enrollment|Enrolment|Open|New|Next|Last|Good|Great|Happy|If|When|As|So|And|But|Or|Thanks|Please)\\b)\\p{Lu}[\\p{L}\\p{N}&+'-]*(?:\\.[\\p{L}\\p{N}]+)*(?:(?: [&+])? (?:\\p{Lu}[\\p{L}\\p{N}&+-]*(?:\\.[\\p{L}\\p{N}]+)*|\\d[\\p{L}\\p{N}]*)){0,3}";

/** The hype words of "We are a leading …", which has its own entry. */
const HYPE = '(?:leading|premier|top|fast-growing|fastest-growing|innovative|global|trusted)';

/**
 * The words that may stand between "is a" and the kind of product ("a complete, AI-powered
 * security tool"): not a function word, so the phrase stays one noun phrase ("a tool for clinics
 * and a platform" ends at "tool").
 */
const MODIFIER =
  '(?!(?:for|of|and|or|to|with|in|on|by|that|which|who|a|an|the)\\b)[\\p{L}\\p{N}-]+,?';

/**
 * Up to four modifiers, two of them joined by "and" ("the payroll and HR platform", "a scheduling
 * & billing app"): still one noun phrase, since "and" never stands right before the kind.
 */
const MODIFIERS = `(?:${MODIFIER} (?:(?:and|&) )?){0,4}`;

/** What a product or a vendor is, when the opening defines it ("Trackly is a time-tracking tool"). */
const PRODUCT_KIND =
  '(?:tool|toolkit|platform|app|application|software|solution|service|suite|system|product|plugin|plug-in|extension|add-on|integration|dashboard|marketplace|ecosystem|engine|hub|portal|workspace|assistant|copilot|agency|firm|company|startup|start-up|consultancy|provider|vendor|brand|CRM|ERP|ATS|API|SDK|partner(?! (?:in|of|at|on|with|to)\\b))s?';

/** How a sender's organisation describes itself ("We are a boutique creative agency"). */
const ORGANISATION =
  '(?:agency|studio|firm|company|startup|start-up|consultancy|provider|vendor|supplier|manufacturer|distributor|brokerage|business|platform|marketplace|practice|collective)';

/**
 * The words that make a title a care or service role ("the nurse manager", "your account
 * manager", "the property manager"): someone the reader already deals with, not a seller.
 */
const CARE_ROLE =
  '(?:your|nurse|nursing|care|patient|case|clinic|office|property|building|facilities|floor|shift|support|service|billing|customer|success|project|site|store|branch|program|volunteer|community)';

/**
 * A seller's role, as a self-introduction gives it ("co-founder", "head of growth", "partnerships
 * lead"). Care and service roles ("the nurse", "your driver") are not in it: they introduce someone
 * the reader is already dealing with.
 */
const ROLE = `(?:(?:co-?)?founder|owner|ceo|cto|coo|cmo|cro|cfo|president|managing (?:director|partner)|(?:head|vp|vice president|director) of (?!${CARE_ROLE}\\b)[\\p{L}&-]+(?: [\\p{L}&-]+)?|(?:(?!${CARE_ROLE}\\b)[\\p{L}&-]+ ){0,2}(?:manager|director|lead|executive|representative|rep|consultant|specialist|strategist|recruiter|advisor|adviser|partners?|sdr|bdr))(?! of ${CARE_ROLE}\\b)`;

/** A title before a name ("Dr. Sam Reyes", "Ms Okafor"), in lower case. */
const HONORIFIC = '(?:dr|mr|mrs|ms|mx|prof)\\.? ';

/**
 * A one- or two-word capitalised name, with a title if any, for case-sensitive entries ("Jonah",
 * "Dana Reyes", "Dr. Sam Reyes").
 */
const PERSON = "(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\\.? )?\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*)?";

/** A name of one to three words with a title if any, in lower case ("dr. sam reyes"). */
const NAME_LOWER = `(?:${HONORIFIC})?[\\p{L}'-]+(?: [\\p{L}'-]+){0,2}`;

/** A one-word organisation ("Shiftwise", "Monday.com"); the guard checks that it is capitalised. */
const ORGANISATION_WORD = '[\\p{L}\\p{N}&][\\p{L}\\p{N}&]*(?:[.-][\\p{L}\\p{N}&]+)*';

/** The organisation after "at" or "for" ("at Stackform", "for the Denver office"). */
const COMPANY = `(?:the )?${ORGANISATION_WORD}`;

/** Up to four capitalised words, for case-sensitive entries ("from Birch Lane Realty"). */
const CAPITALISED_COMPANY =
  '(?:the )?[\\p{Lu}\\p{N}][\\p{L}\\p{N}&]*(?:[.-][\\p{L}\\p{N}&]+)*(?: \\p{Lu}[\\p{L}\\p{N}&]*(?:[.-][\\p{L}\\p{N}&]+)*){0,3}';

/** Any kind of organisation or product a sender describes as theirs. */
const ORGANISATION_OR_PRODUCT = `(?:${ORGANISATION}|${PRODUCT_KIND})`;
const ORGANISATION_OR_PRODUCT_LOWER = ORGANISATION_OR_PRODUCT.toLowerCase();

/** What a seller offers, as the object of "inform you about our …". */
const OFFERING =
  '(?:range|line|lines|products?|services?|solutions?|offerings?|portfolio|catalog|catalogue|platform|software|capabilities|company|firm|agency)(?![ -](?:hours|changes?|updates?|outages?|disruptions?|interruptions?|windows?|schedules?|polic(?:y|ies)|prices?|pricing|fees?|terms|address|status|numbers?|levels?|team|desk|centers?|centres?))';

/** How a sender says they are glad to tell something ("We're thrilled to announce"). */
const GLAD_TO_TELL =
  "(?:[Ww]e(?:'re| are)|I'm|I am) (?:so |very |really |super |incredibly |truly )?(?:excited|thrilled|pleased|proud|happy|delighted|glad) to (?:announce|share|let you know|report)";

/** News a sender tells of their own business: opened, launched, named the best in town. */
const NEWS =
  '(?:(?:just|now|officially|finally|recently) )?(?:open|opened|live|here|launched|released|unveiled|expanded|arrived|available|been (?:named|voted|ranked|awarded|recognized|recognised|approved|certified))';

/** What a seller hands over unasked: the catalogue, the price list, the brochure. */
const CATALOGUE =
  '(?:line-?ups?|catalogs?|catalogues?|price ?lists?|price sheets?|brochures?|rate cards?|sell sheets?|line cards?|media kits?|product (?:lists?|sheets?|range)|company profile|capabilities (?:deck|statement|brochure)|pitch deck|portfolio)';

/** A count of years, in figures or words ("22", "thirty-one", "a few"). */
const YEARS_COUNT =
  '(?:\\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a few|a couple of|several|many)';

/** How long a business has been at it: "since 1998", "for over thirty-one years". */
const TRACK_RECORD = `(?:since (?:19|20)\\d\\d|for (?:over |more than |nearly |almost |well over |the (?:past|last) )?${YEARS_COUNT} (?:years|decades))`;

/**
 * A business saying it is open for custom: "is now booking 2026 weddings", "is accepting new
 * patients", "is taking reservations". Taking or accepting something else ("taking steps",
 * "accepting responsibility") is not in it.
 */
const OPEN_FOR_CUSTOM =
  '(?:booking|enrol?ling|taking (?:bookings|reservations|orders|pre-?orders|appointments|applications|registrations|sign-?ups|on new)|accepting (?:new|bookings|reservations|orders|pre-?orders|appointments|applications|registrations|enrol?lments|clients|patients|members|students)|welcoming new|open for (?:bookings|business|reservations|registrations?|enrol?lment|orders))';

/** What a product's news is about: its release, update or version ("Q3 release", "new version"). */
const RELEASE =
  '(?:release|update|version|upgrade|edition|redesign|feature set|features|app|integration|dashboard|collection|line-?up|menu|catalog|catalogue)';

/** The people a founder may open their story with ("My husband Walt and I opened …"). */
const CO_FOUNDERS = "(?:[Mm]y|[Oo]ur) (?:[\\p{Ll}-]+ ){1,2}(?:\\p{Lu}[\\p{L}'-]* )?(?:and|&) ";

/**
 * A title that is not a care or service role, in a self-introduction with the company described
 * after it ("principal at Fieldline Studio, an award-winning landscape architecture firm"). A
 * seller's role (`ROLE`) has its own, shorter entry ("I'm Jonah, co-founder of"), which reports it.
 */
const SELLER_TITLE = `(?!(?:${CARE_ROLE}|nurse|doctor|physician|teacher|coach|volunteer|student|parent)\\b)(?!${ROLE} (?:at|of|with|for|from)\\b)(?:[\\p{L}&-]+ ){1,3}`;

/**
 * How a vendor describes its kind, after its name ("an award-winning landscape architecture
 * firm"). Not a practice or a business: a clinic or a shop may introduce itself to a patient.
 */
const VENDOR_KIND_LOWER =
  '(?:agency|studio|firm|company|startup|start-up|consultancy|provider|vendor|supplier|manufacturer|distributor|brokerage|platform|marketplace|collective|tool|toolkit|app|application|software|solution|suite|system|product|plugin|extension|integration|dashboard|crm|erp|ats|api|sdk)s?';

/**
 * What a business may say it is doing next, as news of its own: opening a second campus, hosting a
 * workshop, rolling out a program. Closing, moving or changing hours is a notice, not news to sell.
 */
const NEXT_STEP =
  '(?:opening|launching|unveiling|debuting|rolling out|introducing|expanding|adding|hosting|holding|running|throwing|putting on|celebrating)';

/**
 * The sender's own kind of organisation, after "our" ("our firm", "our little bakery"). Not "our
 * team" or "our office", which colleagues share with the reader.
 */
const OWN_ORGANISATION =
  '(?:(?:new|little|small|family|local) )?(?:firm|company|agency|practice|studio|clinic|shop|store|school|academy|restaurant|bakery|brewery|gallery|gym|salon|spa|hotel|inn|winery|dealership|startup|business|nonprofit|organi[sz]ation)';

/** What a sender offers to show of their own work ("something we've been building"). */
const OWN_WORK =
  "(?:our (?:team|firm|company|practice|studio|agency|crew|engineers|designers)|we|i)(?:'ve| have| has)? (?:(?:quietly|secretly|really) )?(?:been (?:working on|building|developing|designing|cooking up|putting together|making)|built|developed|designed|put together|made|created|launched)";

/**
 * Words that make a line about an offer something other than its name: a sentence ("We offer:",
 * "Good news on the deal:"), the reader's own deal, a reply or a reminder, praise ("What a deal!"),
 * or an offer under negotiation ("Job offer:", "Counter offer:", "Final offer:").
 */
const HEADLINE_STOP =
  "(?:your|you|yours|re|fwd|fw|reminder|update|note|question|news|about|on|for|with|the|this|that|these|those|is|are|was|were|be|to|of|in|at|we|i|my|our|their|his|her|it|its|what|such|great|good|nice|real|big|quite|congrats|congratulations|thanks|thank|today's|todays|job|counter|final|formal|written|verbal|revised|updated|accepted|signed|pending)";

/**
 * The name of an offer as a headline ("Spring move-in special:", "Summer sale!", "Limited-time
 * offer —"): a few words with no verb, then the kind of offer and a colon, dash or "!".
 */
const OFFER_HEADLINE = `(?:(?!${HEADLINE_STOP}\\b)[\\p{L}\\p{N}$%'-]+ ){0,4}(?:special|sale|offer|deal|promo|promotion|giveaway|clearance|blowout)s?(?:\\s*!+|:|\\s+[—–-](?=\\s))`;

/** Openings that start with the sender or the product instead of the reader. */
export const PITCH_OPENERS = definePhrases([
  {
    phrase: 'My name is …',
    pattern: "my name(?:'s| is)",
    note: 'introduces the sender before the reader has a reason to care',
    source: GONG,
  },
  {
    phrase: "I'm reaching out from …",
    pattern:
      "(?:i'm|i am|we're|we are) (?:just )?reaching out (?:from|on behalf of|to introduce|to tell you about|to share (?:our|my))",
    note: 'the reason for writing is the sender',
    source: GONG,
  },
  {
    phrase: 'I wanted to introduce …',
    pattern:
      "(?:(?:i|we) (?:just )?(?:wanted|want|would like|am writing|are writing)|(?:i'd|we'd) (?:just )?like|(?:i'm|we're) (?:just )?writing) to introduce",
    note: 'an introduction of the sender or product as the first thing the reader reads',
    source: GONG,
  },
  {
    phrase: 'Allow me to introduce …',
    pattern: '(?:allow|let|permit) me to introduce|let me introduce',
    note: 'asks for attention for the sender',
    source: GONG,
  },
  {
    phrase: 'We are a leading …',
    pattern: `(?:we are|we're|[\\p{L}\\p{N}&]+ is) (?:a|an|the) ${HYPE}`,
    note: 'a company description in place of anything about the reader',
    source: GONG,
  },
  {
    phrase: 'At Acme, we …',
    // Without the comma only before what a firm says of itself ("At Harvest & Table we deliver",
    // "At Crossway Freight we've spent twelve years building …", "At Lumen we're obsessed with
    // …"); a place the two shared ("At the expo we talked", "At Denver Health, we met") is left
    // to the guard.
    pattern: `At \\p{Lu}[\\p{L}\\p{N}&.-]*(?:(?: (?:&|&amp;|\\+))? \\p{Lu}[\\p{L}\\p{N}&.-]*){0,3}(?:, (?:we|our)| (?:we(?:'re| are| have|'ve)? (?:(?:proudly|always) )?(?:deliver|offer|provide|help|build|make|design|create|specialize|specialise|combine|bring|serve|been (?:helping|serving|delivering|providing))\\b|we(?:'ve| have) (?:(?:proudly|quietly) )?(?:spent|invested|devoted|dedicated) (?:(?:the (?:last|past) |over |more than |nearly |almost |well over )?${YEARS_COUNT} (?:years|decades)|(?:the (?:last|past) |over a |more than a |nearly a |a )decade)|we(?:'ve| have) (?:(?:proudly|quietly) )?been \\p{Ll}{3,}ing\\b(?=[^.!?\\n]{0,80}?\\b${TRACK_RECORD})|we(?:'re| are) (?:(?:so|truly|really) )?(?:(?:proud|passionate|obsessed|committed|dedicated) (?:to|about|with)|all about|on a mission|known for|focused on)\\b|our (?:mission|team|chefs?|experts|approach|platform|products?|services?)\\b))`,
    caseSensitive: true,
    note: 'the opening is about the sender’s company',
    source: GONG,
    subtype: 'firm-opening',
  },
  {
    phrase: 'I am the … at …',
    pattern: `(?:i'm|i am) (?:the |a |an |one of the )?${ROLE} (?:at|of|with|for)`,
    note: 'a job title before a reason the reader should care',
    source: GONG,
    subtype: 'self-introduction',
  },
  {
    phrase: "I'm Jonah, co-founder of …",
    pattern: `(?:i'm|i am|this is|it's) ${NAME_LOWER}(?:,| -| –| —) (?:the |a |an |one of the )?${ROLE} (?:at|of|with|for|from)`,
    note: 'the sender’s name and title before a reason the reader should care',
    source: GONG,
    subtype: 'self-introduction',
  },
  {
    phrase: "I'm Jonah from Shiftwise",
    pattern: `(?:(?:[Ii]'m|I am|[Tt]his is|[Ii]t's) ${PERSON}|${PERSON} here),? (?:from|at|with|over at|here at|here from) ${CAPITALISED_COMPANY}`,
    caseSensitive: true,
    note: 'the sender’s name and company before a reason the reader should care',
    source: GONG,
    subtype: 'self-introduction',
  },
  {
    phrase: 'I run Shiftwise …',
    // "I'm Sofia, and I run …" is one introduction, reported where it starts.
    pattern: `(?:(?:i'm|i am|this is) ${NAME_LOWER},? and )?(?:i (?:run|own|founded|co-founded|cofounded|started|launched) (?:(?:a|an) (?:${MODIFIER} ){0,3}${ORGANISATION_OR_PRODUCT_LOWER}|(?!(?:the|a|an|our|my|this|that|its|their)\\b)${ORGANISATION_WORD})|i (?:run|lead|head up|head|manage|oversee) (?:[\\p{L}&-]+ ){1,4}?(?:at|for) ${COMPANY})`,
    note: 'what the sender runs, before anything about the reader',
    source: GONG,
    subtype: 'self-introduction',
  },
  {
    phrase: 'Our company …',
    pattern:
      '(?:our|my) (?:company|firm|agency|startup|platform|product|solution) (?:helps|provides|offers|specializes|specialises|is (?:a|an|the)(?! (?:little|bit|tad|touch|lot|few|while|moment)\\b))',
    note: 'the product is the subject of the opening',
    source: GONG,
  },
  {
    phrase: 'We are a boutique agency …',
    pattern: `(?:we are|we're) (?:a|an) (?!${HYPE}\\b)(?:[\\p{L}\\p{N}-]+,? ){0,4}?${ORGANISATION}`,
    note: 'a self-portrait of the sender in place of anything about the reader',
    source: GONG,
    subtype: 'self-portrait',
  },
  {
    phrase: 'We are Apex Staffing, a recruiting firm …',
    pattern: `[Ww]e(?: are|'re) ${NAME}(?:,| -| –| —) (?:a|an|the) ${MODIFIERS}${ORGANISATION_OR_PRODUCT}`,
    caseSensitive: true,
    note: 'the sender’s company and what it is, in place of anything about the reader',
    source: GONG,
    subtype: 'self-portrait',
  },
  {
    phrase: 'We are writing to inform you about our …',
    pattern: `(?:(?:we are|we're|i am|i'm) (?:writing|contacting you|getting in touch|pleased|happy|excited|thrilled|delighted|proud)|(?:we|i) would like|(?:we'd|i'd) like) to (?:inform you (?:about|of)|tell you about|let you know about|notify you (?:about|of)|make you aware of|announce|introduce|present|share|offer you) (?:our|my) (?:[\\p{L}-]+ ){0,3}?${OFFERING}`,
    note: 'the reason for writing is the sender’s range of products',
    source: GONG,
  },
  {
    phrase: 'Trackly is a time-tracking tool …',
    pattern: `${NAME} (?:is|are) (?:(?:simply|truly|really|quite|easily|proudly|officially) )?(?:a|an|the) ${MODIFIERS}${PRODUCT_KIND}`,
    caseSensitive: true,
    note: 'the product is the subject of the opening',
    source: GONG,
    subtype: 'product-kind',
  },
  {
    phrase: 'Pipewise Pro is here',
    pattern: `${NAME} (?:is|are) (?:finally |now )?(?:here|live|available now|out now)|${NAME} (?:is|are) now (?:available|out)`,
    caseSensitive: true,
    note: 'a launch announcement: the product, not the reader, opens the message',
    source: GONG,
    subtype: 'product-name',
  },
  {
    phrase: 'Keystone Residential has been managing … since 2009',
    pattern: `${NAME} (?:has|have) (?:been (?:helping|serving|managing|providing|supplying|delivering|installing|building|designing)(?=[^.!?\\n]{0,80}?\\b(?:since (?:19|20)\\d\\d|for (?:over |more than |nearly |almost )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty) (?:years|decades)))|helped (?:over |more than |nearly |almost )?(?:\\d[\\d,]*\\+?|hundreds|thousands|dozens))`,
    caseSensitive: true,
    note: 'the company’s history or track record comes before anything about the reader',
    source: GONG,
    subtype: 'company-history',
  },
  {
    phrase: 'Lingua Bridge Academy was founded in 2009 …',
    pattern: `(?:(?:Founded|Established|Started|Launched|Born) in (?:19|20)\\d\\d,? ${NAME} (?:has|have|is|are|was|were)|(?:For (?:over |more than |nearly |almost |the (?:past|last) )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty) (?:years|decades)|Since (?:19|20)\\d\\d),? ${NAME} (?:has|have)|${NAME} (?:was|were) (?:founded|established|started|launched|set up|born) (?:in (?:19|20)\\d\\d|back in|by|over|more than|nearly|almost|\\d))`,
    caseSensitive: true,
    note: 'the company’s founding story comes before anything about the reader',
    source: GONG,
    subtype: 'founding',
  },
  {
    phrase: 'Our mission is …',
    pattern: '(?:our|my) (?:mission|purpose|vision) (?:is|has always been|has been|remains)',
    note: 'the sender’s mission statement in place of anything about the reader',
    source: GONG,
    subtype: 'self-portrait',
  },
  {
    phrase: "We're excited to announce CloudDesk Pro",
    pattern: `(?:[Ww]e(?:'re| are)|I'm|I am) (?:so |very |really |super )?(?:excited|thrilled|pleased|proud|happy|delighted) to (?:announce|introduce|unveil|launch|present|share) ${NAME}`,
    caseSensitive: true,
    note: 'a launch announcement: the product, not the reader, opens the message',
    source: GONG,
    subtype: 'announcement',
  },
  {
    phrase: "We're thrilled to announce that Northgate Clinic is now open",
    pattern: `${GLAD_TO_TELL} that (?:(?:[Ww]e(?:'ve| have|'re| are)?|[Oo]ur (?:new |first |second |third )?[\\p{L}-]+(?: [\\p{L}-]+)? (?:is|are|has|have)|(?:the )?${NAME} (?:is|are|has|have)) ${NEWS})`,
    caseSensitive: true,
    note: 'the sender’s own news (an opening, a launch, an award) is the first thing the reader reads',
    source: GONG,
    subtype: 'sender-news',
  },
  {
    phrase: 'Corvane Labs just received FDA approval …',
    pattern: `(?:The )?${NAME} (?:(?:just|recently|officially|finally) )?(?:(?:has|have) (?:just |recently |officially |finally )?)?(?:received|won|launched|released|opened|unveiled|introduced|secured|earned|celebrated)\\b`,
    caseSensitive: true,
    note: 'the sender’s company news, as the signature names the company, opens the message',
    source: GONG,
    subtype: 'company-news',
  },
  {
    phrase: 'Ashby & Moore has been preparing returns … for thirty years',
    pattern: `(?:The )?${NAME} (?:has|have) (?:(?:proudly|happily|quietly) )?been (?:\\p{Ll}{3,}ing|in business|around|family-owned|locally owned)\\b(?=[^.!?\\n]{0,80}?\\b${TRACK_RECORD})`,
    caseSensitive: true,
    note: 'the company’s track record in its trade, as the signature names the company, opens the message',
    source: GONG,
    subtype: 'sender-history',
  },
  {
    phrase: 'Cedar Hall is now booking 2027 weddings',
    pattern: `(?:The )?${NAME} (?:is|are) (?:(?:now|currently|officially|finally) )?${OPEN_FOR_CUSTOM}\\b`,
    caseSensitive: true,
    note: 'the sender’s business announcing it is open for custom, as the signature names it, opens the message',
    source: GONG,
    subtype: 'company-news',
  },
  {
    phrase: "Vaultly's spring release is live",
    pattern: `(?:The )?${NAME}(?:'s|') (?:(?:[\\p{L}\\p{N}-]+) ){0,3}?${RELEASE} (?:is|are|has|have) (?:(?:now|finally|officially|just) )?(?:live|here|out|available|launched|arrived|landed|shipped|rolling out|(?:been )?(?:released|launched|shipped))\\b`,
    caseSensitive: true,
    note: 'the sender’s product news (a release, an update) is the first thing the reader reads',
    source: GONG,
    subtype: 'release',
  },
  {
    phrase: 'My wife and I opened Corner Shelf Books in 1992',
    // "When I opened Stillwater Yoga twelve years ago, …" tells the same story.
    pattern: `(?:(?:[Ww]hen|[Bb]ack when|[Ee]ver since) )?(?:${CO_FOUNDERS})?(?:I|[Ww]e) (?:(?:first|originally|proudly) )?(?:opened|founded|co-founded|cofounded|started|launched|established|set up|built|took over|bought) (?:the )?${NAME} (?:back )?(?:in (?:19|20)\\d\\d|(?:over |more than |nearly |almost )?${YEARS_COUNT} (?:years|decades) ago)`,
    caseSensitive: true,
    note: 'the sender’s founding story comes before anything about the reader',
    source: GONG,
    subtype: 'founding-story',
  },
  {
    phrase: "I'm Lena Park, principal at Northfield Design, an award-winning firm",
    pattern: `(?:i'm|i am|this is|my name is) ${NAME_LOWER}(?:,| -| –| —) (?:the |a |an |one of the )?${SELLER_TITLE}(?:at|of|with|for) (?:the )?${ORGANISATION_WORD}(?: ${ORGANISATION_WORD}){0,3}(?:,| -| –| —) (?:a|an|the|one of the) ${MODIFIERS}${VENDOR_KIND_LOWER}\\b`,
    note: 'the sender’s name and title, then a description of their firm, before a reason the reader should care',
    source: GONG,
    subtype: 'self-introduction',
  },
  {
    phrase: 'Please find below our current price list',
    pattern: `(?:(?:please )?find (?:attached|below|enclosed|herewith)|attached (?:is|are)|enclosed (?:is|are)|(?:i've|i have|we've|we have) (?:attached|enclosed|included)|here (?:is|are)|here's) (?:(?:our|my) (?:[\\p{L}-]+ ){0,3}?(?:${CATALOGUE}|range|collection|services|products|packages)|the (?:[\\p{L}-]+ ){0,3}?${CATALOGUE})`,
    note: 'the sender’s catalogue, handed over unasked, is the first thing the reader reads',
    source: GONG,
    subtype: 'catalogue',
  },
  {
    phrase: 'ShieldPlus includes …',
    pattern: `${NAME} (?:includes|offers|comes with|is packed with|gives you|lets you|helps (?:you|your|teams|companies|businesses|brands|agencies|clinics|firms|organi[sz]ations))`,
    caseSensitive: true,
    note: 'what the product has comes before anything about the reader',
    source: GONG,
    subtype: 'product-name',
  },
  {
    phrase: 'Meet Trackly',
    pattern: `(?:Meet|Say hello to) ${NAME}(?=\\s*(?:[.!:—–]|[,-]\\s*(?:the|a|an|your)\\b))|(?:Introducing|Announcing) ${NAME}`,
    caseSensitive: true,
    note: 'a product introduction as the first thing the reader reads',
    source: GONG,
    subtype: 'product',
  },
  {
    phrase: 'Greenline Pest Solutions is the most trusted …',
    pattern: `(?:The )?${NAME} (?:(?:is|are) (?:(?:simply|truly|really|quite|easily|proudly|officially) )?(?:a|an|the|one of the)(?! (?:few|little|bit|tad|touch|lot|couple|day|week|month|year|while|moment|reminder)\\b)|(?:delivers|offers|provides|helps|brings|specializes|specialises|combines|empowers|enables|transforms|powers|serves|builds|creates|designs|makes|gives|lets|turns|puts|takes|handles|leads|has (?:been (?:helping|serving|trusted|named|voted|rated|the|a|an)|helped|served|the|over|more than))\\b)`,
    caseSensitive: true,
    note: 'the sender’s own company or product, as the signature names it, is the subject of the opening',
    source: GONG,
    subtype: 'sender-name',
  },
  {
    phrase: 'We help companies …',
    pattern:
      '(?:we|our team) (?:help|helps|work with|partner with) (?:companies|businesses|teams|organizations|organisations|brands|leaders|firms)',
    note: 'a positioning statement about the sender, not about this reader',
    source: GONG,
  },
  {
    phrase: 'Riverside Arts Academy is opening a second campus',
    pattern: `(?:The )?${NAME} (?:is|are) (?:(?:now|currently|officially|finally|proudly|soon) )?${NEXT_STEP}\\b`,
    caseSensitive: true,
    note: 'the sender’s business news (a new campus, an event, a program), as the signature names the business, opens the message',
    source: GONG,
    subtype: 'company-news',
  },
  {
    phrase: 'Our firm is hosting a free workshop',
    pattern: `(?:our|my) ${OWN_ORGANISATION} (?:(?:is|are) (?:(?:now|currently|officially|finally|proudly|soon) )?${NEXT_STEP}|(?:(?:has|have) )?(?:just |recently |officially |finally )?(?:launched|opened|unveiled|expanded|introduced|rolled out))\\b`,
    note: 'the sender’s own organisation and its news or event are the first thing the reader reads',
    source: GONG,
    subtype: 'organisation-news',
  },
  {
    phrase: 'I wanted to share something our team has been working on',
    pattern: `(?:(?:i|we) (?:just |really )?(?:wanted|want|would like)|(?:i'd|we'd) (?:just |really )?(?:like|love)|(?:i'm|we're|i am|we are) (?:so |really |very )?(?:excited|thrilled|proud|happy|writing)) to (?:share|show you|tell you (?:a (?:bit|little) )?about|walk you through|give you a (?:peek|look|preview|glimpse) (?:at|of)) (?:something|what|a (?:(?:new|little|big|small) )?(?:project|thing|idea|program|offering)|the (?:project|work|thing|program))(?: (?:that|which))? ${OWN_WORK}\\b`,
    note: 'the sender’s own work, offered to show before anything about the reader',
    source: GONG,
    subtype: 'sender-work',
  },
  {
    phrase: 'We just got our fall shipment of … in',
    pattern: `(?:i|we)(?:'ve| have)? (?:just |finally |recently )?(?:got|gotten|received|taken delivery of|restocked|brought in) (?:in )?(?:our|a|the) (?:(?:new|fresh|latest|first|big|spring|summer|fall|autumn|winter|holiday|seasonal) ){0,2}(?:shipment|batch|truckload|container|allocation|stock|inventory)s? of\\b|our (?:(?:new|fresh|latest|first|big|spring|summer|fall|autumn|winter|holiday|seasonal) ){1,2}(?:shipment|batch|truckload|container|allocation|stock|inventory|collection|arrivals)(?: of [\\p{L}\\p{N} -]{1,40}?)? (?:just |finally )?(?:arrived|came in|landed|is in|are in)\\b`,
    note: 'the sender’s new stock arriving is the first thing the reader reads',
    source: GONG,
    subtype: 'stock-news',
  },
  {
    phrase: 'Spring move-in special: your first month is free',
    pattern: OFFER_HEADLINE,
    note: 'the name of the sender’s offer, as a headline, is the first thing the reader reads',
    source: GONG,
    subtype: 'offer-headline',
  },
]);
