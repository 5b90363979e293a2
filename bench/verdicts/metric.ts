/**
 * Judging corroborate's verdicts against labels written by reading (see data.ts).
 *
 * A side of a reported contradiction points into the sentence (paragraph) that holds its
 * span. A reported contradiction holds a labelled pair when one side's sentence in the
 * pair's first document holds its first phrase and another side, with another value, holds
 * the second phrase in the second document's sentence. It is genuine when it holds a
 * labelled contradiction and no labelled non-contradiction, false when it holds a labelled
 * non-contradiction (mixed when it holds both), and unjudged otherwise. An agreement is
 * found when one corroborated claim group has evidence in sentences holding its phrases in
 * two or more of its documents.
 */
import { comparableText } from '../../src/normalize/text.js';
import type { LabelledPair, Agreement } from './data.js';

/** A span of one document, with the sentence that holds it in comparable form. */
export interface Located {
  doc: string;
  /** comparableText of the sentence around the span, padded with spaces. */
  sentence: string;
  value: string;
}

export function phraseForm(text: string): string {
  return ` ${comparableText(text)} `;
}

export function holds(sentence: string, phrase: string): boolean {
  const p = comparableText(phrase);
  return p !== '' && sentence.includes(p);
}

function sideFor(sides: readonly Located[], ref: LabelledPair['a']): number[] {
  const out: number[] = [];
  sides.forEach((s, i) => {
    if (s.doc === ref.doc && holds(s.sentence, ref.phrase)) out.push(i);
  });
  return out;
}

/** Whether the sides of one reported contradiction hold both phrases of a labelled pair, on opposing sides. */
export function holdsPair(sides: readonly Located[], pair: LabelledPair): boolean {
  const as = sideFor(sides, pair.a);
  if (as.length === 0) return false;
  const bs = sideFor(sides, pair.b);
  for (const i of as) for (const j of bs) if (i !== j && norm(sides[i]!.value) !== norm(sides[j]!.value)) return true;
  return false;
}

function norm(v: string): string {
  return comparableText(v);
}

export type Judgement = 'genuine' | 'false' | 'mixed' | 'unjudged';

export interface Judged {
  judgement: Judgement;
  /** Indices of the labelled contradictions and non-contradictions it holds. */
  contradictions: number[];
  notContradictions: number[];
}

export function judge(sides: readonly Located[], contradictions: readonly LabelledPair[], notContradictions: readonly LabelledPair[]): Judged {
  const c = contradictions.flatMap((p, i) => (holdsPair(sides, p) ? [i] : []));
  const n = notContradictions.flatMap((p, i) => (holdsPair(sides, p) ? [i] : []));
  const judgement: Judgement = n.length > 0 ? (c.length > 0 ? 'mixed' : 'false') : c.length > 0 ? 'genuine' : 'unjudged';
  return { judgement, contradictions: c, notContradictions: n };
}

/** How many of an agreement's documents a claim group's evidence reaches, through sentences holding the phrases. */
export function agreementReach(evidence: readonly Omit<Located, 'value'>[], agreement: Agreement): number {
  let docs = 0;
  for (const [doc, phrase] of Object.entries(agreement.evidence)) {
    if (evidence.some((e) => e.doc === doc && holds(e.sentence, phrase))) docs++;
  }
  return docs;
}

/** Distinct values among a contradiction's sides: its positions. */
export function positions(sides: readonly Located[]): number {
  return new Set(sides.map((s) => norm(s.value))).size;
}

export function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}
