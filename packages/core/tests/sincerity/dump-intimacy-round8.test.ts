import { describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/index.js';
import { featureDumpCounts, intimacyClaims } from '../support/sincerity-findings.js';

function placeholders(text: string): string[] {
  return findPlaceholders(text).map((finding) => finding.text);
}

describe('templated intimacy: claiming to know how the reader feels about someone a field names', () => {
  it.each([
    [
      'We know {{petName}} has become your best friend.',
      'We know {{petName}} has become your best friend',
    ],
    [
      "I'm sure {{childName}} is the light of your life these days.",
      "I'm sure {{childName}} is the light of your life",
    ],
    [
      'We can tell {{horseName}} means the world to you and your daughters.',
      'We can tell {{horseName}} means the world to you',
    ],
    [
      'I know that {{parentName}} holds a special place in your heart.',
      'I know that {{parentName}} holds a special place in your heart',
    ],
    [
      'We already know your {{dogName}} is part of your family now.',
      'We already know your {{dogName}} is part of your family',
    ],
    [
      'No doubt {{catName}} will be sorely missed around the house.',
      'No doubt {{catName}} will be sorely missed',
    ],
    [
      'We know you can’t imagine a day without {{petName}} by your side.',
      'We know you can’t imagine a day without {{petName}}',
    ],
  ])('flags %j', (text, expected) => {
    expect(intimacyClaims(text)).toEqual([expected]);
  });

  it.each([
    // Plain facts about the field, with no claim about the reader's feelings.
    'We know {{petName}} is due for a booster next month.',
    'I know {{company}} is hiring two engineers this spring.',
    "I'm sure {{petName}} will love the new chew toys.",
    'We can see {{childName}} is enrolled in the Tuesday class.',
    // The reader said it, or only the reader knows it.
    'You told us {{petName}} has become your best friend, so we saved a photo for you.',
    'Only you know how {{petName}} fits into your days.',
    // The clause ends before the feeling, or the feeling is about the sender.
    'We know {{petName}} is due, and your best friend deserves a check-up.',
    'We know, {{firstName}}, that your family means everything.',
    'I know {{referrerName}} from our time at Acme, and your best friend there was Jo.',
    // "We" as reader and sender together, planning.
    'We both know {{projectName}} is the top priority for the quarter.',
    'No doubt {{eventName}} will be busy, so we will open the doors early.',
    'We know {{sender.company}} means the world to you.',
  ])('does not flag %j', (text) => {
    expect(intimacyClaims(text)).toEqual([]);
  });
});

describe('feature dumps: an overview of what is available after the sender introduced the firm', () => {
  it.each([
    [
      'Brightline Print is a commercial print supplier in Dayton. Here is a quick overview of what is available:\n\n- Business cards on 16 pt stock\n- Banners up to 10 ft\n- Brochures and tri-folds\n- Same-day rush printing',
      4,
    ],
    [
      'Cobalt Analytics is a boutique data consultancy.\n\nA short rundown of what the team can offer:\n\n- Churn models\n- Pricing studies\n- Survey design\n- Board-ready decks',
      4,
    ],
    [
      'Harbor Foods is a regional distributor of restaurant supplies.\n\nWhat is available to your kitchen:\n\n1. Fresh seafood twice a week\n2. Dry goods and spices\n3. Paper and takeout packaging\n4. Cleaning chemicals',
      4,
    ],
    [
      'Peak Metal Works is a precision manufacturer in Ohio.\n\nHere is a snapshot of our full range:\n\n- Laser cutting\n- CNC bending\n- Powder coating\n- Robotic welding\n- Assembly',
      5,
    ],
  ])('flags %j', (text, count) => {
    expect(featureDumpCounts(text)).toEqual([count]);
  });

  it.each([
    // "What is available" without any introduction of the sender's firm: slots, rooms, gifts.
    'Here is an overview of what is available:\n\n- Lake cabin\n- Garden suite\n- Loft room\n- Bunk room',
    'Here is what is still available from the registry:\n\n- Linen napkins\n- Stand mixer\n- Cast-iron pan\n- Picnic basket',
    // The reader asked for it earlier in the message.
    'You asked which restorations we could take on. Our studio is a small dental lab.\n\nHere is an overview of what is available:\n\n- Zirconia crowns\n- Night guards\n- Partial dentures\n- Implant abutments',
    // Times and days, not features, even after the sender introduced the firm.
    'Willow Clinic is a small physiotherapy provider.\n\nHere is what is available for your appointment:\n\n- Monday 9 am\n- Tuesday 2 pm\n- Thursday 11 am',
    // The sentence that introduces a firm is about the reader's firm.
    'Your company is a leading supplier of valves. Here is an overview of what is available:\n\n- Parking in lot C\n- Badge pickup at reception\n- Lunch at noon\n- Wi-Fi in every room',
    // A recap of a conversation, not an offer.
    'Northgate is a design studio. Here is a summary of what we discussed:\n\n- Timeline for the launch\n- Budget owners\n- Next review\n- Open questions',
    // Checklist of what the reader sends.
    'Alder Labs is a testing laboratory. Here is an overview of what is available; please send:\n\n- Sample forms\n- Chain of custody\n- Shipping labels',
    // An honest overview the reader requested by name.
    'As requested, Summit is a dental laboratory. Here is an overview of what is available:\n\n- Crowns\n- Bridges\n- Dentures',
  ])('does not flag %j', (text) => {
    expect(featureDumpCounts(text)).toEqual([]);
  });
});

describe('unfilled placeholders: an amount left as X with its currency or magnitude', () => {
  it.each([
    ['Base is $XXXk plus equity.', '$XXXk'],
    ['The budget sits around €X.Xm for the year.', '€X.Xm'],
    ['Rent is £xx a month, bills included.', '£xx'],
    ['Comp range: XXk to XXk depending on level.', 'XXk'],
    ['They closed a $XXm round in May.', '$XXm'],
    ['That adds up to $X,XXXk over three years.', '$X,XXXk'],
  ])('flags %j', (text, expected) => {
    expect(placeholders(text)[0]).toBe(expected);
  });

  it.each([
    'We ordered the XXL shirts for the offsite.',
    'The van has Sirius XM radio and heated seats.',
    'Team jerseys come in sizes up to XXXL.',
    'A tax of $x per unit is the textbook example.',
    'Grab the Xbox controllers from the closet.',
    'Base is $180k plus equity, and the role reports to the CFO.',
    'Our fund raised $40m last year.',
  ])('does not flag %j', (text) => {
    expect(placeholders(text)).toEqual([]);
  });
});
