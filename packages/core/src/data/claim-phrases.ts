import { definePhrases, type PhraseEntry } from './phrase-entry.js';

/** A claim phrase, with what the guard must see around it before the claim counts. */
export interface ClaimEntry extends PhraseEntry {
  /**
   * Set when the words alone are as often plain fact ("the fastest route in the city") as a
   * boast. `is`: the sentence must say the sender, their firm, people or product *is* what the
   * phrase describes ("we're the fastest…", "Our recruiters are the most experienced…", "Acme is
   * the leading…" with Acme in the signature). `does`: the sender must be the sentence's actor
   * ("we place only the top 5% of applicants").
   */
  readonly aboutSender?: 'is' | 'does';
  /** True when the match is followed by "in <Place>", and the place must have a capital. */
  readonly namedPlace?: boolean;
}

const FTC =
  'EVIDENCE.md: FTC substantiation policy (1984) — objective claims need a reasonable basis';

/** What a seller sells or is: a superlative needs one of these to be a claim about the business. */
const OFFERING =
  '(?:agents?|agenc(?:y|ies)|dealers?|dealerships?|insurers?|carriers?|brokers?|brokerages?|realtors?|firms?|compan(?:y|ies)|providers?|suppliers?|vendors?|makers?|manufacturers?|teams?|shops?|clinics?|lenders?|banks?|advis[eo]rs?|planners?|platforms?|tools?|apps?|software|products?|services?|solutions?|crms?|distributors?|retailers?|stores?|brands?|consultanc(?:y|ies)|consultants?|studios?|contractors?|installers?|rates?|prices?|pricing|deals?|values?|selection|inventory|coverage|support|customer service|lead times?|turnaround(?: times?)?|delivery|warrant(?:y|ies)|financing|offers?|quotes?|returns|quality)';

/** Where a superlative is said to hold: a market, a trade or a place. */
const SCOPE =
  '(?:(?:in|across|on) (?:the )?(?:business|industry|field|trade|market|game|world|country|nation|state|city|town|area|region|county|valley|metro|province|[\\p{L}-]+ area|north america|america|europe|the us|canada|the uk)|on the market|in town|anywhere|around|out there|than (?:anyone|anybody|any other)|in (?!(?:your|my|our|his|her|their|this|that|the|a|an|person|writing|advance|general|particular|practice|fact|total|full|time|cash|mind|stock|place|case|hand|order|return|turn|touch|line|charge|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter|years?|decades?|months?|weeks?|days?|history|ages|memory|recent|two|three|four|five|six|seven|eight|nine|ten|twenty)\\b)[\\p{L}-]+)';

const SUPERLATIVE =
  '(?:best|fastest|quickest|cheapest|lowest|highest|largest|biggest|top|lowest[- ]priced|best[- ]priced|most (?:trusted|reliable|experienced|affordable|competitive|advanced|powerful|accurate|secure|innovative|complete|comprehensive|respected|recommended))';

/**
 * A superlative or rank after "the": "the most responsive", "the fastest-growing", "the #1". Not
 * "the most of", "the most recent", "the most common", "the most important" (plain English).
 */
const RANK =
  'the (?:very )?(?:most[- ](?!(?:of|likely|often|recent|recently|common|commonly|important|importantly|part|popular questions?)\\b)[\\p{L}-]+|go-to|(?:best|top|leading|premier|foremost|(?!(?:latest|newest|smallest|slowest|worst|weakest|poorest|saddest|tiniest|closest|nearest|furthest|farthest|honest|modest|earnest|interest|forest|west|midwest|southwest|northwest|rest|test|guest|quest|request|contest|harvest|manifest|protest|digest|suggest|invest|nest|chest|pest|vest|zest|crest|arrest|conquest|behest|bequest|inquest|tempest|unrest|lest|everest)\\b)\\p{L}{2,}est)(?:-[\\p{L}]+)?|number[- ]one|no\\.\\s*1|#1)';

/** US states and regions that a rank is said to hold in ("the best in Ohio", "in New England"). */
const US_PLACES =
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|new england|midwest|south|north|east|west|southeast|southwest|northeast|northwest|pacific northwest|gulf coast|west coast|east coast|tri-state(?: area)?|bay area';

/** Trades, markets and places a rank is said to hold in, written in lower case. */
const FIELD_WORDS =
  'business|industry|field|trade|market|marketplace|game|biz|sector|space|profession|world|country|nation|state|city|town|area|region|county|valley|metro|province|neighbou?rhood|land|us|usa|u\\.s\\.|uk|eu|americas?|north america|europe|canada|australia|planet|universe';

