/**
 * PolNeAR (political news attribution relations), read from the shared data folder: each
 * article's text and one annotator's attributions (source, cue and content spans).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span } from '../../src/pipeline/record.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = resolve(repoRoot, '..', 'shared', 'data', 'polnear');

export type Split = 'train' | 'dev';

export interface GoldAttribution {
  /** Content fragments (a discontinuous span, plus any Content2). */
  content: Span[];
  /** Source fragments; null for an Attribution-no-source event. */
  source: Span[] | null;
  cue: Span[];
}

export interface PolnearDoc {
  stem: string;
  publisher: string;
  annotator: string;
  text: string;
  gold: GoldAttribution[];
}

/** The first annotator listed in metadata.tsv for each article of a split. */
function annotators(dir: string, split: Split): Map<string, string> {
  const out = new Map<string, string>();
  const lines = readFileSync(join(dir, 'metadata.tsv'), 'utf8').split('\n');
  const header = lines[0]!.split('\t');
  const col = (name: string): number => header.indexOf(name);
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    if (cells[col('compartment')] !== split) continue;
    const first = cells[col('annotators')]?.split('|')[0];
    if (first) out.set(cells[col('filename')]!, first);
  }
  return out;
}

const spansOf = (field: string): Span[] =>
  field.split(';').map((piece) => {
    const [start, end] = piece.trim().split(/\s+/u).map(Number);
    return { start: start!, end: end! };
  });

/** Parses brat standoff; lines that do not open a T/E/# record continue a surface text. */
export function parseAnn(ann: string): GoldAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t/u.exec(line);
    if (t) {
      spans.set(t[1]!, spansOf(t[3]!));
      continue;
    }
    const e = /^E\d+\t(.*)$/u.exec(line);
    if (e) events.push(e[1]!);
  }
  const out: GoldAttribution[] = [];
  for (const event of events) {
    const roles = event.trim().split(/\s+/u);
    const type = roles[0]!.split(':')[0]!;
    const content: Span[] = [];
    let source: Span[] | null = null;
    const cue: Span[] = [];
    for (const r of roles.slice(1)) {
      const [role, ref] = r.split(':');
      const s = spans.get(ref ?? '') ?? [];
      if (role === 'Content' || role === 'Content2') content.push(...s);
      else if (role === 'Source') source = [...(source ?? []), ...s];
      else if (role === 'Cue') cue.push(...s);
    }
    if (content.length === 0) continue;
    out.push({ content, source: type === 'Attribution-no-source' ? null : source, cue });
  }
  return out;
}

export function loadSplit(split: Split, dir = DATA_DIR): PolnearDoc[] {
  if (!existsSync(join(dir, 'metadata.tsv'))) throw new Error(`PolNeAR not found at ${dir}`);
  const chosen = annotators(dir, split);
  const annFiles = new Set(readdirSync(join(dir, split, 'attributions')));
  const docs: PolnearDoc[] = [];
  for (const file of readdirSync(join(dir, split, 'text')).sort()) {
    if (!file.endsWith('.txt')) continue;
    const stem = file.slice(0, -4);
    const listed = chosen.get(stem);
    const annotator = listed && annFiles.has(`${stem}_${listed}.ann`) ? listed : [...annFiles].find((f) => f.startsWith(`${stem}_`))?.slice(stem.length + 1, -4);
    if (!annotator) continue;
    const text = readFileSync(join(dir, split, 'text', file), 'utf8');
    const gold = parseAnn(readFileSync(join(dir, split, 'attributions', `${stem}_${annotator}.ann`), 'utf8'));
    docs.push({ stem, publisher: stem.split('_')[0]!, annotator, text, gold });
  }
  return docs;
}
