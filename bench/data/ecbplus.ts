/**
 * ECB+ documents (../shared/data/ecbplus, topics 1–35) rebuilt as plain news text: one
 * sentence per line, tokens joined with the spacing a writer would use. Shared by every
 * benchmark that needs realistic English news text or ECB+'s story labels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeXML } from 'entities';
import { sharedData } from './paths.js';

export interface EcbDocument {
  name: string;
  topic: string;
  /** The gold story: topic plus ecb/ecbplus, as DATA.md defines it. */
  story: string;
  text: string;
}

const TOKEN = /<token\b[^>]*\bsentence="(\d+)"[^>]*>([^<]*)<\/token>/g;
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}”]|'s|'S|n't|'re|'ve|'ll|'d|'m)$/;
const NO_SPACE_AFTER = /^[([{$“]$/;
/** Penn Treebank escapes, turned back into the characters a reader sees. */
const PTB: Record<string, string> = { '``': '“', "''": '”', '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}' };

export function loadEcbPlus(root = join(sharedData(), 'ecbplus', 'ECB+')): EcbDocument[] {
  const docs: EcbDocument[] = [];
  for (const topic of readdirSync(root).sort((a, b) => Number(a) - Number(b))) {
    for (const file of readdirSync(join(root, topic)).sort()) {
      if (!file.endsWith('.xml')) continue;
      const xml = readFileSync(join(root, topic, file), 'utf8');
      docs.push({ name: file, topic, story: `${topic}/${file.endsWith('ecbplus.xml') ? 'ecbplus' : 'ecb'}`, text: detokenize(xml) });
    }
  }
  return docs;
}

function detokenize(xml: string): string {
  const lines: string[] = [];
  let current = '';
  let sentence = '';
  let previous = '';
  for (const m of xml.matchAll(TOKEN)) {
    const raw = decodeXML(m[2]!);
    const token = PTB[raw] ?? raw;
    if (m[1] !== sentence && current) {
      lines.push(current);
      current = '';
    }
    sentence = m[1]!;
    const glue = current === '' || NO_SPACE_BEFORE.test(token) || NO_SPACE_AFTER.test(previous);
    current += (glue ? '' : ' ') + token;
    previous = token;
  }
  if (current) lines.push(current);
  return lines.join('\n');
}
