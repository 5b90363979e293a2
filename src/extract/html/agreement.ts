/**
 * The publisher's own statement of the article text, JSON-LD `articleBody`, used as a check
 * on the DOM scoring. It is often truncated, stripped of headings or padded with a
 * disclaimer, so it never replaces the page's blocks; it only moves the choice of container
 * when the scorer's choice misses most of it and one element of the page holds most of it.
 */
import type { Layout } from './segment.js';

const WORD = /[\p{L}\p{N}_]+/gu;
const N = 4;

function shingles(text: string): string[] {
  const tokens = text.toLowerCase().match(WORD) ?? [];
  const out: string[] = [];
  for (let i = 0; i + N <= tokens.length; i++) out.push(tokens.slice(i, i + N).join(' '));
  return out;
}

export interface BodyCheck {
  /** Share of the body's shingles found in the chosen segments. */
  covered(segments: readonly number[]): number;
  /** The element whose segments agree best with the body, and the share of the body it holds; null when none does. */
  bestElement(): { element: number; share: number } | null;
}

/** Null when the body is too short to say anything about the page. */
export function checkAgainstBody(lay: Layout, body: string): BodyCheck | null {
  const wanted = new Set(shingles(body));
  if (wanted.size < 30) return null;
  const n = lay.segments.length;
  const hits = new Float64Array(n);
  const misses = new Float64Array(n);
  const found: string[][] = [];
  for (let i = 0; i < n; i++) {
    const s = lay.segments[i]!;
    const own = s.boiler ? [] : shingles(s.text);
    const matched = own.filter((x) => wanted.has(x));
    found.push(matched);
    hits[i] = matched.length;
    misses[i] = own.length - matched.length;
  }
  const share = (segments: Iterable<number>): number => {
    const seen = new Set<string>();
    for (const i of segments) for (const x of found[i]!) seen.add(x);
    return seen.size / wanted.size;
  };
  return {
    covered: (segments) => share(segments),
    bestElement() {
      // Maximum-weight subtree: agreeing text counts for, disagreeing text half against.
      const prefix = new Float64Array(n + 1);
      for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + hits[i]! - 0.5 * misses[i]!;
      let best = -1;
      let bestScore = 0;
      for (let e = 0; e < lay.elements.length; e++) {
        const score = prefix[lay.end[e]!]! - prefix[lay.start[e]!]!;
        if (score > bestScore) {
          bestScore = score;
          best = e;
        }
      }
      if (best < 0) return null;
      const range: number[] = [];
      for (let i = lay.start[best]!; i < lay.end[best]!; i++) range.push(i);
      return { element: best, share: share(range) };
    },
  };
}
