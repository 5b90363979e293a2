/**
 * The story's timeline: each fact placed on the dates its claims resolve to, at the
 * granularity the text gives (a day, a week, a month, a year, a time of day), with the
 * articles that date it. An article without a publication date has its relative times
 * ("on Tuesday") resolved against a date estimated from the story's dated articles; what
 * only such times place is marked `estimated`.
 *
 * A claim that names no date of its own is placed on the day its statement was made,
 * when the frame says it ("Varga said on Tuesday he had scrapped the meeting"): news
 * often dates the main event only through who announced it when. And one event that
 * several outlets tell in words alignment keeps apart is one entry, not one per wording.
 */
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import type { Span } from '../pipeline/record.js';
import type { Granularity, Quote, TimeExpression } from '../language/types.js';
import type { ClauseDraft, ClauseKind } from './clauses.js';
import type { RichClaim } from './extract.js';
import type { Grouped } from './support.js';
import { REPORTING_STATES } from './predicates.js';
import { dice } from './words.js';
import type { ClaimGroup, ClaimTime, TimelineEntry } from './types.js';

/**
 * The lower median of the dated articles' publication days: reports of one story cluster in
 * a few days, and the median ignores one stray late follow-up.
 */
export function estimatePublication(articles: readonly AnnotatedArticle[]): string | null {
  const days = articles
    .map((a) => a.article.published.value)
    .filter((v): v is string => !!v && /^\d{4}-\d\d-\d\d/u.test(v))
    .map((v) => v.slice(0, 10))
    .sort();
  return days.length === 0 ? null : days[Math.floor((days.length - 1) / 2)]!;
}

const CALENDAR = /^\d{4}(?:-(?:\d\d(?:-\d\d(?:T[\d:A-Z]+)?)?|W\d\d(?:-WE)?|Q\d|H\d|SP|SU|FA|WI))?$/u;

/** A date that can stand on the timeline: a calendar value, not a duration, a set or PRESENT_REF. */
const onCalendar = (t: { type: string; value: string | null }): boolean => (t.type === 'date' || t.type === 'time') && t.value !== null && CALENDAR.test(t.value);

/** When a claim was stated, taken from the frame around it rather than from the claim itself. */
export interface StatedTime {
  type: 'date' | 'time';
  value: string;
  granularity: Granularity;
  /** Resolved against a publication date estimated from the story's other articles. */
  estimated: boolean;
}

/**
 * Cues whose date is when news spread, not when anything happened: "media reported on
 * Wednesday" that a summit was called off does not put the call-off on Wednesday.
 */
const RELAYING_CUES: ReadonlySet<string> = new Set(['report']);

/** Between a speech cue and its date: "said Tuesday", "said on Tuesday", "confirmed late Tuesday". */
const AFTER_CUE = /^[\s,]*(?:on|early|late|earlier|later)?\s*$/iu;
/** Between a leading phrase's date and the speaker: "Speaking at the White House on Tuesday, Varga said". */
const BEFORE_SPEAKER = /^\s*,\s*$/u;
/** "…has been canceled, with officials confirming Tuesday that…": the statement sources the clause before it. */
const WITH_BEFORE = /\bwith\s+$/iu;
const CLAUSE_TO_WITH = /^[\s,]*$/u;
/** A relative clause about the speaker opened before a date in the frame. */
const RELATIVE_BEFORE = /,\s*(?:who|which|whose|whom)\b/iu;

/** Clauses that describe a noun ("which was expected to take place…", an appositive, an aside), not what a statement reports. */
const DESCRIPTIVE: ReadonlySet<ClauseKind> = new Set<ClauseKind>(['relative', 'appositive', 'parenthetical']);
/** Subordinators that put their clause at another time than the statement: "said on Tuesday he quit after the vote failed". */
const ELSEWHEN: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'once', 'when']);

/**
 * The dates of the statement a claim comes from, when the claim names none itself: a date
 * in the speech frame ("officials confirming Tuesday that…", "“…,” the minister said
 * Tuesday"), or at the end of a phrase leading to the speaker ("Speaking on Tuesday, Varga
 * said…"). An outlet's clause followed by ", with <speaker> <cue> <date> that…" is what
 * that statement confirms, and takes its date too.
 *
 * `own` is the quote whose content the claim is; `parts` the claim's spans; `times` the
 * article's resolved times; `clause` the kind of clause the claim is.
 */
