/**
 * Which parts of a page are furniture: navigation, promotion, sharing, comments and the
 * like. Names decide, weighed against the prose an element holds.
 */
import type { Element } from 'domhandler';
import type { Layout, Segment } from './segment.js';

/** Characters of running prose in a segment: punctuated, not a heading, not mostly links. */
export function prose(s: Segment): number {
  if (s.kind === 'heading' || s.punct === 0 || s.chars < 30 || s.linkChars * 3 > s.chars) return 0;
  return s.chars - s.linkChars;
}

/**
 * Share of the page's prose above which a furniture name is overruled: a "sidebar" or
 * "widget" that holds most of the page's writing is a layout wrapper around the article.
 */
const OVERRULE_SHARE = 0.4;
/** ...and only when that prose is several paragraphs: a footer's one long legal notice is not an article. */
const OVERRULE_PARAGRAPHS = 3;

/**
 * Sets `boiler` on segments inside furniture. Discussion is furniture whatever it holds;
 * other furniture names are believed only while the element holds a minor share of the
 * page's prose. `keep` elements (ancestors of the title heading or microdata body) are
 * never furniture.
 */
export function markFurniture(lay: Layout, keep: ReadonlySet<Element>, options: { discussionOnly?: boolean } = {}): void {
  const n = lay.segments.length;
  for (const s of lay.segments) s.boiler = false;
  const mark = (pick: (e: number) => boolean): Int32Array => {
    const diff = new Int32Array(n + 1);
    for (let e = 0; e < lay.elements.length; e++) {
      if (!pick(e)) continue;
      diff[lay.start[e]!]!++;
      diff[lay.end[e]!]!--;
    }
    return diff;
  };
  const apply = (diff: Int32Array): void => {
    let depth = 0;
    for (let i = 0; i < n; i++) {
      depth += diff[i]!;
      if (depth > 0) lay.segments[i]!.boiler = true;
    }
  };
  apply(mark((e) => lay.hint[e] === 'discussion' && !keep.has(lay.elements[e]!)));
  if (options.discussionOnly) return;

  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const s = lay.segments[i]!;
    prefix[i + 1] = prefix[i]! + (s.boiler ? 0 : prose(s));
  }
  const count = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) count[i + 1] = count[i]! + (prefix[i + 1]! > prefix[i]! ? 1 : 0);
  const total = prefix[n]!;
  apply(mark((e) => {
    if (lay.hint[e] !== 'furniture' || keep.has(lay.elements[e]!)) return false;
    const held = prefix[lay.end[e]!]! - prefix[lay.start[e]!]!;
    const paragraphs = count[lay.end[e]!]! - count[lay.start[e]!]!;
    return held <= OVERRULE_SHARE * total || paragraphs < OVERRULE_PARAGRAPHS;
  }));
}
