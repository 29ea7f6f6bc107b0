import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.js';
import { readSendContext, validateLintContext } from '../../src/context/read-send-context.js';
import { lintText } from '../../src/linter.js';

const contact = { id: 'c-ana', name: { full: 'Ana Ruiz' }, timeZone: 'America/Chicago' };

describe(validateLintContext, () => {
  it('normalises a Date and sorts the history', () => {
    const context = validateLintContext({
      contact,
      sendAt: new Date('2025-07-01T13:00:00Z'),
      history: [
        {
          id: 'b',
          contactId: 'c-ana',
          channel: 'email',
          direction: 'inbound',
          at: '2025-06-02T10:00:00Z',
        },
        {
          id: 'a',
          contactId: 'c-ana',
          channel: 'email',
          direction: 'outbound',
          at: '2025-06-01T10:00:00Z',
        },
      ],
    });
    expect(context.sendAt).toBe('2025-07-01T13:00:00.000Z');
    expect(context.history.map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('throws a ConfigError naming each path, without the values', () => {
    const attempt = () =>
      validateLintContext({
        contact: { ...contact, timeZone: 'Central Time', emails: ['ana.private@'] },
        sendAt: 'tomorrow at 9',
        channel: 'fax',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      [
        'Invalid recipient context: context.contact.emails[0]: expected an email address.',
        'Invalid recipient context: context.contact.timeZone: expected an IANA time zone name such as "America/New_York".',
        'Invalid recipient context: context.sendAt: expected an ISO 8601 date-time with an offset, e.g. "2025-03-01T09:30:00Z".',
        'Invalid recipient context: context.channel: expected one of email, call, meeting, message, letter, gift.',
      ].join('\n'),
    );
  });
});

describe(readSendContext, () => {
  it('returns undefined without a context', () => {
    expect(readSendContext({})).toBeUndefined();
    expect(readSendContext({ sincerely: {} })).toBeUndefined();
  });
});

describe('lintText with a context', () => {
  it('rejects a malformed context with a ConfigError', () => {
    expect(() =>
      lintText('Hi Ana,\n\nThe notes are attached.', { context: { channel: 'pigeon' } }),
    ).toThrow(ConfigError);
  });

  it('runs the context rules of the recommended preset', () => {
    const result = lintText('Hi Anita,\n\nThe notes from Tuesday are attached.', {
      context: {
        contact: {
          ...contact,
          name: { full: 'Anita Ruiz', preferred: 'Ana' },
          contactWindow: {
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
            start: '08:00',
            end: '18:00',
          },
        },
        sendAt: '2025-07-01T02:00:00Z',
        channel: 'email',
      },
    });
    expect(result.messages.map((message) => [message.ruleId, message.message])).toEqual([
      [
        'respect-quiet-hours',
        'This goes out at 21:00 in America/Chicago, outside 08:00–18:00: schedule it inside their window.',
      ],
      [
        'use-preferred-name',
        'The greeting says "Anita", but they go by "Ana": greet them by the name they asked for.',
      ],
    ]);
  });

  it('keeps context rules silent without a context', () => {
    const result = lintText('Hi Anita,\n\nThe notes from Tuesday are attached.');
    expect(
      result.messages.filter(
        (message) =>
          message.ruleId?.startsWith('respect-') || message.ruleId === 'use-preferred-name',
      ),
    ).toEqual([]);
  });
});
