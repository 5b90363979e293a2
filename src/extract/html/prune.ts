/**
 * Inside the chosen article elements, drop what is not reading text: furniture, and
 * containers whose text is mostly links (related stories, tag lists, "more on" boxes) unless
 * they are written like prose (many commas).
 */
import type { Layout } from './segment.js';
import { classWeight, type Scores } from './score.js';
import { isPromoLead } from './phrases.js';

/** Containers that Readability-style cleaning judges as a whole. */
const JUDGED = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'form', 'fieldset', 'aside', 'header', 'footer', 'nav', 'center', 'figure']);

function judged(name: string): boolean {
  return JUDGED.has(name) || name.includes('-');
}

/** Segment indices to keep, in reading order. */
export function pruneSegments(lay: Layout, sc: Scores, roots: readonly number[]): number[] {
  const n = lay.segments.length;
  const drop = new Int32Array(n + 1);
  const rootSet = new Set(roots);
  // Prefix sums over non-furniture segments, so that judging an element costs O(1).
  const commasTo = new Float64Array(n + 1);
  const textTo = new Float64Array(n + 1);
  const partsTo = new Float64Array(n + 1);
  const quotesTo = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const s = lay.segments[i]!;
    quotesTo[i + 1] = quotesTo[i]! + (!s.boiler && s.kind === 'quote' ? 1 : 0);
    commasTo[i + 1] = commasTo[i]! + (s.boiler ? 0 : s.commas);
    textTo[i + 1] = textTo[i]! + (s.boiler ? 0 : s.text.length);
    partsTo[i + 1] = partsTo[i]! + (s.boiler ? 0 : 1);
  }
  for (const r of roots) {
    for (let e = r + 1; e < lay.stop[r]!; e++) {
      if (rootSet.has(e) || !judged(lay.elements[e]!.name)) continue;
      const a = lay.start[e]!;
      const b = lay.end[e]!;
      if (a === b) continue;
      const text = textTo[b]! - textTo[a]!;
      // Ten commas make prose, whatever else is in the box.
      if (commasTo[b]! - commasTo[a]! >= 10) continue;
      const weight = classWeight(lay, e);
      const ld = sc.linkDensity[e]!;
      const isList = lay.elements[e]!.name === 'ul' || lay.elements[e]!.name === 'ol';
      const parts = partsTo[b]! - partsTo[a]!;
      // A quotation (an embedded post, a pull quote) links to its source; that is no sign of a link box.
      if (parts > 0 && quotesTo[b]! - quotesTo[a]! === parts) continue;
      // A picture with a line or two of text under it is a captioned image, not article text.
      const caption = lay.media[e]! > 0 && parts <= 2 && text < 250;
      // Readability's tests: named furniture with little prose; a tiny box that links; a box
      // whose text is a fifth links (half, when its name says it is content). Lists are
      // spared the stricter tests: article lists often link every item.
      const remove =
        weight + (Number.isNaN(sc.score[e]!) ? 0 : sc.score[e]!) < 0 ||
        (!isList && text < 25 && ld > 0) ||
        (!isList && weight < 25 && ld > 0.2) ||
        (weight >= 25 && ld > 0.5) ||
        caption;
      if (remove) {
        drop[a]!++;
        drop[b]!--;
      }
    }
  }
  const keep: number[] = [];
  let depth = 0;
  const inRoots = new Int32Array(n + 1);
  for (const r of roots) {
    inRoots[lay.start[r]!]!++;
    inRoots[lay.end[r]!]!--;
  }
  let covered = 0;
  for (let i = 0; i < n; i++) {
    depth += drop[i]!;
    covered += inRoots[i]!;
    const s = lay.segments[i]!;
    if (covered === 0 || depth > 0 || s.boiler) continue;
    // "Related: <a>Other story</a>" sits among the paragraphs, in no box of its own.
    if (s.linkChars * 2 >= s.chars && isPromoLead(s.text)) continue;
    keep.push(i);
  }
  return keep;
}
