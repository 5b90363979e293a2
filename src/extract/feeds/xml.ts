/**
 * A small XML tree for feeds, built on htmlparser2's tokenizer. htmlparser2's own Parser
 * keeps its open-element stack with `unshift`/`shift`, which turns deeply nested input
 * quadratic; this builder uses a plain stack, records which elements were really closed
 * (a truncated feed leaves its last item open) and keeps CDATA apart from escaped text.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { decodeHTMLStrict } from 'entities';

export interface XmlElement {
  type: 'element';
  /** The qualified name as written, e.g. "content:encoded". */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  parent: XmlElement | null;
  /** Offset of the start tag in the input. */
  start: number;
  /** False when the input ended, or an outer end tag came, before this element's end tag. */
  closed: boolean;
}

export interface XmlText {
  type: 'text';
  /** Raw text: entities still encoded, unless `cdata`. */
  data: string;
  cdata: boolean;
}

export type XmlNode = XmlElement | XmlText;

export interface XmlDocument {
  /** The first top-level element, or null when there is none. */
  root: XmlElement | null;
}

/** Parses tolerantly; never throws on malformed input. Iterative at every depth. */
export function parseXml(text: string): XmlDocument {
  const top: XmlElement = { type: 'element', name: '#document', attrs: {}, children: [], parent: null, start: 0, closed: true };
  const stack: XmlElement[] = [top];
  const openCount = new Map<string, number>();
  let attrName = '';
  let attrValue = '';
  let opening: XmlElement | null = null;

  const current = (): XmlElement => stack[stack.length - 1]!;
  const pushText = (data: string, cdata: boolean): void => {
    if (data === '') return;
    const children = current().children;
    const last = children[children.length - 1];
    if (last && last.type === 'text' && last.cdata === cdata) last.data += data;
    else children.push({ type: 'text', data, cdata });
  };
  const pop = (): void => {
    const el = stack.pop()!;
    openCount.set(el.name, (openCount.get(el.name) ?? 1) - 1);
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      const parent = current();
      const el: XmlElement = { type: 'element', name: text.slice(start, end), attrs: {}, children: [], parent, start: start - 1, closed: false };
      parent.children.push(el);
      stack.push(el);
      openCount.set(el.name, (openCount.get(el.name) ?? 0) + 1);
      opening = el;
    },
    onattribname(start, end) {
      attrName = text.slice(start, end);
      attrValue = '';
    },
    onattribdata(start, end) {
      attrValue += text.slice(start, end);
    },
    onattribentity() {},
    onattribend() {
      if (opening && !(attrName in opening.attrs)) opening.attrs[attrName] = decodeHTMLStrict(attrValue);
      attrName = '';
      attrValue = '';
    },
    onopentagend() {
      opening = null;
    },
    onselfclosingtag() {
      if (opening && current() === opening) {
        opening.closed = true;
        pop();
      }
      opening = null;
    },
    onclosetag(start, end) {
      const name = text.slice(start, end);
      if (!openCount.get(name)) return; // a stray end tag closes nothing
      while (stack.length > 1) {
        const el = current();
        pop();
        if (el.name === name) {
          el.closed = true;
          return;
        }
      }
    },
    ontext(start, end) {
      pushText(text.slice(start, end), false);
    },
    ontextentity() {},
    oncdata(start, end, offset) {
      pushText(text.slice(start, end - offset), true);
    },
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  };

  const tokenizer = new Tokenizer({ xmlMode: true, decodeEntities: false }, callbacks);
  tokenizer.write(text);
  tokenizer.end();
  const root = top.children.find((n): n is XmlElement => n.type === 'element') ?? null;
  if (root) root.parent = null;
  return { root };
}

/** The part after the prefix: "content:encoded" → "encoded". */
export function localName(el: XmlElement): string {
  const colon = el.name.indexOf(':');
  return colon === -1 ? el.name : el.name.slice(colon + 1);
}

/** The namespace URI of an element, from the nearest xmlns declaration; null when undeclared. */
export function namespaceOf(el: XmlElement): string | null {
  const colon = el.name.indexOf(':');
  const attr = colon === -1 ? 'xmlns' : `xmlns:${el.name.slice(0, colon)}`;
  for (let node: XmlElement | null = el; node; node = node.parent) {
    const uri = node.attrs[attr];
    if (uri !== undefined) return uri.trim() === '' ? null : uri.trim();
  }
  return null;
}

/** An attribute that may be written with or without a prefix ("xml:lang", "rdf:about"). */
export function attr(el: XmlElement, name: string): string | null {
  return el.attrs[name] ?? null;
}

/** Element children only. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((n): n is XmlElement => n.type === 'element');
}

/**
 * The character content of an element as one string: escaped text decoded once, CDATA
 * as written, and any child elements serialized back to markup (feeds put unescaped HTML
 * inside `<description>` more often than the specification would suggest).
 */
export function textContent(el: XmlElement): string {
  let out = '';
  for (const child of el.children) {
    if (child.type === 'text') out += child.cdata ? child.data : decodeHTMLStrict(child.data);
    else out += serializeChildren([child]);
  }
  return out;
}

/** Markup nested deeper than this is flattened to its text: no reader needs that structure. */
const MAX_MARKUP_DEPTH = 200;

/**
 * Serializes nodes back to HTML for the HTML block reader: namespace prefixes dropped
 * ("xhtml:p" → "p"), raw text kept escaped, CDATA escaped. Iterative.
 */
export function serializeChildren(nodes: readonly XmlNode[]): string {
  const parts: string[] = [];
  type Frame = { node: XmlNode; depth: number; leaving: boolean };
  const stack: Frame[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push({ node: nodes[i]!, depth: 0, leaving: false });
  while (stack.length > 0) {
    const { node, depth, leaving } = stack.pop()!;
    if (node.type === 'text') {
      parts.push(node.cdata ? escapeText(node.data) : node.data);
      continue;
    }
    const name = localName(node).replace(/[^A-Za-z0-9-]/g, '');
    const withTags = depth < MAX_MARKUP_DEPTH && name !== '';
    if (leaving) {
      if (withTags) parts.push(`</${name}>`);
      continue;
    }
    if (withTags) parts.push(`<${name}${serializeAttrs(node.attrs)}>`);
    stack.push({ node, depth, leaving: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, depth: depth + 1, leaving: false });
  }
  return parts.join('');
}

function serializeAttrs(attrs: Record<string, string>): string {
  let out = '';
  for (const [key, value] of Object.entries(attrs)) {
    if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key)) continue;
    out += ` ${key}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
  }
  return out;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** 1-based line of an offset, for messages that point into the input. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