export function statementTimes(
  text: string,
  quotes: readonly Quote[],
  own: Quote | null,
  parts: readonly Span[],
  claimTimes: readonly ClaimTime[],
  times: readonly TimeExpression[],
  estimated: boolean,
  clause: Pick<ClauseDraft, 'kind' | 'marker'>,
): StatedTime[] {
  if (parts.length === 0 || claimTimes.some(onCalendar)) return [];
  if (DESCRIPTIVE.has(clause.kind) || (clause.marker !== null && ELSEWHEN.has(clause.marker))) return [];
  const claimEnd = parts[parts.length - 1]!.end;
  const frames = own ? [own] : quotes.filter((q) => q.start >= claimEnd && sourcesClauseBefore(text, q, claimEnd));
  const out: StatedTime[] = [];
  for (const q of frames) {
    if (q.cue && RELAYING_CUES.has(q.cue.lemma)) continue;
    // Times are sorted: only those around the quote can be in its frame.
    const until = Math.max(q.end, q.cue?.end ?? 0) + FRAME_REACH;
    for (let k = firstEndingAfter(times, Math.min(q.start, q.speaker.span?.start ?? q.start) - FRAME_REACH); k < times.length && times[k]!.start <= until; k++) {
      const t = times[k]!;
      if (!onCalendar(t) || !inFrame(text, q, t)) continue;
      if (out.some((o) => o.value === t.value)) continue;
      out.push({ type: t.type as 'date' | 'time', value: t.value!, granularity: t.granularity, estimated: estimated && t.anchor === 'publication' });
    }
  }
  return out;
}

/** How far, in characters, a statement's date may lie outside its quote: a leading phrase, "said late on Tuesday". */
const FRAME_REACH = 200;

/** Index of the first time ending after `pos` (times are sorted and do not overlap). */
function firstEndingAfter(times: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How far, in characters, ", with" may stand after the clause it sources. */
const WITH_REACH = 12;

function sourcesClauseBefore(text: string, q: Quote, claimEnd: number): boolean {
  const speakerStart = q.speaker.span && q.speaker.span.start >= q.start ? q.speaker.span.start : q.start;
  if (speakerStart - claimEnd > WITH_REACH) return false;
  const before = text.slice(claimEnd, speakerStart);
  const withAt = before.search(WITH_BEFORE);
  return withAt >= 0 && CLAUSE_TO_WITH.test(before.slice(0, withAt));
}

/** Whether a time belongs to the frame of quote q (its speaker and cue), not to what was said. */
function inFrame(text: string, q: Quote, t: Span): boolean {
  const pieces = [q.content, ...q.parts];
  if (pieces.some((p) => t.start < p.end && t.end > p.start)) return false;
  // "Maric, who visited Brodna on Tuesday afternoon, said…": the date of the visit, not of the words.
  if (t.start >= q.start && t.end <= q.end) return !RELATIVE_BEFORE.test(text.slice(q.start, t.start));
  if (q.cue && t.start >= q.cue.end && AFTER_CUE.test(text.slice(q.cue.end, t.start))) return true;
  const speakerStart = Math.min(q.start, q.speaker.span?.start ?? q.start);
  return t.end <= speakerStart && BEFORE_SPEAKER.test(text.slice(t.end, speakerStart));
}

/** One date of one claim group, with the claims that put the group there. */
interface Placed {
  entry: TimelineEntry;
  group: ClaimGroup;
  claims: RichClaim[];
  dated: boolean;
}

export function buildTimeline(grouped: Grouped): TimelineEntry[] {
  const placed = new Map<string, Placed>();
  grouped.groups.forEach((group, gi) => {
    for (const c of grouped.members[gi]!) {
      const own = c.times.filter(onCalendar);
      for (const t of [...own, ...(c.stated ?? [])]) {
        const key = `${group.id}|${t.value}`;
        let p = placed.get(key);
        if (!p) {
          p = { entry: { date: t.value!, granularity: t.granularity, text: group.text, claimId: group.id, articleIds: [] }, group, claims: [], dated: false };
          placed.set(key, p);
        }
        if (!p.entry.articleIds.includes(c.articleId)) p.entry.articleIds.push(c.articleId);
        if (!p.claims.includes(c)) p.claims.push(c);
        if (!t.estimated) p.dated = true;
      }
    }
  });
  return mergeSameEvents([...placed.values()])
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0));
}

