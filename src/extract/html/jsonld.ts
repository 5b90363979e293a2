/**
 * JSON-LD as sites actually publish it: wrapped in HTML comments or CDATA, with raw line
 * breaks inside strings, trailing commas, several objects pasted one after another, `@graph`
 * arrays and `{"@id": ...}` references between nodes.
 */

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenews', 'analysisnewsarticle', 'opinionnewsarticle', 'backgroundnewsarticle',
  'reviewnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting', 'socialmediaposting',
  'techarticle', 'scholarlyarticle', 'report', 'satiricalarticle', 'advertisercontentarticle', 'review',
]);

const PAGE_TYPES = new Set(['webpage', 'itempage', 'collectionpage', 'aboutpage', 'medicalwebpage']);

/** One script's text as JSON, repairing the usual damage; null when beyond repair. */
export function parseJsonLd(source: string): unknown {
  let text = source
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .trim()
    .replace(/;+\s*$/, '');
  if (!text) return null;
  const attempt = (t: string): unknown => {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return undefined;
    }
  };
  let value = attempt(text);
  if (value !== undefined) return value;
  // Control characters are never valid inside JSON strings; outside them a space is harmless.
  text = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
  value = attempt(text);
  if (value !== undefined) return value;
  value = attempt(`[${text.replace(/}\s*{/g, '},{')}]`);
  return value === undefined ? null : value;
}

/** Lower-case local names of an object's `@type` ("http://schema.org/NewsArticle" -> "newsarticle"). */
export function typesOf(obj: JsonObject): string[] {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.slice(Math.max(x.lastIndexOf('/'), x.lastIndexOf(':'), x.lastIndexOf('#')) + 1).toLowerCase());
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object reachable from the roots, breadth first, bounded so that hostile input stays cheap. */
export function allObjects(roots: readonly unknown[], limit = 5000): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: unknown[] = [...roots];
  for (let q = 0; q < queue.length && out.length < limit; q++) {
    const v = queue[q];
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) queue.push(x);
    } else if (isObject(v)) {
      out.push(v);
      for (const x of Object.values(v)) if (typeof x === 'object' && x !== null) queue.push(x);
    }
    if (queue.length > limit * 4) break;
  }
  return out;
}

export interface LinkedData {
  /** The article node, when there is one. */
  article: JsonObject | null;
  /** The page node (WebPage and kin), a fallback for dates, names and addresses. */
  page: JsonObject | null;
  /** A WebSite or publishing Organization: where the site's name lives. */
  site: JsonObject | null;
  /** Resolves `{"@id": ...}` references to the node that carries that id. */
  resolve(value: unknown): unknown;
}

export function linkedData(scripts: readonly string[]): LinkedData {
  const roots = scripts.map(parseJsonLd).filter((v) => v !== null);
  const objects = allObjects(roots);
  const byId = new Map<string, JsonObject>();
  for (const o of objects) {
    const id = o['@id'];
    // The first full definition wins over later bare references that only carry an id.
    if (typeof id === 'string' && Object.keys(o).length > 1 && !byId.has(id)) byId.set(id, o);
  }
  const resolve = (value: unknown): unknown => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
      return byId.get(value['@id']) ?? value;
    }
    return value;
  };
  let article: JsonObject | null = null;
  let page: JsonObject | null = null;
  let site: JsonObject | null = null;
  for (const o of objects) {
    const types = typesOf(o);
    if (types.some((t) => ARTICLE_TYPES.has(t))) {
      // A node with a headline or body beats an earlier stub (a list's item, a bare reference).
      if (!article || (!hasText(article) && hasText(o))) article = o;
    } else if (!page && types.some((t) => PAGE_TYPES.has(t))) page = o;
    else if (!site && types.includes('website')) site = o;
  }
  return { article, page, site, resolve };
}

function hasText(o: JsonObject): boolean {
  return typeof o['headline'] === 'string' || typeof o['articleBody'] === 'string';
}

/** Strings of a field that may be a string, an object with `name`/`@value`, or an array of those. */
export function stringsOf(value: unknown, resolve: (v: unknown) => unknown, key = 'name'): string[] {
  const out: string[] = [];
  const list = Array.isArray(value) ? value : [value];
  for (const raw of list.slice(0, 50)) {
    const v = resolve(raw);
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'number') out.push(String(v));
    else if (isObject(v)) {
      const inner = v[key] ?? v['@value'];
      if (typeof inner === 'string') out.push(inner);
      else if (Array.isArray(inner) && typeof inner[0] === 'string') out.push(inner[0]);
    }
  }
  return out;
}
