/**
 * A single left-to-right pass that splits text into words, numerals and single symbols.
 * Numerals are read here, with their thousands separators and decimals, because whether
 * "3 000" or "1,500" is one number depends on characters that later stages never see.
 */

export type TokKind = 'num' | 'word' | 'sym';

export interface NumInfo {
  value: number;
  /** Digits before any decimal point, separators not counted. */
  intDigits: number;
  grouped: boolean;
  decimal: boolean;
  leadingZero: boolean;
  /** A time, date, version or over-long digit run ("4:40", "10/03/2026", "1.2.3"): never a quantity. */
  code: boolean;
}

export interface Tok {
  kind: TokKind;
  start: number;
  end: number;
  raw: string;
  /** Lower-cased text. */
  norm: string;
  /** Whitespace before: 0 none, 1 within a paragraph, 2 across a blank line. */
  gap: 0 | 1 | 2;
  capital: boolean;
  num: NumInfo | null;
}

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/;
/** Letter-dot abbreviations such as "a.m." and "U.S.", read as one word. */
const DOTTED = /(?:\p{L}\.){2,}/uy;
/** "1,5 million": a decimal comma, read only before a scale word, where it cannot be a thousands separator. */
const EUROPEAN_DECIMAL = /,(\d{1,2})(?=[ \u00a0](?:million|billion|trillion|mln|bn)\b)/y;
const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);
/** Fractions written as one character. */
export const VULGAR: ReadonlyMap<string, number> = new Map([['½', 0.5], ['¼', 0.25], ['¾', 0.75], ['⅓', 1 / 3], ['⅔', 2 / 3]]);
/** Longer digit runs are identifiers; reading them as numbers would lose precision anyway. */
const MAX_DIGITS = 15;

function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function letterAt(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && LETTER.test(c);
}

/** Exactly three digits at `i` and no fourth: one thousands group. */
function groupAt(text: string, i: number): boolean {
  return digitAt(text, i) && digitAt(text, i + 1) && digitAt(text, i + 2) && !digitAt(text, i + 3);
}

function readNumber(text: string, start: number, gap: 0 | 1 | 2): Tok {
  let j = start;
  while (digitAt(text, j)) j++;
  let intPart = text.slice(start, j);
  let grouped = false;
  if (j - start <= 3) {
    while (text[j] === ',' && groupAt(text, j + 1)) {
      intPart += text.slice(j + 1, j + 4);
      j += 4;
      grouped = true;
    }
    if (!grouped) {
      while (GROUP_SPACES.has(text[j] ?? '') && groupAt(text, j + 1)) {
        intPart += text.slice(j + 1, j + 4);
        j += 4;
        grouped = true;
      }
    }
  }
  let fraction = '';
  EUROPEAN_DECIMAL.lastIndex = j;
  const european = grouped ? null : EUROPEAN_DECIMAL.exec(text);
  if (european) {
    fraction = european[1]!;
    j += 1 + fraction.length;
  } else if (text[j] === '.' && digitAt(text, j + 1)) {
    let k = j + 1;
    while (digitAt(text, k)) k++;
    fraction = text.slice(j + 1, k);
    j = k;
  }
  let code = intPart.length > MAX_DIGITS;
  const sep = text[j];
  if ((sep === ':' || sep === '/' || (sep === '.' && fraction !== '')) && digitAt(text, j + 1)) {
    code = true;
    while (text[j] === sep && digitAt(text, j + 1)) {
      j++;
      while (digitAt(text, j)) j++;
    }
  }
  let value = code ? 0 : Number(fraction === '' ? intPart : `${intPart}.${fraction.slice(0, MAX_DIGITS)}`);
  const vulgar = VULGAR.get(text[j] ?? '');
  if (vulgar !== undefined && !code && fraction === '') {
    value += vulgar;
    j++;
  }
  const raw = text.slice(start, j);
  return {
    kind: 'num',
    start,
    end: j,
    raw,
    norm: raw,
    gap,
    capital: false,
    num: { value, intDigits: intPart.length, grouped, decimal: fraction !== '', leadingZero: intPart.length > 1 && intPart[0] === '0', code },
  };
}

function readWord(text: string, start: number, gap: 0 | 1 | 2): Tok {
  DOTTED.lastIndex = start;
  let j = DOTTED.exec(text) !== null && !letterAt(text, DOTTED.lastIndex) ? DOTTED.lastIndex : start;
  if (j === start) {
    while (letterAt(text, j) || ((text[j] === "'" || text[j] === '’') && letterAt(text, j + 1) && j > start)) j++;
  }
  const raw = text.slice(start, j);
  const first = raw[0] ?? '';
  return { kind: 'word', start, end: j, raw, norm: raw.toLowerCase(), gap, capital: first !== first.toLowerCase(), num: null };
}

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  let spaced = false;
  let newlines = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (SPACE.test(c)) {
      spaced = true;
      if (c === '\n') newlines++;
      i++;
      continue;
    }
    const gap: 0 | 1 | 2 = !spaced ? 0 : newlines >= 2 ? 2 : 1;
    spaced = false;
    newlines = 0;
    let tok: Tok;
    if (digitAt(text, i)) tok = readNumber(text, i, gap);
    else if (LETTER.test(c)) tok = readWord(text, i, gap);
    else {
      const vulgar = VULGAR.get(c);
      const num = vulgar === undefined ? null : { value: vulgar, intDigits: 1, grouped: false, decimal: true, leadingZero: false, code: false };
      tok = { kind: num ? 'num' : 'sym', start: i, end: i + 1, raw: c, norm: c, gap, capital: false, num };
    }
    out.push(tok);
    i = tok.end;
  }
  return out;
}

export type WordTok = Tok & { kind: 'word' };
export type SymTok = Tok & { kind: 'sym' };

export function isWord(t: Tok | undefined, w?: string): t is WordTok {
  return t !== undefined && t.kind === 'word' && (w === undefined || t.norm === w);
}

export function isSym(t: Tok | undefined, c: string): t is SymTok {
  return t !== undefined && t.kind === 'sym' && t.norm === c;
}

/** A word right after another within the same paragraph, separated by spaces only. */
export function spacedWord(t: Tok | undefined, w?: string): t is WordTok {
  return isWord(t, w) && t.gap === 1;
}

export function isHyphen(t: Tok | undefined): t is SymTok {
  return t !== undefined && t.kind === 'sym' && (t.norm === '-' || t.norm === '‐' || t.norm === '‑');
}

/** `toks[k]` is a hyphen glued to words on both sides: "three-hour", "one-third". */
export function hyphenJoin(toks: readonly Tok[], k: number): boolean {
  const next = toks[k + 1];
  return isHyphen(toks[k]) && toks[k]!.gap === 0 && next !== undefined && next.kind === 'word' && next.gap === 0;
}
