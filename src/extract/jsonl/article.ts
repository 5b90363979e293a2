/**
 * A generic article object, as scrapers, news APIs and database exports write them, read
 * by the field names they commonly use. Keys match without regard to case, '_' or '-',
 * so "published_at", "publishedAt" and "Published-At" are one field.
 */
import type { Block, Extracted, Message } from '../../pipeline/record.js';
import { extracted } from '../../pipeline/record.js';
import { normalizeDate } from '../dates.js';
import { chooseBody } from '../feeds/body.js';
import { warning } from '../feeds/collect.js';
import { absoluteUrl, anyBlocks, anyLine, cleanByline, joinNames, normalizeLanguage } from '../feeds/content.js';
import { isWordpressPost, wordpressPost } from '../wordpress/post.js';
import { isObject } from './json.js';
import { append } from '../../pipeline/arrays.js';

type Json = Record<string, unknown>;

const FIELDS = {
  title: ['title', 'headline', 'heading', 'webtitle'],
  text: ['text', 'body', 'content', 'article', 'articlebody', 'maintext', 'fulltext', 'bodytext', 'contenthtml', 'contenttext', 'html', 'story', 'paragraphs'],
  summary: ['description', 'summary', 'excerpt', 'lead', 'abstract', 'dek', 'standfirst', 'teaser', 'snippet', 'subtitle'],
  url: ['url', 'link', 'href', 'permalink', 'articleurl', 'weburl', 'sourceurl'],
  canonical: ['canonicalurl', 'canonical'],
  date: ['date', 'published', 'publishedat', 'pubdate', 'datepublished', 'time', 'datepublish', 'publishdate', 'publicationdate', 'publishedtime', 'publishedon', 'webpublicationdate', 'firstpublished', 'isodate', 'created', 'createdat', 'timestamp'],
  modified: ['modified', 'datemodified', 'datemodify', 'updated', 'updatedat', 'modifiedat', 'lastmodified', 'lastupdated'],
  source: ['source', 'site', 'outlet', 'publisher', 'sitename', 'sourcename', 'publication', 'newspaper', 'sourcedomain', 'domain'],
  author: ['author', 'byline', 'authors', 'creator', 'creators', 'writer', 'writers', 'by'],
  language: ['language', 'lang', 'inlanguage', 'locale'],
} as const;

/** News APIs cut `content` short mid-word and say so: "The figure inclu… [+1234 chars]". */
const CUT_MARKER = /\s*\S*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$/;

type Field = keyof typeof FIELDS;

function keyOf(key: string): string {
  return key.toLowerCase().replace(/[_\s-]/g, '');
}

/** Field lookup by normalized key: the first listed name present with a usable value wins. */
class Fields {
  private readonly byKey = new Map<string, unknown>();
  constructor(obj: Json) {
    for (const [key, value] of Object.entries(obj)) {
      const k = keyOf(key);
      if (!this.byKey.has(k)) this.byKey.set(k, value);
    }
  }
  get(field: Field): unknown {
    for (const name of FIELDS[field]) {
      const value = this.byKey.get(name);
      if (value !== undefined && value !== null && value !== '') return value;
    }
    return undefined;
  }
}

/**
 * A string out of the shapes that carry one: a string, a WordPress-like {rendered}, a
 * named object ({name}, {title}, {text}, {value}), or a MongoDB {$date}.
 */
function scalar(value: unknown): string | number | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (!isObject(value)) return null;
  for (const key of ['rendered', 'name', 'title', 'text', 'value', '$date', '$numberLong']) {
    const inner = value[key];
    if (typeof inner === 'string' && inner.trim() !== '') return inner;
    if (typeof inner === 'number' && Number.isFinite(inner)) return inner;
    if (key === '$date' && isObject(inner)) return scalar(inner);
  }
  return null;
}

function stringOf(value: unknown): string | null {
  const s = scalar(value);
  return typeof s === 'string' ? s : null;
}

/** Text as a string, or an array of paragraph strings (some scrapers store text that way). */
function textBlocks(value: unknown): Block[] | null {
  if (Array.isArray(value)) {
    const blocks = value.flatMap((p: unknown) => {
      const s = stringOf(p);
      return s ? anyBlocks(s) : [];
    });
    return blocks;
  }
  const s = stringOf(value);
  return s === null ? null : anyBlocks(s);
}

function names(value: unknown): string | null {
  if (Array.isArray(value)) return joinNames(value.map((v: unknown) => cleanByline(stringOf(v))));
  const s = stringOf(value);
  return s === null ? null : cleanByline(s);
}

/** True when the object carries something to read: a title, a text or a summary. */
export function isArticleLike(obj: Json): boolean {
  if (isWordpressPost(obj)) return true;
  const f = new Fields(obj);
  return f.get('title') !== undefined || f.get('text') !== undefined || f.get('summary') !== undefined;
}

/** True when the object has a text field of its own (not just a title or summary). */
export function hasArticleText(obj: Json): boolean {
  return new Fields(obj).get('text') !== undefined;
}

/** A generic article object (or a WordPress post met inside a dump) as an article. */
export function genericArticle(obj: Json, origin: string): Extracted {
  if (isWordpressPost(obj)) return wordpressPost(obj, origin);
  const f = new Fields(obj);
  const messages: Message[] = [];

  let text = f.get('text');
  let cut = false;
  if (typeof text === 'string' && CUT_MARKER.test(text)) {
    text = text.replace(CUT_MARKER, '');
    cut = true;
  }
  const summaryValue = stringOf(f.get('summary'));
  const body = chooseBody({
    full: text === undefined ? null : textBlocks(text),
    summary: summaryValue === null ? null : anyBlocks(summaryValue),
    fullName: 'text/body/content',
    summaryName: 'description/summary',
  });
  append(messages, body.messages);
  if (cut && !body.partial) messages.push(warning('truncated-text', 'the text was cut short by its source ("[+N chars]"); only the beginning was read'));

  const dateValue = scalar(f.get('date'));
  const published = normalizeDate(dateValue);
  if (dateValue !== null && !published) messages.push(warning('bad-date', `the date "${String(dateValue).slice(0, 60)}" is not a date; publication time unknown`));

  return extracted('jsonl', origin, {
    title: anyLine(stringOf(f.get('title'))),
    blocks: body.blocks,
    byline: names(f.get('author')),
    siteName: anyLine(stringOf(f.get('source'))),
    url: absoluteUrl(stringOf(f.get('url'))),
    canonicalUrl: absoluteUrl(stringOf(f.get('canonical'))),
    published,
    publishedOrigin: published ? 'metadata' : 'unknown',
    modified: normalizeDate(scalar(f.get('modified'))),
    language: normalizeLanguage(stringOf(f.get('language'))),
    description: summaryValue === null ? null : anyLine(summaryValue),
    partial: body.partial || cut,
    messages,
  });
}
