/**
 * Cuts a page into text segments (the blocks a reader would see) in one iterative pass and
 * records, for every element, the contiguous range of segments inside it. Any question of
 * the form "how much good text is under this element" then costs one subtraction of
 * prefix sums, which keeps candidate scoring linear in the size of the page.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import type { BlockKind } from '../../pipeline/record.js';
import { BLOCK_TAGS, SKIPPED_TAGS } from './blocks.js';
import { hintOf, isHidden, type Hint } from './hints.js';

export interface Segment {
  text: string;
  kind: BlockKind;
  /** Non-space characters. */
  chars: number;
  /** Non-space characters inside links. */
  linkChars: number;
  /** Commas and sentence ends: prose has them, menus and labels rarely do. */
  punct: number;
  /** Commas alone, Readability's measure of how much a paragraph says. */
  commas: number;
  /** Inside an element judged to be page furniture (set by `markFurniture`). */
  boiler: boolean;
  /** Index of the innermost enclosing boundary element. */
  owner: number;
}

export interface Layout {
  elements: Element[];
  parent: number[];
  hint: Hint[];
  /** Segments inside element i are segments[start[i]] .. segments[end[i] - 1]. */
  start: number[];
  end: number[];
  /** Elements i+1 .. stop[i]-1 are the descendants of element i (document order). */
  stop: number[];
  /** Images inside element i. */
  media: number[];
  segments: Segment[];
}

/** Tags that flow inside a line of text; every other tag starts a new segment. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd',
  'label', 'mark', 'nobr', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u',
  'var', 'img', 'wbr', 'br',
]);

const BLOCK_KIND: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
  blockquote: 'quote',
  pre: 'preformatted',
};

const INLINE_SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
const PUNCT = /[.,;:!?\u3001\u3002\uff0c\uff01\uff1f\u060c\u061f\u0964]/g;
const COMMA = /[,\u060c\u3001\uff0c]/g;

/**
 * Table cells flow into one line per row: a row of a data table reads as one statement
 * ("Smith  12  48%"), and scoring its cells one by one would make every table look like
 * a menu of short labels.
 */
const CELL_TAGS = new Set(['td', 'th']);

export function isBoundary(tag: string): boolean {
  return !CELL_TAGS.has(tag) && (BLOCK_TAGS.has(tag) || !INLINE_TAGS.has(tag));
}

/** A cell that holds blocks of its own is a layout cell: it stands apart from its neighbours. */
function isLayoutCell(el: Element): boolean {
  for (const c of el.children) if (c.type === 'tag' && (isBoundary(c.name) || c.name === 'br')) return true;
  return false;
}

export function layout(doc: Document): Layout {
  const elements: Element[] = [];
  const parent: number[] = [];
  const hint: Hint[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const stop: number[] = [];
  const media: number[] = [];
  let mediaSeen = 0;
  const segments: Segment[] = [];

  let buffer = '';
  let chars = 0;
  let linkChars = 0;
  let linkDepth = 0;
  const kinds: BlockKind[] = [];
  const open: number[] = [];
  const path: number[] = [];

  const flush = (): void => {
    if (chars > 0) {
      const kind = kinds.length > 0 ? kinds[kinds.length - 1]! : 'paragraph';
      const owner = open.length > 0 ? open[open.length - 1]! : -1;
      const pieces = kind === 'preformatted' ? buffer.split('\n') : [buffer];
      for (const piece of pieces) {
        const text = piece.replace(INLINE_SPACE, ' ').trim();
        if (!text) continue;
        const share = pieces.length === 1 ? 1 : text.replace(INLINE_SPACE, '').length / chars;
        segments.push({
          text,
          kind,
          chars: pieces.length === 1 ? chars : Math.round(chars * share),
          linkChars: Math.round(linkChars * share),
          punct: text.match(PUNCT)?.length ?? 0,
          commas: text.match(COMMA)?.length ?? 0,
          boiler: false,
          owner,
        });
      }
    }
    buffer = '';
    chars = 0;
    linkChars = 0;
  };

  // A frame is a node to enter, or (as a negative number -1 - i) element i to leave.
  const stack: (AnyNode | number)[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) stack.push(doc.children[i]!);
  const boundaryOf: boolean[] = [];

  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (typeof frame === 'number') {
      const i = -1 - frame;
      const el = elements[i]!;
      if (boundaryOf[i]) {
        flush();
        open.pop();
        if (BLOCK_KIND[el.name]) kinds.pop();
      }
      if (el.name === 'a') linkDepth--;
      path.pop();
      end[i] = segments.length;
      stop[i] = elements.length;
      media[i] = mediaSeen - media[i]!;
      continue;
    }
    const node = frame;
    if (node.type === 'text') {
      const data = (node as { data: string }).data;
      const n = data.replace(INLINE_SPACE, '').length;
      if (n > 0 || buffer) buffer += data;
      chars += n;
      if (linkDepth > 0) linkChars += n;
      continue;
    }
    if (node.type === 'cdata' || node.type === 'root') {
      const children = (node as { children: AnyNode[] }).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    const tag = el.name;
    if (SKIPPED_TAGS.has(tag) || isHidden(el)) continue;
    if (tag === 'br') {
      if (kinds[kinds.length - 1] === 'preformatted') buffer += '\n';
      else flush();
      continue;
    }
    if (tag === 'img') mediaSeen++;
    if (tag === 'img' || tag === 'wbr') continue;

    const i = elements.length;
    elements.push(el);
    parent.push(path.length > 0 ? path[path.length - 1]! : -1);
    path.push(i);
    const boundary = isBoundary(tag) || (CELL_TAGS.has(tag) && isLayoutCell(el));
    boundaryOf.push(boundary);
    hint.push(INLINE_TAGS.has(tag) ? 'none' : hintOf(el));
    if (CELL_TAGS.has(tag) && !boundary) buffer += ' ';
    if (boundary) {
      flush();
      open.push(i);
      const kind = BLOCK_KIND[tag];
      if (kind) kinds.push(kind);
    }
    if (tag === 'a') linkDepth++;
    start[i] = segments.length;
    media[i] = mediaSeen;
    stack.push(-1 - i);
    for (let c = el.children.length - 1; c >= 0; c--) stack.push(el.children[c]!);
  }
  flush();
  return { elements, parent, hint, start, end, stop, media, segments };
}
