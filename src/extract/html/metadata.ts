/**
 * Page metadata from the places publishers put it: JSON-LD, OpenGraph and other `<meta>`
 * tags, microdata, `<link rel=canonical>`, `<time>`, `<html lang>`. Each field takes the
 * first source, in a fixed order of trust, that yields a usable value.
 */
import type { Document, Element } from 'domhandler';
import { elementsOf, squash, textOf } from './dom.js';
import { linkedData, stringsOf, type JsonObject, type LinkedData } from './jsonld.js';
import { normalizeDate } from '../dates.js';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  url: string | null;
  canonicalUrl: string | null;
  published: string | null;
  modified: string | null;
  language: string | null;
  description: string | null;
  /** JSON-LD `articleBody`, for the content extractor to check itself against. */
  articleBody: string | null;
  /** Text of the page's `<h1>` elements, in order. */
  headings: string[];
  /** The byline's names one by one. */
  authors: string[];
}

/** What one walk over the page gathers. */
interface Gathered {
  meta: Map<string, string[]>;
  scripts: string[];
  titleTag: string | null;
  lang: string | null;
  canonical: string | null;
  base: string | null;
  h1: string[];
  times: string[];
  itemprops: Map<string, string[]>;
  relAuthors: string[];
}

const META_KEYS = ['property', 'name', 'itemprop', 'http-equiv'];

/**
 * Text is read from at most this many elements of each kind (h1, microdata, author links):
 * reading the text of every one of thousands of nested elements would cost quadratic time,
 * and only the first few ever matter.
 */
const MAX_READ = 20;
const MAX_TEXT = 500;

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function gather(doc: Document): Gathered {
  const g: Gathered = {
    meta: new Map(), scripts: [], titleTag: null, lang: null, canonical: null, base: null,
    h1: [], times: [], itemprops: new Map(), relAuthors: [],
  };
  // Text of <svg> and <math> never holds metadata; their subtrees can be huge.
  const elements = elementsOf(doc, (el) => el.name !== 'svg' && el.name !== 'math' && el.name !== 'style');
  let itemReads = 0;
  for (const el of elements) {
    const a = el.attribs;
    switch (el.name) {
      case 'html':
        g.lang ??= a['lang'] ?? a['xml:lang'] ?? null;
        break;
      case 'title':
        if (g.titleTag === null && !hasAncestor(el, 'svg')) g.titleTag = squash(textOf(el));
        break;
      case 'meta': {
        const content = a['content'];
        if (content === undefined) break;
        for (const k of META_KEYS) {
          const key = a[k];
          if (key) for (const part of key.toLowerCase().split(/\s+/)) if (part) push(g.meta, part, content);
        }
        break;
      }
      case 'link': {
        const rel = (a['rel'] ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('canonical') && a['href'] && g.canonical === null) g.canonical = a['href'];
        break;
      }
      case 'base':
        g.base ??= a['href'] ?? null;
        break;
      case 'script':
        if ((a['type'] ?? '').toLowerCase().includes('ld+json')) g.scripts.push(textOf(el));
        break;
      case 'h1': {
        const t = g.h1.length < MAX_READ ? squash(textOf(el, MAX_TEXT)) : '';
        if (t) g.h1.push(t);
        break;
      }
      case 'time':
        if (a['datetime']) g.times.push(a['datetime']);
        break;
      default:
        break;
    }
    const itemprop = a['itemprop'];
    if (itemprop && el.name !== 'meta' && itemReads < MAX_READ && /\b(?:author|headline|date(?:Published|Modified))\b/.test(itemprop)) {
      itemReads++;
      const value = a['content'] ?? a['datetime'] ?? (el.name === 'link' ? a['href'] : undefined) ?? squash(textOf(el, MAX_TEXT));
      for (const part of itemprop.split(/\s+/)) if (part && value) push(g.itemprops, part, value);
    }
    if (el.name === 'a' && g.relAuthors.length < MAX_READ && (a['rel'] ?? '').toLowerCase().split(/\s+/).includes('author')) {
      const t = squash(textOf(el, MAX_TEXT));
      if (t) g.relAuthors.push(t);
    }
  }
  return g;
}

