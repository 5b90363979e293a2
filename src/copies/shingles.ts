/**
 * Tokens and word shingles of an article's comparable form.
 *
 * The tokens are exactly the words of `comparableText`: runs of letters and digits of
 * `matchForm(text)`. They are found by one scan over `matchForm`'s output with the same
 * character classes instead of by `comparableText`'s regular expressions, because the
 * scan also hashes each token and marks sentence ends in the same pass (a property test
 * checks the two agree). Scripts written without spaces (Han, kana, Thai, …) make every
 * character its own token, or a whole Chinese sentence would be a single "word".
 */
import { matchForm } from '../normalize/text.js';
import * as hash from './hash.js';
import * as params from './params.js';

// Bound once: the hot loops below must not go through module-namespace getters per call,
// which is how some loaders (tsx among them) expose imports.
const { combine, fmix32, SEED_SHINGLE_A, SEED_SHINGLE_B, SEED_TOKEN_A, SEED_TOKEN_B } = hash;
const { SHINGLE_WORDS } = params;

const OTHER = 1;
const WORD = 2;
/** A letter of a script without word spaces: a token by itself. */
const ALONE = 3;
/** A character that ends a sentence wherever it stands ('\n', '。', …). */
const STOP = 4;
/** '.', '!' or '?': ends a sentence only when followed by a space or the end, so "3.5" and "U.S.A" stay whole. */
const MAYBE_STOP = 5;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const NO_SPACE_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tibetan}]/u;
const SPACE_CHAR = /\s/u;

/** Class of each UTF-16 code unit, filled lazily: 0 = not yet known. */
const classes = new Uint8Array(65536);

function classify(ch: string): number {
  if (ch === '\n' || ch === '\u3002' || ch === '\uff01' || ch === '\uff1f') return STOP;
  if (ch === '.' || ch === '!' || ch === '?') return MAYBE_STOP;
  if (!WORD_CHAR.test(ch)) return OTHER;
  return NO_SPACE_SCRIPT.test(ch) ? ALONE : WORD;
}

function classOfUnit(c: number): number {
  let k = classes[c]!;
  if (k === 0) {
    // Lone surrogates are classified as code points by the caller; here they are just not letters.
    k = c >= 0xd800 && c <= 0xdfff ? OTHER : classify(String.fromCharCode(c));
    classes[c] = k;
  }
  return k;
}

/** Classes of the ASCII range, filled up front: most news text never leaves it. */
const ascii = new Uint8Array(128);
for (let c = 0; c < 128; c++) ascii[c] = classOfUnit(c);

function isSpaceAt(form: string, i: number): boolean {
  if (i >= form.length) return true;
  const c = form.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE_CHAR.test(form[i]!));
}

/** An article's tokens: offsets into its matching form, two 32-bit hashes each, and where sentences end. */
export interface Tokens {
  /** `matchForm(text)`: the tokens are its substrings. */
  form: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashA: Uint32Array;
  hashB: Uint32Array;
  /** Token index one past the end of each sentence, ascending; the last equals `count`. */
  sentenceEnds: Int32Array;
}

// Scratch buffers reused across calls (single-threaded), grown on demand and copied out.
let scratchStarts = new Int32Array(1024);
let scratchEnds = new Int32Array(1024);
let scratchA = new Uint32Array(1024);
let scratchB = new Uint32Array(1024);
let scratchSentences = new Int32Array(256);

function growScratch(need: number): void {
  if (need <= scratchStarts.length) return;
  let size = scratchStarts.length;
  while (size < need) size *= 2;
  scratchStarts = new Int32Array(size);
  scratchEnds = new Int32Array(size);
  scratchA = new Uint32Array(size);
  scratchB = new Uint32Array(size);
}

/** One pass over the text: linear in its length. */
export function tokenize(text: string): Tokens {
  const t = scanTokens(text);
  return {
    form: t.form,
    count: t.count,
    starts: t.starts.slice(0, t.count),
    ends: t.ends.slice(0, t.count),
    hashA: t.hashA.slice(0, t.count),
    hashB: t.hashB.slice(0, t.count),
    sentenceEnds: t.sentenceEnds.slice(),
  };
}

/**
 * `tokenize` without copying out: the arrays are shared scratch, valid until the next
 * call. For exact verification, which needs a candidate's tokens only for a moment.
 */
