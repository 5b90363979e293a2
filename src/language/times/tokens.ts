/**
 * The token stream the rules walk. One pass over the text; rules then look at a bounded
 * number of tokens from each position, which keeps the whole search linear.
 */

export type Kind = 'word' | 'num' | 'punct';

export interface Tok {
  kind: Kind;
  /** Lower-cased text (digits as written). */
  lower: string;
  start: number;
  end: number;
  /** Whether whitespace separates this token from the previous one. */
  space: boolean;
  /** Whether a line break separates it: rules never join across one. */
  newline: boolean;
  /** Whether it starts with a capital letter: "May" the month, "may" the verb. */
  cap: boolean;
}

// ASCII first: the Unicode classes are only consulted for the rare character beyond it.
const isLetter = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && /\p{L}/u.test(c));
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || (c > '\u007f' && /\s/u.test(c)) || c === '\f' || c === '\v';

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let space = false;
  let newline = false;
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) {
      space = true;
      if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') newline = true;
      i++;
      continue;
    }
    let j = i + 1;
    let kind: Kind = 'punct';
    if (isDigit(c)) {
      kind = 'num';
      while (j < text.length && isDigit(text[j]!)) j++;
    } else if (isLetter(c)) {
      kind = 'word';
      while (j < text.length && isLetter(text[j]!)) j++;
    } else if (c >= '\ud800' && c <= '\udbff' && j < text.length) {
      j++; // keep a surrogate pair whole, so no token splits a character
    }
    const raw = text.slice(i, j);
    const lower = raw.toLowerCase();
    out.push({ kind, lower, start: i, end: j, space, newline, cap: kind === 'word' && raw[0] !== lower[0] });
    space = false;
    newline = false;
    i = j;
  }
  return out;
}

/** Read-only helpers over a token array, so that rules read like the phrases they match. */
export class Stream {
  constructor(readonly toks: readonly Tok[]) {}

  get length(): number {
    return this.toks.length;
  }

  /** Lower-cased text of token i, or '' past either end. */
  w(i: number): string {
    return this.toks[i]?.lower ?? '';
  }

  kind(i: number): Kind | null {
    return this.toks[i]?.kind ?? null;
  }

  /** Token i follows token i-1 on the same line (a phrase may continue through it). */
  joined(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && !t.newline;
  }

  /** Token i touches token i-1 with no space between. */
  tight(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && !t.space;
  }

  /** Index after a hyphen joining i-1 and i+1 ("third-quarter"), else i. */
  hyphen(i: number): number {
    return this.w(i) === '-' && this.tight(i) && this.tight(i + 1) ? i + 1 : i;
  }

  /** Index after an abbreviation dot stuck to the previous token ("Oct."), else i. */
  dot(i: number): number {
    return this.w(i) === '.' && this.tight(i) ? i + 1 : i;
  }

  /** Whether the words at i spell `phrase`, all on one line; returns the index after it or -1. */
  phrase(i: number, phrase: readonly string[]): number {
    for (let k = 0; k < phrase.length; k++) {
      if (this.w(i + k) !== phrase[k] || (k > 0 && !this.joined(i + k))) return -1;
    }
    return i + phrase.length;
  }

  /** A possessive "'s" at i: index after it, else i. */
  possessive(i: number): number {
    const a = this.w(i);
    return (a === "'" || a === '\u2019') && this.tight(i) && this.w(i + 1) === 's' && this.tight(i + 1) ? i + 2 : i;
  }

  cap(i: number): boolean {
    return this.toks[i]?.cap ?? false;
  }

  /** Number token value, or NaN. */
  num(i: number): number {
    return this.kind(i) === 'num' ? Number(this.w(i)) : Number.NaN;
  }
}
