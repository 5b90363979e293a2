/**
 * Lists of sources rather than articles: OPML subscription lists, sitemaps and sitemap
 * indexes (news sitemaps included), and plain lists of URLs, one a line. Recognised by
 * content, as articles are; each yields the URLs it names, to be read in turn.
 */
import { Parser } from 'htmlparser2';
import { xmlRootName } from '../extract/feeds/sniff.js';

export type ListKind = 'opml' | 'sitemap' | 'sitemap-index' | 'urls';

export interface ListEntry {
  url: string;
  /** When the entry says it changed or was published (sitemaps), ISO 8601 or as written. */
  date: string | null;
  title: string | null;
}

export interface SourceList {
  kind: ListKind;
  entries: ListEntry[];
}

/** Entries read from one list at most: a sitemap may name 50,000 pages. */
export const MAX_LIST_ENTRIES = 50_000;

const isHttpUrl = (s: string): boolean => /^https?:\/\/[^\s/]+\S*$/i.test(s);

/** The list `text` is, or null when it is not a list (then it is read as articles). */
export function readList(text: string): SourceList | null {
  const body = text.replace(/^\ufeff/, '');
  const root = body.trimStart().startsWith('<') ? xmlRootName(body)?.toLowerCase().replace(/^.*:/, '') : undefined;
  if (root === 'opml') return { kind: 'opml', entries: opmlEntries(body) };
  if (root === 'urlset') return { kind: 'sitemap', entries: sitemapEntries(body, 'url') };
  if (root === 'sitemapindex') return { kind: 'sitemap-index', entries: sitemapEntries(body, 'sitemap') };
  if (root !== undefined) return null;
  return urlLines(body);
}

/** Every line a URL (blank lines and # comments aside), and at least one. */
function urlLines(text: string): SourceList | null {
  const entries: ListEntry[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '' || line.startsWith('#')) continue;
    if (!isHttpUrl(line)) return null;
    if (entries.length < MAX_LIST_ENTRIES) entries.push({ url: line, date: null, title: null });
  }
  return entries.length > 0 ? { kind: 'urls', entries } : null;
}

/** Every outline with a feed URL, however deeply nested in folders. */
function opmlEntries(text: string): ListEntry[] {
  const entries: ListEntry[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name.toLowerCase() !== 'outline' || entries.length >= MAX_LIST_ENTRIES) return;
        const lower = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k.toLowerCase(), v.trim()]));
        const url = lower['xmlurl'] || (lower['type'] === 'link' ? lower['url'] : '') || '';
        if (isHttpUrl(url)) entries.push({ url, date: null, title: lower['title'] || lower['text'] || null });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
  return entries;
}

/** <url> or <sitemap> elements: their <loc>, and <lastmod> or a news sitemap's <news:publication_date>. */
function sitemapEntries(text: string, item: 'url' | 'sitemap'): ListEntry[] {
  const entries: ListEntry[] = [];
  let current: { loc: string; date: string; title: string } | null = null;
  let field: 'loc' | 'date' | 'title' | null = null;
  const parser = new Parser(
    {
      onopentag(name) {
        const local = name.toLowerCase().replace(/^.*:/, '');
        if (local === item && !name.includes(':')) current = { loc: '', date: '', title: '' };
        else if (current && local === 'loc' && !name.includes(':')) field = 'loc';
        else if (current && (local === 'lastmod' || local === 'publication_date')) field = 'date';
        else if (current && local === 'title' && name.includes(':')) field = 'title';
      },
      ontext(data) {
        if (current && field) current[field] += data;
      },
      onclosetag(name) {
        const local = name.toLowerCase().replace(/^.*:/, '');
        if (local === item && !name.includes(':') && current) {
          const url = current.loc.trim();
          if (isHttpUrl(url) && entries.length < MAX_LIST_ENTRIES) entries.push({ url, date: current.date.trim() || null, title: current.title.trim() || null });
          current = null;
        }
        field = null;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);
  return entries;
}

/**
 * The entries of a sitemap to read: those dated on or after `since` (a news sitemap lists
 * today's stories; a site's full sitemap lists years), and undated ones only when the list
 * has no dates at all, up to `max`.
 */
export function recentEntries(list: SourceList, since: Date, max: number): ListEntry[] {
  const dated = list.entries.some((e) => e.date !== null);
  const kept = list.entries.filter((e) => {
    if (e.date === null) return !dated;
    const t = Date.parse(e.date);
    return Number.isNaN(t) || t >= since.getTime();
  });
  return kept.slice(0, max);
}
