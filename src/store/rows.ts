/**
 * Rows as both drivers store them, and their conversion to and from the pipeline's
 * records. SQLite has no booleans, so a flag reads as 0/1 there and as a boolean from
 * PostgreSQL; both are accepted.
 */
import type { Article, Paragraph, Message, Format, TimeOrigin, OutletOrigin, FetchRecord } from '../pipeline/record.js';
import type { ArticleSummary, ClaimIndexEntry, ClaimSearchHit, CopyFingerprintRecord, CopyMemberRecord, StoryMemberRecord, StoryRecord, StoryVector, WatchSource } from './store.js';

type Flag = number | boolean;
const isSet = (flag: Flag): boolean => flag === true || flag === 1;

export interface ArticleRow {
  id: string;
  format: string;
  origin: string;
  title: string;
  text: string;
  paragraphs: string;
  byline: string | null;
  source_name: string;
  source_domain: string | null;
  source_origin: string;
  url: string | null;
  canonical_url: string | null;
  published: string | null;
  published_origin: string;
  modified: string | null;
  language: string | null;
  description: string | null;
  partial: Flag;
  messages: string;
  ingested_at: string;
  /** From article_fetches: how the server answered, for an article fetched from the web. */
  fetched: string | null;
}

export interface WatchRow {
  url: string;
  etag: string | null;
  last_modified: string | null;
  last_success: number | null;
  last_attempt: number | null;
  failures: number;
  last_error: string | null;
  next_poll: number;
  via: string | null;
}

export type SummaryRow = Omit<ArticleRow, 'text' | 'paragraphs' | 'messages' | 'fetched'> & { chars: number; warnings: number };

export interface CopyMemberRow {
  article_id: string;
  group_key: string;
  against: string | null;
  relation: string | null;
  direct: Flag | null;
  jaccard: number | null;
  in_original: number | null;
  original_in: number | null;
}

export const memberFromRow = (r: CopyMemberRow): CopyMemberRecord => ({
  articleId: r.article_id,
  groupKey: r.group_key,
  against: r.against,
  relation: r.relation,
  direct: r.direct === null ? null : isSet(r.direct),
  jaccard: r.jaccard,
  inOriginal: r.in_original,
  originalIn: r.original_in,
});

export interface StoryRow {
  id: string;
  seq: number;
  articles: number;
  weight: number;
  day_min: number | null;
  day_max: number | null;
  /** JSON array of day numbers. */
  ref_days: string;
  topic: Buffer;
  identity: Buffer;
  representative: string;
  representative_score: number;
  representative_topic: Buffer;
  representative_identity: Buffer;
  title: string;
  phrases: string;
  source: string;
  published: Flag;
  language: string;
}

/** A vector as one BLOB: the ids' bytes, then the weights' (both 4 bytes an entry). */
export function vectorBlob(v: StoryVector): Buffer {
  const out = Buffer.alloc(v.ids.length * 8);
  out.set(new Uint8Array(v.ids.buffer, v.ids.byteOffset, v.ids.byteLength), 0);
  out.set(new Uint8Array(v.w.buffer, v.w.byteOffset, v.w.byteLength), v.ids.length * 4);
  return out;
}

export function blobVector(b: Buffer): StoryVector {
  const n = b.byteLength >> 3;
  const copy = new Uint8Array(b.subarray(0, n * 8));
  return { ids: new Int32Array(copy.buffer, 0, n), w: new Float32Array(copy.buffer, n * 4, n) };
}

export const storyFromRow = (r: StoryRow): StoryRecord => ({
  id: r.id,
  seq: r.seq,
  articles: r.articles,
  weight: r.weight,
  dayMin: r.day_min,
  dayMax: r.day_max,
  refDays: JSON.parse(r.ref_days) as number[],
  topic: blobVector(r.topic),
  identity: blobVector(r.identity),
  representative: r.representative,
  representativeScore: r.representative_score,
  representativeTopic: blobVector(r.representative_topic),
  representativeIdentity: blobVector(r.representative_identity),
  title: r.title,
  phrases: JSON.parse(r.phrases) as [string, number][],
  source: r.source,
  published: isSet(r.published),
  language: r.language,
});

