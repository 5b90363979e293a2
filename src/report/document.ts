import type { Article, Message } from '../pipeline/record.js';
import type { InputError } from '../pipeline/errors.js';

/** One article as the analysis document lists it. Later stages add their own fields. */
export interface ArticleEntry {
  id: string;
  source: string;
  sourceDomain: string | null;
  sourceOrigin: string;
  title: string;
  byline: string | null;
  url: string | null;
  published: string | null;
  publishedOrigin: string;
  modified: string | null;
  format: string;
  input: string;
  language: string | null;
  partial: boolean;
  chars: number;
  messages: Message[];
}

export interface AnalysisDocument {
  corroborate: string;
  generated: string;
  inputs: { read: number; failed: { input: string; code: string; message: string }[] };
  articles: ArticleEntry[];
}

export function articleEntry(a: Article): ArticleEntry {
  return {
    id: a.id,
    source: a.source.name,
    sourceDomain: a.source.domain,
    sourceOrigin: a.source.origin,
    title: a.title,
    byline: a.byline,
    url: a.url,
    published: a.published.value,
    publishedOrigin: a.published.origin,
    modified: a.modified,
    format: a.format,
    input: a.origin,
    language: a.language,
    partial: a.partial,
    chars: a.text.length,
    messages: a.messages,
  };
}

/** Articles appear once each, in publication order (undated last), then by source. */
export function buildDocument(version: string, articles: readonly Article[], inputs: number, failed: readonly InputError[]): AnalysisDocument {
  const unique = new Map<string, Article>();
  for (const a of articles) if (!unique.has(a.id)) unique.set(a.id, a);
  const ordered = [...unique.values()].sort(
    (a, b) => cmp(a.published.value ?? '\uffff', b.published.value ?? '\uffff') || cmp(a.source.name, b.source.name) || cmp(a.id, b.id),
  );
  return {
    corroborate: version,
    generated: new Date().toISOString(),
    inputs: { read: inputs, failed: failed.map((f) => ({ input: f.input, code: f.code, message: f.message })) },
    articles: ordered.map(articleEntry),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
