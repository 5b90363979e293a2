/**
 * ECB+ event mentions as offsets into the clean text of the articles corroborate reads.
 *
 * The articles are the stories bench's documents (bench/stories/data.ts: URL sentence of an
 * `ecbplus` document dropped, split figures joined) made the way bench/verdicts does it:
 * no title, every sentence a paragraph, one outlet per document. The token offsets are
 * rebuilt here by detokenizing with the same rules as bench/data/ecbplus.ts while keeping
 * each token's position, then following the two figure repairs; each line must come out
 * equal to the stories bench's, and each located token is checked against `Article.text`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeXML } from 'entities';
import { sharedData } from '../data/paths.js';
import { ecbArticles, DEV_TOPICS } from '../stories/data.js';
import { extracted, type Article } from '../../src/pipeline/record.js';
import { normalize } from '../../src/normalize/normalize.js';
import { identify } from '../../src/identify/identify.js';
import { isStopword } from '../../src/claims/words.js';

export type Half = 'ecb' | 'ecbplus';

export interface GoldMention {
  /** `<document>#<m_id>`. */
  id: string;
  doc: string;
  topic: number;
  half: Half;
  /** The ECB+ tag: ACTION_OCCURRENCE, NEG_ACTION_STATE… */
  type: string;
  /** Cross-document instance id (ACT…, NEG…), or null when the mention is in no cross-document chain. */
  chain: string | null;
  /** The chain's TAG_DESCRIPTOR, for reading examples ("t1_checking_into_betty_ford"). */
  chainName: string | null;
  /** The within-document instance of an INTRA_DOC_COREF chain, when the mention has one. */
  intraChain: string | null;
  words: string[];
  /** The token standing for the mention: its first content word, else its first token. */
  head: string;
  /** The head token's span in `Article.text`, or null when it could not be placed. */
  start: number | null;
  end: number | null;
}

export interface AlignmentDoc {
  name: string;
  topic: number;
  half: Half;
  article: Article;
  mentions: GoldMention[];
}

export interface AlignmentData {
  docs: AlignmentDoc[];
  /** Event mention heads whose rebuilt offset did not hold the token's text in `Article.text`. */
  offsetFailures: number;
  /** Event mention heads in text the articles leave out (an `ecbplus` document's URL sentence). */
  outsideText: number;
}

export const isDevTopic = (topic: number): boolean => DEV_TOPICS.has(topic);

export interface Token {
  id: string;
  sentence: string;
  text: string;
  /** Line (sentence run) index and offset in that line, after the figure repairs. */
  line: number;
  offset: number;
}

const TOKEN = /<token\b[^>]*\bt_id="(\d+)"[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g;
// These three must stay as bench/data/ecbplus.ts writes them: every line is compared with its output.
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}”]|'s|'S|n't|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[([{$“]$/;
const PTB: Record<string, string> = { '``': '“', "''": '”', '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}' };
/** The figure repairs of bench/stories/data.ts; each only removes spaces inside its match. */
const REPAIRS = [/(\d) ?([.:/]) (?=\d)/g, /(\d) ([:/]) ?(?=\d)/g];

const MENTION = /<((?:NEG_)?ACTION_[A-Z]+)\s+m_id="(\d+)"[^>]*>([\s\S]*?)<\/\1>/g;
const ANCHOR = /<token_anchor\s+t_id="(\d+)"\s*\/>/g;
const INSTANCE = /<[A-Z_]+\s+m_id="(\d+)"([^>]*?\binstance_id="[^"]*"[^>]*)\/>/g;
const RELATION = /<(CROSS_DOC_COREF|INTRA_DOC_COREF)\b[^>]*>([\s\S]*?)<\/\1>/g;
const SOURCE = /<source\s+m_id="(\d+)"\s*\/>/g;
const TARGET = /<target\s+m_id="(\d+)"\s*\/>/;

