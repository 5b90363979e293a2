/**
 * The one record that flows through corroborate's pipeline.
 *
 * A reader turns an input into `Extracted` articles; `normalize` turns those into clean
 * text with paragraph offsets; `identify` adds the id, outlet and publication provenance.
 * Every later stage adds typed annotations whose `start`/`end` offsets index `Article.text`.
 */

/** How an article arrived. Sniffed from content, never from the file name. */
export type Format =
  | 'text'
  | 'scraped-text'
  | 'wordpress'
  | 'html'
  | 'rss'
  | 'atom'
  | 'json-feed'
  | 'jsonl';

export const FORMATS: readonly Format[] = ['text', 'scraped-text', 'wordpress', 'html', 'rss', 'atom', 'json-feed', 'jsonl'];

/** Half-open character range [start, end) into an article's clean text. */
export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'preformatted';

/** A unit of reading order as a reader found it, before normalization. */
export interface Block {
  kind: BlockKind;
  text: string;
}

export interface Paragraph extends Span {
  kind: BlockKind;
}

/** Where a publication time came from, so a user can judge how far to trust it. */
export type TimeOrigin = 'metadata' | 'feed' | 'text' | 'user' | 'unknown';

export interface Published {
  /** ISO 8601; a date without a time of day stays a bare date (YYYY-MM-DD). */
  value: string | null;
  origin: TimeOrigin;
}

export type OutletOrigin = 'metadata' | 'url' | 'feed' | 'input' | 'user';

export interface Outlet {
  name: string;
  /** Registrable host without "www.", when any URL is known. */
  domain: string | null;
  origin: OutletOrigin;
}

export type Severity = 'warning' | 'error';

/** Something that went wrong with one article or input: recorded, never thrown. */
export interface Message {
  severity: Severity;
  stage: string;
  code: string;
  text: string;
}

/** How an article fetched from the web was answered: what the server said, kept with it. */
export interface FetchRecord {
  /** The URL asked for (a feed item's link, a list's entry). */
  url: string;
  /** Where it was answered, after redirects. */
  finalUrl: string;
  /** The server's Date header (ISO 8601). */
  httpDate: string | null;
  etag: string | null;
  lastModified: string | null;
  /** When corroborate fetched it (ISO 8601). */
  fetchedAt: string;
}

/** What a reader extracts from one input: possibly several articles (feeds, arrays, dumps). */
export interface Extracted {
  format: Format;
  /** The input's name; items of a multi-article input carry `#n`. */
  origin: string;
  title: string | null;
  blocks: Block[];
  byline: string | null;
  siteName: string | null;
  url: string | null;
  canonicalUrl: string | null;
  published: string | null;
  publishedOrigin: TimeOrigin;
  modified: string | null;
  language: string | null;
  description: string | null;
  /** True when only a summary was available (feeds without full content). */
  partial: boolean;
  messages: Message[];
  /** Present when the article was fetched from the web. */
  fetched?: FetchRecord;
}

/** An article after normalization and identification: what the store keeps. */
export interface Article {
  id: string;
  format: Format;
  origin: string;
  title: string;
  /** Clean text: NFC, paragraphs separated by a blank line, typography kept. */
  text: string;
  paragraphs: Paragraph[];
  byline: string | null;
  source: Outlet;
  url: string | null;
  canonicalUrl: string | null;
  published: Published;
  modified: string | null;
  language: string | null;
  description: string | null;
  partial: boolean;
  messages: Message[];
  fetched?: FetchRecord;
}

/** An empty extraction for a reader to fill in. */
export function extracted(format: Format, origin: string, fields: Partial<Extracted> = {}): Extracted {
  return {
    format,
    origin,
    title: null,
    blocks: [],
    byline: null,
    siteName: null,
    url: null,
    canonicalUrl: null,
    published: null,
    publishedOrigin: 'unknown',
    modified: null,
    language: null,
    description: null,
    partial: false,
    messages: [],
    ...fields,
  };
}
