/**
 * Round 10 of `pitch-first`: a business's next step as its own news ("… is opening a second
 * campus"), the sender's organisation and its event ("Our firm is hosting …"), the sender's work
 * offered to show ("I wanted to share something our team has been working on"), the name of an
 * offer as a headline ("Spring move-in special:"), a firm named with "+" and a signature that
 * gives a long title before the company. Each idea has look-alikes that must stay quiet: the
 * reader's company, a third party, notices and events the reader is part of, work done with or
 * for the reader, the reader's own deal, and plain uses of the same words.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

const pitchEvidence = (text: string): string[] =>
  analyzeMessage(text).pitchFirst.map((finding) => finding.evidence);

describe('pitch-first: the sender’s business, its news or its offer opens the message', () => {
  const MUST_FLAG: [string, string, string][] = [
    [
      'a business opening a new location, named in the signature after a long title',
      'Hi Priya,\n\nNorthside Climbing Collective is opening a bouldering gym in Riverton this spring.\n\nCheers,\nAlex Moreno\nHead Setter & Gym Manager, Northside Climbing Collective',
      'Northside Climbing Collective is opening',
    ],
    [
      'a business hosting an event, named in the signature',
      'Hello Mr. Grant,\n\nBlue Fern Tax Advisors is hosting a retirement-income seminar at the community center next month.\n\nRegards,\nDee Fox\nBlue Fern Tax Advisors',
      'Blue Fern Tax Advisors is hosting',
    ],
    [
      'a business rolling out a program, with a title line the signature check did not know',
      'Hi Ms. Ruiz,\n\nCopper Kettle Catering just launched our office lunch subscription, and I think it could be a fit.\n\nThanks,\nTess\nEvents Assistant, Copper Kettle Catering',
      'Copper Kettle Catering just launched',
    ],
    [
      'the sender’s firm hosting an event',
      'Hi Omar,\n\nOur agency is hosting a free branding clinic for local founders on the 9th, and there are a few seats left.\n\nLena',
      'Our agency is hosting',
    ],
    [
      'the sender’s shop, just opened',
      'Good morning,\n\nMy little bakery just opened a second location on Pine Street.\n\nRosa',
      'My little bakery just opened',
    ],
    [
      'the sender’s practice launching something',
      'Dear Dr. Hale,\n\nOur practice is launching a same-day crown service this fall.\n\nSincerely,\nDr. Ian Webb',
      'Our practice is launching',
    ],
    [
      'the sender’s work, offered to show',
      'Hi Grace,\n\nI’d love to show you what we’ve been building for the last eighteen months.\n\nSam',
      'I’d love to show you what we’ve been building',
    ],
    [
      'the team’s work, excited to share',
      'Hello Tom,\n\nWe’re so excited to share a new program our studio has designed for first-time buyers.\n\nBest,\nNina',
      'We’re so excited to share a new program our studio has designed',
    ],
    [
      'a project to walk through',
      'Hi Mara,\n\nI wanted to walk you through the project I have been working on since spring.\n\nKai',
      'I wanted to walk you through the project I have been working on',
    ],
    [
      'the name of an offer as a headline, with "!"',
      'Hi Devon,\n\nSummer tune-up sale! Every AC check is $49 through August.\n\nCool Air Co.',
      'Summer tune-up sale!',
    ],
    [
      'the name of an offer as a headline, with a dash',
      'Hello Ms. Park,\n\nNew patient special — a cleaning, an exam and X-rays for $99.\n\nBright Dental',
      'New patient special —',
    ],
    [
      'a limited-time offer as a headline, in capitals',
      'Hi Lou,\n\nLIMITED-TIME OFFER: two months of membership free when you join this week.\n\nIronworks Gym',
      'LIMITED-TIME OFFER:',
    ],
    [
      'a firm named with "+" describing itself',
      'Hi Jess,\n\nMoss + Able is a twelve-person product design studio in Leeds.\n\nBest,\nRuth Moss\nPrincipal, Moss + Able',
      'Moss + Able is a',
    ],
  ];
  it.each(MUST_FLAG)('flags %s', (_name, text, evidence) => {
    expect(pitchEvidence(text)).toContain(evidence);
  });

  const MUST_NOT_FLAG: [string, string][] = [
    [
      'the reader’s company opening a location, not in the signature',
      'Hi Priya,\n\nNorthside Climbing Collective is opening a gym in Riverton, which is big news for your members.\n\nAlex | Cragline Software',
    ],
    [
      'a third party hosting an event, the sender signs for someone else',
      'Hi Omar,\n\nThe Chamber of Commerce is hosting a mixer on the 9th, and I thought of you.\n\nLena\nLena Cho Design',
    ],
    [
      'a person, not a company, opening something',
      'Hi Sam,\n\nMaria is opening the meeting on Thursday with the budget numbers.\n\nTom',
    ],
    [
      'the sender’s firm hosting the reader’s own event',
      'Hi Omar,\n\nOur firm is hosting your retirement dinner on the 9th, as planned.\n\nLena',
    ],
    [
      'the sender’s clinic and the reader, after a call',
      'Hi Ann,\n\nOur clinic is opening on Saturdays now, so the slot we discussed on our call works.\n\nDr. Webb',
    ],
    [
      'colleagues’ own team, which the reader is part of',
      'Hi all,\n\nOur team is hosting the quarterly review on Friday in room 4.\n\nJo',
    ],
    [
      'a notice that the office is moving',
      'Dear Mr. Lin,\n\nOur office is moving to 12 Elm Street on March 1, and your appointments stay the same.\n\nReception',
    ],
    [
      'work done with the reader',
      'Hi Grace,\n\nI wanted to share what we’ve been working on together since the kickoff, in one place.\n\nSam',
    ],
    [
      'work done for the reader',
      'Hi Grace,\n\nI wanted to share something we’ve been building for your launch next week.\n\nSam',
    ],
    [
      'the reader’s work',
      'Hi Grace,\n\nI wanted to share something you’ve been working on with my class, if that is all right.\n\nSam',
    ],
    [
      'a plain wish to share, with nothing the sender made',
      'Hi Grace,\n\nI wanted to share something I read about your field this week.\n\nSam',
    ],
    [
      'the reader’s own deal',
      'Hi Devon,\n\nYour deal: the lender approved the loan this morning.\n\nKim',
    ],
    [
      'news about a deal in a sentence',
      'Hi Devon,\n\nGood news on the sale: the buyers signed this morning.\n\nKim',
    ],
    [
      'a reminder about an offer',
      'Hi Devon,\n\nReminder: the sale you asked about ends Sunday.\n\nKim',
    ],
    [
      'a job offer to a candidate',
      'Hi Devon,\n\nJob offer: we would love you to join the design team, starting May 4.\n\nKim',
    ],
    [
      'an offer under negotiation with the reader',
      'Hi Devon,\n\nCounter offer: the sellers will take $412,000 if you close by June.\n\nKim',
    ],
    [
      'praise of a deal',
      'Hi Devon,\n\nWhat a deal! Congratulations on closing the Pine Street house.\n\nKim',
    ],
    [
      'an offer word deep inside a sentence about the reader',
      'Hi Devon,\n\nThe house you liked on Pine Street is now part of a spring sale: the owners cut the price.\n\nKim',
    ],
    [
      'a firm named with "+" that is the reader’s',
      'Hi Jess,\n\nMoss + Able is a studio I have admired for years, and your Leeds library is why.\n\nTom Reed | Fieldnote',
    ],
  ];
  it.each(MUST_NOT_FLAG)('does not flag %s', (_name, text) => {
    expect(pitchEvidence(text)).toEqual([]);
  });
});
