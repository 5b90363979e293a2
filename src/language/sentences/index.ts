import type { Paragraph, Span } from '../../pipeline/record.js';
import type { Sentence } from '../types.js';
import { TITLES, DATE_WORDS, OTHER, DOTTED, SENTENCE_OPENERS, AFTER_CLOCK } from './abbreviations.js';

/**
 * Sentences never cross paragraphs (quotes may; the quote layer joins them). Inside a
 * paragraph a boundary is a run of . ! ? … with any closing quotes or brackets, then
 * space, then something that can open a sentence — unless the word before the stop is an
 * abbreviation, an initial, or a title that a name follows.
 */
export function splitSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  const spans: readonly Span[] = paragraphs.length > 0 ? paragraphs : text.trim() ? [{ start: 0, end: text.length }] : [];
  spans.forEach((p, index) => {
    for (const s of splitParagraph(text, p.start, p.end)) sentences.push({ ...s, paragraph: index });
  });
  return sentences;
}

const TERMINAL = /[.!?…]+["'”’»)\]]*(?=\s)/gu;
const OPENER = /^\s+["'“‘«([]*(\p{Lu}|\p{N}|["'“‘«([])/u;

export function splitParagraph(text: string, start: number, end: number): Span[] {
  // Work on the paragraph alone, so a search never runs past it into the rest of the text.
  const para = text.slice(start, end);
  const out: Span[] = [];
  let sentenceStart = skipSpace(para, 0, para.length);
  TERMINAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINAL.exec(para)) !== null) {
    const stop = m.index + m[0].length;
    const after = para.slice(stop, stop + 40);
    if (!OPENER.test(after)) continue;
    if (m[0][0] === '.' && m[0].length === 1 && !endsSentence(para, sentenceStart, m.index, after)) continue;
    out.push({ start: start + sentenceStart, end: start + stop });
    sentenceStart = skipSpace(para, stop, para.length);
  }
  const last = trimEnd(para, sentenceStart, para.length);
  if (last > sentenceStart) out.push({ start: start + sentenceStart, end: start + last });
  return out;
}

/** The word before a single full stop decides whether it ends the sentence. */
function endsSentence(text: string, sentenceStart: number, dot: number, after: string): boolean {
  let i = dot;
  while (i > sentenceStart && !/\s|["“‘([]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, dot);
  const lower = word.toLowerCase();
  const next = /^\s+["“‘([]*([\p{L}\p{N}]+)/u.exec(after)?.[1] ?? '';
  const nextLower = next.toLowerCase();
  if (word === '') return true;
  // A single capital is an initial ("J. R. Okafor"), unless it is the pronoun "I".
  if (/^\p{Lu}$/u.test(word)) return word === 'I';
  if (TITLES.has(lower) || DATE_WORDS.has(lower)) return false;
  if (OTHER.has(lower)) return /^\p{N}/u.test(next) ? false : SENTENCE_OPENERS.has(nextLower);
  if (lower === 'a.m' || lower === 'p.m') return !AFTER_CLOCK.has(nextLower);
  if (DOTTED.test(word + '.') || /\./.test(word)) return SENTENCE_OPENERS.has(nextLower);
  return true;
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
