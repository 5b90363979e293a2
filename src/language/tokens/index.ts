import type { Token, TokenKind } from '../types.js';

/**
 * Words keep their inner apostrophes, hyphens and dots ("don't", "Varga–Sorin" splits at
 * the dash but "long-range" does not, "U.S." stays whole); numbers keep their separators
 * ("25,000", "1.2"). Everything else is one character per token.
 */
const TOKEN =
  /(\p{N}+(?:[.,]\p{N}+)*(?:%|st|nd|rd|th)?)|((?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*)|(\p{P})|(\S)/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null && m.index < to) {
    const kind: TokenKind = m[1] ? 'number' : m[2] ? 'word' : m[3] ? 'punct' : 'symbol';
    tokens.push({ start: m.index, end: Math.min(m.index + m[0].length, to), kind });
  }
  return tokens;
}

/** Word and number tokens in a text, without building the array: for throughput figures. */
export function countTokens(text: string): number {
  let n = 0;
  TOKEN.lastIndex = 0;
  while (TOKEN.exec(text) !== null) n++;
  return n;
}