/** What an entry's claims say happened: main events, who took part (speakers included), and content terms. */
interface EventSketch {
  /** Every claim tells a plan or an expectation ("was expected to take place"), not something that happened. */
  plan: boolean;
  predicates: Set<string>;
  people: Set<string>;
  participants: Set<string>;
  terms: Set<string>;
}

function sketch(p: Placed): EventSketch {
  const predicates = new Set<string>();
  const participants = new Set<string>();
  const terms = new Set<string>();
  for (const c of p.claims) {
    // "said", "confirmed", "remains": one speaker's two statements of a day are not one event.
    if (c.predicate && !REPORTING_STATES.has(c.predicate)) predicates.add(c.predicate);
    for (const id of c.participants) participants.add(id);
    // "Varga said he had decided to scrap the meeting": who announces an event is mostly in it.
    if (c.attribution.entityId) participants.add(c.attribution.entityId);
    // Dates and figures are left out: entries of one date share their date terms by construction.
    for (const t of c.terms) if (/^[pce]:/u.test(t)) terms.add(t);
  }
  if (p.group.predicate && !REPORTING_STATES.has(p.group.predicate)) predicates.add(p.group.predicate);
  const people = new Set([...participants].filter((id) => id.startsWith('person:')));
  return { plan: p.claims.every((c) => c.irrealis), predicates, people, participants, terms };
}

/** Term overlap (Dice) at which two claims of one date tell one event whatever their main verbs. */
const SAME_TERMS = 0.5;

function sharesAny<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/**
 * Whether two claims of one date state one event: the same main event with a participant
 * in common, or most of their terms in common. People named on both sides and not shared
 * (Varga meeting Mirov, Varga meeting an envoy) make two events, and a plan is not
 * what happened ("was expected to meet on Friday", "met on Friday").
 */
function sameEvent(a: EventSketch, b: EventSketch): boolean {
  if (a.plan !== b.plan) return false;
  const otherPeople = [...a.people].some((id) => !b.people.has(id)) && [...b.people].some((id) => !a.people.has(id));
  if (otherPeople) return false;
  if (sharesAny(a.predicates, b.predicates) && sharesAny(a.participants, b.participants)) return true;
  return dice(a.terms, b.terms) >= SAME_TERMS;
}

/** Best supported first: more independent sources, more articles, dated before estimated. */
function bySupport(x: Placed, y: Placed): number {
  return (
    y.group.independentSources - x.group.independentSources ||
    y.entry.articleIds.length - x.entry.articleIds.length ||
    Number(y.dated) - Number(x.dated) ||
    (x.entry.claimId < y.entry.claimId ? -1 : x.entry.claimId > y.entry.claimId ? 1 : 0)
  );
}

/**
 * Entries of one date whose claims state one event become one, worded by the best
 * supported of them and listing every article. Each entry joins the best supported one it
 * matches, never a chain of matches, so two events cannot merge through a third.
 */
function mergeSameEvents(placed: readonly Placed[]): TimelineEntry[] {
  const byDate = new Map<string, Placed[]>();
  for (const p of placed) {
    const key = `${p.entry.date}|${p.entry.granularity}`;
    const list = byDate.get(key) ?? [];
    list.push(p);
    byDate.set(key, list);
  }
  const out: TimelineEntry[] = [];
  for (const list of byDate.values()) {
    const clusters: { head: Placed; sketch: EventSketch; members: Placed[] }[] = [];
    for (const p of [...list].sort(bySupport)) {
      const s = sketch(p);
      const home = clusters.find((c) => sameEvent(c.sketch, s));
      if (home) home.members.push(p);
      else clusters.push({ head: p, sketch: s, members: [p] });
    }
    for (const { head, members } of clusters) {
      const entry: TimelineEntry = { ...head.entry, articleIds: [...new Set(members.flatMap((m) => m.entry.articleIds))] };
      if (members.length > 1) entry.claimIds = members.map((m) => m.entry.claimId);
      if (!members.some((m) => m.dated)) entry.estimated = true;
      out.push(entry);
    }
  }
  return out;
}
