import type { Span } from '../../pipeline/record.js';
import type { Sentence, Token } from '../types.js';
import { tokenize } from '../tokens/index.js';
import { TITLES } from '../sentences/abbreviations.js';
import type { Marked } from './marks.js';

export type TokKind = 'word' | 'number' | 'punct' | 'symbol' | 'quote';

export interface Tok extends Span {
  kind: TokKind;
  text: string;
  lower: string;
  /** For a quote token: index into the marked list. */
  quote: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** A quote token whose words end in a comma inside the mark (“productive,”): a clause ends there. */
  comma: boolean;
}

/**
 * What the attribution rules read: one or more sentences of a paragraph, joined so that
 * no quote is cut in two ("“The tone became tense. Each side…,” he said" is one unit), with
 * each quoted stretch folded into a single token. Cue words inside a quote then never
 * attribute anything (“I said: stop” is the speaker's own words, not a new attribution).
 */
export interface Unit extends Span {
  paragraph: number;
  toks: Tok[];
  /** Token indices where the unit's sentences begin. */
  sentenceStarts: number[];
  /** Indices of the quote tokens, in order. */
  quotes: number[];
}

/** Indices of the quote tokens of a unit within a token range, by binary search. */
export function quotesIn(unit: Unit, s: number, e: number): number[] {
  const q = unit.quotes;
  let lo = 0;
  let hi = q.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (q[mid]! < s) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < q.length && q[i]! <= e; i++) out.push(q[i]!);
  return out;
}

/** Paragraph spans as the sentences see them: from a paragraph's first sentence to its last. */
export function paragraphSpans(sentences: readonly Sentence[]): { spans: Span[]; index: number[] } {
  const spans: Span[] = [];
  const index: number[] = [];
  for (const s of sentences) {
    const last = spans.length - 1;
    if (last >= 0 && index[last] === s.paragraph) {
      spans[last]!.end = Math.max(spans[last]!.end, s.end);
    } else {
      spans.push({ start: s.start, end: s.end });
      index.push(s.paragraph);
    }
  }
  return { spans, index };
}

export function buildUnits(text: string, sentences: readonly Sentence[], marked: readonly Marked[], tokens: readonly Token[] = tokenize(text)): Unit[] {
  const units: Unit[] = [];
  let m = 0;
  let current: { start: number; end: number; paragraph: number; starts: number[] } | null = null;
  const flush = (): void => {
    if (current) units.push(makeUnit(text, current.start, current.end, current.paragraph, current.starts, marked, tokens));
    current = null;
  };
  for (const s of sentences) {
    if (current !== null) {
      const c: { start: number; end: number; paragraph: number; starts: number[] } = current;
      while (m < marked.length && marked[m]!.end <= c.end) m++;
      const bridged = c.paragraph === s.paragraph && m < marked.length && marked[m]!.start < c.end && marked[m]!.end > s.start;
      if (bridged) {
        c.end = Math.max(c.end, s.end);
        c.starts.push(s.start);
        continue;
      }
      // "“Why?” Varga asked.": a quote ending in ? or ! and the attribution after it are one sentence.
      if (c.paragraph === s.paragraph && endsWithAskingQuote(text, c.end, marked) && !DOUBLE_OPENING.test(text[s.start] ?? '')) {
        c.end = Math.max(c.end, s.end);
        continue;
      }
      flush();
    }
    current = { start: s.start, end: s.end, paragraph: s.paragraph, starts: [s.start] };
  }
  flush();
  return units;
}

const DOUBLE_OPENING = /["“‘'«„]/u;

function endsWithAskingQuote(text: string, end: number, marked: readonly Marked[]): boolean {
  const last = text[end - 1];
  if (last !== '”' && last !== '"' && last !== '’' && last !== "'" && last !== '»') return false;
  const inner = text[end - 2];
  if (inner !== '?' && inner !== '!') return false;
  // The mark must close a quote we found, not stand alone.
  let lo = 0;
  let hi = marked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marked[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  return marked[lo]?.end === end;
}

function makeUnit(text: string, start: number, end: number, paragraph: number, starts: number[], marked: readonly Marked[], tokens: readonly Token[]): Unit {
  const toks: Tok[] = [];
  const sentenceStarts: number[] = [];
  // Quotes that touch this unit, found by binary search: units are visited once each.
  let q = lowerBound(marked, start);
  let s = 0;
  for (let k = firstTokenAt(tokens, start); k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    while (q < marked.length && marked[q]!.end <= t.start) q++;
    const mk = marked[q];
    const inQuote = mk !== undefined && mk.start < t.end && t.start < mk.end;
    const last = toks[toks.length - 1];
    const merging = inQuote && last !== undefined && last.kind === 'quote' && last.quote === q;
    while (s < starts.length && starts[s]! <= t.start) {
      // A sentence that begins inside a quote begins, for the rules, at that quote.
      const at = merging ? toks.length - 1 : toks.length;
      if (sentenceStarts[sentenceStarts.length - 1] !== at) sentenceStarts.push(at);
      s++;
    }
    if (mk && inQuote) {
      if (last && merging) {
        last.end = Math.min(end, Math.max(last.end, t.end));
        continue;
      }
      const qs = Math.max(mk.start, start);
      const qe = Math.min(mk.end, end);
      const close = mk.closed ? mk.end - 2 : mk.end - 1;
      toks.push({ start: qs, end: qe, kind: 'quote', text: '', lower: '', quote: q, cap: false, comma: text[close] === ',' });
      continue;
    }
    const word = text.slice(t.start, t.end);
    // "Dr." and the initials of "J. R. Okafor" keep their full stop, so a name reads as one phrase.
    const prevTok = toks[toks.length - 1];
    if (word === '.' && prevTok && prevTok.kind === 'word' && prevTok.end === t.start && (TITLES.has(prevTok.lower) || /^\p{Lu}$/u.test(prevTok.text)) && (TITLES.has(prevTok.lower) || t.end < end)) {
      prevTok.end = t.end;
      prevTok.text += '.';
      prevTok.lower += '.';
      continue;
    }
    // Curly and straight apostrophes read alike, and "he’s"/"they're" read as their pronoun.
    // Checked with includes first: this runs for every token of every article.
    let lower = word.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/gu, "'");
    if (lower.includes("'")) {
      const contraction = CONTRACTION.exec(lower);
      if (contraction) lower = contraction[1]!;
    }
    toks.push({ start: t.start, end: t.end, kind: t.kind, text: word, lower, quote: -1, cap: startsUpper(word), comma: false });
  }
  const quotes: number[] = [];
  toks.forEach((t, i) => {
    if (t.kind === 'quote') quotes.push(i);
  });
  return { start, end, paragraph, toks, sentenceStarts, quotes };
}

const CONTRACTION = /^(he|she|it|they|we|i|you)'(s|re|m|ve|d|ll)$/u;

function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** First marked stretch that ends after `pos`. */
function lowerBound(marked: readonly Marked[], pos: number): number {
  let lo = 0;
  let hi = marked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marked[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token that starts at or after `offset` (tokens are sorted). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
