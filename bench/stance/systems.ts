/**
 * Stance systems for FNC-1 pairs (headline, body): the claims machinery, and two peers.
 * The machinery's thresholds and the reading rules were chosen on the design half of the
 * dev subset only (Body ID mod 4 = 0); the check half (mod 4 = 2) was scored once at the
 * end. The peer's Jaccard 0.1 is a round figure fixed before any run.
 */
import type { Article } from '../../src/pipeline/record.js';
import type { AnnotatedArticle } from '../../src/pipeline/annotate.js';
import { extracted } from '../../src/pipeline/record.js';
import { normalize } from '../../src/normalize/normalize.js';
import { identify } from '../../src/identify/identify.js';
import { annotateLanguage } from '../../src/language/index.js';
import { canonicalize } from '../../src/language/entities/canonical.js';
import { readStance, type StanceReading } from '../../src/claims/stance.js';
import { sentenceCase } from '../../src/claims/headline.js';
import { isContent, wordsOf } from '../../src/claims/words.js';
import type { Stance } from './data.js';

/** Content-word lemmas of a text (function words and attribution verbs dropped). */
export function contentLemmas(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of wordsOf(text)) if (isContent(w)) out.add(w.lemma);
  return out;
}

// ---------------------------------------------------------------- word-overlap baseline

/**
 * Related when the headline's content words and the body sentence closest to it share at
 * least one word in ten of their union (Jaccard ≥ 0.1); every related row is "discuss",
 * the majority related class. The threshold is a round figure, not a fitted one.
 */
export const JACCARD_RELATED = 0.1;

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 0;
}

export function overlapBaseline(headline: ReadonlySet<string>, bodySentences: readonly ReadonlySet<string>[]): Stance {
  const best = Math.max(0, ...bodySentences.map((s) => jaccard(headline, s)));
  return best >= JACCARD_RELATED ? 'discuss' : 'unrelated';
}

// ---------------------------------------------------------------- the claims machinery

/**
 * Related when the headline's content found in the body (its idf-weighted share) plus a
 * quarter of the best alignment similarity between a headline claim and a body claim
 * reaches 0.3. Chosen on the design half: a related row called unrelated loses up to 1.0,
 * an unrelated row called related 0.25, so the boundary leans towards related.
 */
export const RELATED_SHARE = 0.3;
export const ALIGNMENT_WEIGHT = 0.25;

/**
 * A body that hedges or attributes what it reports: the share of its claims that carry a
 * hedge plus the share of its first five claims voiced by someone other than the outlet (or
 * hedged) reaching 0.6 makes it a report of the claim (discuss), not an assertion (agree).
 * Chosen on the design half.
 */
export const VOICED_BODY = 0.6;
/** Alignment score at which a body claim that says the opposite disputes the headline. Chosen on the design half. */
export const OPPOSED = 0.5;
/** The lede: refuting words in the body's first claims say the story is about debunking it. */
export const LEDE_CLAIMS = 3;
const LEDE_VOICE = 5;

export interface Side {
  annotated: AnnotatedArticle;
  /** Content lemmas of the whole text. */
  lemmas: Set<string>;
  /** Sentence spans and their content lemmas. */
  sentences: { start: number; end: number; lemmas: Set<string> }[];
}

let serial = 0;

/**
 * One tiny article: a headline as a one-paragraph report of its own desk, or a body from
 * the outlet. A headline is put in sentence case first (`usuallyLower`: how running text
 * writes each word), so that the entity layer sees its names and not every capitalised word.
 */
export function sideOf(kind: 'headline' | 'body', raw: string, usuallyLower?: (low: string) => boolean): Side {
  const n = ++serial;
  const text = kind === 'headline' && usuallyLower ? sentenceCase(raw, usuallyLower) : raw;
  const paragraphs = text.split(/\n+/u).map((p) => p.trim()).filter(Boolean);
  const outlet = kind === 'body' ? 'Body Outlet' : 'Headline Desk';
  const domain = kind === 'body' ? 'body.example' : 'headline.example';
  const e = extracted('text', `${kind}-${n}.txt`, {
    // Not the headline itself: a block equal to the title is dropped as a repeated title.
    title: `${kind === 'headline' ? 'Headline' : 'Body'} ${n}`,
    blocks: (paragraphs.length ? paragraphs : ['(empty)']).map((p) => ({ kind: 'paragraph' as const, text: p })),
    siteName: outlet,
    url: `https://${domain}/${kind}/${n}`,
    published: '2015-01-01T12:00:00Z',
    publishedOrigin: 'metadata',
  });
  const article: Article = identify(e, normalize(e));
  const language = annotateLanguage(article);
  const sentences = language.sentences.map((s) => ({ start: s.start, end: s.end, lemmas: contentLemmas(article.text.slice(s.start, s.end)) }));
  return { annotated: { article, language } as AnnotatedArticle, lemmas: contentLemmas(article.text), sentences };
}

