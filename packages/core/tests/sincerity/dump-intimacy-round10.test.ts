import { describe, expect, it } from 'vitest';
import { featureDumpCounts, intimacyClaims } from '../support/sincerity-findings.js';

describe('feature dumps: a lead-in that hands the reader everything the product comes with', () => {
  it.each([
    [
      'Ridgeway Linen now runs a restaurant program, and here is everything your kitchen would get:\n\n- Weekly pickup and delivery\n- Chef coats in four cuts\n- Bar towels by the bale\n- Stain treatment at no charge',
      4,
    ],
    [
      'Meet the Harbor Plus plan. Everything your team gets:\n\n- Shared calendars\n- Guest seats\n- Priority chat\n- Yearly billing',
      4,
    ],
    [
      "Our new Gold membership is here. Here's what comes with it:\n\n- Two guest visits a month\n- Locker rental\n- Free parking\n- A birthday smoothie",
      4,
    ],
    [
      "The new Trailhead kit ships this month. Here is what's packed into it:\n\n- A two-person tent\n- Two sleeping mats\n- A camp stove\n- A water filter",
      4,
    ],
    [
      "Here's what you'd get with the Premier upgrade:\n\n• A second driver at no cost\n• Roadside help in all 50 states\n• Free windshield repair",
      3,
    ],
  ])('flags %j', (text, count) => {
    expect(featureDumpCounts(text)).toEqual([count]);
  });

  it.each([
    // The reader's own order: what they bought, not a pitch.
    "Here's what comes with your order:\n\n- Two bags of beans\n- A burr grinder\n- A filter pack",
    // What happens next is a plan, not the product's contents.
    'Here is what comes next:\n\n- Contract review\n- Kickoff on the 4th\n- First delivery in May',
    // A checklist of what the reader's team brings.
    'Everything your team would need to bring:\n\n- Laptops\n- Badges\n- Signed waivers',
    // The reader asked for the list.
    'You asked what the camp covers, so here is everything your kids will get:\n\n- Lunch each day\n- A swim lesson\n- A T-shirt',
    // "Comes with it" in prose, without a list.
    'Here is what comes with it, in short: a calmer Monday. Want to talk it over?',
    // Plain meaning: what the reader gets back from a process they started.
    'Here is what you get back from the county:\n\n- Your stamped permit\n- Your inspection card\n- Your receipt',
  ])('does not flag %j', (text) => {
    expect(featureDumpCounts(text)).toEqual([]);
  });
});

describe('feature dumps: a sentence that points ahead to the capabilities list', () => {
  it.each([
    [
      'Listed below are the main features of the Ledgerly app.\n\nIt was built by accountants for accountants.\n\n- Bank feeds\n- Receipt capture\n- Payroll runs\n- Tax filing',
      4,
    ],
    [
      'Our capabilities are summarised below.\n\nWe have run a machine shop in Akron for thirty years.\n\n- Five-axis milling\n- Wire EDM\n- Anodizing\n- First-article inspection',
      4,
    ],
    [
      'In case your school is choosing a bus contractor, the key features of our fleet are below.\n\nEvery driver is local and trained in-house.\n\n- Lap-belt seating\n- Wheelchair lifts\n- Camera-equipped cabins\n- Spare buses on standby',
      4,
    ],
    [
      'Please see below an overview of the capabilities of Alder Joinery.\n\nWe are a family workshop that builds to order.\n\n1. Fitted kitchens\n2. Built-in wardrobes\n3. Sash window repair\n4. Staircases',
      4,
    ],
  ])('flags %j', (text, count) => {
    expect(featureDumpCounts(text)).toEqual([count]);
  });

  it.each([
    // A buyer lists what they need from a vendor.
    'Below are the capabilities we would need from a new print vendor.\n\nWe print about 40,000 catalogs a year.\n\n- Perfect binding\n- Variable data\n- Presort mailing',
    "The features we're looking for are listed below.\n\nOur budget is fixed for the year.\n\n- Offline mode\n- Shared folders\n- Signed PDFs",
    // How-to steps for the reader.
    'See below for how to turn on the new features.\n\nIt takes two minutes.\n\n- Open Settings\n- Tap Labs\n- Switch on Preview',
    // The reader asked for it.
    'You asked which features the old system had; they are listed below.\n\nWe pulled them from the manual.\n\n- Batch export\n- Label printing\n- Barcode lookup',
    // The reader's own order.
    'Your order details are listed below, with every feature you picked.\n\nThanks again.\n\n- Leather seats\n- Sunroof\n- Tow package',
    // Pointer to an agenda.
    'Please find below the agenda and the features we will demo.\n\nDoors open at nine.\n\n- Welcome\n- Roadmap\n- Questions',
  ])('does not flag %j', (text) => {
    expect(featureDumpCounts(text)).toEqual([]);
  });

  it('reads a pointer only for the list right after it', () => {
    const text =
      'Please find below our capabilities:\n\n- Milling\n- Turning\n- Welding\n\nThese are the weeks we are free:\n\n- June 3\n- June 10\n- June 17';
    expect(featureDumpCounts(text)).toEqual([3]);
  });
});

