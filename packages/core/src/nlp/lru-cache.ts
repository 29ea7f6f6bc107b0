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
