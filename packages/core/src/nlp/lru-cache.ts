/** A least-recently-used cache over a `Map`, which keeps insertion order. */
export class LruCache<Key, Value> {
  readonly #entries = new Map<Key, Value>();
  readonly #capacity: number;

  /** Creates a cache that keeps at most `capacity` entries. */
  constructor(capacity: number) {
    this.#capacity = Math.max(1, capacity);
  }

  /** The number of entries held. */
  get size(): number {
    return this.#entries.size;
  }

  /** Returns the value for `key` and marks it as recently used, or `undefined`. */
  get(key: Key): Value | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Stores `value` under `key`, dropping the least recently used entry when full. */
  set(key: Key, value: Value): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }
}

/**
 * A bounded cache in two generations: entries go into the young one; when it is full it becomes
 * the old one (the previous old one is dropped), and an entry found in the old one moves back.
 * Recently used entries stay, like an LRU, but a hit is one map lookup with no reordering.
 */
export class GenerationalCache<Key, Value> {
  #young = new Map<Key, Value>();
  #old = new Map<Key, Value>();
  readonly #generationSize: number;

  /** Creates a cache that keeps at least the `capacity / 2` most recent entries, at most `capacity`. */
  constructor(capacity: number) {
    this.#generationSize = Math.max(1, Math.floor(capacity / 2));
  }

  /** Returns the value for `key`, or `undefined`. */
  get(key: Key): Value | undefined {
    const value = this.#young.get(key);
    if (value !== undefined) return value;
    const old = this.#old.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  /** Stores `value` under `key`. */
  set(key: Key, value: Value): void {
    if (this.#young.size >= this.#generationSize) {
      this.#old = this.#young;
      this.#young = new Map();
    }
    this.#young.set(key, value);
  }
}

/**
 * A copy of `text` that does not keep alive the string it was cut from: V8 makes `slice` point
 * into its parent, so a cache keyed by a paragraph would hold the whole message. For cache keys,
 * copied once, when an entry is stored.
 */
export function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
