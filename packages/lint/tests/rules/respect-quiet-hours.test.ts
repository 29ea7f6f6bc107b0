import type { LintContext } from '../../src/rule.js';
import rule from '../../src/rules/respect-quiet-hours.js';
import { RuleTester } from '../rule-tester.js';

const dana = {
  id: 'c-dana',
  name: { full: 'Dana Whitfield' },
  timeZone: 'America/New_York',
  contactWindow: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' },
};
const send = (sendAt: string, channel = 'email', contact: object = dana): LintContext => ({
  contact,
  sendAt,
  channel,
});
const ana = { id: 'c', name: { full: 'Ana' }, timeZone: 'America/New_York' };
const lateWindow = { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '21:00' };
const code = 'Hi Dana,\n\nThe checklist you asked for is attached.';
const firstLine = { line: 1, column: 1, endLine: 1, endColumn: 9 };

new RuleTester().run('respect-quiet-hours', rule, {
  valid: [
    { code, name: 'Tuesday 09:00 in New York', context: send('2025-07-01T13:00:00Z') },
    { code, name: 'no send time', context: { contact: dana, channel: 'email' } },
    { code, name: 'no context' },
    {
      code,
      name: 'no time zone',
      context: send('2025-07-01T01:00:00Z', 'email', { id: 'c', name: { full: 'Ana' } }),
    },
    {
      code,
      name: 'spring-forward morning: 08:30 EDT is inside',
      context: send('2025-03-10T12:30:00Z'),
    },
    {
      code,
      name: 'no window and not a call: nothing to check',
      context: send('2025-07-01T03:00:00Z', 'email', {
        id: 'c',
        name: { full: 'Ana' },
        timeZone: 'Pacific/Kiritimati',
      }),
    },
    {
      code,
      name: 'a call at exactly 21:00 local: TCPA bans calls after 9 p.m., not at it',
      context: send('2025-07-02T01:00:00Z', 'call', ana),
    },
    {
      code,
      name: 'a text at exactly 08:00 local',
      context: send('2025-07-01T12:00:00Z', 'message', ana),
    },
    {
      code,
      name: 'an email at 21:00 when their window ends at 21:00: the end minute is inside',
      context: send('2025-07-02T01:00:00Z', 'email', { ...dana, contactWindow: lateWindow }),
    },
    {
      code,
      name: 'a call at 20:30 local with no window is within TCPA hours',
      context: send('2025-07-02T00:30:00Z', 'call', {
        id: 'c',
        name: { full: 'Ana' },
        timeZone: 'America/New_York',
      }),
    },
  ],
  invalid: [
    {
      code,
      name: '21:00 on a Monday in New York',
      context: send('2025-07-01T01:00:00Z'),
      errors: [
        {
          messageId: 'outsideWindow',
          data: {
            time: '21:00',
            timeZone: 'America/New_York',
            hours: '08:00–18:00',
            days: 'mon–fri',
            day: 'mon',
          },
          ...firstLine,
        },
      ],
    },
    {
      code,
      name: 'Saturday morning',
      context: send('2025-07-05T14:00:00Z'),
      errors: [
        {
          messageId: 'wrongDay',
          data: {
            time: '10:00',
            timeZone: 'America/New_York',
            hours: '08:00–18:00',
            days: 'mon–fri',
            day: 'sat',
          },
          ...firstLine,
        },
      ],
    },
    {
      code,
      name: 'a weekday 10:00 UTC is already Saturday in Kiritimati',
      context: send('2025-07-04T20:00:00Z', 'email', { ...dana, timeZone: 'Pacific/Kiritimati' }),
      errors: [
        {
          messageId: 'wrongDay',
          data: {
            time: '10:00',
            timeZone: 'Pacific/Kiritimati',
            hours: '08:00–18:00',
            days: 'mon–fri',
            day: 'sat',
          },
          ...firstLine,
        },
      ],
    },
    {
      code,
      name: 'a call at 21:30 local breaks the TCPA calling hours',
      context: send('2025-07-02T01:30:00Z', 'call', {
        id: 'c',
        name: { full: 'Ana' },
        timeZone: 'America/New_York',
      }),
      errors: [
        {
          messageId: 'callingHours',
          data: { touch: 'call', time: '21:30', timeZone: 'America/New_York', when: 'after 21:00' },
          ...firstLine,
        },
      ],
    },
    {
      code,
      name: 'a call at 07:30 on the fall-back Sunday, in Los Angeles',
      context: send('2025-11-02T15:30:00Z', 'call', {
        id: 'c',
        name: { full: 'Ana' },
        timeZone: 'America/Los_Angeles',
      }),
      errors: [
        {
          messageId: 'callingHours',
          data: {
            touch: 'call',
            time: '07:30',
            timeZone: 'America/Los_Angeles',
            when: 'before 08:00',
          },
          ...firstLine,
        },
      ],
    },
    {
      code,
      name: 'a call at 21:01 local is past the TCPA calling hours',
      context: send('2025-07-02T01:01:00Z', 'call', ana),
      errors: [
        {
          messageId: 'callingHours',
          data: { touch: 'call', time: '21:01', timeZone: 'America/New_York', when: 'after 21:00' },
          ...firstLine,
        },
      ],
    },
    {
      code,
      name: 'a text at 07:59 local is named a text',
      context: send('2025-07-01T11:59:00Z', 'message', ana),
      errors: [
        {
          messageId: 'callingHours',
          data: {
            touch: 'text',
            time: '07:59',
            timeZone: 'America/New_York',
            when: 'before 08:00',
          },
          ...firstLine,
        },
      ],
    },
    {
      code,
      name: 'an email at 21:01 when their window ends at 21:00',
      context: send('2025-07-02T01:01:00Z', 'email', { ...dana, contactWindow: lateWindow }),
      errors: [
        {
          messageId: 'outsideWindow',
          data: {
            time: '21:01',
            timeZone: 'America/New_York',
            hours: '08:00–21:00',
            days: 'mon–fri',
            day: 'tue',
          },
          ...firstLine,
        },
      ],
    },
    {
      code,
      name: 'the TCPA check can be turned off for texts',
      options: [{ callChannels: ['call'] }],
      context: send('2025-07-02T01:30:00Z', 'message'),
      errors: [
        {
          messageId: 'outsideWindow',
          data: {
            time: '21:30',
            timeZone: 'America/New_York',
            hours: '08:00–18:00',
            days: 'mon–fri',
            day: 'tue',
          },
          ...firstLine,
        },
      ],
    },
  ],
});