function hasAncestor(el: Element, name: string): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.type === 'tag' && (p as Element).name === name) return true;
  return false;
}

const first = (...values: (string | null | undefined)[]): string | null => firstOf(values);

/** `first` of a list that may be long (a page may repeat a tag any number of times). */
function firstOf(values: readonly (string | null | undefined)[]): string | null {
  for (const v of values) {
    if (typeof v === 'string') {
      const t = squash(v);
      if (t) return t;
    }
  }
  return null;
}

/** Names of people from a JSON-LD author field or a meta tag; URLs and handles are not names. */
export function cleanNames(raw: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const value of raw) {
    for (let name of value.split(/\s*(?:,|;|\band\b|&|\|)\s*/)) {
      name = squash(name)
        .replace(/^(?:(?:written|posted|reported|words|story|text)\s+)?by[:\s]+/i, '')
        .replace(/^(?:von|par|por|di|door|av|af)\s+/i, '')
        .trim();
      if (!name || name.length > 80) continue;
      if (/^(?:https?:|www\.|\/|@)/i.test(name) || /\.(?:com|org|net)\b/i.test(name)) continue;
      if (!/\p{L}/u.test(name)) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

const SEPARATOR = /\s+(?:[|\u2013\u2014\u00b7\u2022\u00bb\u203a/-]|::|--)\s+/g;

const simple = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A page title without the site's name that `<title>` and often og:title carry
 * ("Storm hits coast | The Daily Planet" -> "Storm hits coast"). A side is cut only when it
 * names the site or when what stays equals a heading on the page: titles have dashes too.
 */
export function stripSiteName(title: string, siteName: string | null, headings: readonly string[] = []): string {
  const seps = [...title.matchAll(SEPARATOR)];
  if (seps.length === 0) return title;
  const heads = new Set(headings.map(simple).filter((h) => h.length > 0));
  if (heads.has(simple(title))) return title;
  const site = siteName ? simple(siteName) : '';
  const names = (part: string): boolean => {
    const p = simple(part);
    return site.length > 0 && p.length > 0 && (p === site || site.includes(p) || p.includes(site));
  };
  const last = seps[seps.length - 1]!;
  const firstSep = seps[0]!;
  const before = title.slice(0, last.index).trim();
  const after = title.slice(firstSep.index + firstSep[0].length).trim();
  if (names(title.slice(last.index + last[0].length)) || heads.has(simple(before))) return stripSiteName(before, siteName, headings);
  if (names(title.slice(0, firstSep.index)) || heads.has(simple(after))) return stripSiteName(after, siteName, headings);
  return title;
}

/**
 * `<title>` with an unknown site name: drop a short last part after " | ", " · " or " • ",
 * separators that sites use for their name and headlines rarely use.
 */
function stripUnknownSite(title: string): string {
  const m = /^(.*\S)\s+[|\u00b7\u2022]\s+([^|\u00b7\u2022]{1,40})$/.exec(title);
  if (!m) return title;
  const kept = m[1]!;
  return kept.split(/\s+/).length >= 2 && m[2]!.split(/\s+/).length <= 5 ? stripUnknownSite(kept) : title;
}

export function normalizeLanguage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // Content-Language may list several ("en-US, en"): the first is the document's.
  const tag = raw.split(/[,;]/)[0]!.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || /^(?:javascript|data|mailto):/i.test(h)) return null;
  try {
    return new URL(h, base ?? undefined).href;
  } catch {
    return null;
  }
}

function jsonString(obj: JsonObject | null, key: string, ld: LinkedData): string | null {
  if (!obj) return null;
  return firstOf(stringsOf(obj[key], ld.resolve));
}

