/**
 * Capitalised-sequence chunking. Words are re-cut from the layer's tokens so that a name
 * can be read apart from what English glues to it: possessives ("Varga’s"), hyphenated
 * compounds ("Varga-Sorin", "pro-Russian") and abbreviation dots ("Mr.").
 */
import type { Sentence, Token } from '../types.js';
import { tokenize } from '../tokens/index.js';
import { DATE_ABBREVIATIONS, NAME_PARTICLES, NOT_ENTITY, OF_HEADS, OF_PLACE_HEADS, ROLE_HEADS, HONORIFICS, TITLE_CASE_MINOR } from './titles.js';
import { lookup } from './gazetteer.js';

export interface Tok {
  start: number;
  /** End of the word without any possessive ending. */
  end: number;
  /** The word without its possessive ending. */
  text: string;
  lower: string;
  isWord: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals ("NATO", "BRODNA"). */
  upper: boolean;
  /** Carried "’s" or "'s", or is a plural followed by an apostrophe ("Workers’ Union"). */
  poss: boolean;
  /** Glued to the previous token by a hyphen, inside one written word. */
  joined: boolean;
  /** First word of a sentence or of a quotation, where capitals say nothing. */
  initial: boolean;
  sentence: number;
}

export interface SentenceToks {
  index: number;
  start: number;
  end: number;
  toks: Tok[];
  /** Title Case or ALL CAPS: capitals carry no signal, only known names are read. */
  headline: boolean;
}

export interface Prepared {
  text: string;
  sentences: SentenceToks[];
  /** Words seen in lowercase anywhere: a capitalised sentence opener that is also here is an ordinary word. */
  lowerVocab: Set<string>;
  /** Words seen capitalised away from a sentence start: names even where they open one. */
  capSeen: Set<string>;
}

const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const TWO_LETTERS = /\p{L}[^]*\p{L}/u;
/** Punctuation after which the next word opens a clause as a sentence would. */
const OPENERS = new Set(['“', '‘', '"', "'", '«', '(', '[', ':', '—', '–', '-', '•', '➤', '▶', '►', '*', '#', '|', '…']);

/** Starts with a capital: ASCII by code, the rest by Unicode property. */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(word);
}

function makeTok(text: string, start: number, end: number, isWord: boolean, sentence: number): Tok {
  let word = text.slice(start, end);
  let poss = false;
  const n = word.length;
  if (isWord && n > 2 && (word.charCodeAt(n - 1) | 32) === 115 && (word[n - 2] === "'" || word[n - 2] === '’')) {
    word = word.slice(0, -2);
    end -= 2;
    poss = true;
  }
  const cap = isWord && capitalised(word);
  return {
    start,
    end,
    text: word,
    lower: word.toLowerCase(),
    isWord,
    cap,
    upper: cap && word.length >= 2 && !HAS_LOWER.test(word) && TWO_LETTERS.test(word),
    poss,
    joined: false,
    initial: false,
    sentence,
  };
}

/** Splits "Varga-Sorin" and "pro-Russian" into their parts; keeps "secretary-general" and listed names whole. */
function pushWord(out: Tok[], text: string, start: number, end: number, sentence: number): void {
  const word = text.slice(start, end);
  if (word.includes('-') && /\p{Lu}/u.test(word) && !ROLE_HEADS.has(word.toLowerCase()) && !lookup(word)) {
    let partStart = start;
    let first = true;
    for (const part of word.split('-')) {
      const partEnd = partStart + part.length;
      if (part.length > 0) {
        const tok = makeTok(text, partStart, partEnd, true, sentence);
        tok.joined = !first;
        out.push(tok);
      }
      first = false;
      partStart = partEnd + 1;
    }
    return;
  }
  out.push(makeTok(text, start, end, true, sentence));
}

export function prepare(text: string, sentences: readonly Sentence[], tokens?: readonly Token[]): Prepared {
  const all = tokens ?? tokenize(text);
  const lowerVocab = new Set<string>();
  const capSeen = new Set<string>();
  const openers = new Set<string>();
  const signatures = new Set<number>();
  const out: SentenceToks[] = [];
  let k = 0;
  sentences.forEach((s, index) => {
    while (k < all.length && all[k]!.start < s.start) k++;
    const toks: Tok[] = [];
    while (k < all.length && all[k]!.start < s.end) {
      const t = all[k]!;
      const end = Math.min(t.end, s.end);
      if (t.kind === 'word') pushWord(toks, text, t.start, end, index);
      else toks.push(makeTok(text, t.start, end, false, index));
      k++;
    }
    markInitials(text, toks);
    const headline = isHeadline(toks);
    for (let i = 0; i < toks.length; i++) {
      const a = toks[i]!;
      if (!a.cap) continue;
      if (a.initial) {
        openers.add(a.lower);
        signatures.add(signature(a.lower));
      }
      // Possessive plurals: "Workers’ Union" reads as one name.
      const b = toks[i + 1];
      if (b && a.lower.endsWith('s') && (b.text === '’' || b.text === "'") && b.start === a.end) a.poss = true;
    }
    out.push({ index, start: s.start, end: s.end, toks, headline });
  });
  // Only sentence openers are ever looked up, so only they are counted elsewhere; a numeric
  // signature (length and first letter) skips most words before any string is hashed.
  for (const s of out) {
    for (const t of s.toks) {
      if (!t.isWord || !signatures.has(signature(t.lower)) || !openers.has(t.lower)) continue;
      if (!t.cap) lowerVocab.add(t.lower);
      else if (!t.initial && !s.headline) capSeen.add(t.lower);
    }
  }
  return { text, sentences: out, lowerVocab, capSeen };
}

