import { definePhrases } from './phrase-entry.js';

const GONG = 'EVIDENCE.md: Gong Labs talk-to-listen ratio (top reps talk 43%, listen 57%)';

/** Words that name a product capability; a list item holding one reads as a feature. */
export const FEATURE_TERMS = definePhrases([
  {
    phrase: 'dashboards and reports',
    pattern:
      'dashboards?|analytics|reporting|reports|insights|metrics|kpis?|forecasting|visuali[sz]ations?',
    note: 'a reporting capability',
    source: GONG,
  },
  {
    phrase: 'integrations',
    pattern:
      'integrat(?:es|ions?|ed)|api|apis|webhooks?|sync(?:s|ing|ed)?|plug-?ins?|connectors?|native|built-in|out-of-the-box|zapier|salesforce|hubspot|slack|sso|saml|scim',
    note: 'an integration capability',
    source: GONG,
  },
  {
    phrase: 'automation',
    pattern:
      'automat(?:ed|ic|ion|es)|ai(?:-powered|-driven)?|machine learning|workflows?|templates?|one-click|drag-and-drop|no-code|low-code|self-serve|bulk',
    note: 'an automation capability',
    source: GONG,
  },
  {
    phrase: 'real-time',
    pattern:
      'real-?time|unlimited|24/7|uptime|scalable|customi[sz]able|configurable|white-?label(?:ed|ing)?|multi-(?:user|language|currency|channel)|cloud(?:-based)?|mobile apps?|role-based|permissions|audit logs?|seats?|storage',
    note: 'a product property',
    source: GONG,
  },
  {
    phrase: 'SOC 2 compliance',
    pattern:
      'soc\\s*2|iso\\s*27001|gdpr(?:-ready|-compliant)?|hipaa(?:-compliant)?|encrypt(?:ed|ion)|compliance|security|backups?',
    note: 'a security or compliance property',
    source: GONG,
  },
  {
    phrase: 'dedicated support',
    pattern:
      '(?:dedicated|priority|premium|white-glove|live|personal|named) (?:sales |account |customer )?(?:support|onboarding|account manager|success manager|reps?|representatives?|account executive)|onboarding|support team|training',
    note: 'a service the vendor offers',
    source: GONG,
  },
  {
    phrase: '13.4-inch touchscreen',
    pattern:
      '\\d+(?:\\.\\d+)?(?:-| )?(?:inch(?:es)?|mm|cm|hp|horsepower|lb-ft|mpg|kwh|kw|mah|gb|tb|ghz|mp|megapixels?|speed|zone|l|oz|fl oz|ml|mg|mcg|kg|lbs?)|abv|ibus?|wireless|bluetooth|wi-?fi|usb(?:-c)?|gps|touchscreens?|hd|4k',
    note: 'a specification: a measure (size, weight, dose, strength, ABV) or a built-in part, the stuff of a spec sheet',
    source: GONG,
  },
  {
    phrase: 'once-daily dosing, scored tablet',
    pattern:
      '(?:once|twice)-(?:daily|weekly)|(?:extended|slow|controlled|delayed|immediate)-release|dosing|dosages?|tablets?|capsules?|(?:blister |tamper-evident )?packaging|(?:kegs|sixtels|(?:half|quarter|sixth)[- ]barrels?)',
    // What a product comes in, how it is dosed or packed: a drug rep's or a distributor's sheet.
    // Plain containers ("cans", "bottles") are left out: a list of them may be what to recycle.
    note: 'a product format: its dose form, release, packaging or the sizes it ships in',
    source: GONG,
  },
  {
    phrase: 'next-day delivery, 4,000 SKUs, Net-30 terms',
    pattern:
      '(?:same|next|\\d|two|three|four|five|six|seven)-day (?:delivery|deliveries|shipping|turnaround)|(?:daily|nightly|overnight|weekend|sunday|saturday) (?:delivery|deliveries)|free (?:delivery|shipping|returns|freight)|(?:\\d{1,3},)?\\d{3,}\\+? skus|net[- ]?\\d{2}(?: (?:day )?terms)?|(?:online|mobile|app-based|24/7) ordering|order tracking|(?:live|real-time) (?:tracking|inventory)|same-day credits?|no (?:order |delivery )?minimums?|(?:low|no) minimum orders?',
    // A distributor's or a wholesaler's sheet: how often it delivers, how much it stocks (a range
    // of hundreds of SKUs, not "3 SKUs backordered"), how it bills. Plain "delivery on Tuesday"
    // is left out: that is the reader's own schedule.
    note: "a supplier's service term: delivery speed, range stocked, ordering, payment terms",
    source: GONG,
  },
  {
    phrase: 'sauna and steam room',
    pattern:
      "(?:lap|heated|saltwater|indoor|outdoor|rooftop|resort-style) pools?|saunas?|steam rooms?|hot tubs?|cold plunges?|jacuzzis?|childcare|kids'? club|24-hour concierge|rooftop (?:deck|terrace|lounge)|(?:fitness|business|wellness) (?:center|centre|studio)|towel service|juice bar|smoothie bar|guest passes|group classes|amenit(?:y|ies)",
    // Plain words that also name logistics ("parking in lot B", "lockers at the front desk") are
    // left out: a list of them may be directions for the reader, not a sales sheet.
    note: 'an amenity: what a gym, a building or a venue has, listed like a feature',
    source: GONG,
  },
]);

