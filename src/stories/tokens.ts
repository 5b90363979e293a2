/**
 * The words and numbers of an article in one pass, with what their capitals mean, and a
 * hash of its text for recognising identical copies. Hand-written scanning instead of one
 * Unicode regex: ASCII, nearly all of it, is classified by char code.
 */

/** How much a word counts by where it stands: the headline and lead state the event, the rest is often background. */
export interface PositionWeights {
  titleWeight: number;
  leadWeight: number;
  /** Words at the start of the body that count as its lead. */
  leadWords: number;
  bodyWeight: number;
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;

/** 1 letter or mark, 2 digit, 0 anything else; ASCII without a regex. */
function charClass(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 0;
  // A surrogate pair is read whole, so letters outside the BMP are letters.
  const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
  return LETTER.test(ch) ? 1 : DIGIT.test(ch) ? 2 : 0;
}

/** Length in code units of the character at `i`. */
const width = (text: string, i: number): number => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

/** The token `nextToken` found last: module state rather than a tuple per token, which was most of the garbage. */
let tokenStart = 0;
let tokenEnd = 0;
let tokenIsNumber = false;
/** Whether the token has a character outside ASCII a–z and digits, so lower-casing it may change it. */
let tokenMayHaveUpper = false;

/**
 * The next word or number at or after `from`: a number is digits with inner . , : / between
 * digits ("5.6", "1,200", "7:15"); a word is a letter then letters, marks and digits, with
 * inner ' ’ . before more of them ("don't", "U.S"). Sets the token state; false at the end.
 */
function nextToken(text: string, from: number): boolean {
  let i = from;
  let k = 0;
  while (i < text.length && (k = charClass(text, i)) === 0) i += width(text, i);
  if (i >= text.length) return false;
  const start = i;
  if (k === 2) {
    i += width(text, i);
    for (;;) {
      while (i < text.length && charClass(text, i) === 2) i += width(text, i);
      const c = text.charCodeAt(i);
      if ((c === 46 || c === 44 || c === 58 || c === 47) && i + 1 < text.length && charClass(text, i + 1) === 2) i++;
      else break;
    }
    tokenStart = start;
    tokenEnd = i;
    tokenIsNumber = true;
    tokenMayHaveUpper = false;
    return true;
  }
  let upper = false;
  for (;;) {
    for (;;) {
      if (i >= text.length) break;
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c >= 97 && c <= 122) i++;
        else if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
          upper ||= c <= 90 && c >= 65;
          i++;
        } else break;
      } else if (charClass(text, i) !== 0) {
        upper = true;
        i += width(text, i);
      } else break;
    }
    const c = text.charCodeAt(i);
    if ((c === 39 || c === 0x2019 || c === 46) && i + 1 < text.length && charClass(text, i + 1) !== 0) i++;
    else break;
  }
  tokenStart = start;
  tokenEnd = i;
  tokenIsNumber = false;
  tokenMayHaveUpper = upper;
  return true;
}

const UPPER = /^\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Tokens of one article as parallel arrays, reused from one article to the next: no object
 * per token, little garbage.
 */
export class Tokens {
  n = 0;
  start = new Int32Array(1024);
  end = new Int32Array(1024);
  weight = new Float32Array(1024);
  /** Bit flags: NUMBER, CAP, INITIAL, ALL_CAPS. */
  flags = new Uint8Array(1024);
  line = new Int32Array(1024);
  lower: string[] = [];

  reset(): void {
    this.n = 0;
    this.lower.length = 0;
  }

  push(start: number, end: number, lower: string, flags: number, weight: number, line: number): void {
    if (this.n === this.start.length) this.grow();
    const i = this.n++;
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = flags;
    this.weight[i] = weight;
    this.line[i] = line;
    this.lower[i] = lower;
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Float32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.start = copy(this.start, (n) => new Int32Array(n));
    this.end = copy(this.end, (n) => new Int32Array(n));
    this.weight = copy(this.weight, (n) => new Float32Array(n));
    this.flags = copy(this.flags, (n) => new Uint8Array(n));
    this.line = copy(this.line, (n) => new Int32Array(n));
  }
}

export const NUMBER = 1;
export const CAP = 2;
export const INITIAL = 4;
export const ALL_CAPS = 8;

function isBreak(code: number): boolean {
  // . ! ? : ; " “ ” « » ( newline, and the dashes that end a dateline ("LESK – Shares in…")
  return (
    code === 46 || code === 33 || code === 63 || code === 58 || code === 59 || code === 34 || code === 0x201c || code === 0x201d ||
    code === 0xab || code === 0xbb || code === 40 || code === 10 || code === 0x2013 || code === 0x2014
  );
}

