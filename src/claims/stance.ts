/**
 * How one report treats the claim another states: the claim article (a headline, a wire
 * lead) against a source (an article body). Both are read with the claims stage as one
 * story of two sources, so the same extraction, alignment and contradiction rules decide
 * which of the source's claims restate the claim, which dispute it, and how the source
 * voices them: in its own words, through a speaker, hedged, or with a refuting word
 * ("hoax", "denied", "no evidence"). What to conclude from the reading (agree, disagree,
 * discuss) is left to the caller: the reading is evidence, not a verdict.
 */
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import type { Canonicalization } from '../language/entities/canonical.js';
import type { Contradiction } from './types.js';
import { extractClaims, type RichClaim } from './extract.js';
import { align } from './align.js';
import { buildGroups } from './support.js';
import { findContradictions } from './contradict.js';
import { buildSources } from './sources.js';
import { matchForm } from '../normalize/text.js';
import { REFUTING } from './predicates.js';

export interface SourceMatch {
  claim: RichClaim;
  /** Alignment similarity with the closest of the claim article's claims (see align.ts). */
  score: number;
  /** Aligned with one of them: the source states the same fact. */
  aligned: boolean;
  /** Refuting words in the claim ("hoax", "fake", "denied", "no evidence"). */
  refutes: string[];
  /**
   * It says the opposite of the claim it is closest to: a speaker denies it ("the ministry
   * denied that …"), or it is the same statement negated.
   */
  opposes: boolean;
}

export interface StanceReading {
  /** The claim article's claims. */
  claims: RichClaim[];
  /** Every claim of the source, in text order, with its similarity to the claim. */
  source: SourceMatch[];
  /** Contradictions with one side in each article. */
  contradictions: Contradiction[];
  /** Refuting words in the claim article itself: a headline that calls something a hoax. */
  claimRefutes: string[];
}

/** Refuting words in a text, in matching form, each once. */
export function refutationsIn(text: string): string[] {
  const low = matchForm(text);
  const found = new Set<string>();
  const re = new RegExp(REFUTING.source, 'giu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(low)) !== null) found.add(m[0]);
  return [...found];
}

export interface StanceOptions {
  /** The claim article is a headline (see headline.ts). Default true. */
  headline?: boolean;
}

export function readStance(claimArticle: AnnotatedArticle, source: AnnotatedArticle, canonical: Canonicalization, options: StanceOptions = {}): StanceReading {
  const cId = claimArticle.article.id;
  const sId = source.article.id;
  const sources = buildSources([claimArticle, source], []);
  const claims = extractClaims(claimArticle, canonical, { order: 0, headline: options.headline ?? true });
  const body = extractClaims(source, canonical, { order: 1 });
  const alignment = align([...claims, ...body], sources.sourceOf);
  const best = new Map<string, number>();
  const partner = new Map<string, RichClaim>();
  const formSide = alignment.forms.map((f) => ({ claim: f.claims.some((c) => c.articleId === cId), source: f.claims.some((c) => c.articleId === sId) }));
  for (const p of alignment.pairs) {
    const a = formSide[p.a]!;
    const b = formSide[p.b]!;
    const across = (a.claim && b.source) || (a.source && b.claim);
    if (!across) continue;
    const sourceForm = a.source ? alignment.forms[p.a]! : alignment.forms[p.b]!;
    const claimForm = a.source ? alignment.forms[p.b]! : alignment.forms[p.a]!;
    // A pair the alignment would not join (other events, other plans) is no restatement.
    const score = p.comparable ? p.score : p.score * 0.5;
    for (const c of sourceForm.claims) {
      if (c.articleId !== sId || (best.get(c.id) ?? -1) >= score) continue;
      best.set(c.id, score);
      partner.set(c.id, claimForm.rep);
    }
  }
  const alignedWithClaim = new Set<string>();
  for (const g of alignment.groups) {
    const members = g.flatMap((fi) => alignment.forms[fi]!.claims);
    if (!members.some((c) => c.articleId === cId)) continue;
    for (const c of members) if (c.articleId === sId) alignedWithClaim.add(c.id);
  }
  let contradictions: Contradiction[] = [];
  try {
    const grouped = buildGroups(alignment, sources);
    contradictions = findContradictions(alignment, grouped, sources).filter((c) => c.sides.some((s) => s.articleId === cId) && c.sides.some((s) => s.articleId === sId));
  } catch {
    contradictions = [];
  }
  return {
    claims,
    source: body.map((c) => {
      const other = partner.get(c.id);
      return { claim: c, score: best.get(c.id) ?? 0, aligned: alignedWithClaim.has(c.id), refutes: refutationsIn(c.text), opposes: other !== undefined && (c.denied || c.polarity !== other.polarity) && !other.denied };
    }),
    contradictions,
    claimRefutes: refutationsIn(claimArticle.article.text),
  };
}
