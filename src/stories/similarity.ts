/**
 * How close an article is to a story, from four pieces of evidence:
 *
 * - topic: cosine of the article's content words (tf-idf) with the story's centroid;
 * - names: cosine of the capitalised names, weighted by rarity (idf), so a shared "Lohan"
 *   counts and a shared "U.S." barely does;
 * - figures ("5.6", "14", "$160 million"), years, months and weekdays: cosines of their own,
 *   counted only when both sides give some, because a report that quotes no figure says
 *   nothing against one that does, while two reports quoting different magnitudes describe
 *   different quakes, one that tells of October and December is not about January, and a
 *   raid "on Monday" is not the one "on Thursday";
 * - counts (whole numbers up to a dozen: "four men"): a cosine that only ever adds a little,
 *   because reports of one event agree on them more often than not, but so do events of one
 *   kind, and reports of one event often disagree on them ("three" then "four" dead);
 * - time: how far the article's date lies outside the story's span of dates, unless one
 *   side names a day the other spans.
 *
 * Reports of one event agree on names, figures and years even when their wording differs,
 * and events of one kind agree on topic but not on those; so identity weighs more than
 * topic. A missing date is neutral; a far one shrinks the score.
 *
 * The identity vector holds all six kinds; the kind is in the low three bits of each id
 * (`kindOf`), and each kind is scaled to unit length in an article, so one sparse vector
 * yields six cosines in one walk. Months take kind 0, which topic words use in the other
 * vector.
 */
import { EMPTY, type Sparse } from './tfidf.js';

/** Months share kind 0 with topic words: topic words live in the topic vector, months in the identity vector. */
export const MONTH = 0;
export const NAME = 1;
export const FIGURE = 2;
export const YEAR = 3;
export const WEEKDAY = 4;
export const COUNT = 5;
/** Ids carry their kind in the low three bits. */
export const KIND_BITS = 3;
const KIND_MASK = (1 << KIND_BITS) - 1;
export type KindValues = [number, number, number, number, number, number];

export function kindOf(id: number): number {
  return id & KIND_MASK;
}

/** The vector id of a term of a kind. */
export function vectorId(termId: number, kind: number): number {
  return (termId << KIND_BITS) | kind;
}

export interface StoryProfile {
  /** Sum of the members' unit topic vectors (pruned to the heaviest terms). */
  topic: Sparse;
  /** Sum of the members' identity vectors (each kind unit length per member). */
  identity: Sparse;
  topicNorm: number;
  /** Norm of the identity centroid per kind, indexed by kind. */
  kindNorms: KindValues;
  /** Earliest and latest event day of dated members; NaN while none is dated. */
  dayMin: number;
  dayMax: number;
  refDays: readonly number[];
  /** The one outlet of every member, or '' when there are several or none is known. */
  source: string;
  /** Every dated member is dated by its publication date. */
  published: boolean;
  /** The language of the story's first report ('' when unknown). */
  language: string;
}

/** What an article brings to the comparison: unit vectors and its day. */
export interface ArticleVectors {
  topic: Sparse;
  identity: Sparse;
  day: number | null;
  refDays: readonly number[];
  /** The article's outlet ('' when unknown). */
  source?: string;
  /** The day is the publication date, not a date read from the text. */
  published?: boolean;
  /** Primary language subtag ('' when unknown). */
  language?: string;
}