export function extractMetadata(doc: Document, options: { url?: string } = {}): PageMetadata {
  const g = gather(doc);
  const ld = linkedData(g.scripts);
  const art = ld.article;
  const meta = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = firstOf(g.meta.get(k) ?? []);
      if (v) return v;
    }
    return null;
  };
  const prop = (key: string): string | null => firstOf(g.itemprops.get(key) ?? []);

  const publisher = art ? ld.resolve(art['publisher']) : null;
  const siteName = first(
    meta('og:site_name'),
    stringsOf(publisher, ld.resolve)[0],
    jsonString(ld.site, 'name', ld),
    meta('application-name', 'al:android:app_name', 'al:ios:app_name'),
  );

  const rawTitle = first(
    meta('og:title'),
    jsonString(art, 'headline', ld),
    jsonString(art, 'name', ld),
    meta('twitter:title'),
    prop('headline'),
  );
  let title = rawTitle ? stripSiteName(rawTitle, siteName, g.h1) : null;
  if (!title && g.h1.length > 0) title = g.h1[0]!;
  if (!title && g.titleTag) {
    const stripped = stripSiteName(g.titleTag, siteName, g.h1);
    title = stripped === g.titleTag && !siteName ? stripUnknownSite(stripped) : stripped;
  }

  const authors = authorsOf(g, ld);

  // Without the fetch address, the page's own absolute og:url is the best base for relative links.
  const ogUrl = resolveUrl(meta('og:url'), null);
  const base = resolveUrl(g.base, options.url ?? ogUrl) ?? resolveUrl(options.url ?? null, null) ?? ogUrl;
  const canonicalUrl =
    resolveUrl(g.canonical, base) ??
    resolveUrl(meta('og:url'), base) ??
    resolveUrl(jsonString(art, 'url', ld), base) ??
    resolveUrl(jsonString(ld.page, 'url', ld), base);
  const url = resolveUrl(options.url ?? null, null) ?? canonicalUrl;

  const dates = (key: string): (string | null)[] => [jsonString(art, key, ld), jsonString(ld.page, key, ld)];
  const published = pickDate([
    ...dates('datePublished'),
    meta('article:published_time', 'og:published_time', 'article:published', 'published_time', 'publish-date',
      'publishdate', 'pubdate', 'date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date',
      'sailthru.date', 'parsely-pub-date', 'datepublished', 'article.published', 'cxenseparse:recs:publishtime'),
    prop('datePublished'),
    ...dates('dateCreated'),
    g.times[0],
  ]);
  const modified = pickDate([
    ...dates('dateModified'),
    meta('article:modified_time', 'og:updated_time', 'article:modified', 'modified_time', 'last-modified',
      'dcterms.modified', 'datemodified', 'article.updated'),
    prop('dateModified'),
  ]);

  const language = normalizeLanguage(g.lang) ??
    normalizeLanguage(meta('content-language', 'language', 'dc.language')) ??
    normalizeLanguage(jsonString(art, 'inLanguage', ld)) ??
    normalizeLanguage(meta('og:locale'));

  const description = first(
    meta('og:description'),
    meta('description'),
    meta('twitter:description'),
    jsonString(art, 'description', ld),
  );

  const body = art ? art['articleBody'] : null;
  return {
    title,
    byline: authors.length > 0 ? authors.join(', ') : null,
    authors,
    siteName,
    url,
    canonicalUrl,
    published,
    modified,
    language,
    description,
    articleBody: typeof body === 'string' && body.trim() ? body : null,
    headings: g.h1,
  };
}

/**
 * Authors from the most deliberate statement available: JSON-LD author (or creator), then
 * author meta tags, then microdata and rel=author links, which are often a sidebar's.
 */
function authorsOf(g: Gathered, ld: LinkedData): string[] {
  const art = ld.article;
  if (art) {
    const authors = cleanNames(stringsOf(art['author'], ld.resolve));
    if (authors.length > 0) return authors;
    const creators = cleanNames(stringsOf(art['creator'], ld.resolve));
    if (creators.length > 0) return creators;
  }
  const metas = cleanNames(
    ['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author'].flatMap((k) => g.meta.get(k) ?? []),
  );
  if (metas.length > 0) return metas;
  return cleanNames([...(g.itemprops.get('author') ?? []), ...g.relAuthors].slice(0, 5));
}

function pickDate(candidates: readonly (string | null | undefined)[]): string | null {
  for (const c of candidates) {
    const d = normalizeDate(c);
    if (d) return d;
  }
  return null;
}
