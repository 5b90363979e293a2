/**
 * Telephone numbers that sources give for one line in different digits: an appeal number
 * copied with a digit dropped ("0845 125 2222" and "0845 125 222") sends readers nowhere,
 * and a reader checking it needs to know. Two numbers are one line written two ways when
 * they share their first six digits and differ by one or two digits at most; spacing and
 * punctuation never count ("0800 555111" is "0800 555 111"). Two different lines (police
 * and a charity, a switchboard and a hotline) differ early, or by more, and are left alone.
 */
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import type { Contradiction, ContradictionSide } from './types.js';
import type { SourceIndex } from './sources.js';

/** A run of digit groups, as phone numbers are written. */
const NUMBER = /(?<![\d.,/-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?|\d{2,5}[\s.-])(?:\d{2,5}[\s.-]){0,3}\d{2,7}(?![\d.,/]\d|\d)/gu;
/** What comes before a number that is a line to call: "on", "call", "telephone", "hotline"… */
const CUE = /\b(?:on|call|calling|phone|telephone|tel\.?|number|line|hotline|helpline|contact|ring|dial|freephone)\s*:?\s*$/iu;
const PREFIX = 6;
const MIN_DIGITS = 8;

interface PhoneAt {
  articleId: string;
  source: string;
  start: number;
  end: number;
  text: string;
  digits: string;
}

/** Edit distance of two digit strings, bounded: more than `limit` is reported as limit + 1. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** The phone numbers an article gives: digit groups after a word that asks to call. */
export function phonesIn(a: AnnotatedArticle, source: string): PhoneAt[] {
  const out: PhoneAt[] = [];
  const { text, id } = a.article;
  for (const m of text.matchAll(NUMBER)) {
    const digits = m[0].replace(/\D/gu, '');
    if (digits.length < MIN_DIGITS || digits.length > 15) continue;
    if (!CUE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    out.push({ articleId: id, source, start: m.index, end: m.index + m[0].length, text: m[0].trim(), digits });
  }
  return out;
}

/** Numbers of one line written with different digits by different sources. */
export function phoneContradictions(articles: readonly AnnotatedArticle[], sources: SourceIndex): Contradiction[] {
  const phones = articles.flatMap((a) => phonesIn(a, sources.sourceOf(a.article.id)));
  const byPrefix = new Map<string, PhoneAt[]>();
  for (const p of phones) {
    const list = byPrefix.get(p.digits.slice(0, PREFIX));
    if (list) list.push(p);
    else byPrefix.set(p.digits.slice(0, PREFIX), [p]);
  }
  const out: Contradiction[] = [];
  for (const [prefix, list] of [...byPrefix].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const positions = new Map<string, PhoneAt[]>();
    for (const p of list) positions.set(p.digits, [...(positions.get(p.digits) ?? []), p]);
    if (positions.size !== 2) continue;
    const [[a, left], [b, right]] = [...positions].sort((x, y) => y[1].length - x[1].length || (x[0] < y[0] ? -1 : 1)) as [[string, PhoneAt[]], [string, PhoneAt[]]];
    if (distance(a, b, 2) > 2) continue;
    const internal = new Set([...left, ...right].map((p) => p.source)).size === 1;
    const sides: ContradictionSide[] = [...left, ...right].map((p) => ({ articleId: p.articleId, start: p.start, end: p.end, value: p.text, claimId: null, source: p.source }));
    const outlets = (ps: PhoneAt[]): string => [...new Set(ps.map((p) => sources.describe(p.source).name))].join(', ');
    out.push({
      id: `contradiction:phone:${prefix}`,
      type: 'numeric',
      summary: `Different digits for one telephone number: "${left[0]!.text}" (${outlets(left)}) vs "${right[0]!.text}" (${outlets(right)}).`,
      sides,
      internal,
    });
  }
  return out;
}