/** Peers a rank is said to beat: "among regional insurers", "among all the agencies we know". */
const PEERS =
  '(?:firms|agencies|brokers|brokerages|companies|providers|competitors|dealers|dealerships|lenders|insurers|carriers|vendors|agents|realtors|peers|platforms|clinics|practices|banks|shops|studios|consultancies|schools|gyms|venues|contractors|installers)';

/**
 * The field a rank is measured against: a trade, a market, a place, every rival, or everyone the
 * reader or anyone has ever dealt with. A place written with a capital ("in Charlotte") is a
 * separate entry, checked for its capital in the guard.
 */
const FIELD = `(?:(?:in|across|on|throughout) (?:all (?:of )?)?(?:the )?(?:entire |whole )?(?:${FIELD_WORDS}|${US_PLACES}|[\\p{L}-]+ (?:area|region|market|industry|sector|space|county|valley|metro|business|trade))|(?:in|around) town|around here|anywhere|out there|on (?:the )?(?:market|planet|earth)|among (?:all )?(?:the )?(?:[\\p{L}-]+ ){0,2}?${PEERS}|(?:(?:that|who) )?(?:they|you|anyone|anybody|clients|customers|buyers|owners|couples|families|people|members|patients|homeowners|shoppers|guests)(?:'ve|'ll|'d| have| will| would| could| can)? (?:ever|possibly)|of all time|(?:of|among) (?:any|all)(?: (?:the )?other)? (?:[\\p{L}-]+ ){0,2}?(?:firm|agency|agencies|broker|company|companies|provider|dealer|lender|insurer|carrier|vendor|agent|shop|clinic|practice|bank|gym|studio|venue|contractor|installer|team)s?|than (?:anyone|anybody|everyone|any other|all the others|the competition|our competitors|the rest))(?![\\p{L}])`;

/** A word inside a ranked noun phrase: not a word that starts a field ("in", "among", "anywhere"). */
const RANKED_WORD =
  "(?!(?:in|on|across|throughout|among|anywhere|around|out|than|of|that|who|they|you|anyone|anybody|ever)\\b)[\\p{L}'&-]+";

/** A place name after "in", checked for its capital in the guard: "in Charlotte", "in New England". */
const NAMED_PLACE = `in (?:the )?(?!(?:the|a|an|this|that|our|your|their|my|his|her|its|${FIELD_WORDS}|${US_PLACES})(?![\\p{L}-]))\\p{L}[\\p{L}-]*(?: (?:england|york|jersey|hampshire|mexico|carolina|dakota|virginia|island|orleans|city|county|valley|area|region|coast|bay|kingdom|zealand|america|angeles|francisco|diego|jose|antonio|vegas|springs|beach|rapids|falls|heights|hills|park|metro|triangle|state|lakes|plains))?`;

/**
 * Words that may stand between a comparative and "than" in a boast ("more combined experience
 * than", "better results than"), but not a preposition or a pronoun: "I've learned more from you
 * than anyone" praises the reader.
 */
const COMPARED_WORD =
  '(?!(?:from|about|with|to|for|of|in|on|at|by|you|your|yours|him|her|them|us|me|it|this|that|now|here|there|ever|so|too|than)\\b)[\\p{L}-]+';

/** What the sender tried or used: the rival beaten is then someone else's product. */
const USED_BY_SENDER =
  "(?! (?:[\\p{L}-]+ ){0,2}?(?:we|i)(?:'ve| have| had)? (?:ever |also )?(?:tried|used|tested|worked with|hired|bought|seen|had|considered|reviewed|looked at)\\b)";

/**
 * Better than every rival: "faster than anyone", "well above anyone else around here". Not when
 * someone else serves the sender ("that tool saved us more time than any other we have tried").
 */
const BEYOND_EVERYONE =
  `(?<!\\b(?:me|us) )(?:(?:(?:better|faster|higher|lower|cheaper|quicker|stronger)(?: ${COMPARED_WORD}){0,3}|more(?: ${COMPARED_WORD}){1,3}) than|` +
  '(?:well |way |far |miles |head and shoulders )?(?:above|ahead of|beyond)) (?:anyone|anybody|everyone|any other(?: (?!(?:in|on|at|around|out|for|to|of|than|we|i|you|they)\\b)[\\p{L}-]+){0,2}|all (?:the )?other(?:s| [\\p{L}-]+)|the (?:competition|rest)(?: of the [\\p{L}-]+)?|our competitors|(?:most|other) (?:[\\p{L}-]+ )?' +
  `(?:firms|agencies|brokers|companies|providers|dealers|lenders|agents|shops|banks|insurers|carriers|gyms|clinics))(?: else)?(?! (?:expected|thought|imagined|planned|predicted|hoped|anticipated|guessed|would)\\b)${USED_BY_SENDER}`;

