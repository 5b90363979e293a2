/**
 * The terms a claim is compared by: predicate classes (`p:cancel`), canonical entities
 * (`e:person:teodor-halas`), concepts (`c:army`), resolved times (`t:2026-03-10`, `w:tuesday`),
 * what a duration measures (`d:war`), and number facets (`n:kill`, `v:14`). Wording drops
 * out; what is claimed stays.
 */
import type { Mention } from '../language/types.js';
import type { ClaimNumber, ClaimProperty, ClaimTime } from './types.js';
import { adjectiveOf, conceptOf, predicateAt } from './predicates.js';
import { isContent, lemmaOf, type Word } from './words.js';
import { unitClass } from './features.js';

const TIME_WORDS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december morning evening afternoon night week weeks day days month months year years hour hours minute minutes time weekend today tonight yesterday tomorrow a.m p.m am pm noon midnight'.split(' '),
);
const NUMBER_WORDS = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|first|second|third|fourth|fifth)$/u;
const PREFIXES = /^(pre|post|non|anti|re|co|ex|self|well|semi|mid|multi|cross)$/u;
const OWNED_FIGURE = /^(?:record:|ko:|age:|population)/u;
const NOBODY = /^(?:no-one|noone|nobody)$/u;
const WEEKDAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/u;

function mentionIndex(mentions: readonly Mention[], w: Word): Mention | null {
  // "Varga’s": the mention ends before the possessive.
  const end = /['’]s$/u.test(w.low) ? w.end - 2 : w.end;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= w.start) lo = mid + 1;
    else hi = mid;
  }
  const m = mentions[lo];
  return m && m.start <= w.start && m.end >= end ? m : null;
}

function wordTerms(w: Word): string[] {
  const adj = adjectiveOf(w.low);
  if (adj) return [`c:${adj.base}`];
  if (w.low.includes('-')) {
    const out: string[] = [];
    for (const part of w.low.split('-')) {
      if (part.length < 2 || PREFIXES.test(part) || NUMBER_WORDS.test(part) || /\d/u.test(part)) continue;
      const pseudo: Word = { start: w.start, end: w.end, low: part, lemma: lemmaOf(part), kind: 'word' };
      if (!isContent(pseudo) || TIME_WORDS.has(part)) continue;
      const hit = predicateAt([pseudo], 0);
      out.push(hit ? `p:${hit.cls}` : `c:${conceptOf(pseudo.lemma)}`);
    }
    return out;
  }
  if (!isContent(w) || TIME_WORDS.has(w.low) || NUMBER_WORDS.test(w.low)) return [];
  return [`c:${conceptOf(w.lemma)}`];
}

export interface TermContext {
  text: string;
  mentions: readonly Mention[];
  entityOf: (m: Mention) => string | null;
  /** A one-word name the story knows ("Brodna", "Kresl") → its canonical id, for words the entity layer missed here. */
  names: (low: string) => string | null;
}

export function termsOf(
  ctx: TermContext,
  words: readonly Word[],
  times: readonly ClaimTime[],
  numbers: readonly ClaimNumber[],
  properties: readonly ClaimProperty[],
): string[] {
  const { text, mentions, entityOf, names } = ctx;
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (numbers.some((n) => w.start >= n.start && w.end <= n.end) && !/^[a-z]/u.test(w.low)) continue;
    const m = mentionIndex(mentions, w);
    if (m) {
      const id = entityOf(m);
      if (id) {
        out.add(`e:${id}`);
        continue;
      }
    }
    if (w.kind !== 'word') continue;
    if (/^\p{Lu}/u.test(text[w.start] ?? '')) {
      // "Halas-Kresl", "Brodna" where this article's entity layer saw no name.
      const ids = w.low.replace(/['’]s$/u, '').split('-').map(names).filter((x): x is string => x !== null);
      if (ids.length > 0) {
        for (const id of ids) out.add(`e:${id}`);
        continue;
      }
    }
    const hit = predicateAt(words, i);
    if (hit) {
      out.add(`p:${hit.cls}`);
      i = hit.last;
      continue;
    }
    for (const t of wordTerms(w)) out.add(t);
  }
  for (const t of times) {
    if (t.type === 'duration') {
      if (t.measures) out.add(`d:${t.measures}`);
      continue;
    }
    const weekday = WEEKDAYS.exec(t.text.toLowerCase());
    if (weekday) out.add(`w:${weekday[1]}`);
    if (!t.value || /REF$/u.test(t.value)) continue;
    const day = /^\d{4}-\d\d-\d\d/u.exec(t.value);
    out.add(`t:${day ? day[0] : t.value}`);
  }
  for (const n of numbers) {
    // A record, an age or a population belongs to its person or place, not to what the claim says happened: two
    // claims naming "Osk (31-2)" share Osk's record, not a fact (details.ts pairs those).
    if (OWNED_FIGURE.test(n.property ?? '') || n.unit === 'record' || n.unit === 'knockout') continue;
    const facet = n.property ?? unitClass(n.unit);
    if (facet) out.add(`n:${facet}`);
    // The figure as stated: "at least 14" states 14 too.
    if (!Number.isFinite(n.high) || n.high - n.low <= Math.abs(n.value) * 0.25) out.add(`v:${n.value}`);
  }
  for (const p of properties) out.add(`c:${p.adjective}`);
  // "No-one was injured", "nobody was hurt": a count, of none. Said alike by every outlet
  // that says it, and as firm a fact in common as a figure.
  if (words.some((w, i) => NOBODY.test(w.low) || (w.low === 'no' && words[i + 1]?.low === 'one' && words[i + 2]?.low !== 'of'))) {
    out.add('n:nobody');
    out.add('v:0');
  }
  return [...out];
}
