/**
 * RSS 2.0 (and 0.9x) and RSS 1.0 (RDF) feeds: one article per `<item>`. Full text from
 * `content:encoded` (or `xhtml:body`), else the description as a partial article.
 */
import type { Extracted, Message } from '../../pipeline/record.js';
import { extracted } from '../../pipeline/record.js';
import type { Reader, ReaderInput } from '../reader.js';
import { normalizeDate } from '../dates.js';
import { chooseBody } from './body.js';
import { collectFeedItems, warning } from './collect.js';
import { absoluteUrl, anyBlocks, anyLine, cleanByline, dropFeedFooter, htmlLine, joinNames, normalizeLanguage, oneLine } from './content.js';
import { childrenByName, first, inheritedBase, inheritedLang, parseFeedDocument, qname } from './feed-xml.js';
import { readAtomDocument } from './atom.js';
import { attr, elements, serializeChildren, textContent, type XmlElement } from './xml.js';
import { htmlToBlocks } from '../html/blocks.js';
import { append } from '../../pipeline/arrays.js';

const HOME: ReadonlySet<string> = new Set(['http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/', 'http://backend.userland.com/rss2']);

interface Channel {
  title: string | null;
  link: string | null;
  language: string | null;
}

/** Reads an RSS or RDF feed; an Atom document handed here is read as Atom. */
export const readRss: Reader = (input) => {
  const doc = parseFeedDocument(input);
  return doc.kind === 'atom' ? readAtomDocument(input, doc.root) : readRssDocument(input, doc.root);
};

export function readRssDocument(input: ReaderInput, root: XmlElement): Extracted[] {
  const channelEl = elements(root).find((el) => qname(el, HOME) === 'channel') ?? null;
  const channel = channelEl ? readChannel(channelEl) : { title: null, link: null, language: null };
  // RSS 2.0 nests items in the channel, RSS 1.0 puts them beside it; sloppy feeds do either.
  const items = [...(channelEl ? elements(channelEl) : []), ...elements(root)].filter((el) => qname(el, HOME) === 'item');
  return collectFeedItems(input.name, input.text, root, items, 'item', (item, origin) => readItem(item, channel, origin));
}

function text(el: XmlElement | null): string | null {
  return el ? oneLine(textContent(el)) : null;
}

/** Character content of the first element found under any of `names`, unnormalized. */
function raw(fields: Map<string, XmlElement[]>, ...names: string[]): string | null {
  const el = first(fields, ...names);
  return el ? textContent(el) : null;
}

function readChannel(el: XmlElement): Channel {
  const fields = childrenByName(el, HOME);
  const link = absoluteUrl(text(first(fields, 'link')), inheritedBase(el, null));
  return {
    title: anyLine(raw(fields, 'title')),
    link,
    language: normalizeLanguage(text(first(fields, 'language', 'dc:language'))) ?? normalizeLanguage(inheritedLang(el)),
  };
}

function readItem(item: XmlElement, channel: Channel, origin: string): Extracted {
  const fields = childrenByName(item, HOME);
  const messages: Message[] = [];
  const base = inheritedBase(item, channel.link);

  const full = first(fields, 'content:encoded');
  const xhtmlBody = first(fields, 'xhtml:body');
  const description = first(fields, 'description', 'dc:description');
  const fullBlocks = full ? anyBlocks(textContent(full)) : xhtmlBody ? htmlToBlocks(serializeChildren(xhtmlBody.children)) : null;
  const body = chooseBody({
    full: fullBlocks ? dropFeedFooter(fullBlocks) : null,
    summary: description ? dropFeedFooter(anyBlocks(textContent(description))) : null,
    fullName: 'content:encoded',
    summaryName: 'description',
  });
  append(messages, body.messages);

  const dateText = text(first(fields, 'pubDate', 'dc:date', 'atom:published', 'dcterms:issued', 'atom:updated'));
  const published = normalizeDate(dateText);
  if (dateText && !published) messages.push(warning('bad-date', `the item's date "${dateText.slice(0, 60)}" is not a date; publication time unknown`));

  return extracted('rss', origin, {
    title: anyLine(raw(fields, 'title', 'dc:title')),
    blocks: body.blocks,
    byline: byline(fields),
    siteName: channel.title,
    url: itemUrl(item, fields, base),
    published,
    publishedOrigin: published ? 'feed' : 'unknown',
    modified: normalizeDate(text(first(fields, 'atom:updated', 'dcterms:modified'))),
    language: normalizeLanguage(text(first(fields, 'dc:language'))) ?? normalizeLanguage(inheritedLang(item)) ?? channel.language,
    description: description ? htmlLine(textContent(description)) : null,
    partial: body.partial,
    messages,
  });
}

function byline(fields: Map<string, XmlElement[]>): string | null {
  const creators = (fields.get('dc:creator') ?? []).map((el) => cleanByline(textContent(el)));
  if (creators.some((c) => c !== null)) return joinNames(creators);
  const authors = (fields.get('author') ?? []).map((el) => cleanByline(textContent(el)));
  if (authors.some((a) => a !== null)) return joinNames(authors);
  const atomAuthors = (fields.get('atom:author') ?? []).map((el) => {
    const name = elements(el).find((c) => c.name.endsWith('name'));
    return cleanByline(name ? textContent(name) : null);
  });
  return joinNames(atomAuthors);
}

/**
 * The article's address: FeedBurner's original link over its tracking link, then
 * `<link>`, an alternate atom:link, a permalink guid, and RSS 1.0's rdf:about. Only real
 * links resolve against the base; an identifier that is not a URL stays unused.
 */
function itemUrl(item: XmlElement, fields: Map<string, XmlElement[]>, base: string | null): string | null {
  const links: Array<string | null> = [raw(fields, 'feedburner:origLink'), raw(fields, 'link')];
  for (const link of fields.get('atom:link') ?? []) {
    const rel = attr(link, 'rel');
    if (rel === null || rel === 'alternate') links.push(attr(link, 'href'));
  }
  for (const link of links) {
    const url = absoluteUrl(link, base);
    if (url) return url;
  }
  const guid = first(fields, 'guid');
  const ids = [guid && attr(guid, 'isPermaLink') !== 'false' ? text(guid) : null, attr(item, 'rdf:about')];
  for (const id of ids) {
    const url = absoluteUrl(id);
    if (url) return url;
  }
  return null;
}
