/**
 * What RSS and Atom share: parsing a feed document with useful errors, naming elements by
 * namespace rather than by whatever prefix a publisher chose, and the inherited
 * attributes (xml:lang, xml:base) that decide an item's language and how its links resolve.
 */
import { InputError } from '../../pipeline/errors.js';
import type { ReaderInput } from '../reader.js';
import { absoluteUrl } from './content.js';
import { attr, elements, localName, namespaceOf, parseXml, type XmlElement } from './xml.js';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';
export const ATOM_03_NS = 'http://purl.org/atom/ns#';

/** Conventional prefixes for the namespaces feed readers care about; '' marks RSS's own. */
const PREFIXES: Record<string, string> = {
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  [ATOM_NS]: 'atom',
  [ATOM_03_NS]: 'atom',
  'http://rssnamespace.org/feedburner/ext/1.0': 'feedburner',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
};

export type FeedKind = 'rss' | 'atom';

/**
 * A namespace-resolved element name: "dc:creator" however the publisher spelled the
 * prefix, the bare local name for the feed's own vocabulary (`home`), and the name as
 * written when its prefix is undeclared (tolerating feeds that forget their xmlns).
 */
export function qname(el: XmlElement, home: ReadonlySet<string>): string {
  const ns = namespaceOf(el);
  if (ns === null) return el.name;
  const local = localName(el);
  if (home.has(ns)) return local;
  const prefix = PREFIXES[ns];
  if (prefix === undefined) return `{${ns}}${local}`;
  return prefix === '' ? local : `${prefix}:${local}`;
}

/** Child elements grouped by resolved name, in document order. */
export function childrenByName(el: XmlElement, home: ReadonlySet<string>): Map<string, XmlElement[]> {
  const map = new Map<string, XmlElement[]>();
  for (const child of elements(el)) {
    const name = qname(child, home);
    const list = map.get(name);
    if (list) list.push(child);
    else map.set(name, [child]);
  }
  return map;
}

/** The first element found under any of `names`, in the order of preference given. */
export function first(map: Map<string, XmlElement[]>, ...names: string[]): XmlElement | null {
  for (const name of names) {
    const el = map.get(name)?.[0];
    if (el) return el;
  }
  return null;
}

/** The nearest xml:lang on the element or its ancestors. */
export function inheritedLang(el: XmlElement | null): string | null {
  for (let node = el; node; node = node.parent) {
    const lang = attr(node, 'xml:lang');
    if (lang !== null && lang.trim() !== '') return lang;
  }
  return null;
}

/** The base URL in effect at an element: xml:base values resolved outermost first. */
export function inheritedBase(el: XmlElement | null, fallback: string | null): string | null {
  const chain: string[] = [];
  for (let node = el; node; node = node.parent) {
    const base = attr(node, 'xml:base');
    if (base !== null) chain.push(base);
  }
  let base = fallback;
  for (let i = chain.length - 1; i >= 0; i--) base = absoluteUrl(chain[i], base) ?? base;
  return base;
}

export interface FeedDocument {
  kind: FeedKind;
  root: XmlElement;
}

/** Parses a feed; throws `InputError` when the input is not an RSS, RDF or Atom document. */
export function parseFeedDocument(input: ReaderInput): FeedDocument {
  if (input.text.trim() === '') throw new InputError(input.name, 'empty', 'the input is empty; there is nothing to read');
  const { root } = parseXml(input.text);
  if (!root) {
    throw new InputError(input.name, 'not-xml', 'no XML element found; expected a feed starting with <rss>, <rdf:RDF> or <feed>');
  }
  const local = localName(root);
  if (local === 'rss' || local === 'RDF') return { kind: 'rss', root };
  if (local === 'feed') return { kind: 'atom', root };
  const hint = local.toLowerCase() === 'html' ? ': this is a web page, not a feed' : '';
  throw new InputError(
    input.name,
    'not-a-feed',
    `the root element is <${root.name}>, expected <rss>, <rdf:RDF> or <feed>${hint}`,
  );
}
