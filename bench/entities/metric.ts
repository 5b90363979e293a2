/**
 * Entity-level scoring against the gold set. A predicted entity is a list of the names a
 * system gives it; it is right when one of them names a gold entity of the same type.
 * Names are compared after the same normalization for every system: case, diacritics,
 * punctuation, possessives and a leading article or title ("President", "Minister") do
 * not count, and a person may be named by surname alone.
 */
import { nameKey } from '../../src/language/entities/names.js';
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from '../../src/language/entities/titles.js';
import { demonymPlace } from '../../src/language/entities/gazetteer.js';

export type Kind = 'people' | 'places' | 'organizations';
export const KINDS: readonly Kind[] = ['people', 'places', 'organizations'];

/** Per kind, each entity as the names given for it. */
export type Prediction = Record<Kind, string[][]>;

export function normalizeName(name: string): string {
  const words = nameKey(name).split(' ').filter(Boolean);
  // Titles a system leaves in front of a name ("president donald trump", "russian foreign minister …").
  while (words.length > 1 && (ROLE_HEADS.has(words[0]!) || ROLE_MODIFIERS.has(words[0]!) || HONORIFICS.has(words[0]!) || demonymPlace(words[0]!))) words.shift();
  return words.join(' ');
}

function matches(kind: Kind | null, predicted: readonly string[], gold: readonly string[]): boolean {
  for (const p of predicted) {
    for (const g of gold) {
      if (p === g) return true;
      // A surname alone names the person.
      if ((kind === 'people' || kind === null) && !p.includes(' ') && g.split(' ').pop() === p && g.includes(' ')) return true;
    }
  }
  return false;
}

export interface Counts {
  predicted: number;
  predictedRight: number;
  gold: number;
  goldFound: number;
}

export const emptyCounts = (): Counts => ({ predicted: 0, predictedRight: 0, gold: 0, goldFound: 0 });

function add(c: Counts, kind: Kind | null, predicted: readonly string[][], gold: readonly string[][]): void {
  c.predicted += predicted.length;
  c.gold += gold.length;
  c.predictedRight += predicted.filter((p) => gold.some((g) => matches(kind, p, g))).length;
  c.goldFound += gold.filter((g) => predicted.some((p) => matches(kind, p, g))).length;
}

export function goldEntities(names: readonly string[]): string[][] {
  return names.map((n) => n.split('|').map(normalizeName));
}

/** Adds one document's counts: per kind, and over all kinds with and without types. */
export function scoreDocument(totals: Record<Kind | 'all' | 'untyped', Counts>, prediction: Prediction, gold: Record<Kind, string[]>): void {
  // The same normalized names twice (compromise's "Putin" and "Putin,") are one prediction.
  const norm = (list: string[][]): string[][] => {
    const seen = new Map<string, string[]>();
    for (const names of list) {
      const n = [...new Set(names.map(normalizeName).filter(Boolean))].sort();
      if (n.length > 0) seen.set(n.join('|'), n);
    }
    return [...seen.values()];
  };
  const allPredicted: string[][] = [];
  const allGold: string[][] = [];
  for (const kind of KINDS) {
    const p = norm(prediction[kind]);
    const g = goldEntities(gold[kind]);
    add(totals[kind], kind, p, g);
    add(totals.all, kind, p, g);
    allPredicted.push(...p);
    allGold.push(...g);
  }
  add(totals.untyped, null, allPredicted, allGold);
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function scores(c: Counts): Scores {
  const precision = c.predicted === 0 ? 0 : c.predictedRight / c.predicted;
  const recall = c.gold === 0 ? 0 : c.goldFound / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
