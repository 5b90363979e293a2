/**
 * A story's headline: what happened, who, where and when, in one line a reader takes in at
 * a glance ("White House cancels planned Varga–Sorin Lesk summit (Tue 21 Oct 2025)").
 *
 * It is built from the story's best corroborated fact, never from one article's opening: the
 * fact's wording in one outlet's own voice is cut down to subject, verb and object, titles
 * and first names go ("Velish President Emil Varga" → "Varga"), articles go, and the verb
 * takes a headline's present tense. Every word comes from that sentence, so nothing is
 * invented; the date is the day the fact's own times, or its sentences' times, resolve to,
 * chosen by how many independent sources give it. When no corroborated fact can be worded
 * that way, the headline is the best article title, cleaned.
 */
import type { Span } from '../pipeline/record.js';
import type { ClaimGroup, Evidence } from '../claims/types.js';
import type { EntityType, MentionKind, TimeExpression } from '../language/types.js';
import { isAuxiliary, isVerbish, wordsOf, type Word } from '../claims/words.js';
import { predicateAt } from '../claims/predicates.js';
import { baseOfPast, presentOf } from './headline-verbs.js';
import { TALK_PREDICATES } from './statements.js';
import { dateLabel, DAY_MS, intervalOf } from './dates.js';
import { minOf } from '../pipeline/arrays.js';

export interface StoryHeadline {
  /** The line itself, with the event's date when one is known: "Halas pulls out of Northern Rim summit (Tue 10 Mar 2026)". */
  text: string;
  /** The corroborated fact it states; null when it is an article title. */
  claimId: string | null;
  /** The event's day (YYYY-MM-DD), when the fact's times give one. */
  date: string | null;
  /** The day was reached through a publication date estimated from the story's dated articles. */
  estimated: boolean;
}

export interface HeadlineMention extends Span {
  entityId: string | null;
  type: EntityType | null;
  kind: MentionKind;
  /** The canonical name: a person's surname is taken from it. */
  name: string | null;
  /** A title said before the name ("Russian Foreign Minister"). */
  role: Span | null;
}

/** What the builder reads of one article. */
export interface HeadlineArticle {
  text: string;
  title: string;
  sentences: readonly Span[];
  /** Entity mentions, in text order. */
  mentions: readonly HeadlineMention[];
  /** The date relative times are read against: the article's, its copy original's, or the story's estimate. */
  anchor: string | null;
  /** The article's times resolved against `anchor` (the language layer's own when that is the article's date). */
  times: () => readonly TimeExpression[];
  /** `anchor` is the story's estimate. */
  estimated: boolean;
  /** The article copies another of the story's articles. */
  copy: boolean;
}

export interface HeadlineStory {
  title: string;
  claims: readonly ClaimGroup[];
  span: { start: string | null; end: string | null };
}

/** Facts tried, best first: past these the story's main event is not among them. */
const FACTS_TRIED = 4;
/** A headline longer than this is a sentence. */
const MAX_WORDS = 16;
/** Dates this far from the story's span are background (a dam "built in 1974"), not the event's. */
const EVENT_WINDOW_DAYS = 10;
/** Events that only frame another ("announced", "plans to"): a headline states the event itself. */
const FRAMES = new Set(['announce', 'plan']);