function signature(lower: string): number {
  return lower.length * 65536 + lower.charCodeAt(0);
}

function markInitials(text: string, toks: Tok[]): void {
  let first = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.isWord) {
      continue;
    }
    if (first) {
      t.initial = true;
      first = false;
      continue;
    }
    const prev = toks[i - 1]!;
    if (prev.isWord || t.joined) continue;
    if (!OPENERS.has(prev.text)) continue;
    // A dash only opens a clause when spaced ("BRODNA — Part of"), not inside "Varga–Sorin".
    if ((prev.text === '–' || prev.text === '-' || prev.text === '—') && !/\s/.test(text[t.start - 1] ?? ' ')) continue;
    t.initial = true;
  }
}

/**
 * Title Case ("White House Confirms Cancellation") or ALL CAPS: no lowercase word beyond
 * the short ones Title Case keeps small, and at least two capitalised words, or nearly
 * every word in capitals.
 */
function isHeadline(toks: readonly Tok[]): boolean {
  let cap = 0;
  let words = 0;
  let upper = 0;
  for (const t of toks) {
    if (!t.isWord) continue;
    words++;
    if (t.upper) upper++;
    if (t.cap) cap++;
  }
  if (words >= 3 && upper / words >= 0.8) return true;
  if (cap < 2) return false;
  for (const t of toks) if (t.isWord && !t.cap && !TITLE_CASE_MINOR.has(t.lower) && !/^\d/.test(t.text)) return false;
  return true;
}

function dateAbbreviation(toks: readonly Tok[], j: number): boolean {
  if (!DATE_ABBREVIATIONS.has(toks[j]!.lower)) return false;
  const next = toks[j + 1];
  return next?.text === '.' || /^\d/.test(next?.text ?? '');
}

/** A word that could start a name. */
function startsName(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  return t.isWord && t.cap && !NOT_ENTITY.has(t.lower) && !dateAbbreviation(toks, i);
}

const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Whether a capitalised word may continue a name: months may ("Theresa May") unless a date follows. */
function continues(toks: readonly Tok[], j: number): boolean {
  const t = toks[j];
  if (!t || !t.isWord || !t.cap) return false;
  if (DAYS.has(t.lower) || dateAbbreviation(toks, j)) return false;
  if (MONTHS.has(t.lower)) return !/^\d/.test(toks[j + 1]?.text ?? '');
  return !NOT_ENTITY.has(t.lower);
}

/** Abbreviations whose full stop does not end a name ("Mr. Kresl", "Donald J. Varga", "St. Petersburg"). */
function dottedAbbreviation(t: Tok): boolean {
  return (t.text.length === 1 && t.cap) || HONORIFICS.has(t.lower) || t.lower === 'st' || t.lower === 'jr' || t.lower === 'sr' || t.lower === 'no';
}

/** Half-open token ranges [from, to) of capitalised sequences in one sentence. */
export function chunks(toks: readonly Tok[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < toks.length) {
    if (!startsName(toks, i)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const cur = toks[j]!;
      if (cur.poss) break;
      const next = toks[j + 1];
      if (!next) break;
      if (next.isWord && next.cap) {
        if (!continues(toks, j + 1)) break;
        j++;
        continue;
      }
      if (next.text === '.' && next.start === cur.end && dottedAbbreviation(cur) && continues(toks, j + 2)) {
        j += 2;
        continue;
      }
      if (next.isWord && next.lower === 'of' && (OF_HEADS.has(cur.lower) || (OF_PLACE_HEADS.has(cur.lower) && j - i < 2))) {
        if (continues(toks, j + 2)) {
          j += 2;
          continue;
        }
        if (toks[j + 2]?.lower === 'the' && continues(toks, j + 3)) {
          j += 3;
          continue;
        }
        break;
      }
      if (next.text === '&' && continues(toks, j + 2)) {
        j += 2;
        continue;
      }
      if (next.isWord && !next.cap && NAME_PARTICLES.has(next.lower)) {
        let p = j + 1;
        while (toks[p] && toks[p]!.isWord && !toks[p]!.cap && NAME_PARTICLES.has(toks[p]!.lower) && p - j <= 2) p++;
        if (continues(toks, p)) {
          j = p;
          continue;
        }
      }
      break;
    }
    // A plural possessive continues across its apostrophe ("Transport Workers’ Union").
    const last = toks[j]!;
    if (last.poss && last.lower.endsWith('s') && (toks[j + 1]?.text === '’' || toks[j + 1]?.text === "'") && continues(toks, j + 2) && last.end === toks[j + 1]!.start) {
      last.poss = false;
      let k = j + 2;
      while (continues(toks, k + 1) && !toks[k]!.poss) k++;
      out.push([i, k + 1]);
      i = k + 1;
      continue;
    }
    out.push([i, j + 1]);
    i = j + 1;
  }
  return out;
}
