/**
 * Texts for the entity benchmark: the five seed reports and the example corpus (scored
 * against the hand-made gold set in gold/entities.json), and the ECB+ documents (speed only).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processInput } from '../../src/pipeline/run.js';
import type { Paragraph } from '../../src/pipeline/record.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
export const SEEDS_DIR = resolve(repoRoot, '..', 'shared', 'seeds');
export const EXAMPLES_DIR = join(repoRoot, 'examples', 'news');
export const ECB_DIR = resolve(repoRoot, '..', 'shared', 'data', 'ecbplus', 'ECB+');
export const GOLD_PATH = join(here, 'gold', 'entities.json');

export interface BenchText {
  /** "seeds/<file>" or "examples/news/<file>", with "#n" when a file holds several articles. */
  id: string;
  text: string;
  /** Empty when the source has no paragraph structure (ECB+). */
  paragraphs: Paragraph[];
}

export interface GoldDocument {
  file: string;
  people: string[];
  places: string[];
  organizations: string[];
}

function readArticles(dir: string, prefix: string): BenchText[] {
  const out: BenchText[] = [];
  for (const file of readdirSync(dir).sort()) {
    const outcome = processInput({ name: file, bytes: readFileSync(join(dir, file)) });
    if (outcome.error) throw new Error(`${file}: ${outcome.error.message}`);
    outcome.articles.forEach((a, i) => {
      const id = `${prefix}/${file}${outcome.articles.length > 1 ? `#${i + 1}` : ''}`;
      out.push({ id, text: a.text, paragraphs: a.paragraphs });
    });
  }
  return out;
}

/** The gold-annotated texts, in the gold file's order. */
export function loadScored(): { texts: BenchText[]; gold: GoldDocument[] } {
  if (!existsSync(SEEDS_DIR)) throw new Error(`seed reports not found at ${SEEDS_DIR}`);
  const all = [...readArticles(SEEDS_DIR, 'seeds'), ...readArticles(EXAMPLES_DIR, 'examples/news')];
  const gold = (JSON.parse(readFileSync(GOLD_PATH, 'utf8')) as { documents: GoldDocument[] }).documents;
  const byId = new Map(all.map((t) => [t.id, t]));
  const texts = gold.map((g) => {
    const t = byId.get(g.file);
    if (!t) throw new Error(`gold file ${g.file} matches no article (have: ${[...byId.keys()].join(', ')})`);
    return t;
  });
  return { texts, gold };
}

const PTB: Record<string, string> = { '``': '“', "''": '”', '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}' };
const NO_SPACE_BEFORE = /^(?:[.,:;!?%)\]}”]|'s|'S|n't|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[([{“$]$/;

/** ECB+ tokens back to running text (PTB quotes and brackets restored, punctuation attached), with each token's span. */
export function detokenize(tokens: readonly string[], offset = 0): { text: string; spans: [number, number][] } {
  let out = '';
  let glue = true;
  const spans: [number, number][] = [];
  for (const raw of tokens) {
    const t = PTB[raw] ?? raw;
    if (!glue && !NO_SPACE_BEFORE.test(t)) out += ' ';
    spans.push([offset + out.length, offset + out.length + t.length]);
    out += t;
    glue = NO_SPACE_AFTER.test(t);
  }
  return { text: out, spans };
}

export type EcbType = 'person' | 'organization' | 'place' | 'place-or-organization';

/** A participant ECB+ annotates that is written as a name (every word capitalised). */
export interface EcbName {
  start: number;
  end: number;
  text: string;
  type: EcbType;
}

const PRONOUNS = new Set(['i', 'he', 'she', 'it', 'we', 'they', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'hers', 'its', 'their', 'our', 'my', 'your', 'who', 'this', 'that']);

const ECB_TYPES: Record<string, EcbType> = {
  HUMAN_PART_PER: 'person',
  HUMAN_PART_ORG: 'organization',
  LOC_GEO: 'place',
  LOC_FAC: 'place-or-organization',
  HUMAN_PART_GPE: 'place-or-organization',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Every ECB+ document as plain text, one paragraph per sentence (the source URL of ecbplus
 * files left out), with the annotated participants that are written as names.
 */
export function loadEcb(dir = ECB_DIR): (BenchText & { names: EcbName[] })[] {
  if (!existsSync(dir)) throw new Error(`ECB+ not found at ${dir}`);
  const out: (BenchText & { names: EcbName[] })[] = [];
  for (const topic of readdirSync(dir).sort((a, b) => Number(a) - Number(b))) {
    for (const file of readdirSync(join(dir, topic)).sort()) {
      if (!file.endsWith('.xml')) continue;
      const xml = readFileSync(join(dir, topic, file), 'utf8');
      const sentences = new Map<number, { id: number; word: string; number: number }[]>();
      for (const m of xml.matchAll(/<token t_id="(\d+)" sentence="(\d+)" number="(\d+)">([^<]*)<\/token>/g)) {
        const s = Number(m[2]);
        if (file.endsWith('ecbplus.xml') && s === 0) continue;
        const token = { id: Number(m[1]), word: m[4]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!), number: Number(m[3]) };
        const list = sentences.get(s);
        if (list) list.push(token);
        else sentences.set(s, [token]);
      }
      const paragraphs: Paragraph[] = [];
      const at = new Map<number, { span: [number, number]; word: string; number: number }>();
      let text = '';
      for (const tokens of sentences.values()) {
        if (text) text += '\n\n';
        const { text: line, spans } = detokenize(tokens.map((t) => t.word), text.length);
        tokens.forEach((t, i) => at.set(t.id, { span: spans[i]!, word: t.word, number: t.number }));
        paragraphs.push({ kind: 'paragraph', start: text.length, end: text.length + line.length });
        text += line;
      }
      out.push({ id: `ecbplus/${topic}/${file}`, text, paragraphs, names: ecbNames(xml, at, text) });
    }
  }
  return out;
}

function ecbNames(xml: string, at: Map<number, { span: [number, number]; word: string; number: number }>, text: string): EcbName[] {
  const names: EcbName[] = [];
  for (const m of xml.matchAll(/<(HUMAN_PART_PER|HUMAN_PART_ORG|LOC_GEO|LOC_FAC|HUMAN_PART_GPE) m_id="\d+"\s*>([\s\S]*?)<\/\1>/g)) {
    const tokens = [...m[2]!.matchAll(/t_id="(\d+)"/g)].map((t) => at.get(Number(t[1]))).filter((t) => t !== undefined);
    // Names only: every word capitalised, leaving out an article and a possessive.
    const words = tokens.filter((t) => !/^(the|The|'s|')$/.test(t.word));
    if (words.length === 0 || !words.every((t) => /^\p{Lu}/u.test(t.word))) continue;
    // Pronouns are annotated participants too, but not names.
    if (words.length === 1 && PRONOUNS.has(words[0]!.word.toLowerCase())) continue;
    // A lone capitalised word opening a sentence may be an ordinary word.
    if (words.length === 1 && words[0]!.number === 0) continue;
    const start = Math.min(...words.map((t) => t.span[0]));
    const end = Math.max(...words.map((t) => t.span[1]));
    names.push({ start, end, text: text.slice(start, end), type: ECB_TYPES[m[1]!]! });
  }
  return names;
}
