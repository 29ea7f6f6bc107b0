/**
 * Round 6 of `pitch-first` and `hollow-opener`: the sender's news, catalogue or titled
 * introduction as the first thing the reader reads, a product defined with joined modifiers, the
 * company a signature gives with its title or kind, and form-letter greetings and wishes that name
 * a kind of reader. Each idea has look-alikes that must stay quiet: news about the reader, a
 * catalogue the reader asked for, care roles, group greetings and real names.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

const pitchEvidence = (text: string): string[] =>
  analyzeMessage(text).pitchFirst.map((finding) => finding.evidence);
const hollowEvidence = (text: string): string[] =>
  analyzeMessage(text).hollowOpeners.map((finding) => finding.evidence);

describe('pitch-first: the sender’s own news, catalogue or introduction opens the message', () => {
  const MUST_FLAG: [string, string, string][] = [
    [
      'a launch told as news, with "that"',
      'Hi Priya,\n\nWe are so excited to announce that our new booking app is now live in every store.\n\nBest,\nTom\nCutline Salons',
      'We are so excited to announce that our new booking app is now live',
    ],
    [
      'an award told as news',
      "Hello Mr. Grant,\n\nI'm proud to share that we've been named the best caterer in Tulsa for the third year.\n\nDana\nHearth & Table Catering",
      "I'm proud to share that we've been named",
    ],
    [
      'a new location told as news, by its name',
      'Hi Sam,\n\nWe are delighted to report that Copperline Dental is officially open on Fifth Avenue.\n\nDr. Ana Ruiz\nCopperline Dental',
      'We are delighted to report that Copperline Dental is officially open',
    ],
    [
      'the company’s news, with the reader only in a later clause',
      'Hi Leo,\n\nBrightwater Labs recently won the state innovation prize for our water sensor, and I look after accounts in your county.\n\nMia Cho | Brightwater Labs',
      'Brightwater Labs recently won',
    ],
    [
      'the company’s launch, named with "The" and a kind in the signature',
      'Hi Ivy,\n\nThe Larkspur just opened its new rooftop bar above the river.\n\nEvents Team | The Larkspur Hotel',
      'The Larkspur just opened',
    ],
    [
      'a price list handed over unasked',
      'Good morning,\n\nAttached is our updated spring price list for landscaping and lawn care.\n\nRegards,\nGreenway Landscapes',
      'Attached is our updated spring price list',
    ],
    [
      'a catalogue handed over as the first words',
      "Hi Marta,\n\nI've attached our new autumn catalogue of knitwear and accessories.\n\nLena\nWoolhouse Knits",
      "I've attached our new autumn catalogue",
    ],
    [
      'a titled self-introduction ("Dr.")',
      'Hi Ms. Lowe,\n\nThis is Dr. Aisha Khan, owner of Brightsmile Dental on Main Street, and I have treated families here for ten years.\n\nAisha',
      'This is Dr. Aisha Khan, owner of',
    ],
    [
      'a titled self-introduction with the company',
      "Hello,\n\nI'm Mr. Ortega from Summit Roofing, and we help homeowners in Ashford fix storm damage.\n\nLuis Ortega",
      "I'm Mr. Ortega from Summit Roofing",
    ],
    [
      'a name, then "and I lead … at"',
      'Hi Ben,\n\nThis is Carla, and I head up the group travel desk at Northwind Travel.\n\nCarla Diaz',
      'This is Carla, and I head up the group travel desk at Northwind',
    ],
    [
      'a product defined with two joined modifiers',
      'Hi Ana,\n\nShiftRoster is the scheduling & timesheet app built for restaurants with 10 to 50 staff.\n\nThanks,\nPaul\nAccount Manager, ShiftRoster',
      'ShiftRoster is the scheduling & timesheet app',
    ],
    [
      'the company a title and comma give on the signature line',
      'Hi Joe,\n\nNorthgate Movers is the most careful moving crew in the valley.\n\nThanks,\nRita Gomez\nSales Director, Northgate Movers',
      'Northgate Movers is the',
    ],
  ];
  it.each(MUST_FLAG)('flags %s', (_name, text, evidence) => {
    expect(pitchEvidence(text)).toContain(evidence);
  });

  const MUST_NOT_FLAG: [string, string][] = [
    [
      'news about the reader',
      "Hi Priya,\n\nWe're thrilled to announce that you've won the spring photo contest!\n\nBest,\nTom\nCutline Salons",
    ],
    [
      'news of a new clinic near the reader, told for them',
      "Hi Sam,\n\nWe're happy to let you know that we've opened a second clinic five minutes from your office.\n\nCopperline Dental",
    ],
    [
      'a person joining, not a launch',
      "Hi Sam,\n\nWe're excited to share that Maria Lopez has joined the practice as a hygienist.\n\nCopperline Dental",
    ],
    [
      'the reader’s company news, not in the signature',
      'Hi Leo,\n\nHarbor Goods just opened a second store in Reno, congratulations!\n\nMia Cho | Brightwater Labs',
    ],
    [
      'the reader’s company news told to them without praise',
      'Hi Leo,\n\nHarbor Goods recently won the county contract, which I read about on Monday.\n\nMia Cho | Brightwater Labs',
    ],
    [
      'the sender’s company receiving the reader’s request',
      'Hi Leo,\n\nBrightwater Labs received your sample on Tuesday, and results follow next week.\n\nMia Cho | Brightwater Labs',
    ],
    [
      'a price list the reader asked for',
      'Hi Marta,\n\nAttached is our price list for the lawn work, as you requested.\n\nGreenway Landscapes',
    ],
    [
      'a catalogue after a call the two had',
      "Hi Marta,\n\nI've attached the catalogue we looked at on our call, with the pages marked.\n\nLena",
    ],
    [
      'a price list for the reader’s own account',
      'Hi Marta,\n\nPlease find attached the price list for your account, effective March 1.\n\nWoolhouse Knits',
    ],
    [
      'notes handed over, not a catalogue',
      'Hi Marta,\n\nPlease find below the notes from Thursday’s board meeting.\n\nLena',
    ],
    [
      'a care role with a title',
      'Hi Ms. Lowe,\n\nThis is Dr. Aisha Khan, your nurse practitioner at the clinic, with your lab results.\n\nAisha',
    ],
    [
      'a titled reminder of a visit already made',
      "Hello,\n\nI'm Dr. Ortega from Summit Pediatrics, and I saw you and Mia on Tuesday.\n\nDr. Ortega",
    ],
    [
      'a name, then a role the reader already deals with',
      'Hi Ben,\n\nThis is Carla, and I manage the front desk at your building, where a parcel is waiting.\n\nCarla',
    ],
    [
      'a product the reader already uses, with joined modifiers',
      'Hi Ana,\n\nShiftRoster is the scheduling and timesheet app your managers already use every week.\n\nPaul\nSales Director, TablePilot',
    ],
    [
      'a place with its state after a comma',
      'Hi Joe,\n\nSalt Lake City is a lovely place for the offsite in June.\n\nThanks,\nRita Gomez\nSalt Lake City, UT',
    ],
    [
      'a third party a title line does not name',
      'Hi Joe,\n\nNorthgate Movers is the crew your landlord hired for Saturday.\n\nRita Gomez\nSales Director, Atlas Storage',
    ],
  ];
  it.each(MUST_NOT_FLAG)('does not flag %s', (_name, text) => {
    expect(pitchEvidence(text)).toEqual([]);
  });
});

describe('hollow-opener: a greeting or wish that names a kind of reader', () => {
  const MUST_FLAG: [string, string, string][] = [
    [
      'a greeting to a valued kind of reader',
      'Dear Valued Dog Owner,\n\nYour grooming voucher is ready.\n\nPawsome Grooming',
      'Dear Valued Dog Owner',
    ],
    [
      'a greeting to a prospective kind of reader',
      'Dear Prospective Student,\n\nApplications for the autumn term are open.\n\nAdmissions',
      'Dear Prospective Student',
    ],
    [
      'a greeting to a kind of owner',
      'Dear Property Owner,\n\nWe buy houses in any condition.\n\nQuickSale Homes',
      'Dear Property Owner',
    ],
    [
      'a wish for the reader and their family, with "we"',
      'Hi Tom,\n\nWe hope this letter finds you and your family safe, rested and in good spirits.\n\nYour policy renews in May.',
      'We hope this letter finds you and your family safe, rested and in good spirits',
    ],
    [
      'a wish that a season finds the reader well',
      'Hello Ruth,\n\nI trust this autumn finds you all healthy and happy.\n\nThe fund drive opens Monday.',
      'I trust this autumn finds you all healthy and happy',
    ],
    [
      'a trust that all is well with the reader and theirs',
      'Hi Ken,\n\nWe trust all is well with you and yours.\n\nThe gala is on June 3.',
      'We trust all is well with you and yours',
    ],
  ];
  it.each(MUST_FLAG)('flags %s', (_name, text, evidence) => {
    expect(hollowEvidence(text)).toContain(evidence);
  });

  const MUST_NOT_FLAG: [string, string][] = [
    [
      'a group greeting to a class’s parents',
      'Dear Parents,\n\nThe class trip to the aquarium is on Friday.\n\nMs. Lee',
    ],
    [
      'a family greeting by surname',
      'Dear Ramirez family,\n\nThank you for the flowers you sent after the surgery.\n\nDr. Patel',
    ],
    ['a greeting by name', 'Dear Owen,\n\nThe patio stones arrive Tuesday.\n\nMark'],
    [
      'a greeting to a new neighbour who has no name yet',
      'Dear new neighbour,\n\nI’m Ann from number 12; the bins go out on Thursdays.\n\nAnn',
    ],
    [
      'a wish tied to something the reader told',
      'Hi Tom,\n\nWe hope the new house is treating you and the kids well after the move.\n\nSee you in May.',
    ],
    [
      'a season that finds the reader busy with something specific',
      'Hello Ruth,\n\nI trust this autumn finds you settled in Leeds after your move.\n\nThe fund drive opens Monday.',
    ],
    [
      'a hope about the reader’s recovery',
      'Hi Ken,\n\nWe hope all is well with the new knee, and that physio is going smoothly.\n\nThe gala is on June 3.',
    ],
  ];
  it.each(MUST_NOT_FLAG)('does not flag %s', (_name, text) => {
    expect(hollowEvidence(text)).toEqual([]);
  });
});
