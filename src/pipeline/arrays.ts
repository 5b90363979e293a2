/**
 * Loops for what spreading into a call would do: `push(...items)` and `Math.max(...values)`
 * pass every element as an argument, and past about 120,000 of them (fewer, deeper in the
 * stack) the call throws a RangeError. Inputs set no such bound on articles, paragraphs or
 * sentences, so code that may see many of them uses these.
 */

/** Adds `items` to the end of `target`, in order, and returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, or `floor` if none is larger (-Infinity by default, as Math.max()). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max || Number.isNaN(v)) max = v;
  return max;
}

/** The smallest of `values`, or `ceiling` if none is smaller (Infinity by default, as Math.min()). */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min || Number.isNaN(v)) min = v;
  return min;
}
