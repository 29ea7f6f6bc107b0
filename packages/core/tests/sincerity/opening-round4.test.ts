/**
 * Round 4 of `pitch-first` and `time-grab`: the sender's own company or product as the subject of
 * the opening (the signature or the rest of the message shows it is theirs), a one-line hook
 * question before it, and a call asked for so the sender can present their firm's capabilities.
 * Each idea has look-alikes that must stay quiet: the reader's company, a third party, a place, the
 * sender's company in a sentence about the reader's own request, and notices.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

const pitchEvidence = (text: string): string[] =>
  analyzeMessage(text).pitchFirst.map((finding) => finding.evidence);
const timeEvidence = (text: string): string[] =>
  analyzeMessage(text).timeGrabs.map((finding) => finding.evidence);

describe('pitch-first: the sender’s own company or product opens the message', () => {
  const MUST_FLAG: [string, string, string][] = [
    [
      'the company the bare signature names, after a hollow opener',
      'Hi there,\n\nHope your week is off to a great start!\n\nBrightside Roofing is the most reliable roofer in the county. We have fixed over 4,000 roofs.\n\nReply and we will book you in.\n\nBrightside Roofing',
      'Brightside Roofing is the',
    ],
    [
      'a product the message goes on to sell ("With … you get")',
      'Hi Marco,\n\nShelfWise is a next-generation, AI-powered, omnichannel retail operating system.\n\nWith ShelfWise you get:\n- Smart reorders\n- Live stock counts\n\nLet me know.\n\nDevon',
      'ShelfWise is a',
    ],
    [
      'a hook question, then the company the signature names',
      'Greetings!\n\nTired of chasing late invoices? Ledgerly Partners delivers a seamless, end-to-end billing experience.\n\nReply YES to get started.\n\nSam Ortiz | Ledgerly Partners',
      'Ledgerly Partners delivers',
    ],
    [
      'a company with a legal ending on the signature line',
      'Hello Mr. Osei,\n\nHalden Legal provides full-service commercial litigation support in six states.\n\nThanks,\nRachel Halden\nHalden Legal LLP',
      'Halden Legal provides',
    ],
    [
      'the company whose domain the signature gives',
      'Hi Ana,\n\nPetalpost offers same-day flower delivery across the city, with over 300 florists.\n\nBest,\nJo\njo@petalpost.example',
      'Petalpost offers',
    ],
  ];
  it.each(MUST_FLAG)('flags %s', (_name, text, evidence) => {
    expect(pitchEvidence(text)).toContain(evidence);
  });

  const MUST_NOT_FLAG: [string, string][] = [
    [
      'the reader’s company, not in the signature',
      'Hi Ana,\n\nHarbor Goods is the talk of Reno since the new store opened, congrats on the opening!\n\nBest,\nJo\nTrackly',
    ],
    [
      'the reader’s company as subject with a plain predicate',
      'Hi Ana,\n\nHarbor Goods has over 40 stores now. That is quite a climb.\n\nBest,\nJo\nTrackly',
    ],
    [
      'a third party the reader uses',
      'Hi Ana,\n\nToast is the POS you use, and our reports read from it directly.\n\nBest,\nJo\nTablePilot',
    ],
    [
      'a place on a signature line of its own',
      'Hi Ana,\n\nDenver is a lovely city in the spring, and the park reopened.\n\nJo\nDenver',
    ],
    [
      'a place with its state on the signature line',
      'Hi Ana,\n\nSalt Lake City is a great place for the offsite.\n\nBest,\nJo Park\nSalt Lake City, UT',
    ],
    [
      'the sender’s company in a sentence about the reader’s request',
      'Hi Ana,\n\nGreenline Pest Solutions has your inspection on Tuesday at 9, as you asked.\n\nGreenline Pest Solutions',
    ],
    [
      'a notice from the sender’s company',
      'Hi Ana,\n\nGreenline Pest Solutions is closed on Monday for the holiday.\n\nGreenline Pest Solutions',
    ],
    [
      'a delay, not a pitch',
      'Hi Ana,\n\nAtlas Peak Relocation is a day behind schedule because of the storm.\n\nAtlas Peak Relocation',
    ],
    [
      'a person named in the signature',
      'Hi Ana,\n\nMaria has the keys and will meet the crew at 8.\n\nThanks,\nMaria',
    ],
    [
      'a question to the reader, then the company',
      'Hi Ana,\n\nDid the crew leave the spare keys? Atlas Peak Relocation has the inventory list if you need it.\n\nAtlas Peak Relocation',
    ],
  ];
  it.each(MUST_NOT_FLAG)('stays quiet on %s', (_name, text) => {
    expect(pitchEvidence(text)).toEqual([]);
  });
});

describe('time-grab: a call so the sender can present their firm', () => {
  it.each([
    [
      'Could you give me 20 minutes on a call this week so I can walk you through our capabilities?',
    ],
    ['Can you spare 15 minutes so we can take you through our services and recent wins?'],
  ])('flags %s', (sentence) => {
    expect(timeEvidence(`Hi Kofi,\n\n${sentence}\n\nRachel`)).not.toEqual([]);
  });

  it.each([
    ['Could you give me 20 minutes so I can walk you through the settings you asked about?'],
    ['Can you spare 15 minutes so I can walk you through your claim and the next steps?'],
    ['Could you set aside 30 minutes so I can walk you through your policy documents?'],
  ])('stays quiet on %s', (sentence) => {
    expect(timeEvidence(`Hi Kofi,\n\n${sentence}\n\nRachel`)).toEqual([]);
  });
});
