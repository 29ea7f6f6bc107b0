import { definePhrases } from './phrase-entry.js';

const FOLLOW_UP =
  'EVIDENCE.md: Woodpecker — 2–3 follow-ups work; unsubscribes rise after that (grade C)';
const THANKS = 'EVIDENCE.md: Boomerang — closing with thanks 62% vs 47.5%';

/** Guilt and pestering, mostly in follow-ups. */
export const GUILT_PHRASES = definePhrases([
  {
    phrase: 'just bumping this',
    pattern:
      '(?:just )?bumping (?:this|this up|this thread|this email|my (?:last |previous )?(?:email|note|message))(?: (?:up|to the top(?: of your inbox)?))?',
    note: 'a follow-up that adds nothing and points at the reader’s silence',
    source: FOLLOW_UP,
  },
  {
    phrase: 'I haven’t heard back',
    pattern:
      "(?:i |we )?(?:haven't|have not|hadn't|didn't|did not) (?:yet )?hear(?:d)? (?:(?:a (?:single )?word|anything|a thing|a peep|so much as a peep) )?(?:back|anything|a reply|from you)|(?:i |we )?(?:haven't|have not|hadn't|didn't|did not) (?:yet |even )?hear(?:d)? (?:so much as )?(?:a (?:single )?(?:peep|word|whisper|sound)|a thing)(?=\\s*(?:[.,;:!?\u2014\u2013]|$)| (?:since|after|in)\\b)|(?:heard|hear|hearing|gotten|got|received) nothing (?:back|from you)",
    note: 'blames the reader for not replying',
    source: FOLLOW_UP,
  },
  {
    phrase: 'did you get my email',
    pattern:
      '(?:(?:did|have) you (?:get|got|see|seen|receive|received|read|(?:get|got|had|have) (?:a |the )?(?:chance|moment|minute|time) to (?:read|see|look (?:at|over)|review|check|go over))|any chance you (?:saw|read|got|had a (?:chance|moment) to (?:read|look at))) my (?:last |previous |earlier |recent )?(?:email|e-mail|note|message|emails|messages|voicemail)',
    note: 'a question that implies the reader ignored the sender',
    source: FOLLOW_UP,
  },
  {
    phrase: 'per my last email',
    pattern:
      '(?:as )?per my (?:last|previous|earlier) (?:email|e-mail|note|message)|as i (?:mentioned|said|wrote) in my (?:last|previous|earlier) (?:email|e-mail|note|message)',
    note: 'a passive-aggressive reminder',
    source: FOLLOW_UP,
  },
  {
    phrase: 'you must be busy',
    pattern:
      "you must be (?:really |very |super )?busy|i know you're (?:really |very |super )?busy|you're probably (?:really |very |super )?busy|i'm sure you're (?:really |very |super )?busy",
    note: 'guesses at the reader’s state to guilt a reply',
    source: THANKS,
    subtype: 'busy',
  },
  {
    phrase: 'should I assume you’re not interested',
    pattern:
      "(?:should|shall|can|may) i (?:assume|take it)(?: that)? you(?:'re| are) not interested|i(?:'ll| will) (?:assume|take it)(?: that)? you(?:'re| are) not interested|(?:should|shall) i (?:stop|close your file)",
    note: 'a break-up line that pressures a reply',
    source: FOLLOW_UP,
  },
  {
    phrase: 'circling back again',
    pattern:
      '(?:circling|following|checking) (?:back |up |in )?(?:again|one more time|once more|for the (?:third|fourth|fifth|last) time)',
    note: 'points at repeated follow-ups',
    source: FOLLOW_UP,
  },
  {
    phrase: 'I’ve reached out several times',
    pattern:
      "(?:i've|i have|we've|we have) (?:now )?(?:tried to (?:reach|contact|call|email) you|reached out(?: to you)?|emailed(?: you)?|called(?: you)?|written(?: to you)?|messaged(?: you)?)(?: now)? (?:(?:several|a few|multiple|many|a number of|three|four|five) times|(?:twice|two times)(?: now)?(?: (?:without|with no) (?:a |any )?(?:reply|response|answer|word back)| (?:but|and) (?:still )?(?:haven't|have not|never) (?:heard back|heard from you|had a reply|had an answer|gotten a reply|got a reply)))",
    note: 'counts the sender’s efforts against the reader',
    source: FOLLOW_UP,
  },
  {
    phrase: 'without a reply',
    pattern: '(?:without|with no) (?:a |any )?(?:reply|response|answer|word back)(?: from you)?',
    note: 'points at the reader’s silence after the sender’s efforts',
    source: FOLLOW_UP,
    subtype: 'unanswered',
  },
  {
    phrase: 'floating this to the top of your inbox',
    pattern:
      '(?:just )?(?:floating|bumping|pushing|moving|bringing|popping|nudging|sending|putting|raising) (?:this|it|my (?:last |previous |earlier )?(?:email|e-mail|note|message)|this (?:email|e-mail|note|message|thread)) (?:back )?(?:up )?(?:to the top of your inbox|(?:in|into|to) your inbox|back to the top(?! of (?:my|our))|(?:on|onto) your radar)',
    note: 'a follow-up that adds nothing and points at the reader’s full inbox',
    source: FOLLOW_UP,
  },
  {
    phrase: 'did you forget about us',
    pattern:
      "(?:did|have) you (?:forget|forgotten) (?:about )?(?:us|me|our (?:cause|mission|work|offer|proposal|conversation|email|message|note|kids|children|families|community|animals)|my (?:last |previous )?(?:email|message|note|offer|proposal|calls?)|(?:the|all the|those) [\\p{L}-]+ (?:who|that) (?:count|counted|rely|relied|depend|depended) on you)|you(?: (?:must|may|might) have| have|'ve|'d)? forgotten (?:about )?(?:us|me)|you forgot (?:about )?(?:us|me)",
    note: 'accuses the reader of neglecting the sender or the sender’s cause',
    source: FOLLOW_UP,
  },
  {
    phrase: 'I can only assume it’s not a priority',
    pattern:
      "(?:i|we)(?: (?:can only|could only|have to|must|will|guess i'll|am left to|are left to)|'ll|'m left to|'re left to) (?:assume|conclude|take it)(?: that)? [^.?!\\n]{0,60}?(?:is not|isn't|is no longer|aren't|are not|not|no longer) (?:a |your |the )?(?:priority|priorities|interested|important|a fit|a good fit|relevant|on your radar)",
    note: 'reads the reader’s silence as a verdict, to guilt a reply',
    source: FOLLOW_UP,
  },
  {
    phrase: 'still waiting for your reply',
    pattern: '(?:still )?waiting (?:on|for) (?:your|a) (?:reply|response|answer|decision)',
    note: 'makes the reader responsible for the sender’s wait',
    source: FOLLOW_UP,
  },
  {
    phrase: 'in case you missed my email',
    pattern:
      "(?:in case|not sure if) you (?:missed|saw|didn't see|did not see) my (?:last |previous |earlier )?(?:email|note|message)",
    note: 'implies the reader overlooked the sender',
    source: FOLLOW_UP,
  },
  {
    phrase: 'I’m starting to think',
    pattern: "(?:i'm|i am) (?:starting|beginning) to (?:think|wonder|feel)(?: that)? you",
    note: 'a guilt line about the reader’s silence',
    source: FOLLOW_UP,
  },
  {
    phrase: 'This is my fourth email',
    pattern:
      "(?:this is|this will be|that's|that makes|this makes) (?:now )?my (?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|\\d+(?:rd|th)) (?:(?:and (?:final|last) )?(?:email|e-mail|note|message|follow-up|follow up|followup|attempt|try|voicemail|call)|time (?:reaching out|writing|emailing|asking|following up|trying))",
    note: 'counts the sender’s unanswered attempts against the reader',
    source: FOLLOW_UP,
  },
  {
    phrase: 'left on read',
    pattern:
      "left on read|not (?:even|so much as) (?:a|one) (?:thanks|thank you|thank-you|reply|response|acknowledg(?:e)?ment|word back|peep|quick no|simple no|no thanks)|(?:stings|stung|hurts|hurt)(?: (?:a (?:little|bit)|a little bit|somewhat))? (?:(?:to be|when i'm|when we're|being|to get|to go) (?:ignored|left on read|ghosted|brushed off|unanswered)|not to (?:hear|have heard|get)(?: (?:anything|a (?:word|thing|reply|response|peep)|back|from you))+|to hear nothing(?: back)?)|(?:surprised|disappointed|hurt|saddened|sad|upset|frustrated|confused) (?:not to hear|to hear nothing|to have heard nothing|to get no (?:reply|response|answer)|(?:that )?(?:i|we) (?:haven't|have not|hadn't|didn't|never) (?:heard|had|received|gotten|got) (?:back|anything|a (?:reply|response|word)|from you))",
    note: 'tells the reader their silence has hurt the sender',
    source: FOLLOW_UP,
    subtype: 'hurt',
  },
  {
    phrase: 'a reply would take you less time than it took me to write this',
    pattern:
      "less time than (?:it (?:took|takes|has taken) (?:me|us)|(?:i|we) (?:spent|took)|this (?:email|note|message) took (?:me|us))|after all (?:the|that|this|my|our) (?:hard )?(?:work|effort|time|trouble|hours) (?:i|we)(?:'ve| have)? (?:put|spent|invested)",
    note: 'weighs the sender’s effort against the reader’s silence',
    source: FOLLOW_UP,
  },
  {
    phrase: 'the least I could expect',
    pattern:
      "the least (?:i|we) (?:could|can|might|should) (?:expect|ask(?: for)?|hope for)|the least you (?:could|can|might) (?:do|have done|manage)|(?:(?:surely )?(?:that's|that is|it's|it is|is (?:that|it|this)|was (?:that|it|this)) (?:really )?(?:not )?)?too much to ask",
    note: 'tells the reader they owe the sender a reply',
    source: FOLLOW_UP,
    subtype: 'entitled',
  },
  {
    phrase: 'I’ll keep checking in until I hear something',
    pattern:
      "(?:i|we)(?:'ll| will| shall) (?:keep|continue|go on) (?:on )?(?:checking in|following up|reaching out|emailing|e-mailing|calling|writing|trying|pinging you|nudging you|bugging you|asking)(?: with you)? until (?:i|we) (?:hear|get|have) (?:something|anything|back|a (?:reply|response|answer|yes or (?:a )?no|decision)|an answer|from you)|(?:i|we) (?:won't|will not) (?:stop|give up) until (?:i|we) (?:hear|get) (?:something|anything|back|a (?:reply|response|answer)|an answer|from you)",
    note: 'promises to keep pestering until the reader answers',
    source: FOLLOW_UP,
  },
  {
    phrase: 'Did I do something wrong?',
    pattern:
      '(?:did|have) (?:i|we) (?:do|done|say|said) something (?:wrong|to (?:upset|offend) you)|did (?:i|we) (?:upset|offend) you',
    note: 'turns the reader’s silence into the sender’s hurt feelings',
    source: FOLLOW_UP,
    subtype: 'wrong',
  },
  {
    phrase: 'This is the third time I’ve written',
    pattern:
      "(?:this is|this will be|that's|that makes|this makes|it's|it is) (?:now |already )?(?:the|my) (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|nth|\\d+(?:nd|rd|th)) time (?:that )?(?:i've|i have|we've|we have|i|we|i'm|i am|we're|we are) (?:now )?(?:written|wrote|writing|reached out|reaching out|emailed|e-mailed|emailing|called|calling|messaged|followed up|following up|asked|asking|tried|contacted|sent|nudged|pinged|chased)(?: (?:to )?you| in| up)?(?! (?:to|for|with|on behalf of) (?!you\\b))",
    note: 'counts the sender’s unanswered attempts against the reader',
    source: FOLLOW_UP,
    subtype: 'count',
  },
  {
    phrase: 'I’ve now sent you four emails',
    pattern:
      "(?:i've|i have|we've|we have|i|we) (?:now |already |also )*(?:sent|written|left|emailed) you (?:(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|a few|a number of|many|numerous|\\d+) )(?:(?:separate|different|[\\p{L}-]+) )?(?:emails|e-mails|messages|notes|voicemails|texts|follow-ups|follow ups|reminders|letters)",
    note: 'counts the sender’s messages against the reader’s replies',
    source: FOLLOW_UP,
    subtype: 'sent-count',
  },
  {
    phrase: 'not received a single reply',
    pattern:
      "(?:haven't|have not|hasn't|has not|hadn't|had not|didn't|did not|not|never|yet to) (?:yet |even |once |so much as )*(?:received|receive|gotten|got|get|had) (?:a single|one single|even one|even a|so much as a|a|any|one) (?:reply|response|answer|word back|call back|callback|acknowledg(?:e)?ment)",
    note: 'blames the reader for not replying',
    source: FOLLOW_UP,
    subtype: 'no-reply',
  },
  {
    phrase: 'the courtesy of a reply',
    pattern:
      '(?:the )?(?:(?:common|basic|simple) )?(?:courtesy|decency) (?:of (?:a|an|any) (?:(?:quick|simple|short|brief) )?(?:reply|response|answer|call back|callback|acknowledg(?:e)?ment|no|heads-up|heads up|word|line|note)|to (?:reply|respond|answer|write back|get back to (?:me|us)|say no|let (?:me|us) know))',
    note: 'tells the reader their silence is rude',
    source: FOLLOW_UP,
    subtype: 'courtesy',
  },
  {
    phrase: 'the silence is a bit disappointing',
    pattern:
      '(?:the|your|this|all this|all the) silence (?:is|has been|was|feels|seems) (?:(?:a (?:bit|little)|a little bit|rather|quite|pretty|very|really|somewhat|frankly|honestly|getting|starting to (?:feel|get)|now|becoming|also) )*(?:disappointing|frustrating|hurtful|discouraging|disheartening|deafening|telling|upsetting|hard to (?:take|read|understand))|(?:disappointed|frustrated|hurt|saddened|discouraged|disheartened|puzzled) (?:by|at|with) (?:the|your|all this) (?:silence|lack of (?:a )?(?:reply|response|replies|responses|answer))',
    note: 'tells the reader their silence has let the sender down',
    source: FOLLOW_UP,
    subtype: 'hurt',
  },
  {
    phrase: 'I’d hate to think you’re just ignoring me',
    pattern:
      "you(?:'re| are|'ve been| have been| were| must be| might be| may be)? (?:just |simply |deliberately |purposely |purposefully |intentionally |now |still )?(?:ignoring|ignored|avoiding|dodging|ghosting|ghosted|blanking|screening) (?:me|us|my (?:emails?|e-mails?|calls?|messages?|notes?|voicemails?|texts?))|(?:am i|are we) being (?:ignored|ghosted|avoided|blanked)",
    note: 'accuses the reader of ignoring the sender',
    source: FOLLOW_UP,
    subtype: 'ignoring',
  },
  {
    phrase: 'so I can stop chasing this',
    pattern:
      "(?:so (?:i|we) can|(?:i|we)(?:'d| would) (?:love|like) to|let me|then (?:i|we) can|(?:i'm|i am|we're|we are) (?:tired of|sick of|done)) (?:finally )?(?:stop )?(?:chasing|pestering|bugging|nagging|hounding|badgering) (?:you|(?:this|it)(?=\\s*(?:[.,!?;:)]|$| and\\b| or\\b)))",
    note: 'calls the follow-up a chase the reader has forced on the sender',
    source: FOLLOW_UP,
    subtype: 'chasing',
  },
  {
    phrase: 'I’m not sure what else I’m supposed to do',
    pattern:
      "(?:i'm|i am|we're|we are) (?:honestly |really |just )?(?:not sure|unsure|at a loss(?: as to)?|out of ideas about) (?:what else|what more) (?:i'm|i am|we're|we are|i|we) (?:supposed|meant|expected) to do|(?:i|we) (?:don't|do not) know what (?:else|more) (?:i'm|i am|we're|we are) (?:supposed|meant|expected) to do",
    note: 'makes the reader responsible for the sender’s frustration',
    source: FOLLOW_UP,
    subtype: 'at-a-loss',
  },
  {
    phrase: 'it’s disappointing not to hear back',
    pattern:
      "(?:surprising|surprised|disappointing|disappointed|strange|odd|puzzling|a shame|a pity|frustrating|hurtful|sad|discouraging|disheartening) (?:that |to see that |to find that )?(?:not to (?:hear|have heard)(?= (?:back|anything|a (?:word|thing)|from you))|not to (?:get|receive|have (?:gotten|got|received)) (?:the |your |a |an |any )?(?:(?:signed|countersigned|completed|filled-in|approved) )?(?:[\\p{L}-]+ )?(?:order forms?|contracts?|agreements?|paperwork|forms?|purchase orders?|pos?|proposals?|quotes?|signatures?|sign-off|go-ahead|decision|answer|reply|response|feedback)(?: [\\p{L}-]+){0,2}? (?:back|from you)|you (?:still )?(?:haven't|have not|hadn't|had not|didn't|did not|never) (?:yet |even )?(?:replied|responded|answered|written back|gotten back|got back|sent (?:anything|a (?:word|reply|note|line)|a thing)(?: back)?|been in touch|gotten in touch|got in touch|acknowledged))",
    // Also what the reader was to send back: "disappointing not to get the signed order form back
    // on Friday". A thing from someone else ("…back from the lab") is left to the guard.
    note: 'tells the reader their silence has let the sender down',
    source: FOLLOW_UP,
    subtype: 'hurt',
  },
  {
    phrase: 'A quick “not interested” would have been the courteous thing',
    pattern:
      "(?:would(?:'ve| have)|might(?:'ve| have)|could(?:'ve| have)) been (?:the )?(?:(?:more|most|only|common|basic) )?(?:courteous|polite|decent|respectful|considerate|professional|gracious|courtesy|decency)(?: thing(?: to do)?)?|the (?:courteous|polite|decent|respectful|considerate|professional|gracious) thing (?:to do )?(?:would(?:'ve| have) been|was) to (?:reply|respond|answer|write back|say no|let (?:me|us) know|get back to (?:me|us))",
    note: 'tells the reader their silence was rude (the guard wants a reply named before or after)',
    source: FOLLOW_UP,
    subtype: 'rude',
  },
  {
    phrase: 'You haven’t opened any of our last three emails',
    pattern:
      "you (?:still )?(?:haven't|have not|hadn't|had not|didn't|did not|never) (?:yet |even |once |so much as )*(?:opened|read|looked at|clicked(?: on)?|replied to|responded to|answered|acknowledged) (?:(?:any|either|one|both|all|none) of )?(?:my|our) (?:last |previous |recent |earlier |past )?(?:(?:two|three|four|five|six|several|few|\\d+) )?(?:emails?|e-mails?|messages?|notes?|letters?|texts?|voicemails?|invitations?|reminders?)",
    note: 'reproaches the reader for not opening or answering the sender’s messages',
    source: FOLLOW_UP,
    subtype: 'unopened',
  },
  {
    phrase: 'it’s hard to believe you wouldn’t want to help',
    pattern:
      "(?:(?:hard|difficult) to (?:believe|imagine|understand)|(?:i|we) (?:can't|cannot|can not|couldn't) (?:believe|imagine|understand)) (?:that )?you (?:wouldn't|would not|don't|do not|won't|will not) (?:even )?(?:want|care|wish|be willing)",
    note: 'treats the reader’s no as unthinkable after what they were given, to guilt a yes',
    source: FOLLOW_UP,
    subtype: 'unthinkable',
  },
  {
    phrase: 'we expected you to be among them',
    pattern:
      "(?:i|we)(?: had|'d)? (?:(?:really|honestly|frankly|truly|certainly|genuinely) )?expected (?:(?:more|better) (?:of|from) you|you to be (?:among|one of) (?:them|those|the (?:first|others|many|rest)))",
    note: 'tells the reader they have fallen short of what the sender expected of them',
    source: FOLLOW_UP,
    subtype: 'expected',
  },
  {
    phrase: 'make sure this is still something you care about',
    pattern:
      '(?:sure|know|see|check|confirm|wonder(?:ing)?|ask(?:ing)?|clear) (?:that |if |whether )?(?:this|it|(?:your|the) [\\p{L}-]+(?: [\\p{L}-]+)?) is (?:still |really |truly )?(?:something|anything) you (?:still |really |truly |actually )?(?:care about|value|take seriously)',
    note: 'questions whether the reader cares, to guilt a reply',
    source: FOLLOW_UP,
    subtype: 'cares',
  },
  {
    phrase: 'Radio silence after all that work stings',
    pattern:
      '(?:radio silence|(?:your|all this|all your) silence|(?:the |this )?silence (?:on|from) your (?:end|side)|(?:the |this )?silence from you)(?: (?:after|since|following) [^.?!\\n]{1,40}?)?,? (?:(?:really|honestly|frankly|kind of|sort of|a bit|a little|now|still) )*(?:stings|stung|hurts|hurt|smarts|(?:is|has been|feels) (?:(?:a (?:bit|little)|rather|quite|pretty|really|honestly) )*(?:disappointing|frustrating|hurtful|discouraging|disheartening|upsetting))',
    note: 'tells the reader their silence has hurt the sender, after the sender’s efforts',
    source: FOLLOW_UP,
    subtype: 'hurt',
  },
  {
    phrase: 'I’m a little surprised, since you seemed so keen',
    pattern:
      '(?:surprised|disappointed|confused|puzzled|taken aback|saddened|sad),? (?:since|because|as|given (?:that|how)|when|after) you (?:seemed|sounded|looked|were|said you were|told (?:me|us) you were) (?:(?:so|really|very|quite|pretty|genuinely) )?(?:keen|interested|excited|enthusiastic|eager|positive|into it|on board)',
    note: 'sets the reader’s earlier interest against their silence, to guilt a reply',
    source: FOLLOW_UP,
    subtype: 'keen',
  },
  {
    phrase: 'Did my last two emails even make it to your inbox?',
    pattern:
      'did (?:the|my|our) (?:(?:last|previous|earlier|recent|other) )?(?:(?:two|three|four|five|few|couple of|several) )?(?:emails?|e-mails?|messages?|notes?|letters?|voicemails?) even (?:make it|get|reach|arrive|land|go)|did you even (?:get|see|read|open|receive|look at) (?:my|our) (?:(?:last|previous|earlier|recent) )?(?:(?:two|three|four|few|couple of) )?(?:emails?|e-mails?|messages?|notes?|letters?|voicemails?)',
    note: 'the “even” asks whether the reader ignored the sender, not whether mail arrived',
    source: FOLLOW_UP,
  },
  {
    phrase: 'At this point, a one-word reply would be appreciated',
    pattern:
      '(?:at this point|by now|at this stage|at the very least),? (?:even |just )?(?:a|one|any) (?:(?:one-word|one word|single-word|single word|two-word|one-line|quick|simple|short|brief) )?(?:reply|response|answer|word back|acknowledg(?:e)?ment|no|yes or no|heads-up) (?:would be|is all)',
    note: 'asks for the least of replies as something the reader owes by now',
    source: FOLLOW_UP,
    subtype: 'entitled',
  },
  {
    phrase: 'I really thought you cared',
    pattern:
      "(?:i|we)(?: had|'d)? (?:really|honestly|truly|genuinely) (?:thought|believed) you (?:(?:really|truly|genuinely) )?(?:cared|were (?:different|better)|(?:would|'d) (?:care|help|come through|step up))\\b|(?:i|we)(?: had|'d)? (?:(?:really|honestly|truly) )?(?:(?:hoped|thought) (?:that )?you(?:'d| would) be|expected you to be) (?:one of|among) (?:the (?:people|ones|few|friends|donors|supporters|members|neighbors|neighbours)|those) (?:who|that) (?:stepped up|step up|helped|help|gave|give|came through|come through|cared|care|showed up|show up|chipped in|pitched in|answered)",
    note: 'tells the reader they have let the sender down, to guilt a yes',
    source: FOLLOW_UP,
    subtype: 'expected',
  },
  {
    phrase: '38 families have given while yours hasn’t yet',
    // Peer pressure on a gift: the others have given and the reader has not ("most of the
    // neighbours have pledged, but you haven't yet"), or every other family already has. A thank
    // you to all who gave ("38 families have already given, thank you!") sets no one apart.
    pattern:
      "(?:have|has|'ve)(?: (?:already|all|now|each))* (?:(?:given|contributed)(?! (?:their|his|her|its|us|me|you|them|it|the|a|an|some|any|my|our|your|feedback|input|notice|permission)\\b)|donated|pledged|chipped in|pitched in|sponsored|made (?:a|their|his|her|its) (?:[\\p{L}-]+ )?(?:gift|donation|pledge|contribution))[^.!?;\\n]{0,40}?,? (?:while|but|yet|and|whereas) (?:you|yours|your (?:[\\p{L}-]+ )?(?:family|household|class|classroom|team|company|firm|office|practice|business|department|chapter|branch|store|shop|clinic))(?: still)? (?:haven't|hasn't|have not|has not|didn't|did not|aren't|isn't)\\b|(?:every other|all (?:of )?the other|all other|each of the other) (?:[\\p{L}-]+ )?(?:famil(?:y|ies)|parents?|households?|members?|donors?|neighbou?rs?|alumni|alums?|businesses|business|compan(?:y|ies)|firms?|class(?:es)?|grades?|teams?|departments?|offices?|classmates?|colleagues?|person|people|ones?|churches|church|chapters?|homeowners?|residents?|students?|houses?|branches|branch|stores?|shops?)(?: [^\\s.!?;]+){0,5}? (?:has|have)(?: (?:already|all|now|each))* (?:(?:given|contributed)(?! (?:their|his|her|its|us|me|you|them|it|the|a|an|some|any|my|our|your|feedback|input|notice|permission)\\b)|donated|pledged|chipped in|pitched in|sponsored|made (?:a|their|his|her|its) (?:[\\p{L}-]+ )?(?:gift|donation|pledge|contribution))|(?:everyone|everybody) else(?: [^\\s.!?;]+){0,4}? (?:has|have)(?: (?:already|all|now))* (?:(?:given|contributed)(?! (?:their|his|her|its|us|me|you|them|it|the|a|an|some|any|my|our|your|feedback|input|notice|permission)\\b)|donated|pledged|chipped in|pitched in|sponsored|made (?:a|their|his|her|its) (?:[\\p{L}-]+ )?(?:gift|donation|pledge|contribution))",
    note: 'sets the reader against everyone who has already given, to shame a gift',
    source: FOLLOW_UP,
    subtype: 'peer',
  },
  {
    phrase: 'it would be a shame for your class to be the one that didn’t reach 100%',
    // The reader's group pictured as the lone failure: "I'd hate for your team to be the only one
    // that doesn't hit the goal", "don't let your class be the last one that hasn't given". The
    // sender's own group ("for our team to be the only one…") is their own worry, and a fact ("a
    // shame the old mill was the only building that didn't survive") pictures no one.
    pattern:
      "(?:a (?:shame|pity)|(?:i'd|i would|we'd|we would) hate|(?:don't|do not|wouldn't|would not) want|(?:don't|do not) let) (?:(?:for|if|to see|that) (?!(?:us|me|our|my|we|i)\\b)|(?!(?:for|if|to see|that)\\b))(?:[^\\s.!?;]+ ){0,4}?(?:to be|be|were|(?:to )?end up (?:being|as)) the (?:only|one|last|lone) (?:[\\p{L}-]+ ){0,2}?(?:that|who|which|to) (?:didn't|doesn't|hasn't|hadn't|haven't|won't|wouldn't|couldn't|can't|did not|does not|has not|have not|will not|never|not|fail(?:s|ed)? to|miss(?:es|ed)?|fall(?:s)? short)\\b",
    note: 'pictures the reader’s group as the only one that let the rest down, to shame a yes',
    source: FOLLOW_UP,
    subtype: 'peer',
  },
]);
