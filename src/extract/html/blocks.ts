import { parseHtml } from './parse.js';
import type { AnyNode, Element } from 'domhandler';
import type { Block, BlockKind } from '../../pipeline/record.js';

/** Elements whose content is never reading text. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'video', 'audio', 'select', 'option', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link',
]);

const BLOCK_KIND: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
  blockquote: 'quote',
  pre: 'preformatted',
};

/** Elements that end the line of text before them and start a new one. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'figure', 'figcaption',
  'ul', 'ol', 'dl', 'li', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'address', 'details', 'summary', 'form', 'fieldset',
  'center', 'body', 'html', 'picture',
]);

const INLINE_SPACE = /[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * Reading-order blocks of a DOM subtree: headings, paragraphs, list items, quotes.
 * Iterative so that pathological nesting cannot overflow the stack.
 */
export function nodesToBlocks(roots: readonly AnyNode[], skip: (el: Element) => boolean = () => false): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  const kinds: BlockKind[] = [];

  const flush = (): void => {
    const kind = kinds.length > 0 ? kinds[kinds.length - 1]! : 'paragraph';
    if (kind === 'preformatted') {
      for (const line of buffer.split('\n')) {
        const text = line.replace(INLINE_SPACE, ' ').trim();
        if (text) blocks.push({ kind, text });
      }
    } else {
      const text = buffer.replace(INLINE_SPACE, ' ').trim();
      if (text) blocks.push({ kind, text });
    }
    buffer = '';
  };

  type Frame = { node: AnyNode; leaving: boolean };
  const stack: Frame[] = [];
  for (let i = roots.length - 1; i >= 0; i--) stack.push({ node: roots[i]!, leaving: false });

  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.type === 'text') {
      buffer += (node as unknown as { data: string }).data;
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'cdata') continue;
    if (node.type === 'root' || node.type === 'cdata') {
      const children = (node as unknown as { children: AnyNode[] }).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
      continue;
    }
    const el = node as Element;
    const tag = el.name.toLowerCase();
    if (leaving) {
      if (BLOCK_TAGS.has(tag)) {
        flush();
        if (BLOCK_KIND[tag]) kinds.pop();
      }
      continue;
    }
    if (SKIPPED_TAGS.has(tag) || skip(el)) continue;
    if (tag === 'br') {
      if (kinds[kinds.length - 1] === 'preformatted') buffer += '\n';
      else flush();
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      const kind = BLOCK_KIND[tag];
      if (kind) kinds.push(kind);
    } else if (tag === 'img' || tag === 'wbr') {
      continue;
    }
    stack.push({ node: el, leaving: true });
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i]!, leaving: false });
  }
  flush();
  return blocks;
}

/** Blocks of an HTML fragment (a WordPress body, a feed item's content). */
export function htmlToBlocks(html: string): Block[] {
  return nodesToBlocks(parseHtml(html).children);
}

/** Text of an HTML fragment on one line: titles and other short fields that may carry markup. */
export function htmlToLine(html: string): string {
  return htmlToBlocks(html).map((b) => b.text).join(' ').trim();
}
