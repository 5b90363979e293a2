/**
 * Time expressions in an article, found and resolved against its publication time.
 *
 *   findTimes("The talks, set for Thursday, were called off on Tuesday.", "2025-10-22T07:11:26Z")
 *
 * gives "Thursday" and "Tuesday" with TIMEX3 values. Rules (scan.ts and the modules it
 * lists) find the phrases; each is then resolved in document order, so that anaphoric
 * ones ("a year earlier", "the quarter") see the last period named before them.
 */
import type { TimeExpression } from '../types.js';
import { compareDays, parseAnchor, type Anchor, type Day } from './calendar.js';
import { breakBetween, clauseBefore } from './context.js';
import type { Context, Match, Resolution } from './match.js';
import type { Period } from './periods.js';
import { scan } from './scan.js';
import { Stream, tokenize } from './tokens.js';

export { parseAnchor } from './calendar.js';

/** How far, in tokens, a time of day looks for the day it belongs to. */
const DAY_WINDOW = 12;
/** How far, in tokens, a forecast told as past ("would begin on Tuesday") looks back for the day it was made. */
const STATEMENT_WINDOW = 30;

export function findTimes(text: string, publication: string | null): TimeExpression[] {
  const s = new Stream(tokenize(text));
  const matches = scan(s);
  const anchor = parseAnchor(publication);
  const resolved: Resolution[] = [];
  const refs: (Period | null)[] = [];
  const sinces: (Day | null)[] = [];
  const clauses = matches.map((m) => clauseBefore(s, m.start));
  const contextFor = (k: number, day: Day | null): Context => ({ anchor, tense: clauses[k]!.tense, ref: refs[k]!, mod: null, day, since: sinces[k]! });
  let ref: Period | null = null;
  matches.forEach((m, k) => {
    refs.push(ref);
    sinces.push(clauses[k]!.backshifted ? statementDay(s, matches, resolved, k, anchor) : null);
    const r = m.resolve(contextFor(k, null));
    resolved.push(r);
    if (r.period && (m.type === 'date' || m.type === 'time') && r.value !== null && !m.comparison) ref = r.period;
  });
  // A time of day said without its day takes the nearest day named in the same sentence.
  matches.forEach((m, k) => {
    if (m.type !== 'time') return;
    const day = nearestDay(s, matches, resolved, k);
    if (day) resolved[k] = m.resolve(contextFor(k, day));
  });
  return matches.map((m, k) => toExpression(text, s, m, resolved[k]!, anchor !== null));
}

/**
 * The day of the statement a forecast told as past reports: the last day the sentence
 * named before it, not after the publication ("said on Monday the strike would begin on
 * Tuesday").
 */
function statementDay(s: Stream, matches: readonly Match[], resolved: readonly Resolution[], k: number, anchor: Anchor | null): Day | null {
  const m = matches[k]!;
  for (let j = k - 1; j >= 0; j--) {
    const other = matches[j]!;
    if (m.start - other.end > STATEMENT_WINDOW || breakBetween(s, other.end - 1, m.start)) return null;
    const p = resolved[j]!.period;
    if (other.type === 'date' && p?.g === 'day') return anchor && compareDays(p.day, anchor) > 0 ? null : p.day;
  }
  return null;
}

function nearestDay(s: Stream, matches: readonly Match[], resolved: readonly Resolution[], k: number): Day | null {
  const m = matches[k]!;
  let best: { day: Day; dist: number } | null = null;
  for (const step of [-1, 1]) {
    for (let j = k + step; j >= 0 && j < matches.length; j += step) {
      const other = matches[j]!;
      const dist = step < 0 ? m.start - other.end : other.start - m.end;
      if (dist > DAY_WINDOW) break;
      if (step < 0 ? breakBetween(s, other.end - 1, m.start) : breakBetween(s, m.end - 1, other.start)) break;
      const p = resolved[j]!.period;
      if (other.type === 'date' && p?.g === 'day') {
        if (!best || dist < best.dist) best = { day: p.day, dist };
        break;
      }
    }
  }
  return best?.day ?? null;
}

function toExpression(text: string, s: Stream, m: Match, r: Resolution, published: boolean): TimeExpression {
  const start = s.toks[m.start]!.start;
  const end = s.toks[m.end - 1]!.end;
  const out: TimeExpression = {
    start,
    end,
    text: text.slice(start, end),
    type: m.type,
    value: r.value,
    granularity: r.granularity,
    // Without a publication, whatever resolved did so from the text alone ("a year earlier" than "March 2024").
    anchor: r.anchor === 'publication' && !published ? 'absolute' : r.anchor,
  };
  if (r.range) out.range = r.range;
  if (r.mod) out.mod = r.mod;
  if (r.length) out.length = { min: round(r.length.min), max: r.length.max === null ? null : round(r.length.max) };
  if (r.measure) out.measure = r.measure;
  return out;
}

const round = (n: number): number => Math.round(n * 10000) / 10000;
