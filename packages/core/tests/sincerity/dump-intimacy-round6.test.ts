import { describe, expect, it } from 'vitest';
import { featureDumpCounts, intimacyClaims } from '../support/sincerity-findings.js';

describe('templated intimacy: a firm’s “we” and a whole team claiming a memory a field fills in', () => {
  it.each([
    ['We know how much {{dogName}} means to your family.', 'We know how much {{dogName}}'],
    [
      'We know you’re passionate about {{cause}}, so we saved you a seat.',
      'We know you’re passionate about {{cause}}',
    ],
    [
      "We'll never forget the day {{childName}} rode without training wheels.",
      "We'll never forget the day {{childName}}",
    ],
    [
      'We will never forget how {{horseName}} took the final jump.',
      'We will never forget how {{horseName}}',
    ],
    [
      'The whole team still talks about {{projectName}} at lunch.',
      'The whole team still talks about {{projectName}}',
    ],
    [
      'All of us here still remember {{petName}} from puppy class.',
      'All of us here still remember {{petName}}',
    ],
    ["We'll always remember {{petName}}'s gentle spirit.", "We'll always remember {{petName}}"],
    [
      "Our staff can't stop talking about {{bakeryName}}'s sourdough.",
      "Our staff can't stop talking about {{bakeryName}}",
    ],
  ])('flags %j', (text, expected) => {
    expect(intimacyClaims(text)).toEqual([expected]);
  });

  it.each([
    // "We" as reader and sender together: a real conversation, a plan, a shared ritual.
    'We talked about {{topic}} on our call last week.',
    "We'll talk about {{agendaItem}} on Tuesday.",
    'We always talk about {{topic}} first in our sessions.',
    'As we remember {{holidayName}} this week, our office will be closed.',
    // Plain meanings and the greeting's name field.
    'We know how busy you are, {{firstName}}.',
    'The team still talks about it, {{firstName}}.',
    "Rest assured we'll never forget to attach {{policyNumber}} to the renewal.",
    'Everyone here still talks about your visit.',
    'We know how much {{sender.company}} owes its customers.',
    'We still remember to back up the site every night.',
  ])('does not flag %j', (text) => {
    expect(intimacyClaims(text)).toEqual([]);
  });
});

describe('feature dumps: a spec sheet of doses, strengths and formats', () => {
  it.each([
    [
      'The autumn release from Hollow Creek Vineyards:\n\n- 2019 Reserve Cabernet: 14.5% ABV, 750ml\n- Dry Rosé: 12% ABV, 375ml half bottles\n- Sparkling Brut: 12.5% ABV, 1.5L magnum\n- Late Harvest Riesling: 9% ABV',
      4,
    ],
    [
      'Introducing Calmora Night:\n\n- Twice-daily capsules\n- 200 mg magnesium per serving\n- Delayed-release coating\n- Recyclable blister packaging\n- Made in Vermont',
      5,
    ],
    [
      'What Ridgeline Coffee ships to cafes:\n\n- Cold brew concentrate in 32 oz cartons\n- Nitro kegs and sixtels\n- 5 lb bags of house espresso',
      3,
    ],
    [
      'New from Brightwell Labs:\n\n- Extended-release formula\n- 10 mg and 20 mg strengths\n- Scored tablets\n- No food restrictions',
      4,
    ],
  ])('flags %j', (text, count) => {
    expect(featureDumpCounts(text)).toEqual([count]);
  });

  it.each([
    // The reader's own list: what to bring, their order, their pet's medication plan.
    'Please bring your current medications:\n\n- Metformin 500 mg\n- Lisinopril 10 mg\n- Vitamin D capsules',
    "Here's your order for Friday:\n\n- 2 sixtels Hazy IPA\n- 1 half barrel Pils\n- 4 cases of 16oz cans",
    "Biscuit's medication plan:\n\n- Carprofen 75 mg, one tablet with breakfast\n- Gabapentin 100 mg capsules at bedtime\n- Recheck bloodwork in two weeks",
    'For the next ten days:\n\n- Give one tablet twice daily with food\n- Store the capsules in the fridge\n- Avoid long walks until the stitches are out',
    // A list that answers what the reader asked for.
    'You mentioned you wanted something light for the patio, so here are three:\n\n- Foundry Pils: 5.0% ABV\n- Garden Gose: 4.2% ABV\n- Table Saison: 3.9% ABV',
    // Items about the reader.
    'A few thoughts for your shop:\n\n- Your 16 oz pours sell fastest on Fridays\n- Your regulars ask for 5% ABV and under\n- Your cooler fits two sixtels',
  ])('does not flag %j', (text) => {
    expect(featureDumpCounts(text)).toEqual([]);
  });
});

describe('feature dumps: a prose run of what the sender runs, offers and is proud of', () => {
  it.each([
    [
      'We offer weekend workshops and private lessons. We are proud of our heated studio and our lending library. We run our own retreats in the mountains.',
      3,
    ],
    [
      "We also offer tasting nights every month. We're known for our small-batch ciders. We partner with local orchards for every apple we press.",
      3,
    ],
    [
      "We're especially proud of our two-to-one ratio of coaches to riders. We have our own indoor arena. We also offer summer camps for ages eight to fourteen.",
      3,
    ],
  ])('flags %j', (text, count) => {
    expect(featureDumpCounts(text)).toEqual([count]);
  });

  it.each([
    // "We" as the reader and sender together, or a community the reader belongs to.
    "We're proud of our volunteers this year. We host the thank-you dinner in June. We partner with the library again for the book drive.",
    'We run together every Saturday. We host the potluck at Sam’s this time. We partner up for the long loop.',
    // A history, not an offer.
    "We've been teaching here since 2009. We've trained our own teachers. We moved into our new building last spring.",
    // One line about the offer, then the reader.
    'We run our own summer programs. We are proud of our campus. You mentioned Amara loves robotics, so I asked our coach to say hello.',
    // The reader's own pride.
    'You should be proud of your team. We are proud of our part in it. We have our own ideas for next year too, if you want them.',
    'We are known for our slow replies in August, sorry. We run on a skeleton crew. We partner with nobody new until September.',
  ])('does not flag %j', (text) => {
    expect(featureDumpCounts(text)).toEqual([]);
  });
});
