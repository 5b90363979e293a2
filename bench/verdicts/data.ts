/**
 * The labelled real-news verdicts (../shared/data/verdicts/verdicts-dev.json, see its
 * DATA.md): ten ECB+ stories, each with the facts two or more documents agree on, genuine
 * contradiction pairs and tempting pairs that are not contradictions, each side a phrase in
 * one document. The documents are read from ECB+ as the stories bench reads them (URL
 * sentence dropped, first sentence the title, one sentence per paragraph) and become
 * articles the way a reader would make them: one outlet per document, no publication date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedData } from '../data/paths.js';
import { ecbArticles } from '../stories/data.js';
import { extracted, type Article } from '../../src/pipeline/record.js';
import { normalize } from '../../src/normalize/normalize.js';
import { identify } from '../../src/identify/identify.js';

export type VerdictType = 'numeric' | 'temporal' | 'polarity' | 'attribution' | 'cause' | 'entity';

export interface PhraseRef {
  doc: string;
  phrase: string;
}

export interface LabelledPair {
  about: string;
  type: VerdictType;
  a: PhraseRef;
  b: PhraseRef;
  note?: string;
}

export interface Agreement {
  about: string;
  evidence: Record<string, string>;
}

export interface VerdictStory {
  label: string;
  documents: string[];
  agreements: Agreement[];
  contradictions: LabelledPair[];
  notContradictions: LabelledPair[];
}

export function loadVerdicts(path = join(sharedData(), 'verdicts', 'verdicts-dev.json')): VerdictStory[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { stories: Record<string, Omit<VerdictStory, 'label'>> };
  return Object.entries(raw.stories).map(([label, s]) => ({ label, ...s }));
}

/** Every ECB+ document as an article, by file name ("20_1ecbplus.xml"). */
export function verdictArticles(): Map<string, Article> {
  const out = new Map<string, Article>();
  for (const d of ecbArticles()) {
    const name = `${d.id}.xml`;
    // The tokeniser split thousands ("1, 500") and hyphens ("6.1 - magnitude", "35 - year - old");
    // the stories data already rejoins "5. 9". A hyphen next to a figure is never a dash.
    const repair = (t: string): string => t.replace(/(\d), (?=\d{3}\b)/gu, '$1,').replace(/(\d) - (?=\p{L})/gu, '$1-').replace(/(\d-\p{L}+) - (?=\p{L})/gu, '$1-');
    const text = repair(d.text);
    const title = repair(d.title);
    const e = extracted('text', name, {
      title: null,
      blocks: [title, ...text.split('\n\n')].filter((t) => t.trim() !== '').map((text) => ({ kind: 'paragraph' as const, text })),
      siteName: `doc ${d.id}`,
      url: `https://doc-${d.id.replace(/_/gu, '-')}.example/story`,
      published: null,
      publishedOrigin: 'unknown',
    });
    out.set(name, identify(e, normalize(e)));
  }
  return out;
}