export function storyHeadline(story: HeadlineStory, articles: ReadonlyMap<string, HeadlineArticle>): StoryHeadline {
  const usable = story.claims.filter(usableFact);
  const weight = new Map(usable.map((g) => [g.id, importance(g, articles)]));
  const facts = usable
    .sort((a, b) => weight.get(b.id)! - weight.get(a.id)! || lead(a) - lead(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, FACTS_TRIED);
  for (const g of facts) {
    const date = eventDate(g, story.span, articles);
    const wording = bestWording(g, articles, date?.day ?? null);
    if (!wording) continue;
    const when = date ? ` (${date.estimated ? '~' : ''}${dateLabel(date.day)})` : '';
    return { text: wording + when, claimId: g.id, date: date?.day ?? null, estimated: date?.estimated ?? false };
  }
  return { text: titleHeadline(story.title, articles), claimId: null, date: null, estimated: false };
}

function usableFact(g: ClaimGroup): boolean {
  return (
    g.status === 'corroborated' &&
    // A detail is part of statements that differ: none of them is the story's event as a whole.
    g.detail === undefined &&
    g.predicate !== null &&
    !FRAMES.has(g.predicate) &&
    g.polarity === 'positive' &&
    !g.hedged &&
    g.evidence.some((e) => e.attribution.kind === 'outlet' && e.hedges.length === 0)
  );
}

/**
 * How much a fact is the story: its independent sources, each counting double when it
 * states the fact in its first two sentences (news leads with what happened), less for
 * what people urge or say of each other than for what happened.
 */
function importance(g: ClaimGroup, articles: ReadonlyMap<string, HeadlineArticle>): number {
  const bySource = new Map<string, number>();
  for (const e of g.evidence) {
    const a = articles.get(e.articleId);
    const at = a ? a.sentences.findIndex((s) => s.end > e.start) : -1;
    const w = 1 + (at >= 0 && at <= 1 ? 1 : at >= 0 && at <= 3 ? 0.5 : 0);
    bySource.set(e.source, Math.max(w, bySource.get(e.source) ?? 0));
  }
  const total = [...bySource.values()].reduce((x, y) => x + y, 0) + Math.min(3, g.participants.length) * 0.1;
  // Talk is news, but seldom the event a story is about.
  return TALK_PREDICATES.has(g.predicate ?? '') ? total * 0.6 : total;
}

/** How far into its articles a fact first comes: news puts what matters first. */
function lead(g: ClaimGroup): number {
  return minOf(g.evidence.map((e) => e.start));
}

// ---------------------------------------------------------------- when

interface EventDay {
  day: string;
  estimated: boolean;
}

/**
 * The day the fact happened: each independent source votes once for each day its
 * statements of the fact name (a full vote) or their sentences name (half a vote: "Speaking
 * on Tuesday, Varga said he had scrapped…"; a quarter for the day the article came out).
 * Days far from the story are background. Ties go to the later day.
 */
function eventDate(g: ClaimGroup, span: HeadlineStory['span'], articles: ReadonlyMap<string, HeadlineArticle>): EventDay | null {
  const votes = new Map<string, { bySource: Map<string, number>; estimated: boolean }>();
  const vote = (day: string, source: string, weight: number, estimated: boolean): void => {
    const v = votes.get(day) ?? { bySource: new Map<string, number>(), estimated: true };
    v.bySource.set(source, Math.max(weight, v.bySource.get(source) ?? 0));
    v.estimated &&= estimated;
    votes.set(day, v);
  };
  const near = window(span);
  for (const e of g.evidence) {
    const a = articles.get(e.articleId);
    if (!a) continue;
    for (const t of sentenceTimes(a, e)) {
      const day = dayOf(t);
      if (!day || !near(day)) continue;
      const inClaim = t.start >= e.start && t.end <= e.end;
      // Outside the claim, the day of publication is mostly when it was said ("media reported on Wednesday").
      const weight = inClaim ? 1 : day === a.anchor?.slice(0, 10) ? 0.25 : 0.5;
      vote(day, e.source, weight, a.estimated && t.anchor === 'publication');
    }
  }
  let best: { day: string; weight: number; estimated: boolean } | null = null;
  for (const [day, v] of votes) {
    const weight = [...v.bySource.values()].reduce((x, y) => x + y, 0);
    if (!best || weight > best.weight || (weight === best.weight && day > best.day)) best = { day, weight, estimated: v.estimated };
  }
  return best ? { day: best.day, estimated: best.estimated } : null;
}

function window(span: HeadlineStory['span']): (day: string) => boolean {
  const from = span.start ? intervalOf(span.start.slice(0, 10))?.start : undefined;
  const to = span.end ? intervalOf(span.end.slice(0, 10))?.end : undefined;
  if (from === undefined || to === undefined) return () => true;
  return (day) => {
    const at = intervalOf(day)?.start;
    return at !== undefined && at >= from - EVENT_WINDOW_DAYS * DAY_MS && at < to + EVENT_WINDOW_DAYS * DAY_MS;
  };
}

function dayOf(t: TimeExpression): string | null {
  if (t.type !== 'date' && t.type !== 'time') return null;
  return t.value && /^\d{4}-\d\d-\d\d/u.test(t.value) ? t.value.slice(0, 10) : null;
}

/** The times of the sentence(s) holding a span. */
function sentenceTimes(a: HeadlineArticle, span: Span): TimeExpression[] {
  const sentences = a.sentences.filter((s) => s.end > span.start && s.start < span.end);
  return a.times().filter((t) => sentences.some((s) => t.start >= s.start && t.end <= s.end));
}

// ---------------------------------------------------------------- what

interface Wording {
  text: string;
  score: number;
  at: string;
}

function bestWording(g: ClaimGroup, articles: ReadonlyMap<string, HeadlineArticle>, day: string | null): string | null {
  let best: Wording | null = null;
  const seen = new Set<string>();
  for (const e of g.evidence) {
    const a = articles.get(e.articleId);
    if (!a || e.attribution.kind !== 'outlet' || e.hedges.length > 0 || seen.has(e.text)) continue;
    seen.add(e.text);
    const w = wordFact(a, e, g.predicate!, day);
    if (!w) continue;
    const candidate = { ...w, score: w.score - (a.copy ? 0.1 : 0), at: `${e.articleId}:${String(e.start).padStart(9, '0')}` };
    if (!best || candidate.score > best.score || (candidate.score === best.score && (candidate.text.length < best.text.length || (candidate.text.length === best.text.length && candidate.at < best.at)))) best = candidate;
  }
  return best?.text ?? null;
}

interface Piece {
  start: number;
  end: number;
  text: string;
  word: Word;
  drop: boolean;
}

const OPENERS = new Set(['however', 'meanwhile', 'then', 'now', 'also', 'and', 'but', 'so', 'yet', 'after', 'when', 'as', 'because', 'while', 'although', 'though', 'since', 'once', 'before', 'until', 'if', 'still', 'instead']);
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where', 'that']);
/** Words that open an adverbial before the subject ("In a statement, …", "Speaking on Tuesday, …"). */
const INTRO_HEADS = new Set(['in', 'on', 'at', 'by', 'after', 'before', 'following', 'amid', 'with', 'during', 'late', 'early', 'earlier', 'later', 'last', 'according', 'despite', 'for', 'from', 'under', 'over']);
const CUT_WORDS = new Set(['after', 'because', 'as', 'while', 'when', 'which', 'who', 'whom', 'whose', 'where', 'that', 'citing', 'following', 'amid', 'saying', 'adding', 'despite', 'although', 'though', 'until', 'since', 'but', 'so', 'according', 'if', 'unless', 'whereas']);
const CUT_PUNCT = new Set([',', ';', ':', '(', ')', '—', '–', '.', '?', '!', '[', ']']);
const ARTICLES = new Set(['the', 'a', 'an']);
const DROPPED_ADVERBS = new Set(['also', 'already', 'still', 'now', 'then', 'later', 'just', 'since', 'eventually', 'finally', 'even']);
const MODALS = new Set(['would', 'could', 'may', 'might', 'should', 'must', 'can', 'shall']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'one', 'some', 'both', 'anyone', 'anybody', 'someone', 'somebody', 'everyone', 'everybody', 'nobody', 'whoever']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'dozens', 'hundreds', 'thousands', 'scores']);
const PERSONAL = new Set(['he', 'him', 'she', 'they', 'them', 'we', 'us', 'i', 'me', 'you']);
/** Prepositions that go with a removed date ("on Tuesday", "shortly before 5 a.m."). */
const TIME_PREPOSITIONS = new Set(['on', 'at', 'in', 'by', 'early', 'late', 'shortly', 'during', 'from', 'of']);
const PART_OF_DAY = new Set(['hours', 'hour', 'morning', 'evening', 'night', 'afternoon', 'early', 'late', 'small', 'wee', 'the', 'in', 'during', 'on', 'by']);
const PLURAL_NOUNS = new Set(['people', 'police', 'troops', 'children', 'men', 'women', 'staff', 'crews']);
const SUBJECT_END = new Set(['of', 'in', 'at', 'from', 'between', 'with', 'for', 'on', 'by', 'near', 'to', 'over', 'under', 'about', 'across', 'along']);

