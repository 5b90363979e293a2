/**
 * Stance systems for FNC-1 pairs (headline, body): the claims machinery, and two peers.
 * No threshold here was fitted to the data: each is set on a stated principle (see the
 * constants) and the dev subset was run once or twice to report the result.
 */
import type { Article } from '../../src/pipeline/record.js';
import type { AnnotatedArticle } from '../../src/pipeline/annotate.js';
import { extracted } from '../../src/pipeline/record.js';
import { normalize } from '../../src/normalize/normalize.js';
import { identify } from '../../src/identify/identify.js';
import { annotateLanguage } from '../../src/language/index.js';
import { canonicalize } from '../../src/language/entities/canonical.js';
import { analyzeStory } from '../../src/claims/index.js';
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
 * Related (without any aligned claim) when at least a third of the headline's content, by
 * idf weight over the bodies, is found in the body: a headline is one claim of some ten
 * content words, and a body that carries a third of its rarer ones is about it.
 */
export const IDF_RELATED = 1 / 3;

/**
 * Refuting cues: words by which a body says a claim is untrue. Looked for in the body
 * sentences that carry the aligned claims (or, without alignment, in the body sentence that
 * shares most weighted content with the headline).
 */
const REFUTE = /\b(?:false|fake[ds]?|hoax(?:es)?|den(?:y|ies|ied|ying)|debunk(?:s|ed|ing)?|not true|untrue|baseless|fabricat(?:ed|ion)|rumou?rs? (?:is|are|was|were) (?:wrong|false)|no evidence|refut(?:e|es|ed|ing)|dismiss(?:es|ed)?|satir(?:e|ical)|spoof|parody|misleading|not real)\b/iu;

export interface Side {
  annotated: AnnotatedArticle;
  /** Content lemmas of the whole text. */
  lemmas: Set<string>;
  /** Sentence spans and their content lemmas. */
  sentences: { start: number; end: number; lemmas: Set<string> }[];
}

let serial = 0;

/** One tiny article: a headline as a one-paragraph report of its own desk, or a body from the outlet. */
export function sideOf(kind: 'headline' | 'body', text: string): Side {
  const n = ++serial;
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
  rule: 'no-overlap' | 'contradiction' | 'refuted' | 'outlet-asserts' | 'hedged-or-attributed' | 'overlap-only';
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

export function decideStance(headline: Side, body: Side, idf: (lemma: string) => number): Decision {
  const h = headline.annotated;
  const b = body.annotated;
  const share = idfShare(headline, body, idf);
  const canonical = canonicalize([h, b].map((a) => ({ articleId: a.article.id, entities: a.language.entities })));
  const story = analyzeStory([h, b], canonical, []);
  const hId = h.article.id;
  const bId = b.article.id;
  const aligned = story.claims.filter((g) => g.evidence.some((e) => e.articleId === hId) && g.evidence.some((e) => e.articleId === bId));
  if (aligned.length === 0 && share < IDF_RELATED) return { stance: 'unrelated', rule: 'no-overlap' };

  // A contradiction with one side in the headline and one in the body.
  const contested = story.contradictions.some((c) => c.sides.some((s) => s.articleId === hId) && c.sides.some((s) => s.articleId === bId));
  if (contested) return { stance: 'disagree', rule: 'contradiction' };

  // Refuting cues in the body sentences that carry the aligned claims, or the closest one.
  const bodyEvidence = aligned.flatMap((g) => g.evidence.filter((e) => e.articleId === bId));
  const text = b.article.text;
  const near: { start: number; end: number }[] = [];
  for (const e of bodyEvidence) {
    const s = body.sentences.find((x) => x.start <= e.start && e.start < x.end);
    near.push(s ?? e);
  }
  if (near.length === 0) {
    let best: (typeof body.sentences)[number] | undefined;
    let bestScore = 0;
    for (const s of body.sentences) {
      let score = 0;
      for (const l of headline.lemmas) if (s.lemmas.has(l)) score += idf(l);
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    if (best) near.push(best);
  }
  const headlineRefutes = REFUTE.test(h.article.text);
  if (!headlineRefutes && near.some((s) => REFUTE.test(text.slice(s.start, s.end)))) return { stance: 'disagree', rule: 'refuted' };

  // The outlet states the headline's claim in its own voice, unhedged.
  if (bodyEvidence.some((e) => e.attribution.kind === 'outlet' && e.hedges.length === 0)) return { stance: 'agree', rule: 'outlet-asserts' };
  if (bodyEvidence.length > 0) return { stance: 'discuss', rule: 'hedged-or-attributed' };
  return { stance: 'discuss', rule: 'overlap-only' };
}

/** Smoothed idf over the bodies: log((N + 1) / (df + 1)) + 1. */
export function idfOver(documents: readonly ReadonlySet<string>[]): (lemma: string) => number {
  const df = new Map<string, number>();
  for (const d of documents) for (const l of d) df.set(l, (df.get(l) ?? 0) + 1);
  const n = documents.length;
  return (l) => Math.log((n + 1) / ((df.get(l) ?? 0) + 1)) + 1;
}
