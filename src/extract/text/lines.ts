import type { Block } from '../../pipeline/record.js';

/** A non-empty line of the input with its position, so chrome rules can look around it. */
export interface Line {
  text: string;
  /** Blank lines directly before this one. */
  gapBefore: number;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let gap = 0;
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = raw.replace(/[\t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000 ]+/g, ' ').trim();
    if (line === '') {
      gap++;
      continue;
    }
    out.push({ text: line, gapBefore: out.length === 0 ? 0 : gap });
    gap = 0;
  }
  return out;
}

const TERMINAL = /[.!?…:;"'”’)\]]$/;
const LIST_MARKER = /^(?:[-*•‣◦▪–]|\d{1,3}[.)])\s+(?=\S)/;

/**
 * Hard-wrapped prose (lines of similar width, breaking mid-sentence) is joined back into
 * paragraphs; otherwise each line is its own paragraph, as in most pasted or scraped text.
 */
export function isHardWrapped(lines: readonly Line[]): boolean {
  const multiLineGroups = lines.filter((l, i) => i > 0 && l.gapBefore === 0).length;
  if (multiLineGroups < 3) return false;
  let wide = 0;
  let unterminated = 0;
  for (const { text } of lines) {
    // Wrapped prose never has a line much wider than the wrap column.
    if (text.length > 120) return false;
    if (text.length >= 40) wide++;
    if (!TERMINAL.test(text)) unterminated++;
  }
  return wide > lines.length * 0.6 && unterminated > lines.length * 0.4;
}

/**
 * Turns body lines into blocks: list items by their marker, short unpunctuated lines as
 * headings. Where blank lines separate paragraphs, a single line break inside a paragraph
 * is a soft break and the lines are joined.
 */
export function linesToBlocks(lines: readonly Line[]): Block[] {
  const blankSeparated = lines.some((l, i) => i > 0 && l.gapBefore > 0) || isHardWrapped(lines);
  const blocks: Block[] = [];
  for (const line of lines) {
    const previous = blocks[blocks.length - 1];
    if (blankSeparated && previous && line.gapBefore === 0 && !LIST_MARKER.test(line.text)) {
      // A line that carries on in lower case continues the one before, which was no heading.
      const continues = /^\p{Ll}/u.test(line.text);
      if (previous.kind === 'paragraph' || (continues && previous.kind === 'heading')) {
        previous.kind = 'paragraph';
        previous.text += ' ' + line.text;
        continue;
      }
    }
    blocks.push(classify(line.text));
  }
  return blocks;
}

export function classify(text: string): Block {
  const marker = LIST_MARKER.exec(text);
  if (marker) return { kind: 'list-item', text: text.slice(marker[0].length) };
  if (looksLikeHeading(text)) return { kind: 'heading', text };
  return { kind: 'paragraph', text };
}

export function looksLikeHeading(text: string): boolean {
  if (text.length > 90 || /[.,;:]$/.test(text)) return false;
  if (/[.!]["”’]?$/.test(text)) return false;
  const words = text.split(' ');
  if (words.length > 14) return false;
  if (/^[➤►▶■◆●]/u.test(text)) return true;
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(text)) return false;
  // Short sentence-case lines without a final stop are subheads; longer ones must be title-cased.
  if (words.length <= 8) return true;
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised >= Math.ceil(words.length / 2);
}

/** A first line is a title when it is short and does not end like a sentence of prose. */
export function looksLikeTitle(text: string): boolean {
  if (text.length > 200 || text.split(' ').length > 30) return false;
  if (LIST_MARKER.test(text)) return false;
  return !/[.,;:]$/.test(text) || /\b(?:U\.S|U\.K|Inc|Co|Jr|Sr|St)\.$/.test(text);
}