/** What a rival does, in "nobody sells homes faster", "no one else moves as quickly". */
const RIVAL_VERB =
  '(?:sells?|does|do|beats?|gets?|finds?|delivers?|ships?|closes?|knows?|handles?|treats?|services?|serves?|offers?|builds?|makes?|works?|cares?|pays?|moves?|fixes?|installs?|responds?|answers?|places?|fills?|turns?|hires?|finishes|completes?)';

/** Superlatives and brag numbers a reader cannot check. */
export const CLAIM_PHRASES = definePhrases<ClaimEntry>([
  {
    phrase: 'number one',
    pattern:
      '(?:the |a )?(?:number[- ]one|no\\.\\s*1|#1|number 1)(?! priority| (?:goal|concern|question|fan|reason|thing|rule|tip|mistake))',
    note: 'a ranking claim that needs a source',
    source: FTC,
    subtype: 'rank',
  },
  {
    phrase: 'leading',
    pattern:
      '(?:industry|market|world|category)[- ]leading|(?:the|a) leading (?:provider|platform|company|vendor|solution|supplier|agency|firm|brand|expert|tool|software)',
    note: 'a leadership claim with no basis given',
    source: FTC,
    subtype: 'rank',
  },
  {
    phrase: 'world-class',
    pattern: 'world[- ]class',
    note: 'a quality claim with no basis given',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'best-in-class',
    pattern: 'best[- ]in[- ](?:class|breed)',
    note: 'a comparative claim with no basis given',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: '159 of the Fortune 500',
    pattern: '(?:\\d[\\d,]*%?|half|most|many) of the fortune (?:500|100|1000)',
    note: 'a brag number the reader cannot check',
    source: FTC,
    subtype: 'number',
  },
  {
    phrase: 'trusted by 10,000+ companies',
    pattern:
      '(?:trusted|used|loved|chosen) by (?:over |more than )?\\d[\\d,.]*[km]?\\+? (?:companies|customers|teams|businesses|brands|users|organizations|organisations)',
    note: 'a brag number the reader cannot check',
    source: FTC,
    subtype: 'number',
  },
  {
    phrase: 'the most advanced on the market',
    pattern:
      '(?:the )?(?:most (?:advanced|powerful|innovative|complete|comprehensive|trusted|accurate|secure)|fastest|best(?! practices?\\b)|only|cheapest|smartest) [\\p{L} -]{0,40}?(?:on the market|in the industry|in the world|available today|available anywhere|out there)',
    note: 'a superlative about the product that needs a source',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'unmatched',
    pattern: 'unmatched|unparalleled|second to none|unbeatable|like no other',
    note: 'a comparative claim with no basis given',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'guaranteed results',
    pattern: 'guaranteed (?:results|roi|growth|success|leads)|guarantee (?:you|results)',
    note: 'a promise of outcome the sender cannot keep',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'award-winning',
    pattern: 'award[- ]winning',
    note: 'an award claim without naming the award',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: '10x your revenue',
    pattern:
      '(?:\\d+x|double|triple) your (?:revenue|sales|pipeline|leads|roi|growth|conversions?)',
    note: 'a results claim about the reader’s numbers with no basis',
    source: FTC,
    subtype: 'number',
  },
  {
    phrase: 'the highest-rated insurer',
    pattern: `(?:the |a )?(?:highest|top|best)[- ](?:rated|ranked|reviewed) (?:[\\p{L}-]+ ){0,2}?${OFFERING}|the (?:top|highest|best)[- ](?:producing|performing|selling|grossing) (?:[\\p{L}-]+ ){0,2}?(?:agent|agency|broker|realtor|dealer|dealership|team|firm|advis[eo]r|rep|salesperson|office|branch|lender|insurer|store|shop|company|provider)`,
    note: 'a ranking claim that needs a source',
    source: FTC,
    subtype: 'rank',
  },
  {
    phrase: 'the best trade-in values in the city',
    // Not where the sender's people come from or who they work beside: "our engineers come from
    // some of the top companies in the industry" praises other firms.
    pattern: `(?<!\\b(?:from|among|alongside|like)(?: (?:one|some|many) of)?(?: the)? )(?:the )?${SUPERLATIVE} (?:[\\p{L}-]+ ){0,2}?${OFFERING} (?:(?:you'll|you will|you can|you could) (?:ever )?find )?${SCOPE}`,
    note: 'a superlative about what the sender offers, compared with a whole market',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'the best in the business',
    pattern:
      '(?<!\\b(?:with|from|among|like|hire|hired|meet|met)(?: (?:one|some) of)?(?: the)? )(?:the )?(?:very )?best in the (?:business|industry|biz|game|field|trade|market|city|town|area|region|county|valley|state)',
    note: 'a comparative claim with no basis given',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'the industry’s most trusted',
    pattern: `(?:the )?(?:industry's|market's) (?:most [\\p{L}-]+|best|fastest|largest|biggest|leading|top|favou?rite|highest[- ]rated|cheapest|number[- ]one|#1|premier|foremost)|(?:the )?(?:world's|nation's|country's|state's|city's|region's|area's|town's|county's|valley's) (?:most [\\p{L}-]+|best|fastest|largest|biggest|leading|top|favou?rite|highest[- ]rated|cheapest|number[- ]one|#1|premier|foremost) (?:[\\p{L}-]+ ){0,2}?${OFFERING}`,
    note: 'a ranking claim that needs a source',
    source: FTC,
    subtype: 'rank',
  },
  {
    phrase: 'nobody sells homes faster',
    // "Else" and "as quickly" say the same ("no one else in the market moves as quickly"), but only
    // as a boast when the rival field is a market or the sender is named ("as fast as we do"): "no
    // one else on the board works as hard as you" praises the reader.
    pattern: `(?:nobody|no one|no other (?:[\\p{L}-]+ ){0,2}?${OFFERING})(?: (?:in|around|across|on) (?:the |this |our )?[\\p{L}-]+(?: (?:area|region|county|valley|market|business|industry))?)? (?:(?:can|does|will|could) )?${RIVAL_VERB} (?:[\\p{L}'-]+ ){0,3}?(?:faster|better|cheaper|quicker|harder|more|for less|like (?:us|we do|me|i do)|as (?:[\\p{L}-]+ ){1,2}?as (?:us|we do|we can|me|i do|i can|our|my)\\b)(?! than (?:you|your|yours|they|their|he|she|him|her|i|me)\\b)|(?:(?:nobody|no one)(?: else)? (?:in|around|across|on|out) (?:the |this |our )?(?:market|industry|business|field|trade|space|sector|area|region|city|town|state|country|county|valley|metro|game|there)|no other (?:[\\p{L}-]+ ){0,2}?${OFFERING}(?: (?:in|around|across|on|out) (?:the |this |our )?[\\p{L}-]+)?) (?:(?:can|does|will|could) )?${RIVAL_VERB} (?:[\\p{L}'-]+ ){0,3}?(?:faster|better|cheaper|quicker|harder|as (?:quickly|fast|well|cheaply|carefully|reliably|hard|much|thoroughly|responsively|affordably|efficiently))(?=\\s*(?:[.!;]|$)| (?:than|as) (?:us|we|me|i|our|my)\\b)|(?:nobody|no one) (?:can )?(?:beats?|tops?|match(?:es)?) (?:our|my|us|me)\\b`,
    note: 'a comparative claim about every competitor, with no basis given',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'no other firm comes close to our results',
    // Every rival said to fall short of the sender: "nobody in the state comes anywhere near our
    // turnaround", "no other clinic can touch what we charge". Only when what is out of reach is
    // the sender's ("our", "us", "what we do"): "nothing comes close to your mom's pie" is praise.
    pattern: `(?:nobody|no one|no other (?:[\\p{L}-]+ ){0,2}?(?:${OFFERING}|centers?|centres?|schools?|programs?|programmes?|practices?|offices?|gyms?|salons?|academies|academy|tutors?|coaches|trainers?|restaurants?|venues?|hotels?|caterers?|florists?|photographers?|planners?|movers?|plumbers?|roofers?|builders?|landscapers?|cleaners?|labs?))(?: (?:in|around|across|on) (?:the |this |our )?[\\p{L}-]+(?: (?:area|region|county|valley|market|business|industry))?)? (?:even |really |truly )?(?:comes?|can come) (?:(?:anywhere )?close to|anywhere near) (?:us|me|our|my|what (?:we|i) (?:do|offer|deliver|charge))\\b|(?:nobody|no one|no other (?:[\\p{L}-]+ ){0,2}?${OFFERING}) (?:can )?(?:touch|rival|compete with|hold a candle to) (?:us|me|our|my|what (?:we|i) (?:do|offer|deliver|charge))\\b`,
    note: 'a comparison with every competitor, with no basis given',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'has beaten the S&P 500 every year',
    pattern:
      '(?:beaten|beat|beats|outperformed|outperforms?|outpaced|outpaces) (?:the )?(?:s&p(?: 500)?|market|stock market|dow(?: jones)?|nasdaq|index|benchmark|competition) (?:every (?:single )?(?:year|quarter)|year after year|each (?:year|quarter)|for \\d+ (?:straight|consecutive) years|since \\d{4})|(?:consistently|always|reliably) (?:beats?|beaten|outperforms?|outperformed) (?:the )?(?:market|s&p(?: 500)?|index|benchmark|competition)',
    note: 'a performance claim the reader cannot check, and past results are no promise',
    source: FTC,
    subtype: 'number',
  },
  {
    phrase: 'we’ll beat any deal in town',
    pattern: `(?<!(?:can't|cannot|won't|not|never|couldn't) (?:always |ever )?)(?:beat|beats|top|undercut) (?:any|every|anyone's|any other) (?:[\\p{L}-]+ )?(?:deal|price|offer|quote|rate|dealer|competitor|bid|estimate)s?(?:'s? (?:price|deal|offer|quote)s?)?(?: (?:in town|around|anywhere|out there))?`,
    note: 'a promise to beat every competitor that the reader cannot check',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'we are the most responsive firm in the region',
    pattern: `${RANK}(?: ${FIELD}|(?: ${RANKED_WORD}){1,4}?(?= ${FIELD}))`,
    note: 'a rank the sender gives itself against a whole field, with no source the reader can check',
    source: FTC,
    subtype: 'rank',
    aboutSender: 'is',
  },
  {
    phrase: 'Acme is the most trusted dealer in Charlotte',
    pattern: `${RANK} ${NAMED_PLACE}|${RANK}(?: ${RANKED_WORD}){1,4}?(?= ${NAMED_PLACE})`,
    note: 'a rank the sender gives itself in a named place, with no source the reader can check',
    source: FTC,
    subtype: 'rank',
    aboutSender: 'is',
    namedPlace: true,
  },
  {
    phrase: 'the leading warehouse staffing firm',
    pattern: `(?:the|a) leading(?: (?!(?:${OFFERING}|your|their|his|her|my|our|its|that|which|who|to|for|with|by|of|in|on|at|is|are|was)\\b)[\\p{L}&-]+){1,5}? ${OFFERING}`,
    note: 'a leadership claim with no basis given',
    source: FTC,
    subtype: 'rank',
    aboutSender: 'is',
  },
  {
    phrase: 'we place only the top 5% of applicants',
    pattern:
      '(?:only |just )?the top \\d+(?:\\.\\d+)?\\s*(?:%|percent) of (?!(?:your|their|his|her)\\b)[\\p{L}-]+',
    note: 'a selectivity claim the reader cannot check',
    source: FTC,
    subtype: 'number',
    aboutSender: 'does',
  },
  {
    phrase: 'voted best in town',
    pattern:
      'voted (?:the |as )?(?:best|#1|no\\.\\s*1|number[- ]one|top|favou?rite|most [\\p{L}-]+)(?:-[\\p{L}]+)?',
    note: 'a vote with no named voter the reader can check',
    source: FTC,
    subtype: 'rank',
    aboutSender: 'does',
  },
  {
    phrase: 'there’s no better deal in town',
    pattern: `(?:there(?:'s| is) no|you(?:'ll| will)?(?: (?:simply|just|honestly|really|truly))? (?:won't|will not|will never|'ll never|can't|cannot|couldn't|could not) (?:find|get|see)|nobody (?:has|offers|gives you)|no one (?:has|offers|gives you)|no) (?:a |an |any )?(?:better|cheaper|lower|faster|friendlier|bigger|more [\\p{L}-]+) (?:[\\p{L}-]+ ){0,2}?${OFFERING}(?![\\p{L}])|you (?:can't|cannot|won't|will not) (?:beat|match|top) (?:our|my|these|this) (?:[\\p{L}-]+ )?${OFFERING}`,
    note: 'a comparison with every competitor, with no basis given',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'the most effective treatment in its class',
    // A product ranked against everything like it: "the safest sedan in its class", "tolerated
    // better than anything else on the market". "It" is the product, so no sender is needed.
    pattern: `${RANK}(?: ${RANKED_WORD}){0,4}? in (?:its|their) (?:class|category|segment|price (?:range|bracket))|(?:(?:better|faster|cheaper|safer|easier)(?: ${COMPARED_WORD}){0,2}|more(?: ${COMPARED_WORD}){1,2}) than anything (?:else )?(?:on the market|out there|available|in (?:its|their) (?:class|category))`,
    note: 'a product ranked against its whole class, with no source the reader can check',
    source: FTC,
    subtype: 'superlative',
  },
  {
    phrase: 'we have placed more engineers than any other agency',
    // A tally the sender says beats every rival of the same trade, however long the thing counted
    // ("placed more nurses in rural Ohio hospitals than any other staffing firm"). Only a rival that
    // sells what the sender sells: "busier than any other month" ranks a time, and "you've taught
    // me more than any other vendor" or "than any other tool we've tried" praise someone else.
    pattern: `(?<!\\b(?:me|us|you|him|her|them|it) )(?:more|fewer|better|faster|quicker|cheaper|lower|higher|bigger|larger|stronger|longer)(?: (?!(?:than|you|your|yours|me|us|him|her|them|they|their)\\b)[\\p{L}\\p{N}'&-]+){0,8}? than (?:any|every) other (?:[\\p{L}-]+ ){0,2}?(?:${OFFERING}|recruiters?|search firms?|agents?|practices?|venues?|schools?|carriers?)${USED_BY_SENDER}`,
    note: 'a comparison with every competitor, with no basis given',
    source: FTC,
    subtype: 'superlative',
    aboutSender: 'does',
  },
  {
    phrase: '96% of our clients renew every year',
    // A near-perfect share of the sender's own customers said to come back, stay, recommend them
    // or succeed: "97% of our campers return", "nine in ten of our placements are still in seat
    // three years on". A plain share ("90% of our clients are in Ohio") is no boast.
    pattern:
      '(?:(?:[89]\\d|100)(?:\\.\\d+)?\\s*(?:%|percent)|(?:eighty|ninety)(?:-[a-z]+)? percent|(?:nine|9) (?:out of|in|of) (?:every )?(?:ten|10)) of (?:our|my) (?:[\\p{L}-]+ ){0,2}?(?:clients|customers|placements|candidates|hires|students|patients|members|families|campers|users|buyers|sellers|graduates|couples|homeowners|listings|homes|tenants|accounts|brides|learners|trainees|borrowers|policyholders|donors|subscribers|guests) (?:(?:are|were|have|has|had|would|will|still|now|all|typically|usually|consistently|go on to|end up|either) ){0,3}?(?:renew(?:ed|s)?|re-?sign(?:ed)?|return(?:ed)?|come back|came back|stay(?:ed)?(?! (?:home|in touch|local)\\b)|remain(?:ed)? (?:with|in|on|clients|customers|members)|still (?:in (?:seat|role|place|the (?:role|seat|job|position))|with (?:us|me|the)|employed|there|active|on (?:the job|board))|(?:would )?recommend(?:ed)? (?:us|me|our|my)|refer(?:red)? (?:us|me|a friend|friends|others)|(?:are |were )?(?:satisfied|happy|delighted)|rate(?:d)? (?:us|me|our|my)|see (?:results|a return|savings|an increase|improvement|a drop|a reduction)|hit (?:their|the) (?:goals?|targets?|numbers?)|reach(?:ed)? (?:their|the) (?:goals?|targets?)|pass(?:ed)? (?:their|the|on)|land(?:ed)? (?:a |an |the |their )?(?:jobs?|offers?|roles?|positions?|spots?)|(?:are |were |get |got )?(?:placed|hired|promoted|accepted|admitted)|succeed(?:ed)?|close(?:d)? (?:within|in under|above)|sell (?:above|over|within|in under|for more)|sold (?:above|over|within|in under|for more))',
    note: 'a brag number the reader cannot check',
    source: FTC,
    subtype: 'number',
  },
  {
    phrase: 'well above anyone else around here',
    pattern: BEYOND_EVERYONE,
    note: 'a comparison with every competitor, with no basis given',
    source: FTC,
    subtype: 'superlative',
    aboutSender: 'does',
  },
]);