/**
 * One statement of the fact as a headline: its subject, verb and object, with titles,
 * first names, articles, parentheticals and the event's date taken out. Null when the
 * statement has no subject of its own or does not read as one clause.
 */
function wordFact(a: HeadlineArticle, e: Evidence, predicate: string, day: string | null): { text: string; score: number } | null {
  if (e.end > a.text.length || e.start >= e.end) return null;
  const words = wordsOf(a.text, e.start, e.end);
  const trigger = words.findIndex((_, i) => predicateAt(words, i)?.cls === predicate);
  if (trigger < 0) return null;
  const nominal = predicateAt(words, trigger)!.nominal;
  const pieces: Piece[] = words.map((w) => ({ start: w.start, end: w.end, text: a.text.slice(w.start, w.end), word: w, drop: false }));

  const s = subjectStart(pieces, trigger, a.mentions);
  if (s < 0) return null;
  for (let i = 0; i < s; i++) pieces[i]!.drop = true;
  dropParentheticals(pieces, s, trigger);

  const v = verbStart(pieces, s, trigger, nominal);
  if (v <= s) return null;
  const subject = pieces.slice(s, v).filter((p) => !p.drop && p.word.kind !== 'punct' && !DROPPED_ADVERBS.has(p.word.low));
  // "He was found dead", "They then set fire": who they are is in another sentence.
  // "days after the breach flooded…": a subordinate clause is no subject.
  if (subject.length === 0 || PRONOUNS.has(subject[0]!.word.low) || subject.some((p) => CUT_WORDS.has(p.word.low))) return null;
  const chain = verbChain(pieces, v, subjectIsPlural(subject, a.mentions));
  if (!chain) return null;
  const cut = objectEnd(pieces, chain.next, a.text);
  for (let i = cut; i < pieces.length; i++) pieces[i]!.drop = true;
  if (trigger >= cut) return null;

  dropTimes(pieces, a, e, day);
  shortenNames(pieces, a.mentions, e);
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (ARTICLES.has(p.word.low) && pieces[i + 1]?.word.kind === 'word') p.drop = true;
  }

  const before = assemble(pieces.slice(0, v), a.text);
  const after = assemble(pieces.slice(chain.next), a.text);
  const text = capitalise(balanceQuotes([before, chain.text, after].filter(Boolean).join(' ')).replace(/\s+/gu, ' ').replace(/[\s,;:—–-]+$/u, '').trim());
  const count = text.split(' ').length;
  if (count < 3 || count > MAX_WORDS) return null;

  const kept = pieces.filter((p) => !p.drop);
  const named = new Set<string>();
  let agent = false;
  for (const m of a.mentions) {
    if (!m.entityId || m.end <= e.start || m.start >= e.end || m.kind === 'pronoun' || m.kind === 'nominal') continue;
    if (!kept.some((p) => p.start < m.end && p.end > m.start)) continue;
    named.add(m.entityId);
    if (subject.some((p) => p.start < m.end && p.end > m.start) && m.kind !== 'demonym') agent = true;
  }
  // A headline says who or where; one that leans on "him" or "they" says neither.
  const figure = kept.some((p) => p.word.kind === 'number' || NUMBER_WORDS.has(p.word.low));
  if ((named.size === 0 && !figure) || kept.some((p) => PERSONAL.has(p.word.low))) return null;
  const score = 2 * Math.min(4, named.size) + (agent ? 2 : 0) - (chain.passive ? 1 : 0) - 0.25 * Math.max(0, count - 8);
  return { text, score };
}

