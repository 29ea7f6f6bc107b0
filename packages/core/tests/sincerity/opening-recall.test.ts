import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/index.js';

const MUST_FLAG: [string, string][] = [
  // The product opens the message.
  [
    'Hi Kate,\n\nTrackly is a time-tracking tool for agencies. Try it free at trackly.example.',
    'Trackly is a time-tracking tool',
  ],
  [
    'Hi Ana,\n\nAcme Shield is a complete, AI-powered security tool for clinics like yours.',
    'Acme Shield is a complete, AI-powered security tool',
  ],
  [
    'Hi Ahmed,\n\nShieldPlus Business Coverage includes:\n\n- General liability',
    'ShieldPlus Business Coverage includes',
  ],
  [
    'Hi there,\n\nPipewise Pro is here, and it is packed with new features.',
    'Pipewise Pro is here',
  ],
  ['Hi Ana,\n\nNotely Teams is now available on Android.', 'Notely Teams is now available'],
  ['Hi Ana,\n\nMeet Trackly, the time tracker built for agencies.', 'Meet Trackly'],
  ['Hi Ana, Introducing Pipewise Pro: lead scoring for small teams.', 'Introducing Pipewise Pro'],
  [
    'Hi Ana,\n\nRoutely helps agencies plan deliveries in half the time.\n\nTry Routely free today.',
    'Routely helps agencies',
  ],
  ['Hi Ana,\n\nAcme is a leading scheduling platform for clinics.', 'Acme is a leading'],
  [
    'Hi Ana,\n\nAcme Health is a leading scheduling platform.',
    'Acme Health is a leading scheduling platform',
  ],
  // The sender opens the message, after a "Dear …," greeting too.
  [
    'Dear Sir/Madam,\n\nWe are writing to inform you about our range of industrial lubricants.',
    'We are writing to inform you about our range',
  ],
  [
    "Dear Mr Patel,\n\nWe're excited to share our new line of food-grade greases.",
    "We're excited to share our new line",
  ],
  [
    'Hi Daniel,\n\nWe are a boutique creative agency based in Austin, and we have grown to 22 people.',
    'We are a boutique creative agency',
  ],
  ["Hi Ana,\n\nI'd like to introduce you to our new platform.", "I'd like to introduce"],
  // A pitch right after a hollow opener: the hollow sentence is skipped.
  [
    'Hi Ana,\n\nI hope this email finds you well. My name is Alex and I lead partnerships at Stackform.',
    'My name is',
  ],
  [
    "Hi Ana,\n\nI hope you're doing well!\n\nI wanted to introduce Brightpath Digital.",
    'I wanted to introduce',
  ],
  [
    'Hi Ana, hope all is well, Ana. We are a leading provider of scheduling software.',
    'We are a leading',
  ],
];

const MUST_NOT_FLAG: string[] = [
  // Reader-first openings, with the introduction after them.
  'Hi Ana,\n\nYou mentioned the move to Denver. Trackly is a tool for that.',
  'Hi Ana,\n\nCongrats on the new role! Meet Trackly, the tracker.',
  'Hi Ana,\n\nYour post about night shifts was sharp. We are a boutique staffing agency.',
  'Hi Ana,\n\nWe met at the Denver expo. We are a boutique agency, as I said then.',
  'Hi Ana,\n\nThanks for the tour yesterday. My name is on the lease papers.',
  'Hi Ana,\n\nOur call last week was useful. We are a small design studio.',
  'Hi Ana,\n\nI saw your team opened a Denver office. Acme is a scheduling tool.',
  'Hi Ana,\n\nI hope the move to Denver went smoothly. My name is on the lease you asked about.',
  // Names that are people, places, seasons or the reader's own tools.
  'Hi Ana,\n\nSpring is here, and so is the garden on Birch Lane.',
  'Hi Ana,\n\nMaria is a nurse at the clinic you visited.',
  'Hi Ana,\n\nDenver is a great city for a second clinic.',
  'Hi Ana,\n\nMeet Sarah, our new account manager for your region.',
  'Hi Ana,\n\nLinda offers her congratulations on the new clinic.',
  'Hi Ana,\n\nNotion is the tool your team uses for docs, so I kept the notes there.',
  'Hi {{firstName}},\n\n{{company}} is a great platform for you.',
  'Hi Ana,\n\nThe Clean Air Act is a law your plant already follows.',
  'Hi Ana,\n\nAdmission includes lunch and parking, and the talks start at nine.',
  'Hi Ana,\n\nInsurance is a product you hope never to use, so I check your policy each spring.',
  'Hi Ana,\n\nZoom is the tool we both use, so the link is below.',
  'Hi Ana,\n\nOur platform is a little slow today, and we are on it.',
  'Hi Ana,\n\nHarvest is here, and the co-op opens its scales on Monday.',
  'Hi Ana,\n\nFeatures include one-click timers, timesheets and invoicing.',
  'Hi Ana,\n\nKey features:\n\n- Drag-and-drop workflows',
  // The sender, but not a pitch.
  "Hi Ana,\n\nI'm writing to follow up on the question you asked.",
  "Hi Ana,\n\nWe're writing to let you know about our new office hours.",
  "Hi Ana,\n\nWe're a small family business, and your order means a lot to us.",
  "Hi Ana,\n\nI'd like to introduce you to Maria Lopez, who runs payroll for three restaurants.",
  'Hi Ana,\n\nI wanted to introduce our two plans, since you asked about pricing.',
  'Hi Ana,\n\nHope all is well. Our platform is down for maintenance tonight.',
  'Hi Ana,\n\nI hope you are doing well with the new team. We are a small agency.',
];

describe('pitch-first openings', () => {
  it.each(MUST_FLAG)('flags %j', (text, evidence) => {
    const analysis = analyzeMessage(text);
    expect(analysis.pitchFirst.map((finding) => finding.evidence)).toEqual([evidence]);
    expect(analysis.opening?.subject).toBe('sender');
  });

  it.each(MUST_NOT_FLAG)('does not flag %j', (text) => {
    expect(analyzeMessage(text).pitchFirst).toEqual([]);
  });

  it('leaves a transactional message that opens with the product alone', () => {
    expect(
      analyzeMessage('Trackly is a time-tracking tool.', { kind: 'transactional' }).pitchFirst,
    ).toEqual([]);
  });
});
