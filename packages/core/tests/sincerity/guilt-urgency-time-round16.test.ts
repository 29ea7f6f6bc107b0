import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';
import type { MessageInput } from '../../src/index.js';
import { describeLookAlikes } from '../support/sincerity-findings.js';

/** The follow-up a sender writes after a greeting, as the eval reads it. */
function followUp(text: string): MessageInput {
  return { text: `Hi Dana,\n\n${text}\n\nBest,\nLee`, kind: 'follow-up' };
}

/** A message body after a greeting, with no kind. */
function plain(text: string): MessageInput {
  return { text: `Hi Dana,\n\n${text}\n\nBest,\nLee` };
}

describeLookAlikes(
  'guilt trip: the reader set against everyone who has already given',
  [
    [
      'guiltTrips',
      plain(
        'Over 120 households on Birch Lane have already pledged to the playground fund, but yours hasn’t yet.',
      ),
      'have already pledged to the playground fund, but yours hasn’t',
    ],
    [
      'guiltTrips',
      plain('All the other board members have already made their annual gift this spring.'),
      'All the other board members have already made their annual gift',
    ],
    [
      'guiltTrips',
      plain('Everyone else on the alumni committee has already donated to the scholarship.'),
      'Everyone else on the alumni committee has already donated',
    ],
    [
      'guiltTrips',
      plain('I’d hate for your chapter to be the only one that doesn’t reach its goal this year.'),
      'I’d hate for your chapter to be the only one that doesn’t',
    ],
    [
      'guiltTrips',
      plain(
        'It would be a pity for the Lincoln Street crew to end up as the only team that never chipped in.',
      ),
      'a pity for the Lincoln Street crew to end up as the only team that never',
    ],
  ],
  [
    ['guiltTrips', plain('38 families have already given to the spring fund, thank you!')],
    [
      'guiltTrips',
      plain(
        'Most of the panel have given their feedback on the draft, but you haven’t had a chance yet.',
      ),
    ],
    [
      'guiltTrips',
      plain(
        'It’s a shame the old mill was the only building on the river that didn’t survive the flood.',
      ),
    ],
    [
      'guiltTrips',
      plain(
        'More than 200 neighbours have pledged so far, and if you haven’t yet, there’s plenty of time.',
      ),
    ],
    ['guiltTrips', plain('It would be a shame to miss the reunion, hope you can make it!')],
    ['guiltTrips', plain('Every other week we’ve given the leftover bread to the shelter.')],
    [
      'guiltTrips',
      plain('Every other family in the class has already returned the field trip form.'),
    ],
    [
      'guiltTrips',
      plain(
        'It would be a shame for our office to be the only one that didn’t send a card, so I signed for both of us.',
      ),
    ],
    [
      'guiltTrips',
      plain('You were the only one who didn’t complain about the delay, and I’m grateful.'),
    ],
  ],
);

describeLookAlikes(
  'guilt trip: the reader’s broken promise held against them',
  [
    [
      'guiltTrips',
      followUp(
        'Frankly, it was disappointing not to get the countersigned agreement back on Tuesday as we planned.',
      ),
      'disappointing not to get the countersigned agreement back',
    ],
    [
      'guiltTrips',
      followUp('It was frustrating not to receive the purchase order from you on Monday.'),
      'frustrating not to receive the purchase order from you',
    ],
    [
      'guiltTrips',
      followUp(
        'We kept the crew on standby all week. After everything our installers did to fit your schedule, a quick update felt like the least you could do.',
      ),
      'the least you could do',
    ],
  ],
  [
    [
      'guiltTrips',
      followUp('Sending the corrected invoice the same day was the least we could do.'),
    ],
    ['guiltTrips', followUp('I was disappointed for you when the shipment slipped.')],
    [
      'guiltTrips',
      followUp(
        'It was disappointing not to get the signed consent forms back from the clinic on Friday, so I’ve called them again.',
      ),
    ],
    [
      'guiltTrips',
      followUp('I know it was disappointing not to get the contract with the city this year.'),
    ],
    [
      'guiltTrips',
      followUp(
        'Honestly, a yearly check-up is the least you can do for your car, and we make it easy.',
      ),
    ],
  ],
);

describeLookAlikes(
  'time grab: going through the sender’s catalog with the reader',
  [
    [
      'timeGrabs',
      {
        text: 'Hi Dana,\n\nCould you spare half an hour on Thursday so I can go over our spring lineup with you?',
        kind: 'cold',
      },
      'spare half an hour',
    ],
    [
      'timeGrabs',
      followUp(
        'Do you have 20 minutes next week so we can page through the product catalog together?',
      ),
      'have 20 minutes',
    ],
    [
      'timeGrabs',
      followUp(
        'Could we find an hour Friday so I can run through the catalogue and pricing with you?',
      ),
      'find an hour',
    ],
  ],
  [
    [
      'timeGrabs',
      followUp(
        'You asked for half an hour to go over the catalog, so Thursday at 2 works on my end.',
      ),
    ],
    [
      'timeGrabs',
      followUp(
        'Do you have half an hour this week so I can go through your catalog proofs with you?',
      ),
    ],
    [
      'timeGrabs',
      followUp(
        'Could you spare 20 minutes so we can go over the catalog layout together before it goes to print?',
      ),
    ],
    [
      'timeGrabs',
      followUp('Do you have half an hour so I can show you how to export the reports you need?'),
    ],
    [
      'timeGrabs',
      followUp(
        'Do you have 20 minutes Friday so we can go over the festival lineup together before it’s announced?',
      ),
    ],
    [
      'timeGrabs',
      followUp('Thanks for finding half an hour to go through the catalog with me yesterday.'),
    ],
  ],
);

function urgency(input: MessageInput): string[] {
  return analyzeMessage(input).falseUrgency.map((finding) => finding.evidence);
}

describe('false urgency: the sender’s storage and the cost of waiting', () => {
  it.each([
    [
      'Covered storage at our lot is going quickly this month.',
      'Covered storage at our lot is going quickly',
    ],
    ['Slips on the north dock are going fast.', 'Slips on the north dock are going fast'],
    [
      'Once the remaining few berths are claimed, that’s it for the season.',
      'Once the remaining few berths are claimed, that’s it for the season',
    ],
    [
      'Once the last heated stalls are spoken for, that’s it until spring.',
      'Once the last heated stalls are spoken for, that’s it until',
    ],
    [
      'Anyone who delays past the 1st will end up paying the higher fee.',
      'Anyone who delays past the 1st will end up paying',
    ],
  ])('flags %j', (text, expected) => {
    expect(urgency(plain(text))).toContain(expected);
  });

  it.each([
    'You asked when rates change: they go up on the 15th.',
    'To answer your question, spots are limited to 12 per class so everyone gets time on the wheel.',
    'Your condos are selling fast, so we may not need the open house.',
    'The storage upgrade is going quickly, so your files should be back online by noon.',
    'Indoor storage costs are going up a little this year, so you might budget a bit more.',
    'Anyone who waits until after the 15th can still book; the rate just changes then.',
  ])('leaves alone %j', (text) => {
    expect(urgency(plain(text))).toEqual([]);
    expect(urgency({ ...plain(text), kind: 'cold' })).toEqual([]);
  });
});