/**
 * Where the subject starts: after openers ("However,", "and", "after") and an adverbial set
 * off by a comma ("On Tuesday evening,", "Speaking at the White House on Tuesday,"). -1 when
 * the statement is a relative clause, whose subject is outside it.
 */
function subjectStart(pieces: readonly Piece[], trigger: number, mentions: readonly HeadlineMention[]): number {
  let s = 0;
  for (let guard = 0; guard < 6 && s < trigger; guard++) {
    const first = pieces[s]!;
    if (first.word.kind === 'punct') {
      s++;
      continue;
    }
    if (RELATIVES.has(first.word.low)) return -1;
    if (OPENERS.has(first.word.low)) {
      s++;
      continue;
    }
    const comma = pieces.findIndex((p, i) => i > s && i < trigger && p.word.low === ',');
    if (comma < 0) break;
    const intro = pieces.slice(s, comma).filter((p) => p.word.kind !== 'punct');
    const named = mentions.some((m) => m.start < pieces[comma]!.start && m.end > first.start && m.kind !== 'pronoun');
    const adverbial = INTRO_HEADS.has(first.word.low) || /ing$/u.test(first.word.low);
    if ((!named && intro.length <= 6) || (adverbial && intro.length <= 12)) {
      s = comma + 1;
      continue;
    }
    break;
  }
  return s < trigger || (s === trigger && s < pieces.length) ? s : -1;
}