export interface SimilarityParams {
  topicWeight: number;
  nameWeight: number;
  /** How much of the score figures, and years, that disagree completely take away. */
  figureWeight: number;
  yearWeight: number;
  /** How much months named in the texts that disagree completely take away, when the dates do not say when. */
  monthWeight: number;
  /** The same for the weekdays named in the lead ("on Thursday"), likewise only without dates. */
  weekdayWeight: number;
  /** How much figures that agree completely add: the same "5.9" and "$2.6 million" are the same event's details. */
  figureAgreement: number;
  /** The same for counts: "four men" in both is weak evidence, and "three" against "four" none against. */
  countAgreement: number;
  /** Name cosine below which the score is scaled down in proportion (0 turns the gate off). */
  nameGate: number;
  /** Days outside a story's span that still count as the same time. */
  graceDays: number;
  /** Days over the grace after which the time factor has halved. */
  halfDays: number;
  /**
   * A story's life: days after its first report (plus `graceDays`) during which a report
   * joins on the usual evidence. Later, or earlier, a report needs strong evidence that it
   * tells of the same event (`strongFigures`, or a day one side names that the other spans);
   * otherwise a story would chain on from week to week as each new item stays near the last.
   */
  lifeDays: number;
  /** Figure cosine that is strong evidence on its own: the same "$2.6 million" and "5.9". */
  strongFigures: number;
  /**
   * Days apart beyond which one outlet's reports join only when one names a day the other spans: an outlet's
   * daily briefing, weekly column, release notes or episodes share names and words every
   * time, and one outlet's two reports never make two independent sources anyway. Reports of
   * one day (a breaking story's updates) join as any others.
   */
  seriesDays: number;
  /** Below this, an article starts a new story. */
  threshold: number;
}

/** Tuned on the ECB+ train topics (bench/stories): never on the dev topics. */
export const DEFAULT_PARAMS: SimilarityParams = {
  topicWeight: 0.4,
  nameWeight: 0.6,
  figureWeight: 0.3,
  yearWeight: 0.4,
  monthWeight: 0.3,
  weekdayWeight: 0.3,
  figureAgreement: 0.4,
  countAgreement: 0.1,
  nameGate: 0.15,
  graceDays: 14,
  halfDays: 120,
  lifeDays: 7,
  strongFigures: 0.5,
  seriesDays: 0,
  threshold: 0.19,
};

const timelessParams = new WeakMap<SimilarityParams, SimilarityParams>();

/** The params with time left out (endless grace), for choosing a representative: made once per params. */
export function timeless<P extends SimilarityParams>(p: P): P {
  let t = timelessParams.get(p);
  if (!t) timelessParams.set(p, (t = { ...p, graceDays: Infinity }));
  return t as P;
}

export function emptyProfile(): StoryProfile {
  return { topic: EMPTY, identity: EMPTY, topicNorm: 0, kindNorms: [0, 0, 0, 0, 0, 0], dayMin: Number.NaN, dayMax: Number.NaN, refDays: [], source: '', published: false, language: '' };
}

export interface Score {
  score: number;
  topic: number;
  names: number;
  figures: number;
  years: number;
  months: number;
  weekdays: number;
  counts: number;
  time: number;
}

/** Norms of a vector's entries per kind. */
export function kindNorms(v: Sparse): KindValues {
  const sq: KindValues = [0, 0, 0, 0, 0, 0];
  for (let i = 0; i < v.ids.length; i++) sq[v.ids[i]! & KIND_MASK]! += v.w[i]! * v.w[i]!;
  return [Math.sqrt(sq[0]), Math.sqrt(sq[1]), Math.sqrt(sq[2]), Math.sqrt(sq[3]), Math.sqrt(sq[4]), Math.sqrt(sq[5])];
}

/** Dot products of two vectors per kind. */
function kindDots(a: Sparse, b: Sparse): KindValues {
  const d: KindValues = [0, 0, 0, 0, 0, 0];
  let i = 0;
  let j = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i]!;
    const y = bi[j]!;
    if (x === y) {
      d[x & KIND_MASK] = d[x & KIND_MASK]! + a.w[i++]! * b.w[j++]!;
    } else if (x < y) i++;
    else j++;
  }
  return d;
}

