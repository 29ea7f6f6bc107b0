/**
 * Reads the recipient context that context rules check a message against, validated with
 * `@sincerely/core`'s model. An invalid context is a configuration mistake: it throws a
 * `ConfigError` naming each path, rather than letting the rules silently skip their checks.
 *
 * The model (and zod, which validates it) is loaded the first time a context is read: most runs
 * lint templates without one.
 */
import type { SendContext } from '@sincerely/core';
import { core } from '#deps';
import { ConfigError } from '../config/config-error.js';
import type { LintContext, Settings } from '../rule.js';

const parsed = new WeakMap<object, SendContext>();

/**
 * Validates a lint context.
 *
 * @returns the normalised context (`sendAt` as an ISO instant, `history` sorted by time).
 * @throws {ConfigError} listing every problem, e.g. `Invalid recipient context: context.sendAt: …`.
 * @example
 * validateLintContext({ channel: 'email', sendAt: '2025-07-01T13:00:00Z' });
 */
export function validateLintContext(context: LintContext): SendContext {
  if (typeof context === 'object' && context !== null) {
    const cached = parsed.get(context);
    if (cached) return cached;
  }
  const { formatIssue, parseSendContext } = core();
  const result = parseSendContext(context);
  if (!result.ok) {
    throw new ConfigError(
      result.issues.map((issue) => `Invalid recipient context: ${formatIssue(issue)}.`),
    );
  }
  if (typeof context === 'object' && context !== null) parsed.set(context, result.value);
  return result.value;
}

/**
 * The recipient context from `settings.sincerely.context`, or undefined when there is none (context
 * rules then stay silent).
 *
 * @throws {ConfigError} when the context is present but invalid.
 */
export function readSendContext(settings: Settings): SendContext | undefined {
  const context = settings.sincerely?.context;
  return context === undefined ? undefined : validateLintContext(context);
}
