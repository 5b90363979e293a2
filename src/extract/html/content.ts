/**
 * Main-content extraction: which part of the page is the article, and which of its blocks
 * are reading text rather than furniture. The steps:
 *   1. cut the page into segments (segment.ts);
 *   2. mark furniture by names, weighed against the prose it holds (furniture.ts);
 *   3. let paragraphs vote for their containers and pick the article's elements (score.ts);
 *   4. drop link-heavy boxes, captions and promo lines inside them (prune.ts);
 *   5. check the choice against the publisher's JSON-LD articleBody, if any (agreement.ts);
 *   6. trim kickers, titles, bylines and calls to action off the edges (trim.ts).
 * A result too short to be an article is tried again with furniture names ignored.
 */
import type { Document, Element } from 'domhandler';
import type { Block } from '../../pipeline/record.js';
import { elementsOf, textOf } from './dom.js';
import { layout, type Layout } from './segment.js';
import { markFurniture } from './furniture.js';
import { pickRoots, scoreCandidates } from './score.js';
import { checkAgainstBody } from './agreement.js';
import { pruneSegments } from './prune.js';
import { sameTitle, trimEdges, type Line } from './trim.js';

export interface ContentInput {
  title: string | null;
  /** JSON-LD articleBody, when the page states one. */
  articleBody: string | null;
  /** Texts of the page's `<h1>` elements. */
  headings: readonly string[];
  /** Author names from the metadata, to recognise byline lines. */
  authors: readonly string[];
}

/**
 * Elements that announce the article: its title heading, microdata body, or the page's only
 * `<article>`. They and their ancestors are never taken for furniture.
 */
export function anchors(doc: Document, title: string | null): Element[] {
  const found: Element[] = [];
  const h1s: Element[] = [];
  const articles: Element[] = [];
  for (const el of elementsOf(doc, (e) => e.name !== 'script' && e.name !== 'style' && e.name !== 'svg')) {
    if (el.name === 'h1') h1s.push(el);
    else if (el.name === 'article') articles.push(el);
    const itemprop = el.attribs['itemprop'];
    if (itemprop && /\barticleBody\b/i.test(itemprop)) found.push(el);
  }
  if (articles.length === 1) found.push(articles[0]!);
  // Only the first few headings are read: nested by the thousand, reading each would be quadratic.
  const heading = (title ? h1s.slice(0, 20).find((h) => sameTitle(textOf(h, 500), title)) : undefined) ?? h1s[0];
  if (heading) found.push(heading);
  return found;
}

/** The anchors and all their ancestors. */
export function keepSet(marks: readonly Element[]): Set<Element> {
  const keep = new Set<Element>();
  for (const m of marks) {
    let n: Element | null = m;
    while (n && !keep.has(n)) {
      keep.add(n);
      n = n.parent && n.parent.type === 'tag' ? (n.parent as Element) : null;
    }
  }
  return keep;
}

/** Below this much text, an extraction is suspect: names may have hidden the article. */
const TOO_SHORT = 250;

export function extractContent(doc: Document, input: ContentInput): Block[] {
  const lay = layout(doc);
  const keep = keepSet(anchors(doc, input.title));
  markFurniture(lay, keep);
  let lines = extractLines(lay, input);
  if (length(lines) < TOO_SHORT) {
    // Like Readability's retry: a page that names its article wrapper "sidebar" or
    // "widget" and holds little else is read again with furniture names ignored. Comments
    // stay out: they are the one furniture that reads like an article.
    markFurniture(lay, keep, { discussionOnly: true });
    const again = extractLines(lay, input);
    if (length(again) > 2 * length(lines)) lines = again;
  }
  return lines.map((l) => ({ kind: l.kind, text: l.text }));
}

const length = (lines: readonly Line[]): number => lines.reduce((n, l) => n + l.text.length, 0);

function extractLines(lay: Layout, input: ContentInput): Line[] {
  const sc = scoreCandidates(lay);
  let roots = pickRoots(lay, sc);
  if (roots.length === 0) return [];
  let kept = pruneSegments(lay, sc, roots);
  const check = input.articleBody ? checkAgainstBody(lay, input.articleBody) : null;
  if (check && check.covered(kept) < 0.5) {
    const best = check.bestElement();
    if (best && best.share >= 0.7) {
      roots = [best.element];
      kept = pruneSegments(lay, sc, roots);
    }
  }
  return trimEdges(toLines(lay, kept), input.title, input.headings, input.authors);
}

function toLines(lay: Layout, kept: readonly number[]): Line[] {
  return kept.map((i) => {
    const seg = lay.segments[i]!;
    const tag = seg.owner >= 0 ? lay.elements[seg.owner]!.name : '';
    return { kind: seg.kind, text: seg.text, tag, linkDensity: seg.chars > 0 ? seg.linkChars / seg.chars : 0 };
  });
}