export interface StoryMemberRow {
  article_id: string;
  story_id: string;
  text_hash: string;
  source: string;
}

export const memberFromStoryRow = (r: StoryMemberRow): StoryMemberRecord => ({ articleId: r.article_id, storyId: r.story_id, textHash: r.text_hash, source: r.source });

export function toRow(a: Article, ingestedAt: string): ArticleRow {
  return {
    id: a.id,
    format: a.format,
    origin: a.origin,
    title: a.title,
    text: a.text,
    paragraphs: JSON.stringify(a.paragraphs),
    byline: a.byline,
    source_name: a.source.name,
    source_domain: a.source.domain,
    source_origin: a.source.origin,
    url: a.url,
    canonical_url: a.canonicalUrl,
    published: a.published.value,
    published_origin: a.published.origin,
    modified: a.modified,
    language: a.language,
    description: a.description,
    partial: a.partial ? 1 : 0,
    messages: JSON.stringify(a.messages),
    ingested_at: ingestedAt,
    fetched: a.fetched ? JSON.stringify(a.fetched) : null,
  };
}

export function summaryFromRow(r: SummaryRow): ArticleSummary {
  return {
    id: r.id,
    format: r.format as Format,
    origin: r.origin,
    title: r.title,
    byline: r.byline,
    source: { name: r.source_name, domain: r.source_domain, origin: r.source_origin as OutletOrigin },
    url: r.url,
    canonicalUrl: r.canonical_url,
    published: { value: r.published, origin: r.published_origin as TimeOrigin },
    modified: r.modified,
    language: r.language,
    description: r.description,
    partial: isSet(r.partial),
    ingestedAt: r.ingested_at,
    chars: r.chars,
    warnings: r.warnings,
  };
}

export function fromRow(r: ArticleRow): Article {
  const { ingestedAt: _ingestedAt, chars: _chars, warnings: _warnings, ...summary } = summaryFromRow({ ...r, chars: 0, warnings: 0 });
  return {
    ...summary,
    text: r.text,
    paragraphs: JSON.parse(r.paragraphs) as Paragraph[],
    messages: JSON.parse(r.messages) as Message[],
    ...(r.fetched ? { fetched: JSON.parse(r.fetched) as FetchRecord } : {}),
  };
}

export const watchFromRow = (r: WatchRow): WatchSource => ({
  url: r.url,
  etag: r.etag,
  lastModified: r.last_modified,
  lastSuccess: r.last_success === null ? null : Number(r.last_success),
  lastAttempt: r.last_attempt === null ? null : Number(r.last_attempt),
  failures: r.failures,
  lastError: r.last_error,
  nextPoll: Number(r.next_poll),
  via: r.via,
});

export const watchToRow = (s: WatchSource): WatchRow => ({
  url: s.url,
  etag: s.etag,
  last_modified: s.lastModified,
  last_success: s.lastSuccess,
  last_attempt: s.lastAttempt,
  failures: s.failures,
  last_error: s.lastError,
  next_poll: s.nextPoll,
  via: s.via,
});

export interface CopyFingerprintRow {
  article_id: string;
  version: number;
  text_hash: string;
  tokens: number;
  shingles: number;
  signature: Buffer;
  filed: number;
}

export const fingerprintFromRow = (r: CopyFingerprintRow): CopyFingerprintRecord => ({
  articleId: r.article_id,
  version: r.version,
  textHash: r.text_hash,
  tokens: r.tokens,
  shingles: r.shingles,
  signature: new Uint8Array(r.signature),
  filed: r.filed,
});

export interface ClaimHitRow {
  story_id: string;
  claim_id: string;
  text: string;
  status: string;
  sources: number;
  evidence: string;
  score: number;
}

export const claimHitFromRow = (r: ClaimHitRow): ClaimSearchHit => ({
  storyId: r.story_id,
  claimId: r.claim_id,
  text: r.text,
  status: r.status,
  independentSources: r.sources,
  evidence: JSON.parse(r.evidence) as ClaimIndexEntry['evidence'],
  score: r.score,
});
