import type { Article } from '../pipeline/record.js';

/** A listing row: what `corroborate articles` shows, without the text. */
export type ArticleSummary = Omit<Article, 'text' | 'paragraphs' | 'messages'> & { ingestedAt: string; chars: number; warnings: number };

export interface AddResult {
  added: string[];
  existing: string[];
}

/** One stage's output for one article, e.g. layer "language". */
export interface AnnotationRecord<T = unknown> {
  articleId: string;
  layer: string;
  version: number;
  data: T;
}

/**
 * The store every command talks to. Async so that a server database can stand behind the
 * same interface as the embedded one.
 */
export interface Store {
  /** Adds articles in one transaction; ids already stored are left as they are. */
  addArticles(articles: readonly Article[]): Promise<AddResult>;
  getArticle(id: string): Promise<Article | null>;
  /** Ids that start with `prefix`, so users can type a short id. */
  findIds(prefix: string, limit?: number): Promise<string[]>;
  listArticles(options?: { limit?: number; offset?: number }): Promise<ArticleSummary[]>;
  countArticles(): Promise<number>;
  /** Writes annotations in one transaction, replacing what a layer had for those articles. */
  saveAnnotations(records: readonly AnnotationRecord[]): Promise<void>;
  /** A layer's annotations for the given articles; missing ones are absent from the map. */
  getAnnotations<T>(layer: string, articleIds: readonly string[]): Promise<Map<string, AnnotationRecord<T>>>;
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}
