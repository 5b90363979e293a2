/**
 * Small DOM helpers over htmlparser2/domhandler trees. Every walk is iterative: a page can
 * nest elements hundreds of thousands deep, and recursion would overflow the stack.
 */
import type { AnyNode, Document, Element } from 'domhandler';

export type { Document, Element, AnyNode };
export { parseHtml } from './parse.js';

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

/**
 * Every element under `root` in document order. Children of elements that `descend`
 * rejects are not visited (the element itself is).
 */
export function elementsOf(root: AnyNode, descend: (el: Element) => boolean = () => true): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    let children: AnyNode[] | undefined;
    if (isElement(node)) {
      out.push(node);
      if (descend(node)) children = node.children;
    } else if (node.type === 'root') {
      children = (node as Document).children;
    }
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/**
 * Raw text content of a subtree (script and style included: callers pick what they walk),
 * stopping once `limit` characters are collected.
 */
export function textOf(root: AnyNode, limit = Infinity): string {
  let text = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && text.length < limit) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      text += (node as { data: string }).data;
    } else if ('children' in node) {
      const children = node.children as AnyNode[];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return text;
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Whitespace runs collapsed to one space, ends trimmed. */
export function squash(text: string): string {
  return text.replace(SPACE, ' ').trim();
}