function topicDot(a: Sparse, b: Sparse): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) s += a.w[i++]! * b.w[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** An article's vectors as a one-member profile (its kinds are unit length already). */
export function articleProfile(a: ArticleVectors): StoryProfile {
  const norms = kindNorms(a.identity);
  return { topic: a.topic, identity: a.identity, topicNorm: a.topic.ids.length > 0 ? 1 : 0, kindNorms: norms, dayMin: a.day ?? Number.NaN, dayMax: a.day ?? Number.NaN, refDays: a.refDays, source: a.source ?? '', published: a.published ?? false, language: a.language ?? '' };
}

/**
 * Closeness of an article to a story, or of two stories (their centroids): symmetric, so
 * the same rule decides joins and merges.
 */
export function similarity(a: ArticleVectors | StoryProfile, s: StoryProfile, p: SimilarityParams = DEFAULT_PARAMS): Score {
  const x = 'kindNorms' in a ? a : articleProfile(a);
  const topic = s.topicNorm > 0 && x.topicNorm > 0 ? topicDot(x.topic, s.topic) / (x.topicNorm * s.topicNorm) : 0;
  const dots = kindDots(x.identity, s.identity);
  const xn = x.kindNorms;
  const sn = s.kindNorms;
  const hasNames = xn[NAME] > 0 && sn[NAME] > 0;
  const hasFigures = xn[FIGURE] > 0 && sn[FIGURE] > 0;
  const hasYears = xn[YEAR] > 0 && sn[YEAR] > 0;
  const hasMonths = xn[MONTH] > 0 && sn[MONTH] > 0;
  const hasWeekdays = xn[WEEKDAY] > 0 && sn[WEEKDAY] > 0;
  const names = hasNames ? dots[NAME] / (xn[NAME] * sn[NAME]) : 0;
  const figures = hasFigures ? dots[FIGURE] / (xn[FIGURE] * sn[FIGURE]) : 0;
  const years = hasYears ? dots[YEAR] / (xn[YEAR] * sn[YEAR]) : 0;
  const months = hasMonths ? dots[MONTH] / (xn[MONTH] * sn[MONTH]) : 0;
  const weekdays = hasWeekdays ? dots[WEEKDAY] / (xn[WEEKDAY] * sn[WEEKDAY]) : 0;
  const counts = xn[COUNT] > 0 && sn[COUNT] > 0 ? dots[COUNT] / (xn[COUNT] * sn[COUNT]) : 0;
  // Across languages the words cannot meet, and a shared name alone is no link (a German
  // report of a Berlin summit and an English one of a Berlin marathon): reports join only
  // when their names and their figures agree, on names and figures alone.
  if (x.language !== '' && s.language !== '' && x.language !== s.language) {
    const linked = hasNames && hasFigures && figures >= p.strongFigures;
    const time = timeFactorOf(x, s, p, linked);
    const score = linked ? Math.min(1, names * (1 + p.figureAgreement * Math.min(1, figures)) * time) : 0;
    return { score, topic, names, figures, years, months, weekdays, counts, time };
  }
  // Names missing on one side are no evidence either way; the topic then has to carry the
  // match alone, and is held to the stricter standard of its square.
  const identity = hasNames ? names : topic * topic;
  // Both sides name people, places and organisations, but not the same ones: two events of
  // one kind (two summits, two quakes), however alike the wording. The gate closes as the
  // names part; the topic cannot carry the match on its own then.
  const gate = hasNames && p.nameGate > 0 ? Math.min(1, names / p.nameGate) : 1;
  const base = ((p.topicWeight * topic + p.nameWeight * identity) / (p.topicWeight + p.nameWeight)) * gate;
  // Years and months only ever lower the score: sharing "2011" or "October" makes no two
  // reports one story, but naming different ones is a sign of different events. They stand
  // in for dates: when both sides are dated, the dates say when, and the years a text
  // mentions are mostly background ("built in 1974"). Figures lower the score when they
  // disagree and raise it a little when they agree: rare figures weigh most (idf), and two
  // reports quoting the same "5.9" and "$2.6 million" tell of the same event, unless their
  // dates say otherwise; on the ECB+ train topics this helps the re-cluster most.
  const dated = !Number.isNaN(x.dayMin) && !Number.isNaN(s.dayMin);
  const yearFactor = hasYears && !dated ? 1 - p.yearWeight * (1 - Math.min(1, years)) : 1;
  const monthFactor = hasMonths && !dated ? 1 - p.monthWeight * (1 - Math.min(1, months)) : 1;
  const weekdayFactor = hasWeekdays && !dated ? 1 - p.weekdayWeight * (1 - Math.min(1, weekdays)) : 1;
  // Names are no strong evidence across weeks: the port, the union and the company of one
  // strike are those of the next, and a column names its author every week.
  const strong = hasFigures && figures >= p.strongFigures;
  const time = timeFactorOf(x, s, p, strong);
  // Agreement never outweighs dates that differ: two summits a year apart quote the same figures.
  const agreement = time === 1 ? p.figureAgreement * Math.min(1, figures) : 0;
  const figureFactor = hasFigures ? 1 - p.figureWeight * (1 - Math.min(1, figures)) + agreement : 1;
  const countFactor = time === 1 ? 1 + p.countAgreement * Math.min(1, counts) : 1;
  return { score: Math.min(1, base * yearFactor * monthFactor * weekdayFactor * figureFactor * countFactor * time), topic, names, figures, years, months, weekdays, counts, time };
}

type Dated = Pick<StoryProfile, 'dayMin' | 'dayMax' | 'refDays'>;

/** Both sides are one and the same outlet's. */
function sameSeries(a: Pick<StoryProfile, 'source'>, b: Pick<StoryProfile, 'source'>): boolean {
  return a.source !== '' && a.source === b.source;
}

/**
 * The time factor between two sides. Undated sides are neutral, and so are sides linked by a
 * day one names in its text that falls within the other's span (a report of a trial that
 * names the day of the shooting is about the shooting too). Sides dated from their texts
 * only decay slowly beyond the grace days. Between sides dated by publication:
 * - one outlet's reports more than `seriesDays` apart join only through a named day: a series;
 * - a report beyond a story's life (`lifeDays` from its first day, plus the grace days) joins
 *   only on strong evidence, and then the factor decays with the distance;
 * - within it, the factor is 1.
 */
function timeFactorOf(a: Dated & Pick<StoryProfile, 'source' | 'published'>, s: Dated & Pick<StoryProfile, 'source' | 'published'>, p: SimilarityParams, strong: boolean): number {
  if (Number.isNaN(a.dayMin) || Number.isNaN(s.dayMin)) return 1;
  if (!a.published || !s.published) {
    // A date read near the top of an undated text may be background ("the March 3 fire"), so
    // it says less about when a report was written: only a slow decay beyond the grace days,
    // from the nearest of the days either side names.
    let best = slowDecay(a.dayMin, a.dayMax, s, p);
    for (let i = 0; i < a.refDays.length && best < 1; i++) best = Math.max(best, slowDecay(a.refDays[i]!, a.refDays[i]!, s, p));
    for (let i = 0; i < s.refDays.length && best < 1; i++) best = Math.max(best, slowDecay(s.refDays[i]!, s.refDays[i]!, a, p));
    return best;
  }
  if (linked(a, s, p)) return 1;
  // A series repeats its own figures too (a newsletter's phone line, a league's table): only a
  // named day links one outlet's reports across days.
  if (sameSeries(a, s) && spanGap(a.dayMin, a.dayMax, s.dayMin, s.dayMax) > p.seriesDays) return 0;
  const gap = spanGap(a.dayMin, Math.min(a.dayMax, a.dayMin + p.lifeDays), s.dayMin, Math.min(s.dayMax, s.dayMin + p.lifeDays)) - p.graceDays;
  if (gap <= 0) return 1;
  return strong ? 1 / (1 + gap / p.halfDays) : 0;
}

function slowDecay(from: number, to: number, s: Dated, p: SimilarityParams): number {
  const gap = spanGap(from, to, s.dayMin, s.dayMax) - p.graceDays;
  return gap <= 0 ? 1 : 1 / (1 + gap / p.halfDays);
}

/** Days between two spans (0 when they overlap). */
function spanGap(aMin: number, aMax: number, bMin: number, bMax: number): number {
  return Math.max(0, bMin - aMax, aMin - bMax);
}

/** A day one side names in full lies within the grace days of the other's span. */
function linked(a: Dated, s: Dated, p: SimilarityParams): boolean {
  const near = (day: number, o: Dated): boolean => spanGap(day, day, o.dayMin, o.dayMax) <= p.graceDays;
  return a.refDays.some((d) => near(d, s)) || s.refDays.some((d) => near(d, a));
}