/** ", scheduled to take place in Dravania," and ", who" between the subject and its verb. */
function dropParentheticals(pieces: Piece[], from: number, trigger: number): void {
  for (let i = from; i < trigger; i++) {
    const p = pieces[i]!;
    if (p.word.low !== ',' && p.word.low !== '—' && p.word.low !== '–') continue;
    const close = pieces.findIndex((q, k) => k > i && k < trigger && q.word.low === p.word.low);
    if (close > 0) {
      for (let k = i; k <= close; k++) pieces[k]!.drop = true;
      i = close;
      continue;
    }
    if (RELATIVES.has(pieces[i + 1]?.word.low ?? '')) {
      p.drop = true;
      pieces[i + 1]!.drop = true;
      i++;
    }
  }
}

/**
 * The first word of the verb group: an auxiliary or a finite verb before the trigger, the
 * trigger itself when it is a verb, or, when the trigger is a noun in the subject
 * ("Floodwater … swept through"), the first verb after it.
 */
function verbStart(pieces: readonly Piece[], from: number, trigger: number, nominal: boolean): number {
  let prev: Word | undefined;
  for (let i = from; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.drop) continue;
    if (i > trigger && (!nominal || CUT_PUNCT.has(p.word.low))) break;
    // A capitalised word in the middle is a name ("Ahmed"), not a verb.
    if (i > from && !/^\p{Lu}/u.test(p.text) && (isAuxiliary(p.word.low) || isVerbish(p.word, prev))) return i;
    prev = p.word;
  }
  return trigger > from && !nominal ? trigger : -1;
}

/**
 * The verb group in headline form: "has cancelled" → "cancels", "has been cancelled" →
 * "cancelled", "will stop" → "to stop", "gave way" → "gives way". Null for a modal or a
 * negated verb, which no headline should state as fact.
 */
