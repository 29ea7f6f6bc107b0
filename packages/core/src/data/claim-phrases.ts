import { definePhrases } from './phrase-entry.js';

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

/** Superlatives and brag numbers a reader cannot check. */
export const CLAIM_PHRASES = definePhrases([
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
    pattern: `(?:the )?${SUPERLATIVE} (?:[\\p{L}-]+ ){0,2}?${OFFERING} (?:(?:you'll|you will|you can|you could) (?:ever )?find )?${SCOPE}`,
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
    pattern: `(?:nobody|no one|no other (?:[\\p{L}-]+ ){0,2}?${OFFERING}) (?:(?:can|does|will|could) )?(?:sells?|does|do|beats?|gets?|finds?|delivers?|ships?|closes?|knows?|handles?|treats?|services?|serves?|offers?|builds?|makes?|works?|cares?|pays?|moves?|fixes?|installs?|responds?|answers?) (?:[\\p{L}'-]+ ){0,3}?(?:faster|better|cheaper|quicker|harder|more|for less|like (?:us|we do|me|i do))(?! than (?:you|your|yours|they|their|he|she|him|her|i|me)\\b)|(?:nobody|no one) (?:can )?(?:beats?|tops?|match(?:es)?) (?:our|my|us|me)\\b`,
    note: 'a comparative claim about every competitor, with no basis given',
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
]);
