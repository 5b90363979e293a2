/**
 * Copy groups: connected components of verified copy relations, each with its likely
 * original and every member's relation to that original. Shared by the in-memory index
 * and the store-backed update so both choose originals and label members the same way.
 */
import { classify, type CopyRelation, type Overlap } from './verify.js';
import { NEAR_LENGTH_RATIO } from './params.js';

/** What choosing an original needs to know about an article. */
export interface OriginFacts {
  id: string;
  /** ISO 8601 date or date-time, or null when unknown. */
  published: string | null;
  /** Length of the clean text. */
  chars: number;
}

/**
 * Milliseconds since the epoch, or null. A bare date counts as the start of its day
 * (UTC): it sorts before reports timed later that day, which keeps the order total.
 */
export function publishedTime(value: string | null): number | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isFinite(t) ? t : null;
}

/**
 * Negative when `a` is the likelier original: dated before undated (only a known date can
 * be "earliest"), then earlier, then longer (a copy more often trims than adds), then the
 * smaller id so that the choice never depends on arrival order.
 */
export function compareOriginal(a: OriginFacts, b: OriginFacts): number {
  const ta = publishedTime(a.published);
  const tb = publishedTime(b.published);
  if (ta !== null && tb === null) return -1;
  if (ta === null && tb !== null) return 1;
  if (ta !== null && tb !== null && ta !== tb) return ta - tb;
  if (a.chars !== b.chars) return b.chars - a.chars;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A member's relation to its group's original, measured from both texts. */
export interface MemberRelation {
  relation: CopyRelation;
  /** False when the member is not itself a copy of the original but joined through another member. */
  direct: boolean;
  jaccard: number;
  /** Share of the member's shingles found in the original, and of the original's found in the member. */
  inOriginal: number;
  originalIn: number;
}

/**
 * The member's relation to the original from their overlap. A member linked only through
 * others (an excerpt of a rewrite, say) gets the nearer of excerpt or rewrite by size,
 * marked indirect, because the four kinds must cover every member.
 */
export function memberRelation(memberToOriginal: Overlap): MemberRelation {
  const o = memberToOriginal;
  const direct = classify(o);
  const base = { jaccard: o.jaccard, inOriginal: o.aInB, originalIn: o.bInA };
  if (direct) return { relation: direct, direct: true, ...base };
  const ratio = o.sizeB === 0 ? 0 : o.sizeA / o.sizeB;
  return { relation: ratio < NEAR_LENGTH_RATIO ? 'excerpt' : 'rewrite', direct: false, ...base };
}

/** A member of a copy group, the original included (relation 'original'). */
export interface CopyMember extends OriginFacts {
  relation: CopyRelation | 'original';
  direct: boolean;
  jaccard: number;
  inOriginal: number;
  originalIn: number;
}

export interface CopyGroup {
  /** `copies:` and the original's id: the same members always give the same id. */
  id: string;
  original: string;
  /** The original first, then by `compareOriginal`. */
  members: CopyMember[];
}

export function groupId(originalId: string): string {
  return `copies:${originalId}`;
}

export function originalMember(facts: OriginFacts): CopyMember {
  return { ...facts, relation: 'original', direct: true, jaccard: 1, inOriginal: 1, originalIn: 1 };
}

/** Union-find over dense article numbers, with path halving and union by size: near-constant per operation, 8 bytes per article. */
export class UnionFind {
  parent: Int32Array;
  size: Int32Array;
  private count = 0;

  constructor(capacity = 1024) {
    this.parent = new Int32Array(capacity);
    this.size = new Int32Array(capacity);
  }

  /** Adds element `count` as its own set and returns it. */
  push(): number {
    if (this.count === this.parent.length) {
      const parent = new Int32Array(this.parent.length * 2);
      parent.set(this.parent);
      const size = new Int32Array(this.size.length * 2);
      size.set(this.size);
      this.parent = parent;
      this.size = size;
    }
    const i = this.count++;
    this.parent[i] = i;
    this.size[i] = 1;
    return i;
  }

  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]!]!;
      i = p[i]!;
    }
    return i;
  }

  /** Joins the sets of a and b; returns the new root and the absorbed one (equal when already joined). */
  union(a: number, b: number): { root: number; absorbed: number } {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return { root: ra, absorbed: ra };
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = this.size[ra]! + this.size[rb]!;
    return { root: ra, absorbed: rb };
  }

  get bytes(): number {
    return this.parent.byteLength + this.size.byteLength;
  }
}
