/**
 * Remembers values per message object, so the work several rules do on the same message (masking
 * merge fields, listing the body's words, preparing and analysing it) is done once.
 *
 * Where they are kept matters for speed. A `WeakMap` keyed by short-lived message objects costs
 * more than it saves in V8: its young-generation collector treats the values of an old `WeakMap`
 * as alive, so every analysis is copied and promoted to the old generation and freed only by a
 * full collection (scavenges then take milliseconds instead of tenths of one). So a message
 * object may carry its own memo, a `Map` under the `MESSAGE_MEMO` symbol (the linter's message
 * objects do): values then live and die with the message. Other objects fall back to a `WeakMap`.
 */
import type { MessageInput } from '../sincerity/message-input.js';

/**
 * The key of a message object's own memo (a `Map`), shared through the global symbol registry so
 * that a producer of message objects (the linter) can create one without importing this module.
 */
export const MESSAGE_MEMO: unique symbol = Symbol.for('@sincerely/core.message-memo');

/** The message object's own memo, if it carries one. */
export function ownMemo(input: MessageInput): Map<unknown, unknown> | undefined {
  const memo = (input as { [MESSAGE_MEMO]?: unknown })[MESSAGE_MEMO];
  return memo instanceof Map ? memo : undefined;
}

/** A message object with an own memo, for text that arrives as a string. */
export function withMemo(input: MessageInput): MessageInput {
  Object.defineProperty(input, MESSAGE_MEMO, { value: new Map() });
  return input;
}

/**
 * The value remembered for `input` under `key`: in the message's own memo when it carries one,
 * else in `fallback`. (Two plain functions rather than an accessor object: this runs several
 * times per message, and the CLI runs V8 without inlining, where each object would be made.)
 */
export function memoGet<Value>(
  input: MessageInput,
  key: object,
  fallback: WeakMap<MessageInput, Value>,
): Value | undefined {
  const own = ownMemo(input);
  return own ? (own.get(key) as Value | undefined) : fallback.get(input);
}

/** Remembers `value` for `input` under `key` (see `memoGet`). */
export function memoSet<Value>(
  input: MessageInput,
  key: object,
  fallback: WeakMap<MessageInput, Value>,
  value: Value,
): void {
  const own = ownMemo(input);
  if (own) own.set(key, value);
  else fallback.set(input, value);
}

interface Entry<Value> {
  text: string;
  fields: MessageInput['fields'];
  paragraphs: MessageInput['paragraphs'];
  value: Value;
}

/**
 * A memo of `compute(input)` per message object. A remembered value is used only while the object
 * still holds the same `text`, `fields` and `paragraphs`, so an object reused with new content is
 * computed afresh.
 */
export function memoByInput<Value>(
  compute: (input: MessageInput) => Value,
): (input: MessageInput) => Value {
  const fallback = new WeakMap<MessageInput, Entry<Value>>();
  const key = {};
  return (input) => {
    const entry = memoGet(input, key, fallback);
    if (
      entry &&
      entry.text === input.text &&
      entry.fields === input.fields &&
      entry.paragraphs === input.paragraphs
    ) {
      return entry.value;
    }
    const value = compute(input);
    memoSet(input, key, fallback, {
      text: input.text,
      fields: input.fields,
      paragraphs: input.paragraphs,
      value,
    });
    return value;
  };
}
