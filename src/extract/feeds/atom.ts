/**
 * Atom 1.0 feeds (and the older 0.3 dialect, still served by some archives): one article
 * per `<entry>`. Text constructs are read by their declared type: html, xhtml or text.
 */
import type { Block, Extracted, Message } from '../../pipeline/record.js';
import { extracted } from '../../pipeline/record.js';
import type { Reader, ReaderInput } from '../reader.js';
import { normalizeDate } from '../dates.js';
import { htmlToBlocks, htmlToLine } from '../html/blocks.js';
import { chooseBody } from './body.js';
import { collectFeedItems, warning } from './collect.js';
import { absoluteUrl, cleanByline, dropFeedFooter, htmlBlocks, htmlLine, joinNames, normalizeLanguage, oneLine, plainBlocks } from './content.js';
import { ATOM_03_NS, ATOM_NS, childrenByName, first, inheritedBase, inheritedLang, parseFeedDocument } from './feed-xml.js';
import { readRssDocument } from './rss.js';
import { attr, serializeChildren, textContent, type XmlElement } from './xml.js';
import { append } from '../../pipeline/arrays.js';

const HOME: ReadonlySet<string> = new Set([ATOM_NS, ATOM_03_NS]);

interface Feed {
  title: string | null;
  link: string | null;
  authors: string | null;
}

type TextKind = 'text' | 'html' | 'xhtml';

/** Reads an Atom feed; an RSS document handed here is read as RSS. */
export const readAtom: Reader = (input) => {
  const doc = parseFeedDocument(input);
  return doc.kind === 'rss' ? readRssDocument(input, doc.root) : readAtomDocument(input, doc.root);
};

export function readAtomDocument(input: ReaderInput, root: XmlElement): Extracted[] {
  const fields = childrenByName(root, HOME);
  const feed: Feed = {
    title: textLine(first(fields, 'title')),
    link: alternateLink(fields.get('link') ?? [], inheritedBase(root, null)),
    authors: authors(fields.get('author') ?? []),
  };
  const entries = fields.get('entry') ?? [];
  return collectFeedItems(input.name, input.text, root, entries, 'entry', (entry, origin) => readEntry(entry, feed, origin));
}

/**
 * The declared kind of a text construct; null for content that is not text at all
 * (base64 media, or out-of-line content given by `src`). Atom 0.3 said `mode` instead.
 */
function textKind(el: XmlElement): TextKind | null {
  if (attr(el, 'src') !== null) return null;
  const mode = attr(el, 'mode');
  if (mode === 'base64') return null;
  const type = (attr(el, 'type') ?? '').trim().toLowerCase();
  if (type === 'html' || type === 'text/html' || (type === '' && mode === 'escaped')) return 'html';
  if (type === 'xhtml' || type === 'application/xhtml+xml' || (type === '' && mode === 'xml')) return 'xhtml';
  if (type === '' || type === 'text' || type.startsWith('text/')) return 'text';
  return null;
}

function textBlocks(el: XmlElement | null): Block[] | null {
  if (!el) return null;
  switch (textKind(el)) {
    case 'html':
      return htmlBlocks(textContent(el));
    case 'xhtml':
      return htmlToBlocks(serializeChildren(el.children));
    case 'text':
      return plainBlocks(textContent(el), false);
    case null:
      return null;
  }
}

function textLine(el: XmlElement | null): string | null {
  if (!el) return null;
  switch (textKind(el)) {
    case 'html':
      return htmlLine(textContent(el));
    case 'xhtml':
      return oneLine(htmlToLine(serializeChildren(el.children)));
    case 'text':
      return oneLine(textContent(el));
    case null:
      return null;
  }
}

function authors(list: readonly XmlElement[]): string | null {
  const names = list.map((author) => {
    const fields = childrenByName(author, HOME);
    const name = first(fields, 'name');
    return cleanByline(name ? textContent(name) : null);
  });
  return joinNames(names);
}

/** The rel="alternate" (or rel-less) link, preferring an HTML one; else the first link with an href. */
function alternateLink(links: readonly XmlElement[], base: string | null): string | null {
  const withHref = links.filter((l) => (attr(l, 'href') ?? '').trim() !== '');
  const alternates = withHref.filter((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
  const html = alternates.find((l) => /html/i.test(attr(l, 'type') ?? 'text/html'));
  const chosen = html ?? alternates[0] ?? withHref[0];
  return chosen ? absoluteUrl(attr(chosen, 'href'), inheritedBase(chosen, base)) : null;
}

function readEntry(entry: XmlElement, feed: Feed, origin: string): Extracted {
  const fields = childrenByName(entry, HOME);
  const messages: Message[] = [];
  const content = first(fields, 'content');
  const summary = first(fields, 'summary');
  const fullBlocks = textBlocks(content);
  const body = chooseBody({
    full: fullBlocks ? dropFeedFooter(fullBlocks) : null,
    summary: summary ? textBlocks(summary) : null,
    fullName: content && attr(content, 'src') !== null ? 'inline content (it is linked by src)' : '<content>',
    summaryName: '<summary>',
  });
  append(messages, body.messages);

  const publishedEl = first(fields, 'published', 'issued', 'created', 'updated', 'modified');
  const publishedText = publishedEl ? oneLine(textContent(publishedEl)) : null;
  const published = normalizeDate(publishedText);
  if (publishedText && !published) messages.push(warning('bad-date', `the entry's date "${publishedText.slice(0, 60)}" is not a date; publication time unknown`));
  const updated = first(fields, 'updated', 'modified');

  const source = first(fields, 'source');
  const sourceAuthors = source ? authors(childrenByName(source, HOME).get('author') ?? []) : null;
  const id = first(fields, 'id');

  return extracted('atom', origin, {
    title: textLine(first(fields, 'title')),
    blocks: body.blocks,
    byline: authors(fields.get('author') ?? []) ?? sourceAuthors ?? feed.authors,
    siteName: feed.title,
    url: alternateLink(fields.get('link') ?? [], inheritedBase(entry, feed.link)) ?? absoluteUrl(id ? textContent(id) : null),
    published,
    publishedOrigin: published ? 'feed' : 'unknown',
    modified: updated ? normalizeDate(textContent(updated)) : null,
    language: normalizeLanguage(inheritedLang(content ?? entry)),
    description: summary ? textLine(summary) : null,
    partial: body.partial,
    messages,
  });
}
