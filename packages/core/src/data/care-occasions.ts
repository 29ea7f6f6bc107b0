import { definePhrases } from './phrase-entry.js';

const CARE =
  'Granovetter 1973 (EVIDENCE.md): tie strength grows from emotional intensity and intimacy, not transactions';

/**
 * Phrases that mark a message as a care touch: a birthday, an anniversary, a congratulation, a
 * condolence or a thank-you. The subtype names the occasion.
 */
export const CARE_OCCASIONS = definePhrases([
  {
    phrase: 'Happy birthday',
    pattern: 'happy (?:belated |early )?(?:birthday|bday|b-day)|many happy returns',
    note: 'a birthday greeting',
    source: CARE,
    subtype: 'birthday',
  },
  {
    phrase: 'have a wonderful birthday',
    pattern:
      '(?:have|hope you (?:have|had|are having)|wishing you) an? (?:wonderful|great|happy|lovely|fantastic|brilliant|relaxing|fun) (?:birthday|bday)',
    note: 'a birthday wish',
    source: CARE,
    subtype: 'birthday',
  },
  {
    phrase: 'Happy anniversary',
    pattern:
      'happy (?:\\d+(?:st|nd|rd|th) |first |one-year |two-year |five-year |ten-year |work |customer |wedding )?anniversary',
    note: 'an anniversary greeting',
    source: CARE,
    subtype: 'anniversary',
  },
  {
    phrase: 'one year since you joined',
    pattern:
      "(?:it's been|it has been|today marks|today is) (?:exactly )?(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten) years? since (?:you|we)",
    note: 'marks an anniversary of the relationship',
    source: CARE,
    subtype: 'anniversary',
  },
  {
    phrase: 'Congratulations',
    pattern: 'congratulations|congrats|congratulate you|mazel tov',
    note: 'a congratulation',
    source: CARE,
    subtype: 'congratulations',
  },
  {
    phrase: 'so happy for you',
    pattern: '(?:so |really |truly )?(?:happy|thrilled|delighted|excited|proud) for you',
    note: 'shares the reader’s good news',
    source: CARE,
    subtype: 'congratulations',
  },
  {
    phrase: 'happy retirement',
    pattern: 'happy retirement|enjoy (?:your|a well-earned) retirement',
    note: 'marks a life event',
    source: CARE,
    subtype: 'congratulations',
  },
  {
    phrase: 'Happy holidays',
    pattern:
      "happy (?:holidays|new year|thanksgiving|hanukkah|diwali|lunar new year|eid)|merry christmas|season's greetings|(?:wishing|wish) you (?:and your (?:family|team|loved ones) )?an? (?:peaceful|happy|joyful|wonderful|restful|merry) (?:holiday|holidays|holiday season|new year|christmas|thanksgiving)",
    note: 'a holiday greeting',
    source: CARE,
    subtype: 'holiday',
  },
  {
    phrase: 'sorry for your loss',
    pattern:
      '(?:so |very |truly |deeply )?sorry (?:for|about) your loss|(?:my|our) (?:deepest |heartfelt |sincere |sincerest )?(?:condolences|sympathies)|with (?:deepest |heartfelt )?sympathy',
    note: 'a condolence',
    source: CARE,
    subtype: 'condolence',
  },
  {
    phrase: 'so sorry to hear about …',
    pattern:
      '(?:so |very |truly |deeply )?sorry to (?:hear|learn) (?:about|of) (?:your|the (?:passing|loss|death)|the news about your)|passed away|in loving memory',
    note: 'a condolence for a loss or hard news',
    source: CARE,
    subtype: 'condolence',
  },
  {
    phrase: 'thinking of you',
    pattern:
      "(?:i'm|i am|we're|we are|just|been) thinking of you|keeping you (?:and your family )?in (?:my|our) thoughts|holding you (?:and your family )?in (?:my|our) (?:thoughts|hearts)",
    note: 'a note of support in a hard time',
    source: CARE,
    subtype: 'condolence',
  },
  {
    phrase: 'get well soon',
    pattern:
      "get well soon|hope you(?:'re| are)? feel(?:ing)? better(?: soon)?|wishing you a (?:speedy|quick|full) recovery",
    note: 'a get-well note',
    source: CARE,
    subtype: 'condolence',
  },
  {
    phrase: 'Thank you for being a customer',
    pattern:
      '(?:thank you|thanks|thank-you) (?:so much |again |kindly )?for (?:being (?:a|our|such|with|part of)|choosing|sticking with|trusting|referring|introducing|recommending|the (?:referral|introduction|intro|kind words|lovely note|gift|recommendation|review|shout-?out|flowers|card)|your (?:loyalty|business|support|trust|referral|kind words|patience|partnership|friendship|kindness|generosity|review|recommendation|years|help with|custom))',
    note: 'a thank-you for the relationship, not for a meeting',
    source: 'EVIDENCE.md: Boomerang, closing with thanks 62% vs 47.5% (Grant & Gino 2010)',
    subtype: 'thanks',
  },
  {
    phrase: 'Thank you for letting me be part of your wedding day',
    // A thank-you for sharing a life event the sender worked at: "thanks for having us at your
    // daughter's graduation", "thank you for trusting me to photograph your wedding".
    pattern:
      "(?:thank you|thanks|thank-you) (?:so much |again )?for (?:letting|allowing|inviting|having|trusting) (?:me|us)(?: to)? (?:be (?:a )?part of|be there for|be at|at|spend|share|photograph|shoot|capture|film|celebrate|join(?: you (?:for|at|on)| in)?|witness|cater|officiate|plan|decorate|play at|sing at) (?:[\\p{L}'-]+ ){0,3}?(?:wedding|big day|special day|celebration|ceremony|reception|anniversary|graduation|(?:baby|bridal) shower|engagement|elopement|vow renewal|christening|baptism|bar mitzvah|bat mitzvah|memorial|retirement party|birthday)",
    note: 'a thank-you for sharing a life event, not for a meeting',
    source: CARE,
    subtype: 'thanks',
  },
]);
