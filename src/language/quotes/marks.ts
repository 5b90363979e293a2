import type { Span } from '../../pipeline/record.js';

export type MarkStyle = 'double' | 'single' | 'guillemet';

/** A stretch of text between quotation marks, outermost level only. */
export interface Marked extends Span {
  /** Inside the marks, trimmed; for a quote over several paragraphs, first part start to last part end. */
  content: Span;
  /** The content paragraph by paragraph, without the marks that reopen a continued quote. */
  parts: Span[];
  style: MarkStyle;
  /** False when no closing mark came before the paragraph ended and the quote was cut there. */
  closed: boolean;
  /** Index (into the paragraph list given) of the paragraph where the quote opens and ends. */
  firstParagraph: number;
  lastParagraph: number;
}

interface Open {
  style: MarkStyle;
  at: number;
  contentStart: number;
  parts: Span[];
  firstParagraph: number;
  /** Closed quotes nested directly inside; they surface if this one turns out not to be a quote. */
  children: Marked[];
}

/**
 * Real text never nests quotes more than three deep; a cap keeps every stack operation
 * constant-time on hostile input (a page of apostrophes, 100,000 quote marks).
 */
const MAX_DEPTH = 12;

const isSpace = (ch: string): boolean => ch === '' || /\s/u.test(ch);
const isWordChar = (ch: string): boolean => ch !== '' && /[\p{L}\p{N}]/u.test(ch);
const isLetter = (ch: string): boolean => ch !== '' && /\p{L}/u.test(ch);
const OPEN_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', '“', '‘', '«', '"', "'", ':', '„', '‹']);
const CLOSE_CONTEXT = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '”', '’', '»', '"', "'", '›', '*']);
const canOpenAfter = (prev: string): boolean => isSpace(prev) || OPEN_CONTEXT.has(prev);
const canCloseBefore = (next: string): boolean => isSpace(next) || CLOSE_CONTEXT.has(next);
const DOUBLE_OPENERS = new Set(['“', '"', '„', '«']);

/**
 * Finds quoted stretches paragraph by paragraph with a stack of open marks, so nested
 * quotes (‘maximalist’ inside “…”) stay inside their outer quote and apostrophes
 * (don’t, Varga’s, ’90s) are not taken for marks. A double quote still open when its
 * paragraph ends continues into the next paragraph only if that one opens with a mark
 * (the news convention for a quote running over paragraphs); otherwise it is cut at the
 * paragraph end, so one stray mark never swallows the rest of the article.
 */
export function findMarked(text: string, paragraphs: readonly Span[]): Marked[] {
  const out: Marked[] = [];
  let carried: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p]!;
    const stack: Open[] = [];
    const counts = { double: 0, single: 0, guillemet: 0 };
    let skip = -1;
    if (carried) {
      // The reopening mark of a continued quote is not a new quote.
      skip = firstNonSpace(text, ps, pe);
      carried.contentStart = skip + openerWidth(text, skip, pe);
      stack.push(carried);
      counts[carried.style]++;
      carried = null;
    }
    const push = (style: MarkStyle, at: number, width = 1): void => {
      if (stack.length >= MAX_DEPTH) return;
      const top = stack[stack.length - 1];
      // A second opening double before any close means the first one was never closed.
      if (style !== 'single' && top && top.style === style) {
        stack.pop();
        counts[style]--;
        settleUnclosed(top, at, p);
      }
      stack.push({ style, at, contentStart: at + width, parts: [], firstParagraph: p, children: [] });
      counts[style]++;
    };
    const close = (style: MarkStyle, at: number, width = 1): void => {
      while (stack.length > 0) {
        const top = stack.pop()!;
        counts[top.style]--;
        if (top.style !== style) {
          dissolve(top);
          continue;
        }
        const parts = [...top.parts, { start: top.contentStart, end: at }];
        const marked = build(text, top, parts, at + width, true, p);
        if (marked) place(marked);
        return;
      }
    };
    // A quote that closes inside another is only a nested quote; one that closes at the
    // bottom of the stack is a quote of the article.
    const place = (m: Marked): void => {
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(m);
      else out.push(m);
    };
    // An open mark that never closed was not a quote mark: what it held surfaces a level up.
    const dissolve = (o: Open): void => {
      for (const child of o.children) place(child);
    };
    const settleUnclosed = (o: Open, capAt: number, paragraph: number): void => {
      if (o.style === 'single') {
        dissolve(o);
        return;
      }
      const marked = build(text, o, [...o.parts, { start: o.contentStart, end: capAt }], capAt, false, paragraph);
      if (marked) place(marked);
      else dissolve(o);
    };

    for (let i = ps; i < pe; i++) {
      const ch = text[i]!;
      if (!isMarkChar(ch)) continue;
      if (i === skip) {
        i += openerWidth(text, i, pe) - 1;
        continue;
      }
      const prev = i > ps ? text[i - 1]! : '';
      const next = i + 1 < pe ? text[i + 1]! : '';
      // Typewriter doubles: '' (as some newspapers print “ and ”) and ``…'' read as one straight double mark.
      if ((ch === "'" && next === "'") || (ch === '`' && next === '`')) {
        const after = i + 2 < pe ? text[i + 2]! : '';
        const opens = canOpenAfter(prev) && !isSpace(after);
        const closes = ch === "'" && !isSpace(prev) && canCloseBefore(after);
        if (counts.double > 0 && (closes || !opens)) close('double', i, 2);
        else if (opens) push('double', i, 2);
        i++;
        continue;
      }
      switch (ch) {
        case '“':
          if (counts.double > 0 && !isSpace(prev) && canCloseBefore(next)) close('double', i);
          else if (!isSpace(next)) push('double', i);
          else if (counts.double > 0) close('double', i);
          break;
        case '„':
          if (!isSpace(next)) push('double', i);
          break;
        case '”':
          if (counts.double > 0) close('double', i);
          else if (canOpenAfter(prev) && isWordChar(next)) push('double', i);
          break;
        case '"': {
          const opens = canOpenAfter(prev) && !isSpace(next);
          const closes = !isSpace(prev) && canCloseBefore(next);
          if (counts.double > 0 && (closes || !opens)) close('double', i);
          else if (opens) push('double', i);
          break;
        }
        case '«':
          if (!isSpace(next) || counts.guillemet === 0) push('guillemet', i);
          break;
        case '»':
          if (counts.guillemet > 0) close('guillemet', i);
          break;
        case '‹':
          if (!isSpace(next)) push('single', i);
          break;
        case '›':
          if (counts.single > 0) close('single', i);
          break;
        case '‘':
          if (isLetter(prev) || /\p{N}/u.test(next)) break;
          if (counts.single > 0 && !isSpace(prev) && canCloseBefore(next)) close('single', i);
          else if (!isSpace(next)) push('single', i);
          break;
        case '’':
        case "'": {
          if (isWordChar(prev) && isWordChar(next)) break;
          if (counts.single > 0 && !isSpace(prev) && canCloseBefore(next)) close('single', i);
          else if (ch === "'" && canOpenAfter(prev) && isLetter(next)) push('single', i);
          break;
        }
      }
    }

    if (stack.length === 0) continue;
    // Inner marks still open at the paragraph end were not quotes.
    while (stack.length > 1) dissolve(stack.pop()!);
    const bottom = stack.pop()!;
    const nextParagraph = paragraphs[p + 1];
    const end = trimEndAt(text, bottom.contentStart, pe);
    if (bottom.style !== 'single' && nextParagraph && continues(text, nextParagraph)) {
      if (end > bottom.contentStart) bottom.parts.push({ start: bottom.contentStart, end });
      bottom.children = [];
      carried = bottom;
      continue;
    }
    settleUnclosed(bottom, pe, p);
  }
  return out.sort((a, b) => a.start - b.start);
}

