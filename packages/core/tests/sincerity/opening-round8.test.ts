/**
 * Round 8 of `pitch-first` and `hollow-opener`: a firm's track record in its trade, a firm named
 * with "&", a business open for custom, a product's release news, the sender's founding story and
 * a self-introduction that goes on to describe the firm; and wishes made stronger with an adverb
 * or after a greeting with a long merge field. Each idea has look-alikes that must stay quiet: the
 * reader's company, a third party's product, the reader in the news, care roles, hobbies and wishes
 * about something specific.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

const pitchEvidence = (text: string): string[] =>
  analyzeMessage(text).pitchFirst.map((finding) => finding.evidence);
const hollowEvidence = (text: string): string[] =>
  analyzeMessage(text).hollowOpeners.map((finding) => finding.evidence);

describe('pitch-first: the firm’s track record, name with "&" or bookings open the message', () => {
  const MUST_FLAG: [string, string, string][] = [
    [
      'a track record in the firm’s trade, with the years in words',
      'Hi Dana,\n\nHolt & Greer has been drafting wills for Ohio families for forty-two years, and we still answer the phone ourselves.\n\nSam Holt\nHolt & Greer',
      'Holt & Greer has been drafting',
    ],
    [
      'a track record since a year, one-word name',
      'Good morning Lee,\n\nBrightfield has been repairing commercial roofs across the county since 2004.\n\nThanks,\nOmar\nSales Manager, Brightfield',
      'Brightfield has been repairing',
    ],
    [
      'a track record of being in business',
      'Hello Mr. Tan,\n\nMarsh & Pike has been in business for over thirty years in the printing trade.\n\nRegards,\nJo Marsh\nMarsh & Pike',
      'Marsh & Pike has been in business',
    ],
    [
      'a firm of surnames joined by "&" describing itself',
      'Dear Ms. Ortiz,\n\nBell & Crane is one of the most respected litigation boutiques in Texas.\n\nSincerely,\nNora Bell\nBell & Crane',
      'Bell & Crane is one of the',
    ],
    [
      'a business open for bookings',
      'Hello,\n\nCedar Hollow Lodge is now taking reservations for the winter retreat season.\n\nBest,\nAmy\nGuest Services | Cedar Hollow Lodge',
      'Cedar Hollow Lodge is now taking reservations',
    ],
    [
      'a practice accepting new clients',
      'Hi Jordan,\n\nNorthbank Physio is currently accepting new clients at both studios.\n\nKaren Lee\nClinic Director, Northbank Physio',
      'Northbank Physio is currently accepting new',
    ],
  ];
  it.each(MUST_FLAG)('flags %s', (_name, text, evidence) => {
    expect(pitchEvidence(text)).toContain(evidence);
  });

  const MUST_NOT_FLAG: [string, string][] = [
    [
      'the reader’s company’s track record, not in the signature',
      'Hi Dana,\n\nHolt & Greer has been drafting wills for forty-two years, which is why your referral meant so much.\n\nMia Cho | Brightwater Labs',
    ],
    [
      'the reader’s firm, named with "&", praised',
      'Hi Dana,\n\nHolt & Greer has been serving Ohio families for forty years: congratulations on the anniversary!\n\nMia Cho | Brightwater Labs',
    ],
    [
      'volunteers thanked for their years, not a firm',
      'Hi all,\n\nMaria & Tom have been volunteering at the shelter for five years now.\n\nThanks,\nThe Shelter Board',
    ],
    [
      'a firm of surnames that is the reader’s, not the sender’s',
      'Dear Ms. Ortiz,\n\nBell & Crane is one of the firms I admire most in Texas.\n\nSincerely,\nNora Kim\nKim Legal',
    ],
    [
      'the sender’s firm taking steps about an outage',
      'Hello,\n\nCedar Hollow Lodge is now taking steps to restore hot water in the east wing.\n\nAmy\nGuest Services | Cedar Hollow Lodge',
    ],
    [
      'bookings open for the reader’s own event',
      'Hi Jordan,\n\nNorthbank Physio is now booking your follow-up sessions for next month, as you asked.\n\nKaren Lee\nClinic Director, Northbank Physio',
    ],
    [
      'a doctor, by name, accepting new patients',
      'Hi Jordan,\n\nDr. Karen Lee is now accepting new patients on Thursdays.\n\nNorthbank Physio',
    ],
  ];
  it.each(MUST_NOT_FLAG)('does not flag %s', (_name, text) => {
    expect(pitchEvidence(text)).toEqual([]);
  });
});

describe('pitch-first: a release, a founding story or a firm described after the sender’s name', () => {
  const MUST_FLAG: [string, string, string][] = [
    [
      'a product’s new version, the team signing for it',
      'Hi Ravi,\n\nLedgerly’s new mobile app is now available on iOS and Android.\n\nThe Ledgerly Team',
      'Ledgerly’s new mobile app is now available',
    ],
    [
      'a product’s update shipped, the signature naming it',
      "Hello Sam,\n\nPayLoom's spring update has shipped with faster payouts and new reports.\n\nCheers,\nAnna\nAccount Executive, PayLoom",
      "PayLoom's spring update has shipped",
    ],
    [
      'a founding story with a year',
      'Dear Mr. Reed,\n\nI founded Copperleaf Bakery in 2011 with one oven and a borrowed van.\n\nWarmly,\nElla Stone\nOwner, Copperleaf Bakery',
      'I founded Copperleaf Bakery in 2011',
    ],
    [
      'a founding story told by a couple, years ago',
      'Hi Ms. Park,\n\nMy brother Sam and I started Tidewater Kayaks twenty years ago on a single dock.\n\nBest,\nLeo Chen\nTidewater Kayaks',
      'My brother Sam and I started Tidewater Kayaks twenty years ago',
    ],
    [
      'a name and title, then the firm described',
      "Hi team,\n\nI'm Grace Liu, chief economist at Birchway Advisory, a boutique valuation consultancy for family-owned manufacturers.\n\nGrace Liu\nBirchway Advisory",
      "I'm Grace Liu, chief economist at Birchway Advisory, a boutique valuation consultancy",
    ],
    [
      'a "this is" introduction, then the firm described',
      'Hello Mr. Diaz,\n\nThis is Pete Moran, principal of Stonebridge Design, an award-winning interiors studio.\n\nPete',
      'This is Pete Moran, principal of Stonebridge Design, an award-winning interiors studio',
    ],
  ];
  it.each(MUST_FLAG)('flags %s', (_name, text, evidence) => {
    expect(pitchEvidence(text)).toContain(evidence);
  });

  const MUST_NOT_FLAG: [string, string][] = [
    [
      'a third party’s release, told to a user of it',
      "Hi Ravi,\n\nSlack's new huddles update is now live, so our standup link changes on Monday.\n\nAnna\nAccount Executive, PayLoom",
    ],
    [
      'a release on the reader’s own account',
      "Hi Ravi,\n\nLedgerly's new dashboard is now live on your account, as you requested.\n\nThe Ledgerly Team",
    ],
    [
      'a hobby started in a year, not a business',
      'Hi Ms. Park,\n\nI started Pilates in 2019 and have not missed a class since.\n\nLeo',
    ],
    [
      'a founding story the reader is part of',
      'Hi Ms. Park,\n\nMy brother Sam and I started Tidewater Kayaks twenty years ago, and you were our very first customer.\n\nLeo Chen\nTidewater Kayaks',
    ],
    [
      'a group both founded, "we" meaning reader and sender',
      'Hi Ms. Park,\n\nYou and I started the Riverside Book Club in 2015, and it turns ten this spring.\n\nLeo',
    ],
    [
      'a school principal, not a seller',
      "Dear parents,\n\nI'm Dana Reyes, principal at Lincoln Elementary, a public school serving 400 families.\n\nDana Reyes",
    ],
    [
      'a nurse at a practice, a care role',
      "Hi Mr. Cole,\n\nI'm Lena Ortiz, nurse at Maple Clinic, a family practice on Elm Street.\n\nLena",
    ],
    [
      'a reminder of who the sender is, after a call',
      "Hi team,\n\nI'm Grace Liu, chief economist at Birchway Advisory, a boutique consultancy, and we spoke at the expo on Tuesday.\n\nGrace",
    ],
  ];
  it.each(MUST_NOT_FLAG)('does not flag %s', (_name, text) => {
    expect(pitchEvidence(text)).toEqual([]);
  });
});

describe('hollow-opener: a wish made stronger, or after a greeting with a long merge field', () => {
  const MUST_FLAG: [string, string, string][] = [
    [
      'a wish with "absolutely"',
      'Hi Maria,\n\nHope your month is going absolutely fantastic!\n\nOur spring menu is out.',
      'Hope your month is going absolutely fantastic',
    ],
    [
      'a wish with an adverb in -ly',
      'Hello Sam,\n\nI hope the week has been wonderfully kind to you.\n\nThe new schedule is attached.',
      'I hope the week has been wonderfully kind to you',
    ],
    [
      'a wish with two intensifiers',
      'Hey Jo,\n\nHope things are just truly great on your end!\n\nQuick question about your order.',
      'Hope things are just truly great on your end',
    ],
    [
      'a wish after a greeting whose merge field is long',
      'Hi {{ contact.first_name | default: "there" }},\n\nHope life has been treating you well lately!\n\nOur fall trips are open.',
      'Hope life has been treating you well lately',
    ],
    [
      'a wish after a long Handlebars greeting',
      'Hello {{#if contact.firstName}}{{contact.firstName}}{{else}}friend{{/if}},\n\nHope the year is off to a great start!\n\nHere is our January update.',
      'Hope the year is off to a great start',
    ],
  ];
  it.each(MUST_FLAG)('flags %s', (_name, text, evidence) => {
    expect(hollowEvidence(text)).toContain(evidence);
  });

  const MUST_NOT_FLAG: [string, string][] = [
    [
      'a wish about something specific to the reader',
      'Hi Maria,\n\nHope your month is going absolutely fantastic with the new bakery open!\n\nOur spring menu is out.',
    ],
    [
      'a wish after a sentence about the reader, with an adverb',
      'Hello Sam,\n\nCongratulations on the new job at the hospital. I hope the week has been wonderfully kind to you.\n\nSam',
    ],
    [
      'a wish after a long merge field, then about the reader’s move',
      'Hi {{ contact.first_name | default: "there" }},\n\nHope life has been treating you well since the move to Austin!\n\nTom',
    ],
    [
      'a real first sentence after a long merge field, then the wish',
      'Hi {{ contact.first_name | default: "there" }},\n\nYour daughter’s recital was lovely. Hope the week is going really well.\n\nTom',
    ],
    [
      'a plain report on the business, not a wish',
      'Hi Jo,\n\nThe week has been absolutely great for the shop, with 40 new orders.\n\nJo',
    ],
    [
      'a wish about the reader’s project going well, in words of their own',
      'Hey Jo,\n\nHope the roof repair went smoothly, as you said it might be tricky.\n\nJo',
    ],
  ];
  it.each(MUST_NOT_FLAG)('does not flag %s', (_name, text) => {
    expect(hollowEvidence(text)).toEqual([]);
  });
});
