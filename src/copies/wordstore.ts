/**
 * Each filed article's tokens, kept as word numbers so that exact verification can rebuild
 * the candidate's shingles without normalizing and scanning its text again (that was a
 * third of a lookup's time).
 *
 * A word is identified by its two 32-bit token hashes, the very values the shingle hashes
 * are built from, so the shingles rebuilt from word numbers are bit for bit the ones a scan
 * of the text gives: verification from here and from the text agree exactly.
 *
 * Word numbers are given in order of first sight and written as variable-length integers
 * (7 bits a byte). Common words are met early and take one or two bytes; the dictionary
 * grows with the vocabulary, not with the article count.
 */
import { fmix32 } from './hash.js';
import { Grow, HeadTable } from './tables.js';
import type { Tokens } from './shingles.js';

/** Token hashes of one stored article, in shared scratch: valid until the next `read`. */
export interface StoredTokens {
  count: number;
  hashA: Uint32Array;
  hashB: Uint32Array;
}

export class WordStore {
  private readonly wordA = new Grow(Uint32Array, 1024);
  private readonly wordB = new Grow(Uint32Array, 1024);
  private words = 0;
  private readonly dictionary: HeadTable;
  private readonly pool = new Grow(Uint8Array, 4096);
  private poolUsed = 0;
  /** Pool offset where each article's words start; an article's words end where the next one's start. */
  private readonly starts = new Grow(Uint32Array, 1024);
  private articles = 0;

  private probeA = 0;
  private probeB = 0;
  private readonly isWord = (w: number): boolean => this.wordA.data[w] === this.probeA && this.wordB.data[w] === this.probeB;

  private scratchA = new Uint32Array(1024);
  private scratchB = new Uint32Array(1024);
  private readonly out: StoredTokens = { count: 0, hashA: this.scratchA, hashB: this.scratchB };

  constructor() {
    this.dictionary = new HeadTable((w) => wordHash(this.wordA.data[w]!, this.wordB.data[w]!), 1024);
  }

  /** Appends the next article's words (numbers are dense: 0, 1, 2, …); `tokens` null stores none. */
  push(tokens: Pick<Tokens, 'count' | 'hashA' | 'hashB'> | null): void {
    const a = this.articles++;
    this.starts.ensure(a + 1)[a] = this.poolUsed;
    if (!tokens) return;
    // Five bytes bound any word number; growing once per article keeps the loop free of checks.
    const pool = this.pool.ensure(this.poolUsed + 5 * tokens.count);
    let at = this.poolUsed;
    for (let i = 0; i < tokens.count; i++) {
      let w = this.wordOf(tokens.hashA[i]!, tokens.hashB[i]!);
      while (w >= 0x80) {
        pool[at++] = (w & 0x7f) | 0x80;
        w >>>= 7;
      }
      pool[at++] = w;
    }
    this.poolUsed = at;
  }

  /** Article `a`'s token hashes. */
  read(a: number): StoredTokens {
    const from = this.starts.data[a]!;
    const to = a + 1 < this.articles ? this.starts.data[a + 1]! : this.poolUsed;
    // Never more tokens than bytes.
    if (this.scratchA.length < to - from) {
      let size = this.scratchA.length;
      while (size < to - from) size *= 2;
      this.scratchA = new Uint32Array(size);
      this.scratchB = new Uint32Array(size);
      this.out.hashA = this.scratchA;
      this.out.hashB = this.scratchB;
    }
    const pool = this.pool.data;
    const wa = this.wordA.data;
    const wb = this.wordB.data;
    const ha = this.scratchA;
    const hb = this.scratchB;
    let count = 0;
    for (let at = from; at < to; ) {
      let w = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = pool[at++]!;
        w |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte >= 0x80);
      ha[count] = wa[w]!;
      hb[count] = wb[w]!;
      count++;
    }
    this.out.count = count;
    return this.out;
  }

  /** Bytes held: the word pool, the dictionary and the per-article offsets. */
  get bytes(): { pool: number; dictionary: number; offsets: number } {
    return { pool: this.pool.bytes, dictionary: this.wordA.bytes + this.wordB.bytes + this.dictionary.bytes, offsets: this.starts.bytes };
  }

  get vocabulary(): number {
    return this.words;
  }

  private wordOf(a: number, b: number): number {
    this.probeA = a;
    this.probeB = b;
    const slot = this.dictionary.slot(wordHash(a, b), this.isWord);
    const found = this.dictionary.heads[slot]!;
    if (found >= 0) return found;
    const w = this.words++;
    this.wordA.ensure(w + 1)[w] = a;
    this.wordB.ensure(w + 1)[w] = b;
    this.dictionary.set(slot, w);
    return w;
  }
}

function wordHash(a: number, b: number): number {
  return fmix32(a ^ Math.imul(b, 0x9e3779b1));
}
