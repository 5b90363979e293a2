/**
 * TempEval-3 training data (TBAQ-cleaned: TimeBank + AQUAINT), read from the shared data
 * folder. Each document gives its DCT (the anchor), the plain text of <TEXT> and the gold
 * TIMEX3s with offsets into that text.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATA_DIR = resolve(repoRoot, '..', 'shared', 'data', 'tempeval3');

export type Corpus = 'TimeBank' | 'AQUAINT';
export const CORPORA: readonly Corpus[] = ['TimeBank', 'AQUAINT'];

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TmlDoc {
  id: string;
  corpus: Corpus;
  /** The DCT's value, as written (a date or a datetime). */
  dct: string;
  text: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]!] = decode(m[2]!);
  return out;
}

/** Parses one .tml file. TimeML here never nests TIMEX3, so a flat tag walk is enough. */
export function parseTml(xml: string, id: string, corpus: Corpus): TmlDoc {
  const dctTag = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctTag ? attributes(dctTag[1]!)['value'] : undefined;
  if (!dct) throw new Error(`${id}: no DCT value`);
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>', open);
  if (open < 0 || close < 0) throw new Error(`${id}: no <TEXT>`);
  const body = xml.slice(open + '<TEXT>'.length, close);
  let text = '';
  const gold: GoldTimex[] = [];
  let current: { start: number; attrs: Record<string, string> } | null = null;
  let last = 0;
  for (const m of body.matchAll(/<(\/?)(\w+)([^>]*)>/g)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') current = { start: text.length, attrs: attributes(m[3]!) };
    else if (current) {
      gold.push({
        start: current.start,
        end: text.length,
        text: text.slice(current.start, text.length),
        type: current.attrs['type'] ?? '',
        value: current.attrs['value'] ?? '',
      });
      current = null;
    }
  }
  text += decode(body.slice(last));
  return { id, corpus, dct, text, gold };
}

export function loadDocs(dir = DATA_DIR): TmlDoc[] {
  if (!existsSync(dir)) throw new Error(`TempEval-3 data not found at ${dir}`);
  return CORPORA.flatMap((corpus) =>
    readdirSync(join(dir, corpus))
      .filter((f) => f.endsWith('.tml'))
      .sort()
      .map((f) => parseTml(readFileSync(join(dir, corpus, f), 'utf8'), f.slice(0, -4), corpus)),
  );
}
