import { fmix32 } from './hash.js';
/**
 * Typed-array building blocks of the in-memory index. No per-entry objects: a JS object or
 * Map entry per band per article would cost more than the whole 1 KB budget.
 *
 * Tables grow by half when 80 % full, so their load stays between 53 % and 80 % (doubling
 * would let it fall to 40 %, and memory per article would then swing by half with the
 * article count). Sizes are not powers of two; a hash is mapped to a slot by
 * multiply-and-shift ("fastrange"), and probing is linear.
 */

type Typed = Int32Array | Uint32Array | Uint8Array;
type TypedCtor<T extends Typed> = { new (length: number): T };

const MAX_LOAD = 0.8;
const GROWTH = 1.5;

/** Slot of a 32-bit hash in a table of `size` slots. */
function home(hash: number, size: number): number {
  return Math.floor(((hash >>> 0) * size) / 4294967296);
}

/** A typed array that grows by half when written past its end. */
export class Grow<T extends Typed> {
  data: T;
  constructor(
    private readonly ctor: TypedCtor<T>,
    capacity: number,
  ) {
    this.data = new ctor(Math.max(16, capacity));
  }

  /** Makes index `length - 1` writable. */
  ensure(length: number): T {
    if (length <= this.data.length) return this.data;
    let size = this.data.length;
    while (size < length) size = Math.ceil(size * GROWTH);
    const next = new this.ctor(size);
    next.set(this.data);
    this.data = next;
    return next;
  }

  get bytes(): number {
    return this.data.byteLength;
  }
}

/**
 * A multimap from 32-bit keys to non-negative int32 values, by open addressing: values of
 * one key sit in the probe run that starts at the key's home slot, so there are no chain
 * links, 5 bytes per slot when keys are derived from values (`keyOf`), 8 when stored.
 *
 * A derived key costs a read of the value's own record (a band key is recomputed from a
 * signature elsewhere in memory: a cache miss per slot of the probe run), so each slot also
 * keeps 8 bits of its key's hash, and a key is derived only where those bits agree.
 */
export class MultiTable {
  private values: Int32Array;
  private keys: Uint32Array | null;
  private tags: Uint8Array | null;
  private used = 0;

  constructor(
    /** Key of a value, when the value itself determines it; otherwise keys are stored. */
    private readonly keyOf: ((value: number) => number) | null,
    capacity = 1024,
  ) {
    const size = Math.max(16, Math.ceil(capacity / MAX_LOAD));
    this.values = new Int32Array(size).fill(-1);
    this.keys = keyOf ? null : new Uint32Array(size);
    this.tags = keyOf ? new Uint8Array(size) : null;
  }

  private keyAt(slot: number): number {
    return this.keys ? this.keys[slot]! : this.keyOf!(this.values[slot]!);
  }

  /** Writes up to `max` values stored under `key` into `out` from `offset`; returns how many. */
  collect(key: number, out: Int32Array, offset: number, max: number): number {
    const size = this.values.length;
    const h = hashOfKey(key);
    const tag = h & 0xff;
    const tags = this.tags;
    let s = home(h, size);
    let n = 0;
    for (;;) {
      const v = this.values[s]!;
      if (v < 0 || n >= max) return n;
      if ((tags === null || tags[s] === tag) && this.keyAt(s) === key) out[offset + n++] = v;
      s = s + 1 === size ? 0 : s + 1;
    }
  }

  /** Stores `value` under `key` unless the key already holds `cap` values; true when stored. */
  insert(key: number, value: number, cap: number): boolean {
    const size = this.values.length;
    const h = hashOfKey(key);
    const tag = h & 0xff;
    const tags = this.tags;
    let s = home(h, size);
    let n = 0;
    for (;;) {
      const v = this.values[s]!;
      if (v < 0) break;
      if ((tags === null || tags[s] === tag) && this.keyAt(s) === key && ++n >= cap) return false;
      s = s + 1 === size ? 0 : s + 1;
    }
    this.values[s] = value;
    if (this.keys) this.keys[s] = key >>> 0;
    if (tags) tags[s] = tag;
    if (++this.used > size * MAX_LOAD) this.resize();
    return true;
  }

  private resize(): void {
    const oldValues = this.values;
    const oldKeys = this.keys;
    const size = Math.ceil(oldValues.length * GROWTH);
    this.values = new Int32Array(size).fill(-1);
    this.keys = oldKeys ? new Uint32Array(size) : null;
    this.tags = this.tags ? new Uint8Array(size) : null;
    for (let i = 0; i < oldValues.length; i++) {
      const v = oldValues[i]!;
      if (v < 0) continue;
      const key = oldKeys ? oldKeys[i]! : this.keyOf!(v);
      const h = hashOfKey(key);
      let s = home(h, size);
      while (this.values[s]! >= 0) s = s + 1 === size ? 0 : s + 1;
      this.values[s] = v;
      if (this.keys) this.keys[s] = key;
      if (this.tags) this.tags[s] = h & 0xff;
    }
  }

  get bytes(): number {
    return this.values.byteLength + (this.keys?.byteLength ?? 0) + (this.tags?.byteLength ?? 0);
  }
}

/** The hash every table uses for a 32-bit key (MurmurHash3's finalizer). */
export function hashOfKey(key: number): number {
  return fmix32(key | 0);
}

/**
 * A map to one value per key where the key is too wide for 32 bits (a 64-bit text hash,
 * an id string): the slot holds the value only, and the caller says whether the value at
 * a slot has the wanted key. 4 bytes per slot.
 */
export class HeadTable {
  heads: Int32Array;
  private used = 0;

  constructor(
    /** Hash of a value's key, for placing it on resize. */
    private readonly positionOf: (value: number) => number,
    capacity = 1024,
  ) {
    this.heads = new Int32Array(Math.max(16, Math.ceil(capacity / MAX_LOAD))).fill(-1);
  }

  /** Slot holding a value that satisfies `isKey`, or the empty slot where it would go (`heads[slot] < 0`). */
  slot(hash: number, isKey: (value: number) => boolean): number {
    const size = this.heads.length;
    let s = home(hash, size);
    for (;;) {
      const v = this.heads[s]!;
      if (v < 0 || isKey(v)) return s;
      s = s + 1 === size ? 0 : s + 1;
    }
  }

  /** Fills an empty slot found by `slot`. May resize, which invalidates slot numbers. */
  set(slot: number, value: number): void {
    this.heads[slot] = value;
    if (++this.used > this.heads.length * MAX_LOAD) {
      const old = this.heads;
      const size = Math.ceil(old.length * GROWTH);
      this.heads = new Int32Array(size).fill(-1);
      for (let i = 0; i < old.length; i++) {
        const v = old[i]!;
        if (v < 0) continue;
        let s = home(this.positionOf(v), size);
        while (this.heads[s]! >= 0) s = s + 1 === size ? 0 : s + 1;
        this.heads[s] = v;
      }
    }
  }

  get bytes(): number {
    return this.heads.byteLength;
  }
}
