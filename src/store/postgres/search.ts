/**
 * Full-text search on PostgreSQL's own tsvector, answering as SQLite's FTS5 index does:
 * every term required, matched as words (no stemming: the 'simple' configuration), case
 * and diacritics folded, a word of the title worth more than one of the text.
 *
 * Diacritics are folded here rather than by the unaccent extension, which is not on every
 * server and cannot stand in a generated column; documents and queries go through the
 * same fold, so they meet.
 */

/** Lower case, without combining marks: "Brodná" and "BRODNA" both become "brodna". */
export const foldForSearch = (text: string): string => text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/**
 * PostgreSQL refuses a tsvector over 1 MB; an article's text is cut well below that, at a
 * word boundary, so that a very long page is still stored and searchable by its start.
 */
export const MAX_INDEXED_CHARS = 200_000;

export function indexedText(text: string): string {
  if (text.length <= MAX_INDEXED_CHARS) return foldForSearch(text);
  const cut = text.lastIndexOf(' ', MAX_INDEXED_CHARS);
  return foldForSearch(text.slice(0, cut > 0 ? cut : MAX_INDEXED_CHARS));
}

/** SQL of the article's search vector from parameters $title and $text (already folded). */
export const articleVectorSql = (title: string, text: string): string =>
  `setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${text}), 'B')`;

/**
 * The query of every term, each parsed as the documents were (plainto_tsquery reads no
 * operators, so user input cannot reach query syntax), as SQL over parameters starting at
 * `$first`, with the folded terms to bind; null when no term is left.
 */
export function tsQuery(terms: readonly string[], first: number): { sql: string; params: string[] } | null {
  const params = terms.filter((t) => t.length > 0).map(foldForSearch);
  if (params.length === 0) return null;
  return { sql: params.map((_, i) => `plainto_tsquery('simple', $${first + i})`).join(' && '), params };
}

/**
 * Rank weights for D, C, B and A: the title (A) four times the text (B), as the SQLite
 * index weighs its columns.
 */
export const RANK_WEIGHTS = '{0.05, 0.1, 0.25, 1.0}';