function attribute(name: string, attrs: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** Tokens with their place in the detokenized, repaired lines; the lines themselves. */
export function placeTokens(xml: string): { tokens: Token[]; lines: string[] } {
  const tokens: Token[] = [];
  const lines: string[] = [];
  let current = '';
  let sentence = '';
  let previous = '';
  let lineTokens: Token[] = [];
  const close = (): void => {
    const repaired = repairLine(current, lineTokens);
    lines.push(repaired);
    current = '';
    lineTokens = [];
  };
  for (const m of xml.matchAll(TOKEN)) {
    const raw = decodeXML(m[3]!);
    const text = PTB[raw] ?? raw;
    if (m[2] !== sentence && current) close();
    sentence = m[2]!;
    const glue = current === '' || NO_SPACE_BEFORE.test(text) || NO_SPACE_AFTER.test(previous);
    current += glue ? '' : ' ';
    const token: Token = { id: m[1]!, sentence, text, line: lines.length, offset: current.length };
    current += text;
    tokens.push(token);
    lineTokens.push(token);
    previous = text;
  }
  if (current) close();
  return { tokens, lines };
}

/** Applies the figure repairs to one line and moves its tokens' offsets with the removed spaces. */
function repairLine(line: string, tokens: Token[]): string {
  let text = line;
  for (const pattern of REPAIRS) {
    const removed: number[] = [];
    text = text.replace(pattern, (match: string, ...rest: unknown[]) => {
      const at = rest[rest.length - 2] as number;
      for (let i = 0; i < match.length; i++) if (match[i] === ' ') removed.push(at + i);
      return match.replace(/ /g, '');
    });
    if (removed.length === 0) continue;
    for (const t of tokens) t.offset -= removed.filter((r) => r < t.offset).length;
  }
  return text;
}

function headOf(words: readonly string[]): number {
  const i = words.findIndex((w) => /[\p{L}\p{N}]/u.test(w) && !isStopword(w.toLowerCase()));
  return i < 0 ? 0 : i;
}

export interface Parsed {
  mentions: { mid: string; type: string; anchors: string[] }[];
  chainOf: Map<string, string>;
  intraOf: Map<string, string>;
  names: Map<string, string>;
}

/** The event mentions of one document with their token anchors, and the chains they are in. */
export function parseMarkables(xml: string, doc: string): Parsed {
  const mentions = [...xml.matchAll(MENTION)]
    .map((m) => ({ mid: m[2]!, type: m[1]!, anchors: [...m[3]!.matchAll(ANCHOR)].map((a) => a[1]!) }))
    .filter((m) => m.anchors.length > 0);
  const instances = [...xml.matchAll(INSTANCE)].map((m) => ({ mid: m[1]!, id: attribute('instance_id', m[2]!)!, name: attribute('TAG_DESCRIPTOR', m[2]!) ?? '' }));
  const instance = new Map(instances.map((i) => [i.mid, i.id]));
  const names = new Map(instances.map((i) => [i.id, i.name]));
  const chainOf = new Map<string, string>();
  const intraOf = new Map<string, string>();
  for (const r of xml.matchAll(RELATION)) {
    const target = TARGET.exec(r[2]!)?.[1];
    if (target === undefined) continue;
    const cross = r[1] === 'CROSS_DOC_COREF';
    // A within-document instance has no instance id; its markable id is unique in the document.
    const key = cross ? instance.get(target) : `${doc}#${target}`;
    if (key === undefined) throw new Error(`alignment: ${doc}: cross-document target ${target} has no instance_id`);
    for (const s of r[2]!.matchAll(SOURCE)) (cross ? chainOf : intraOf).set(s[1]!, key);
  }
  return { mentions, chainOf, intraOf, names };
}

function article(name: string, lines: readonly string[]): Article {
  const id = name.replace(/\.xml$/, '');
  const e = extracted('text', name, {
    title: null,
    blocks: lines.filter((t) => t.trim() !== '').map((text) => ({ kind: 'paragraph' as const, text })),
    siteName: `doc ${id}`,
    url: `https://doc-${id.replace(/_/gu, '-')}.example/story`,
    published: null,
    publishedOrigin: 'unknown',
  });
  return identify(e, normalize(e));
}

export function loadAlignment(root = join(sharedData(), 'ecbplus', 'ECB+')): AlignmentData {
  const stories = new Map(ecbArticles().map((d) => [`${d.id}.xml`, [d.title, ...(d.text === '' ? [] : d.text.split('\n\n'))]]));
  const docs: AlignmentDoc[] = [];
  let offsetFailures = 0;
  let outsideText = 0;
  for (const topic of readdirSync(root).sort((a, b) => Number(a) - Number(b))) {
    for (const name of readdirSync(join(root, topic)).sort()) {
      if (!name.endsWith('.xml')) continue;
      const xml = readFileSync(join(root, topic, name), 'utf8');
      const half: Half = name.endsWith('ecbplus.xml') ? 'ecbplus' : 'ecb';
      const placed = placeTokens(xml);
      // The stories bench drops an ecbplus document's first line, its source URL.
      const skip = half === 'ecbplus' ? 1 : 0;
      const lines = placed.lines.slice(skip);
      const expected = stories.get(name);
      if (!expected || expected.length !== lines.length || expected.some((l, i) => l !== lines[i])) {
        throw new Error(`alignment: ${name}: detokenized lines differ from bench/stories/data.ts`);
      }
      const a = article(name, lines);
      const lineStart = paragraphStarts(a, lines);
      const tokenById = new Map(placed.tokens.map((t) => [t.id, t]));
      const parsed = parseMarkables(xml, name);
      const mentions: GoldMention[] = [];
      for (const m of parsed.mentions) {
        const tokens = m.anchors.map((id) => tokenById.get(id));
        if (tokens.some((t) => t === undefined)) throw new Error(`alignment: ${name}#${m.mid}: anchor to a missing token`);
        const words = tokens.map((t) => t!.text);
        const head = tokens[headOf(words)]!;
        let start: number | null = null;
        const base = head.line >= skip ? lineStart[head.line - skip] : undefined;
        if (base === undefined) outsideText++;
        else if (a.text.startsWith(head.text, base + head.offset)) start = base + head.offset;
        else offsetFailures++;
        mentions.push({
          id: `${name}#${m.mid}`,
          doc: name,
          topic: Number(topic),
          half,
          type: m.type,
          chain: parsed.chainOf.get(m.mid) ?? null,
          chainName: parsed.names.get(parsed.chainOf.get(m.mid) ?? '') ?? null,
          intraChain: parsed.intraOf.get(m.mid) ?? null,
          words,
          head: head.text,
          start,
          end: start === null ? null : start + head.text.length,
        });
      }
      docs.push({ name, topic: Number(topic), half, article: a, mentions });
    }
  }
  return { docs, offsetFailures, outsideText };
}

/**
 * Where each line starts in the clean text: the normalizer keeps one paragraph per non-empty
 * block, so lines and paragraphs pair in order; a line cleaned into other characters (NFC,
 * invisible marks) gets no start, and its tokens count as failures.
 */
function paragraphStarts(a: Article, lines: readonly string[]): (number | undefined)[] {
  const starts: (number | undefined)[] = [];
  let p = 0;
  for (const line of lines) {
    if (line.trim() === '') {
      starts.push(undefined);
      continue;
    }
    const para = a.paragraphs[p++];
    starts.push(para && a.text.slice(para.start, para.end) === line ? para.start : undefined);
  }
  return starts;
}
