import type { Block, Extracted, Paragraph } from '../pipeline/record.js';
import { cleanInline, comparableText } from './text.js';

export const PARAGRAPH_SEPARATOR = '\n\n';

export interface Normalized {
  title: string | null;
  text: string;
  paragraphs: Paragraph[];
  byline: string | null;
  description: string | null;
}

/**
 * The normalize stage: blocks become one clean text with a paragraph index. A first block
 * that repeats the title is dropped, because readers of pages often see the headline twice.
 */
export function normalize(article: Extracted): Normalized {
  const title = nullIfEmpty(cleanInline(article.title ?? ''));
  const blocks: Block[] = [];
  for (const block of article.blocks) {
    const text = cleanInline(block.text);
    if (text) blocks.push({ kind: block.kind, text });
  }
  if (title && blocks[0] && comparableText(blocks[0].text) === comparableText(title)) blocks.shift();

  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const block of blocks) {
    if (text) text += PARAGRAPH_SEPARATOR;
    paragraphs.push({ kind: block.kind, start: text.length, end: text.length + block.text.length });
    text += block.text;
  }
  return {
    title,
    text,
    paragraphs,
    byline: nullIfEmpty(cleanInline(article.byline ?? '')),
    description: nullIfEmpty(cleanInline(article.description ?? '')),
  };
}

function nullIfEmpty(text: string): string | null {
  return text === '' ? null : text;
}