function isMarkChar(ch: string): boolean {
  return ch === '"' || ch === "'" || ch === '`' || ch === '“' || ch === '”' || ch === '‘' || ch === '’' || ch === '«' || ch === '»' || ch === '„' || ch === '‹' || ch === '›';
}

function continues(text: string, paragraph: Span): boolean {
  const i = firstNonSpace(text, paragraph.start, paragraph.end);
  const width = openerWidth(text, i, paragraph.end);
  return width > 0 && i + width < paragraph.end && !isSpace(text[i + width]!);
}

/** Length of a double opening mark at i: 1 for “ " « „, 2 for '' and ``, 0 for none. */
function openerWidth(text: string, i: number, end: number): number {
  if (i >= end) return 0;
  const ch = text[i]!;
  if ((ch === "'" || ch === '`') && text[i + 1] === ch) return 2;
  return DOUBLE_OPENERS.has(ch) ? 1 : 0;
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text[i]!)) i++;
  return i;
}

function trimEndAt(text: string, start: number, end: number): number {
  while (end > start && isSpace(text[end - 1]!)) end--;
  return end;
}

/**
 * Content is what was said: the comma that American style puts inside the closing mark
 * belongs to the sentence around the quote, so it is left out; other punctuation stays.
 */
function trimPart(text: string, part: Span): Span | null {
  let { start, end } = part;
  while (start < end && isSpace(text[start]!)) start++;
  while (end > start && (isSpace(text[end - 1]!) || text[end - 1] === ',' || text[end - 1] === ';' || text[end - 1] === ':')) end--;
  return end > start ? { start, end } : null;
}

function build(text: string, o: Open, rawParts: Span[], end: number, closed: boolean, lastParagraph: number): Marked | null {
  const parts: Span[] = [];
  for (const raw of rawParts) {
    const part = trimPart(text, raw);
    if (part) parts.push(part);
  }
  if (parts.length === 0) return null;
  // A mark around nothing speakable (a lone digit run is fine, "‘’" is not) is no quote.
  if (!parts.some((part) => hasWordChar(text, part))) return null;
  return {
    start: o.at,
    end,
    content: { start: parts[0]!.start, end: parts[parts.length - 1]!.end },
    parts,
    style: o.style,
    closed,
    firstParagraph: o.firstParagraph,
    lastParagraph,
  };
}

function hasWordChar(text: string, part: Span): boolean {
  for (let i = part.start; i < part.end; i++) if (isWordChar(text[i]!)) return true;
  return false;
}