function isUpperStart(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(raw);
}

/**
 * Words and numbers with what capitals mean for them. Headlines capitalise every word
 * ("Lindsay Lohan Checks Into Rehab") and some lines are all capitals; there a capital
 * says nothing about names, so per-line counts decide a line's style after the scan.
 */
export function tokenize(text: string, bodyStart: number, o: PositionWeights, toks: Tokens): void {
  toks.reset();
  // Per line: words longer than 3 letters, of them capitalised, of them all capitals; all words.
  const long: number[] = [0];
  const titled: number[] = [0];
  const caps: number[] = [0];
  const words: number[] = [0];
  let line = 0;
  let previousEnd = 0;
  let bodyWords = 0;
  while (nextToken(text, previousEnd)) {
    const start = tokenStart;
    const stop = tokenEnd;
    const number = tokenIsNumber;
    const raw = text.slice(start, stop);
    let broke = toks.n === 0;
    for (let i = previousEnd; i < start; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        line++;
        long.push(0);
        titled.push(0);
        caps.push(0);
        words.push(0);
      }
      if (!broke && isBreak(c)) broke = true;
    }
    previousEnd = stop;
    let lower = tokenMayHaveUpper ? raw.toLowerCase() : raw;
    if (!number) {
      let n = lower.length;
      if (n > 2 && lower.charCodeAt(n - 1) === 115 && (lower.charCodeAt(n - 2) === 39 || lower.charCodeAt(n - 2) === 0x2019)) n -= 2;
      while (n > 0 && (lower.charCodeAt(n - 1) === 46 || lower.charCodeAt(n - 1) === 39 || lower.charCodeAt(n - 1) === 0x2019)) n--;
      if (n < lower.length) lower = lower.slice(0, n);
    }
    if (lower === '') continue;
    const cap = !number && isUpperStart(raw);
    const allCaps = cap && raw.length > 1 && raw === raw.toUpperCase();
    if (!number) {
      words[line]!++;
      if (raw.length > 3) {
        long[line]!++;
        if (cap) titled[line]!++;
        if (allCaps) caps[line]!++;
      }
    }
    let weight = o.bodyWeight;
    if (start < bodyStart) weight = o.titleWeight;
    else if (bodyWords++ < o.leadWords) weight = o.leadWeight;
    toks.push(start, previousEnd, lower, (number ? NUMBER : 0) | (cap ? CAP : 0) | (broke ? INITIAL : 0) | (allCaps ? ALL_CAPS : 0), weight, line);
  }
  // A headline capitalises nearly every longer word and seldom ends with a full stop;
  // prose, even full of names, has its longer function words ("with", "said") in lower case.
  const headline: boolean[] = [];
  for (let l = 0, i = 0; l <= line; l++) {
    const lineEnd = text.indexOf('\n', i);
    let j = (lineEnd < 0 ? text.length : lineEnd) - 1;
    while (j >= i && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 13 || text.charCodeAt(j) === 9)) j--;
    const n = long[l]!;
    headline.push(n >= 2 && (caps[l]! / n > 0.6 || (n >= 3 && titled[l]! / n >= 0.8 && words[l]! <= 25 && text.charCodeAt(j) !== 46)));
    i = lineEnd < 0 ? text.length : lineEnd + 1;
  }
  for (let i = 0; i < toks.n; i++) if (headline[toks.line[i]!]) toks.flags[i] = toks.flags[i]! | INITIAL;
}

/** Maximal runs of name words, as written ("Betty Ford Center"), counted. */
/**
 * 64-bit FNV-1a (two 32-bit halves) of the text's letters and digits in lower case, with
 * each run of anything else counted as one space: copies that differ only in spacing,
 * punctuation or case hash alike. One pass, no intermediate string.
 */
export function textHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  let gap = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) {
      word = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      if (c >= 65 && c <= 90) c += 32;
    } else {
      const ch = text[i]!;
      word = WORD_CHAR.test(ch);
      if (word) c = ch.toLowerCase().charCodeAt(0);
    }
    if (!word) {
      gap = started;
      continue;
    }
    if (gap) {
      h1 = Math.imul(h1 ^ 32, 0x01000193);
      h2 = Math.imul(h2 ^ 32, 0x100001b3);
      gap = false;
    }
    started = true;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x100001b3);
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
