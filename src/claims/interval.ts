/** Numbers as intervals, so that bounds and approximations compare with values. */
import type { Quantity } from '../language/types.js';

/** The values a figure, date or length allows, inclusive. */
export interface Interval {
  low: number;
  high: number;
}

export function overlap(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

const VAGUE = /\b(?:hundreds|thousands|dozens|scores|millions|billions|tens|several|many|few)\b/u;

/**
 * The values a number's wording allows. "About" is ±10 %, as the time layer widens "about"
 * lengths. A vague plural ("hundreds of residents") is read as a floor: early reports give
 * the order of magnitude of a count still rising, not an upper bound on it.
 */
export function interval(q: Pick<Quantity, 'value' | 'qualifier' | 'range' | 'text'>): Interval {
  const v = q.value;
  if (!/\d/u.test(q.text) && (VAGUE.test(q.text.toLowerCase()) || q.range)) return { low: q.range?.low ?? v, high: Infinity };
  if (q.range) return { low: q.range.low, high: q.range.high };
  switch (q.qualifier) {
    case 'approximate':
      return { low: v * 0.9, high: v * 1.1 };
    case 'at-least':
      return { low: v, high: Infinity };
    // "More than 85 million" beside "85 million": the plain figure is a rounding too, so a
    // strict bound would turn two reports of one sum into a dispute.
    case 'more-than':
      return { low: v, high: Infinity };
    case 'at-most':
      // "Up to 70 percent", "as many as 80 people": the peak a report gives, not a ceiling.
      if (/^(?:up to|as many as|as much as)\b/iu.test(q.text)) return { low: v * 0.95, high: v };
      return { low: Math.min(0, v), high: v };
    case 'less-than':
      return { low: Math.min(0, v), high: v };
    default:
      return { low: v, high: v };
  }
}