/** Lead-ins that announce a list of the sender's features ("Our platform includes:"). */
export const FEATURE_LEAD_INS = definePhrases([
  {
    phrase: 'Key features',
    pattern:
      '(?:key |main |core |top |new |cool )?features|capabilities|feature (?:list|set|highlights)',
    note: 'announces a feature list',
    source: GONG,
  },
  {
    phrase: 'Our platform includes',
    pattern:
      '(?:our|the|acme|xx+) (?:platform|product|tool|solution|software|app|service|system|suite|plan|package)s? (?:also )?(?:offers|includes|provides|comes with|has|features|gives you|lets you|delivers|supports)',
    note: 'announces what the product has',
    source: GONG,
  },
  {
    phrase: 'We offer',
    pattern:
      "(?:we|it) (?:also )?(?:offer|offers|provide|provides|include|includes|support|supports|deliver|delivers)|with (?:our|acme|xx+) (?:platform|product|tool|solution|software|app)?,?\\s*you (?:get|can)|here(?:'s| is| are) what (?:we|our(?! (?:members|volunteers|customers|clients|community|neighbou?rs|students|families|donors|readers|guests|patients|kids)\\b)|it|you get)|what you(?:'d| would|'ll| will)? get|what(?:'s| is) included|why (?:teams|customers|companies) (?:choose|love|pick)|what(?: comes with|(?: is|'s) (?:included|packed|bundled) (?:in|into|with)) (?:it|this|them|each (?:one|account|plan|membership|package)|(?:a|an|every|each|any|our)(?: new)? (?:[\\p{L}\\p{N}&'-]+ ){0,3}?(?:accounts?|plans?|memberships?|subscriptions?|packages?|bundles?|tiers?|programs?|programmes?|partnerships?|agreements?|licen[cs]es?|kits?|boxes|box|orders?|upgrades?))\\s*:",
    // "Here's what comes with it:" before a list announces the product's contents as surely as
    // "what's included"; the colon keeps "what comes with it, in short, is peace of mind" out.
    // So does "what comes with a BrightCart account:" or "every Pro plan": any account, the one the
    // sender sells. "Your account" or "the contract" is the reader's own, and stays out.
    note: 'announces what the sender offers',
    source: GONG,
  },
  {
    phrase: 'Here’s everything you get',
    pattern:
      "everything (?:you(?:'ll| will|'d| would)? get|your [\\p{L}-]+ (?:(?:would|will|could) )?gets?|(?:that(?:'s| is) |that comes? |it(?:'s| is) )?included|(?:that )?comes with|(?:it|we) (?:offers?|includes?|has|have))|(?:our|the|club|building|resort|member|membership) (?:amenities|perks)(?! (?:for|on|at|near)\\b)|^\\s*(?:amenities|perks)\\s*:|our (?:services|offerings)(?: (?:include|are))?:",
    // "Everything your office would get:" names the reader's side only as the receiver of the
    // sender's offer; what follows is still the offer.
    note: 'announces everything the sender offers: amenities, perks, services',
    source: GONG,
  },
  {
    phrase: 'Here is an overview of what is available',
    pattern:
      "(?:overview|rundown|run-down|summary|snapshot|sampling|menu|quick look|look) of (?:what(?:'s| is| are) (?:available|on offer|offered)|what (?:the|our) [\\p{L}-]+ (?:can )?(?:offers?|makes?|provides?|does|produces?|handles?|carries|stocks?)|(?:our|the) (?:full )?(?:range|line-?up|catalog(?:ue)?|menu of services|service menu))|what(?:'s| is| are) (?:available|on offer) (?:to|for) (?:you|your)(?! (?:visit|stay|appointment|call|meeting|session|consult|consultation|tour|interview|event|trip)\\b)",
    // Weak alone: "what's available" may be slots, rooms or a registry's gifts. It announces the
    // sender's offer only in a message that has introduced the sender's firm or product
    // ("Summit Dental Studio is a full-service dental laboratory"); see `find-feature-dumps.ts`.
    note: 'announces an overview of what the sender makes or has available',
    source: GONG,
    subtype: 'needs-intro',
  },
]);

