import type { MessageInput } from '../../src/index.js';
import { describeLookAlikes, type FindingList } from '../support/sincerity-findings.js';

const care = (text: string): MessageInput => ({
  text: `Hi Jo,\n\n${text}\n\nBest,\nSam`,
  kind: 'care',
});
const cold = (text: string): MessageInput => ({
  text: `Hi Jo,\n\n${text}\n\nBest,\nSam`,
  kind: 'cold',
});
const followUp = (text: string): MessageInput => ({
  text: `Hi Jo,\n\n${text}\n\nBest,\nSam`,
  kind: 'follow-up',
});

const C: FindingList = 'manipulativeCloses';

describeLookAlikes(
  'manipulative close: signature visits, sale dates to lock in, paid bookings, the number that buys a yes',
  [
    [
      C,
      cold(
        'I drafted the two-year service agreement for your clinic, so all that’s left is your signature.',
      ),
      'all that’s left is your signature',
    ],
    [
      C,
      'Would Monday or Wednesday be better for me to stop by and get the lease renewal signed?',
      'Would Monday or Wednesday be better for me to stop by and get the lease renewal signed?',
    ],
    [
      C,
      'Does the 9th or the 14th work better to swing by and sign the contract?',
      'Does the 9th or the 14th work better to swing by and sign the contract?',
    ],
    [
      C,
      'Let me know which start date you’d like to lock in, June 2 or June 16, and I’ll handle the rest.',
      'which start date you’d like to lock in, June 2 or June 16',
    ],
    [
      C,
      cold('Which install date should we reserve for your roof, the 4th or the 11th?'),
      'Which install date should we reserve for your roof, the 4th or the 11th',
    ],
    [
      C,
      care(
        'Thanks for being with us for two years. Our Deep Clean bundle is $89 this month. We’ve already booked you in.',
      ),
      'We’ve already booked you in',
    ],
    [
      C,
      cold(
        'Our premium gutter package is $349 for the season, and I’ve gone ahead and signed you up.',
      ),
      'I’ve gone ahead and signed you up',
    ],
    [
      C,
      followUp(
        'Name the figure that would get your team to sign this month, and we’ll make it happen.',
      ),
      'Name the figure that would get your team to sign',
    ],
    [
      C,
      followUp('If budget is the sticking point, name your price and I’ll see what I can do.'),
      'name your price and I’ll see what I can do',
    ],
    [
      C,
      followUp('So what would it take to get Routewise installed throughout your three depots?'),
      'what would it take to get Routewise installed throughout your',
    ],
    [
      C,
      followUp('What would it take to get our scheduling software running across your clinics?'),
      'What would it take to get our scheduling software running across your',
    ],
  ],
  [
    [C, 'You asked us to come back for the follow-up treatment: would Monday or Friday suit you?'],
    [C, 'We’ve penciled in the date you picked, Thursday the 12th.'],
    [C, 'Which works better for you, a quick call or an email?'],
    [C, 'Name a time that suits you and I’ll make it work.'],
    [C, 'What would it take for us to earn a second look next spring?'],
    [C, 'You asked what we would charge for the whole fleet: $2,100 a month, all in.'],
    [
      C,
      care(
        'Your free one-year check-up is included with your purchase. We’ve already penciled you in. Which works better for dropping it off: Saturday or Tuesday?',
      ),
    ],
    [C, care('Your one-year check-up comes with the bike. We’ve already penciled you in.')],
    [C, 'Thanks for confirming the $60 deposit. We’ve already booked you in.'],
    [C, 'Our tune-up is $129. If you’d like one, reply and we’ll pencil you in.'],
    [
      C,
      'The second tier runs $40 a month, and I’ve already put you down. Happy to change it if it doesn’t suit.',
    ],
    [C, 'Send me your number and I’ll see what I can do about a callback.'],
    [C, 'Name your number one worry and we’ll find a way to solve it first.'],
    [C, 'Would Tuesday or Thursday be better to drop by and get the consent form signed?'],
    [C, 'What would it take to get Kubernetes running on your old laptop?'],
    [C, 'Which delivery date works for you, Monday or Wednesday?'],
  ],
);