function verbChain(pieces: Piece[], v: number, plural: boolean): { text: string; next: number; passive: boolean } | null {
  const aux: string[] = [];
  const adverbs: string[] = [];
  let i = v;
  for (; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.drop) continue;
    const low = p.word.low;
    if (NEGATIONS.has(low) || low.endsWith("n't")) return null;
    if (MODALS.has(low)) return null;
    if (low === 'will' || isAuxiliary(low)) {
      aux.push(low);
      continue;
    }
    if (DROPPED_ADVERBS.has(low)) continue;
    if (/^[a-z]+ly$/u.test(low) && low !== 'rally' && low !== 'fly') {
      adverbs.push(p.text);
      continue;
    }
    break;
  }
  const main = pieces[i];
  if (!main || main.word.kind !== 'word') return null;
  const next = i + 1;
  const lead = adverbs.length ? `${adverbs.join(' ')} ` : '';
  if (aux.includes('will')) return { text: `to ${aux.filter((x) => x === 'be').map((x) => `${x} `).join('')}${lead}${main.text}`, next, passive: false };
  if (aux.some((x) => x === 'do' || x === 'does' || x === 'did')) return null;
  const passive = aux.some((x) => BE.has(x));
  const past = baseOfPast(main.word.low);
  if (passive) {
    // "were sent" → "sent"; "is under water", "were still missing" keep their copula.
    if (past || /ing$/u.test(main.word.low)) return { text: lead + main.text, next, passive: true };
    return { text: `${presentOf('be', plural)} ${lead}${main.text}`, next, passive: false };
  }
  if (past) return { text: lead + presentOf(past, plural), next, passive: false };
  if (aux.length === 0) return { text: lead + main.text, next, passive: false };
  return { text: `${aux.join(' ')} ${lead}${main.text}`, next, passive: false };
}

/** One subject or several: "Army units", "Varga and Sorin"; a name is one ("White House"). */
function subjectIsPlural(subject: readonly Piece[], mentions: readonly HeadlineMention[]): boolean {
  const end = subject.findIndex((p) => SUBJECT_END.has(p.word.low));
  const core = end < 0 ? subject : subject.slice(0, end);
  if (core.some((p) => p.word.low === 'and')) return true;
  const head = core[core.length - 1];
  if (!head) return false;
  if (mentions.some((m) => m.start < head.end && m.end > head.start)) return false;
  return PLURAL_NOUNS.has(head.word.low) || (/[^su]s$/u.test(head.word.low) && !/(?:ss|us|is)$/u.test(head.word.low));
}

/** Where the object ends: at a clause break, a subordinator, or "and" before another verb. */
function objectEnd(pieces: readonly Piece[], from: number, text: string): number {
  for (let i = from; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.drop) continue;
    if (CUT_PUNCT.has(p.word.low) || (p.word.low === '-' && spacedBefore(p, text))) return i;
    if (CUT_WORDS.has(p.word.low)) return i;
    if (p.word.low === 'and') {
      const next = pieces[i + 1];
      if (next && (isAuxiliary(next.word.low) || isVerbish(next.word, p.word))) return i;
    }
  }
  return pieces.length;
}

/** A hyphen with a space before it is a dash ("two women -- 68 and 48"). */
function spacedBefore(p: Piece, text: string): boolean {
  return p.start > 0 && /\s|-/u.test(text[p.start - 1]!);
}

/** The event's own date and "now" go: the headline says the date once, at its end. */
function dropTimes(pieces: Piece[], a: HeadlineArticle, e: Evidence, day: string | null): void {
  for (const t of sentenceTimes(a, e)) {
    if (t.end <= e.start || t.start >= e.end) continue;
    const ours = t.value === 'PRESENT_REF' || (day !== null && dayOf(t) === day);
    if (!ours) continue;
    let first = -1;
    pieces.forEach((p, i) => {
      if (p.start >= t.start && p.end <= t.end) {
        p.drop = true;
        if (first < 0) first = i;
      }
    });
    let k = first - 1;
    for (; k >= 0 && TIME_PREPOSITIONS.has(pieces[k]!.word.low); k--) pieces[k]!.drop = true;
    // "in the early hours of Tuesday", "on the morning of 10 March".
    if (pieces[k + 1]?.word.low === 'of') for (; k >= 0 && PART_OF_DAY.has(pieces[k]!.word.low); k--) pieces[k]!.drop = true;
  }
}