describe('feature dumps: perks told as separate clauses, each with its own subject', () => {
  it.each([
    [
      'Perks include a four-day summer week, paid exam fees, a conference budget, study travel and a yearly retreat.',
      5,
    ],
    ['We offer dental cover, a pension match, a cycle scheme and two volunteering days.', 4],
    [
      'We provide site surveys, permit drawings, structural checks and final inspections, so we can start any time.',
      4,
    ],
  ])('flags %j', (text, count) => {
    expect(featureDumpCounts(text)).toEqual([count]);
  });

  it.each([
    'We offer a four-day week in summer, we pay for certification exams, and we give every engineer a yearly travel budget for conferences and courses.',
    'We provide hot lunches on Fridays, we cover parking, they run a book club, and our team plans a spring retreat.',
    "Our services include design reviews, and we also host monthly site walks, we publish a newsletter, and we're starting a mentoring scheme.",
    'We offer flexible hours, our staff choose their own projects, and we close the studio between Christmas and New Year.',
  ])('does not flag %j', (text) => {
    expect(featureDumpCounts(text)).toEqual([]);
  });
});

describe('templated intimacy: a remembered story of the reader, filled in by a field', () => {
  it.each([
    [
      'I remember you telling our driver how much you adore {{dogName}}.',
      'I remember you telling our driver how much you adore {{dogName}}',
    ],
    [
      'I still remember you mentioning {{hobby}} at the open house.',
      'I still remember you mentioning {{hobby}}',
    ],
    [
      'I remember you talking about {{childName}} the whole visit.',
      'I remember you talking about {{childName}}',
    ],
    [
      'I always remember you raving about {{favoriteRestaurant}}.',
      'I always remember you raving about {{favoriteRestaurant}}',
    ],
  ])('flags %j', (text, expected) => {
    expect(intimacyClaims(text)).toEqual([expected]);
  });

  it.each([
    // No field: a real memory is the sender's to claim.
    'I remember you telling me about the lake house, and I hope the summer there was good.',
    // The clause ends before the field.
    'I remember you mentioning a move; {{company}} can help with boxes.',
    'I remember you telling me about the roof, and {{company}} has since fixed it.',
    // The reader remembers, or the reader said it.
    'Do you remember telling us about {{hobby}}?',
    'You told us {{petName}} loves the beach, so we packed a towel.',
    // A sender field is the sender's own detail.
    'I remember you telling {{sender.firstName}} how much you love the lake.',
  ])('does not flag %j', (text) => {
    expect(intimacyClaims(text)).toEqual([]);
  });
});

describe('templated intimacy: a whole team that has heard all about the reader’s pet or child', () => {
  it.each([
    [
      'The whole staff has heard all about {{petName}} and the tennis balls.',
      'The whole staff has heard all about {{petName}}',
    ],
    [
      'Everybody at the clinic has heard so much about {{petName}}.',
      'Everybody at the clinic has heard so much about {{petName}}',
    ],
    [
      "Our team's heard stories about {{childName}}'s love of dinosaurs.",
      "Our team's heard stories about {{childName}}",
    ],
    ["We've all heard about {{petName}}'s famous zoomies.", "We've all heard about {{petName}}"],
    [
      "Everyone here knows all about {{petName}}'s fear of the mailman.",
      'Everyone here knows all about {{petName}}',
    ],
  ])('flags %j', (text, expected) => {
    expect(intimacyClaims(text)).toEqual([expected]);
  });

  it.each([
    // News about the reader's company, not a claimed story.
    "We've heard about {{company}}'s expansion into Ohio.",
    "Our team has heard from {{company}}'s buyers that the spring line sold out.",
    'Everyone on the team has heard the {{eventName}} recording.',
    // The reader, or reader and sender together.
    "You've heard all about {{speakerName}}'s talk by now.",
    'We both heard all about {{projectName}} at the kickoff.',
    // The clause ends before the field.
    'Everyone has heard all about the merger, so {{company}} is busy.',
  ])('does not flag %j', (text) => {
    expect(intimacyClaims(text)).toEqual([]);
  });
});
