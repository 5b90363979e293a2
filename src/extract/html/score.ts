/**
 * Candidate scoring in the manner of Readability: every paragraph of prose votes for the
 * elements above it (its container fully, the next one up half, further ones less), votes
 * grow with length and commas, and a candidate's total shrinks with its link density. The
 * best candidate is widened to an ancestor when the evidence says the article continues
 * there, and joined by siblings that carry article text of their own.
 */
import type { Layout, Segment } from './segment.js';

const LEVELS = 5;
const MIN_PARAGRAPH = 25;

/** Prior of a candidate by tag: containers of prose up, lists and headings down. */
const TAG_PRIOR: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

const HINT_WEIGHT = 25;

/** Tags that hold one paragraph; their votes go to the element that holds them. */
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'li', 'dd', 'dt', 'blockquote']);

export interface Scores {
  /** Candidate score after link density, NaN for elements that received no vote. */
  score: Float64Array;
  /** Non-furniture link density of each element. */
  linkDensity: Float64Array;
  children: number[][];
}

export function classWeight(lay: Layout, e: number): number {
  const h = lay.hint[e];
  return h === 'content' ? HINT_WEIGHT : h === 'furniture' || h === 'discussion' ? -HINT_WEIGHT : 0;
}

function votes(s: Segment): number {
  if (s.boiler || s.kind === 'list-item' || s.text.length < MIN_PARAGRAPH) return 0;
  return 2 + s.commas + Math.min(Math.floor(s.text.length / 100), 3);
}

export function scoreCandidates(lay: Layout): Scores {
  const n = lay.elements.length;
  const raw = new Float64Array(n).fill(Number.NaN);
  const chars = new Float64Array(n);
  const links = new Float64Array(n);
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < n; e++) {
    const p = lay.parent[e]!;
    if (p >= 0) children[p]!.push(e);
  }
  // Link density from prefix sums over non-furniture segments.
  const cp = new Float64Array(lay.segments.length + 1);
  const lp = new Float64Array(lay.segments.length + 1);
  lay.segments.forEach((s, i) => {
    cp[i + 1] = cp[i]! + (s.boiler ? 0 : s.chars);
    lp[i + 1] = lp[i]! + (s.boiler ? 0 : s.linkChars);
  });
  for (let e = 0; e < n; e++) {
    chars[e] = cp[lay.end[e]!]! - cp[lay.start[e]!]!;
    links[e] = lp[lay.end[e]!]! - lp[lay.start[e]!]!;
  }
  const init = (e: number): void => {
    if (Number.isNaN(raw[e]!)) raw[e] = (TAG_PRIOR[lay.elements[e]!.name] ?? 0) + classWeight(lay, e);
  };
  for (const s of lay.segments) {
    const v = votes(s);
    if (v === 0 || s.owner < 0) continue;
    const owner = lay.elements[s.owner]!;
    const single = lay.end[s.owner]! - lay.start[s.owner]! <= 1 || PARAGRAPH_TAGS.has(owner.name);
    let e = single ? lay.parent[s.owner]! : s.owner;
    for (let level = 0; level < LEVELS && e >= 0; level++, e = lay.parent[e]!) {
      const name = lay.elements[e]!.name;
      if (name === 'html' || name === 'body') break;
      init(e);
      raw[e]! += v / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  const linkDensity = new Float64Array(n);
  const score = new Float64Array(n);
  for (let e = 0; e < n; e++) {
    linkDensity[e] = chars[e]! > 0 ? links[e]! / chars[e]! : 0;
    score[e] = raw[e]! * (1 - linkDensity[e]!);
  }
  return { score, linkDensity, children };
}

const has = (x: number): boolean => !Number.isNaN(x);

/**
 * The elements that make up the article, in document order: the best candidate, possibly
 * widened, plus qualifying siblings. Empty when no paragraph voted at all.
 */
export function pickRoots(lay: Layout, sc: Scores): number[] {
  const { score, children } = sc;
  const ranked: number[] = [];
  for (let e = 0; e < score.length; e++) if (has(score[e]!)) ranked.push(e);
  if (ranked.length === 0) return [];
  ranked.sort((a, b) => score[b]! - score[a]!);
  let top = ranked[0]!;
  const isTop = (e: number): boolean => {
    const name = lay.elements[e]!.name;
    return name === 'body' || name === 'html';
  };

  // Several near-equal candidates sharing an ancestor: the article is split, take the ancestor.
  const close = ranked.slice(1, 5).filter((e) => score[e]! / score[top]! >= 0.75);
  if (close.length >= 3) {
    const lineage = close.map((e) => {
      const set = new Set<number>();
      for (let a = lay.parent[e]!; a >= 0; a = lay.parent[a]!) set.add(a);
      return set;
    });
    for (let a = lay.parent[top]!; a >= 0 && !isTop(a); a = lay.parent[a]!) {
      if (lineage.filter((set) => set.has(a)).length >= 3) {
        top = a;
        break;
      }
    }
  }

  // Scores rising on the way up mean more of the article lies beside the candidate.
  let last = score[top]!;
  const threshold = last / 3;
  for (let a = lay.parent[top]!; a >= 0 && !isTop(a); a = lay.parent[a]!) {
    if (!has(score[a]!)) continue;
    if (score[a]! < threshold) break;
    if (score[a]! > last) {
      top = a;
      break;
    }
    last = score[a]!;
  }

  // A lone child stands for its parent, so that the parent's other children become siblings.
  for (let p = lay.parent[top]!; p >= 0 && !isTop(p) && children[p]!.length === 1; p = lay.parent[top]!) top = p;

  const parent = lay.parent[top]!;
  if (parent < 0) return [top];
  const topScore = has(score[top]!) ? score[top]! : 0;
  const topClass = lay.elements[top]!.attribs['class'] ?? '';
  const floor = Math.max(10, topScore * 0.2);
  const roots: number[] = [];
  for (const sib of children[parent]!) {
    if (sib === top) {
      roots.push(sib);
      continue;
    }
    const el = lay.elements[sib]!;
    const bonus = topClass !== '' && el.attribs['class'] === topClass ? topScore * 0.2 : 0;
    const s = has(score[sib]!) ? score[sib]! : 0;
    if (s + bonus >= floor) {
      roots.push(sib);
      continue;
    }
    // A <p>, or an element holding one line of text of its own (how Readability reads a
    // <div> with no block inside), or a wrapper around one such paragraph (a paragraph
    // beside a picture), joins when it reads as prose.
    const lines = lay.segments.slice(lay.start[sib]!, lay.end[sib]!).filter((g) => !g.boiler);
    const paragraph = el.name === 'p' || (lines.length === 1 && (lines[0]!.owner === sib || lines[0]!.kind === 'paragraph'));
    if (paragraph && lines.length > 0) {
      const text = lines.map((g) => g.text).join(' ');
      const ld = sc.linkDensity[sib]!;
      if ((text.length > 80 && ld < 0.25) || (text.length <= 80 && ld === 0 && /\.( |$)/.test(text))) {
        roots.push(sib);
      }
    }
  }
  return roots;
}