/** "Velish President Emil Varga" → "Varga": a person goes by surname, without the title before the name. */
function shortenNames(pieces: Piece[], mentions: readonly HeadlineMention[], e: Evidence): void {
  for (const m of mentions) {
    if (m.end <= e.start || m.start >= e.end) continue;
    if (m.role && m.role.end <= m.start) for (const p of pieces) if (p.start >= m.role.start && p.end <= m.role.end) p.drop = true;
    if (m.type !== 'person' || (m.kind !== 'name' && m.kind !== 'short-name')) continue;
    const inside = pieces.filter((p) => p.start < m.end && p.end > m.start && !p.drop);
    if (inside.length < 2) continue;
    const surname = surnameOf(m.name ?? '');
    const written = inside.map((p) => p.text).join(' ');
    if (!surname || !written.toLowerCase().includes(surname.toLowerCase())) continue;
    const last = inside[inside.length - 1]!;
    inside[0]!.text = surname + last.text.slice(Math.max(0, m.end - last.start));
    for (const p of inside.slice(1)) p.drop = true;
  }
}

const PARTICLES = new Set(['de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'lo', 'du', 'al', 'el', 'bin', 'ibn', 'ter', 'dos', 'das']);

/** "Emil Varga" → "Varga", "Pietro Lo Vesco" → "Lo Vesco", "Martin Luther King Jr." → "King". */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/u).filter((w) => w && !/^(?:jr|sr|ii|iii|iv)\.?$/iu.test(w));
  let from = words.length - 1;
  while (from > 1 && PARTICLES.has(words[from - 1]!.toLowerCase())) from--;
  return words.slice(Math.max(0, from)).join(' ');
}

/** Kept pieces as text, with the spacing the article had before each. */
function assemble(pieces: readonly Piece[], text: string): string {
  let out = '';
  for (const p of pieces) {
    if (p.drop) continue;
    const spaced = p.start > 0 && /\s/u.test(text[p.start - 1]!);
    out += (out && spaced ? ' ' : '') + p.text;
  }
  return out.trim();
}

/** Quotation marks that lost their partner in the cutting go. */
function balanceQuotes(text: string): string {
  const open = (text.match(/“/gu) ?? []).length;
  const close = (text.match(/”/gu) ?? []).length;
  const straight = (text.match(/"/gu) ?? []).length;
  let out = text;
  if (open !== close) out = out.replace(/[“”]/gu, '');
  if (straight % 2 === 1) out = out.replace(/"/gu, '');
  return out;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------- fallback

/** A label before a colon ("BREAKING:", "Exclusive:"), and a site name after a bar or dash. */
const LABEL = /^(?:[\p{Lu}]{2,}|Breaking|Exclusive|Update|Updated|Watch|Live|Analysis|Opinion|Explainer)\s*[:|–—-]\s+/u;
const SITE_SUFFIX = /\s+[|–—-]\s+[^|–—-]{2,40}$/u;

/**
 * The best article title, cleaned: one that is a headline rather than a first sentence cut
 * short ("…"), from an original rather than a copy; the story's own title, cut at its last
 * whole word, when no title is better.
 */
function titleHeadline(storyTitle: string, articles: ReadonlyMap<string, HeadlineArticle>): string {
  const cleaned = (title: string): string => {
    let t = title.replace(/\s+/gu, ' ').trim().replace(LABEL, '').replace(/(?<=\p{Ll}{2})\.$/u, '');
    const suffix = SITE_SUFFIX.exec(t);
    if (suffix && suffix[0].trim().split(/\s+/u).length <= 5 && t.length - suffix[0].length >= 20) t = t.slice(0, suffix.index);
    return t.trim();
  };
  const whole = (t: string): boolean => t.length >= 12 && !/(?:…|\.\.\.)$/u.test(t) && t.split(' ').length >= 3 && t.split(' ').length <= 24;
  const own = cleaned(storyTitle);
  if (whole(own)) return own;
  const candidates = [...articles.values()].sort((x, y) => Number(x.copy) - Number(y.copy)).map((a) => cleaned(a.title));
  const better = candidates.find(whole);
  if (better) return better;
  return own;
}
