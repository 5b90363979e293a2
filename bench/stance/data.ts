/** FNC-1 dev subset (even Body IDs of the competition test set): CSV parsing, loading and the official score. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData } from '../data/paths.js';

export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double quotes
 * may hold commas, line breaks and doubled quotes (`""` → `"`). A trailing line break does
 * not make an empty record.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  const endRecord = (): void => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') endRecord();
    else if (c === '\r') {
      if (text[i + 1] === '\n') i++;
      endRecord();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRecord();
  return rows;
}

export interface Pair {
  headline: string;
  bodyId: string;
  stance: Stance;
}

export function loadFnc1(): { bodies: Map<string, string>; pairs: Pair[] } {
  const dir = join(sharedData(), 'fnc1');
  const bodyRows = parseCsv(readFileSync(join(dir, 'competition_test_bodies.csv'), 'utf8'));
  const bodies = new Map<string, string>();
  for (const r of bodyRows.slice(1)) if (r.length >= 2) bodies.set(r[0]!, r[1]!);
  const pairs: Pair[] = [];
  for (const r of parseCsv(readFileSync(join(dir, 'competition_test_stances.dev.csv'), 'utf8')).slice(1)) {
    if (r.length < 3) continue;
    const stance = r[2]!.trim() as Stance;
    if (!STANCES.includes(stance)) throw new Error(`unknown stance ${r[2]}`);
    pairs.push({ headline: r[0]!, bodyId: r[1]!, stance });
  }
  return { bodies, pairs };
}

export interface Score {
  test: number;
  max: number;
  null: number;
  /** TEST / MAX in percent. */
  relative: number;
  accuracy: number;
  perClass: Record<Stance, { precision: number; recall: number; f1: number }>;
  /** confusion[gold][predicted] */
  confusion: Record<Stance, Record<Stance, number>>;
}

/** The FNC-1 score as scorer.py computes it: 0.25 for related/unrelated right, +0.75 for the exact related stance. */
export function scoreFnc(gold: readonly Stance[], predicted: readonly Stance[]): Score {
  if (gold.length !== predicted.length) throw new Error('gold and predictions differ in length');
  let test = 0;
  let max = 0;
  let nul = 0;
  let correct = 0;
  const confusion = Object.fromEntries(STANCES.map((g) => [g, Object.fromEntries(STANCES.map((p) => [p, 0]))])) as Record<Stance, Record<Stance, number>>;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    confusion[g][p]++;
    if (g === p) correct++;
    const gRel = g !== 'unrelated';
    const pRel = p !== 'unrelated';
    if (gRel === pRel) test += 0.25;
    if (gRel && g === p) test += 0.75;
    max += gRel ? 1 : 0.25;
    nul += gRel ? 0 : 0.25;
  });
  const perClass = {} as Score['perClass'];
  for (const s of STANCES) {
    const tp = confusion[s][s];
    const predictedN = STANCES.reduce((n, g) => n + confusion[g][s], 0);
    const goldN = STANCES.reduce((n, p) => n + confusion[s][p], 0);
    const precision = predictedN ? tp / predictedN : 0;
    const recall = goldN ? tp / goldN : 0;
    perClass[s] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return { test, max, null: nul, relative: max ? (100 * test) / max : 0, accuracy: gold.length ? correct / gold.length : 0, perClass, confusion };
}