export interface Decision {
  stance: Stance;
  /** Which rule decided, for the breakdown. */
  rule: 'no-overlap' | 'refuted' | 'both-refute' | 'opposed' | 'headline-voiced' | 'body-voiced' | 'outlet-asserts';
  /** Whether the claims stage found a contradiction between the two (reported, not decisive). */
  contradicted: boolean;
}

/** Weighted share of the headline's content found in the body. */
function idfShare(headline: Side, body: Side, idf: (lemma: string) => number): number {
  let all = 0;
  let found = 0;
  for (const l of headline.lemmas) {
    const w = idf(l);
    all += w;
    if (body.lemmas.has(l)) found += w;
  }
  return all ? found / all : 0;
}

const voiced = (c: { attribution: { kind: string }; hedges: readonly string[] }): boolean => c.attribution.kind !== 'outlet' || c.hedges.length > 0;

/**
 * The stance of a body towards a headline from the claims stage's reading of the pair:
 * the headline's claims (their attribution, hedges, polarity, refuting words) and the
 * body's claims (their similarity to the headline's, their voice and hedges, refuting words).
 */
export function decideFrom(reading: StanceReading, share: number): Omit<Decision, 'contradicted'> {
  const best = Math.max(0, ...reading.source.map((m) => m.score));
  if (share + ALIGNMENT_WEIGHT * best < RELATED_SHARE) return { stance: 'unrelated', rule: 'no-overlap' };
  // A body whose lede calls the story a hoax, fake or denied disputes a headline that
  // states it, and agrees with one that denies it too ("No, …", "… is fake").
  const headlineRefutes = reading.claimRefutes.length > 0 || reading.claims.some((c) => c.polarity === 'negative');
  if (reading.source.slice(0, LEDE_CLAIMS).some((m) => m.refutes.length > 0)) return headlineRefutes ? { stance: 'agree', rule: 'both-refute' } : { stance: 'disagree', rule: 'refuted' };
  // A body that says the opposite of the headline's claim in nearly its words ("the ministry
  // denied that …", the same statement negated) disputes it.
  if (reading.source.some((m) => m.opposes && m.score >= OPPOSED)) return { stance: 'disagree', rule: 'opposed' };
  // A headline that says who claims it, or hedges it, is a report of a claim.
  if (reading.claims.some(voiced)) return { stance: 'discuss', rule: 'headline-voiced' };
  const n = reading.source.length;
  const hedged = n ? reading.source.filter((m) => m.claim.hedges.length > 0).length / n : 0;
  const lede = reading.source.slice(0, LEDE_VOICE);
  const ledeVoiced = lede.length ? lede.filter((m) => voiced(m.claim)).length / lede.length : 0;
  if (hedged + ledeVoiced >= VOICED_BODY) return { stance: 'discuss', rule: 'body-voiced' };
  return { stance: 'agree', rule: 'outlet-asserts' };
}

export function decideStance(headline: Side, body: Side, idf: (lemma: string) => number): Decision {
  const h = headline.annotated;
  const b = body.annotated;
  const canonical = canonicalize([h, b].map((a) => ({ articleId: a.article.id, entities: a.language.entities })));
  const reading = readStance(h, b, canonical, { headline: true });
  return { ...decideFrom(reading, idfShare(headline, body, idf)), contradicted: reading.contradictions.length > 0 };
}

/** Smoothed idf over the bodies: log((N + 1) / (df + 1)) + 1. */
export function idfOver(documents: readonly ReadonlySet<string>[]): (lemma: string) => number {
  const df = new Map<string, number>();
  for (const d of documents) for (const l of d) df.set(l, (df.get(l) ?? 0) + 1);
  const n = documents.length;
  return (l) => Math.log((n + 1) / ((df.get(l) ?? 0) + 1)) + 1;
}