/** A sentence that describes the product, for runs of feature sentences without a list. */
export const FEATURE_SENTENCE_STARTS = definePhrases([
  {
    phrase: 'Our platform offers …',
    pattern:
      '(?:(?:plus|also|and|additionally|on top of that),? )?(?:our|the) (?:new )?(?:platform|product|tool|solution|software|app|system|dashboard|api|engine|suite|integration)s? (?:also )?(?:is|are|has|have|offers|includes|provides|supports|comes with|integrates|syncs|lets|features|works|runs|uses|gives)',
    note: 'a sentence about what the product does',
    source: GONG,
  },
  {
    phrase: 'We also offer …',
    pattern:
      "(?:(?:plus|also|and|additionally|on top of that),? )?we (?:also )?(?:offer|provide|support|integrate|include|have|deliver|built|build|ship|added|partner with)|we (?:also )?(?:run|host|operate|have) our own|we(?:'re| are) (?:also |especially |particularly |very |so )?(?:proud of|known for) our(?! (?:own )?(?:volunteers|members|community|team|staff|people|students|families|donors|clients|customers|partners|players|kids|neighbou?rs|town|city))",
    // "We're proud of our small class sizes" and "We run our own summer programs" list the
    // sender's offerings as surely as "we offer"; three in a row with no "you" is a prose dump.
    // "Proud of our volunteers" is about people, often the reader among them, so it is left out.
    note: 'a sentence about what the sender offers, runs or is proud of having',
    source: GONG,
  },
  {
    phrase: 'It also integrates …',
    pattern:
      '(?:(?:plus|also|and|additionally|on top of that),? )?it (?:also )?(?:offers|includes|integrates|supports|comes with|has|provides|syncs|lets|features|works|runs|uses|gives)',
    note: 'a sentence about what the product does',
    source: GONG,
  },
]);

/** Imperative verbs that start the steps of a how-to list ("Open Settings", "Click Save"). */
export const STEP_VERBS = definePhrases([
  {
    phrase: 'Open …, Click …',
    pattern:
      'open|click|tap|go|select|choose|enter|type|press|restart|reboot|reinstall|install|download|upload|update|clear|sign|log|navigate|visit|check|make sure|ensure|turn|switch|toggle|reset|copy|paste|add|remove|delete|save|run|set|find|scroll|drag|export|import|connect|disconnect|refresh|reload|wait|confirm|verify|fill|attach|send|reply|forward|call|bring|review|read|print|plug|unplug|close|give|take|apply|feed|store|avoid|continue|stop|repeat|monitor|watch',
    // Care instructions ("Give one tablet with food", "Store below 25 °C") are steps too.
    note: 'a step the reader takes: a how-to list, not a feature list',
  },
]);