export function scanTokens(text: string): Tokens {
  const form = matchForm(text);
  const len = form.length;
  // A token needs at least one code unit, so there are at most `len` of them.
  growScratch(len + 1);
  const starts = scratchStarts;
  const ends = scratchEnds;
  const hashesA = scratchA;
  const hashesB = scratchB;
  let count = 0;
  let sentences = 0;
  let sentenceStart = 0;
  let start = -1;
  let ha = SEED_TOKEN_A;
  let hb = SEED_TOKEN_B;

  // The loop is written out without helper closures: closures that assign these locals
  // would move them to a heap context and slow every character down.
  for (let i = 0; i <= len; i++) {
    let kind = OTHER;
    let width = 1;
    let c = 0;
    if (i < len) {
      c = form.charCodeAt(i);
      if (c < 128) kind = ascii[c]!;
      else if (c < 0xd800 || c > 0xdbff) kind = classOfUnit(c);
      else if (i + 1 < len) {
        const d = form.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          width = 2;
          kind = classify(form.slice(i, i + 2));
        }
      }
    }
    if (kind === WORD || kind === ALONE) {
      if (start < 0 || kind === ALONE) {
        if (start >= 0) {
          // A letter of a no-space script ends the word before it.
          starts[count] = start;
          ends[count] = i;
          hashesA[count] = fmix32(ha);
          hashesB[count] = fmix32(hb ^ (i - start));
          count++;
        }
        start = i;
        ha = SEED_TOKEN_A;
        hb = SEED_TOKEN_B;
      }
      if (width === 1) {
        ha = Math.imul(ha ^ c, 0x01000193);
        hb = (Math.imul(hb ^ c, 0x5bd1e995) + 0x6b43a9b5) | 0;
      } else {
        for (let k = 0; k < width; k++) {
          const u = form.charCodeAt(i + k);
          ha = Math.imul(ha ^ u, 0x01000193);
          hb = (Math.imul(hb ^ u, 0x5bd1e995) + 0x6b43a9b5) | 0;
        }
      }
      if (kind === ALONE) {
        starts[count] = start;
        ends[count] = i + width;
        hashesA[count] = fmix32(ha);
        hashesB[count] = fmix32(hb ^ width);
        count++;
        start = -1;
      }
    } else {
      if (start >= 0) {
        starts[count] = start;
        ends[count] = i;
        hashesA[count] = fmix32(ha);
        hashesB[count] = fmix32(hb ^ (i - start));
        count++;
        start = -1;
      }
      if ((i === len || kind === STOP || (kind === MAYBE_STOP && isSpaceAt(form, i + 1))) && count > sentenceStart) {
        if (sentences === scratchSentences.length) {
          const bigger = new Int32Array(sentences * 2);
          bigger.set(scratchSentences);
          scratchSentences = bigger;
        }
        scratchSentences[sentences++] = count;
        sentenceStart = count;
      }
    }
    i += width - 1;
  }
  return { form, count, starts, ends, hashA: hashesA, hashB: hashesB, sentenceEnds: scratchSentences.subarray(0, sentences) };
}

/** The tokens as strings: for tests and debugging, not the hot path. */
export function tokenStrings(text: string): string[] {
  const t = tokenize(text);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) out.push(t.form.slice(t.starts[i], t.ends[i]));
  return out;
}

/** Same token sequence: the exact test behind `identical`, computed from both texts. */
export function sameTokens(a: Tokens, b: Tokens): boolean {
  if (a.count !== b.count) return false;
  for (let i = 0; i < a.count; i++) {
    if (a.hashA[i] !== b.hashA[i]) return false;
    const sa = a.starts[i]!;
    const sb = b.starts[i]!;
    const n = a.ends[i]! - sa;
    if (b.ends[i]! - sb !== n) return false;
    for (let k = 0; k < n; k++) if (a.form.charCodeAt(sa + k) !== b.form.charCodeAt(sb + k)) return false;
  }
  return true;
}

/**
 * The distinct shingles of a text as 64-bit hashes (two 32-bit lanes) in an open-addressed
 * table: set operations in linear time, no string per shingle. A text shorter than
 * `SHINGLE_WORDS` tokens has one shingle, itself.
 */
export class ShingleSet {
  readonly lo: Uint32Array;
  readonly hi: Uint32Array;
  readonly used: Uint8Array;
  private readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let slots = 8;
    while (slots < capacity * 2) slots *= 2;
    this.lo = new Uint32Array(slots);
    this.hi = new Uint32Array(slots);
    this.used = new Uint8Array(slots);
    this.mask = slots - 1;
  }

  /** Adds a shingle; true when it was new. */
  add(lo: number, hi: number): boolean {
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    while (this.used[i] === 1) {
      if (this.lo[i] === lo && this.hi[i] === hi) return false;
      i = (i + 1) & this.mask;
    }
    this.used[i] = 1;
    this.lo[i] = lo;
    this.hi[i] = hi;
    this.size++;
    return true;
  }

  /** Empties the set for reuse (capacity kept). */
  clear(): void {
    this.used.fill(0);
    this.size = 0;
  }

  get capacity(): number {
    return this.used.length >> 1;
  }

  has(lo: number, hi: number): boolean {
    return this.slotOf(lo, hi) >= 0;
  }

  /** The slot holding the shingle, or -1: lets a caller mark shingles already counted. */
  slotOf(lo: number, hi: number): number {
    let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & this.mask;
    while (this.used[i] === 1) {
      if (this.lo[i] === lo && this.hi[i] === hi) return i;
      i = (i + 1) & this.mask;
    }
    return -1;
  }
}

/** Number of shingle positions of a text of `tokens` tokens. */
export function shingleCount(tokens: number, n = SHINGLE_WORDS): number {
  if (tokens === 0) return 0;
  return tokens < n ? 1 : tokens - n + 1;
}

/**
 * Calls `each(lo, hi)` for every shingle position, in order. The two lanes hash the
 * window's token hashes with different seeds, so a shingle is identified by 64 bits.
 */
export function forEachShingle(t: Tokens, each: (lo: number, hi: number) => void, n = SHINGLE_WORDS): void {
  const positions = shingleCount(t.count, n);
  const width = Math.min(n, t.count);
  for (let p = 0; p < positions; p++) {
    let a = SEED_SHINGLE_A;
    let b = SEED_SHINGLE_B;
    for (let k = 0; k < width; k++) {
      a = combine(a, t.hashA[p + k]!);
      b = combine(b, t.hashB[p + k]!);
    }
    each(fmix32(a ^ width), fmix32(b ^ width));
  }
}

/** Distinct shingles of a text. */
export function shingleSet(t: Tokens, n = SHINGLE_WORDS): ShingleSet {
  const set = new ShingleSet(shingleCount(t.count, n));
  forEachShingle(t, (lo, hi) => set.add(lo, hi), n);
  return set;
}
