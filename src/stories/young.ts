/**
 * Young stories are clustered again as they grow, so an early wrong join can be undone.
 *
 * Online, an article joins the closest story as it stands. While a story has a handful of
 * members its centroid is noisy, and one report of a sibling event (the other quake in the
 * region, the other heist in the city) can join it; the story then draws that event's
 * later reports in too. So while a story is young it keeps each distinct member's vectors,
 * packed in one small buffer (`packMember`), and when it reaches `YOUNG_CHECKS` distinct
 * texts its members are clustered again bottom-up, closest pair first, as the re-cluster
 * does (recluster.ts). A group that no longer belongs leaves as a story of its own. After
 * the last check the vectors are dropped: a story of that size has a centroid that holds.
 *
 * Member vectors are kept whole, a weight to a byte: cut to their heaviest terms, a member's
 * vectors scored under the threshold its whole vectors had cleared, and reports left stories
 * they belonged to (bench/stories/README.md).
 */
import type { StoryMemberRecord, StoryRecord, StoryTx } from '../store/store.js';
import { add, EMPTY, prune, type Sparse } from './tfidf.js';
import { similarity, timeless, type ArticleVectors, type SimilarityParams } from './similarity.js';
import { profileOf } from './profile.js';
import { usableTitle } from './title.js';

/** Distinct texts at which a young story is clustered again; after the last, it is no longer young. */
export const YOUNG_CHECKS: readonly number[] = [4, 8, 12, 16];
export const YOUNG_UNTIL = YOUNG_CHECKS[YOUNG_CHECKS.length - 1]!;
/** Name phrases kept a member: enough to name a story that splits off. */
const YOUNG_PHRASES = 8;

/** What a young story keeps of a member: enough to rebuild a story of any group of its members. */
export interface YoungMember {
  articleId: string;
  seq: number;
  vectors: ArticleVectors;
  title: string;
  phrases: string[];
  /** The member's outlet, from its member record (not packed). */
  source: string;
}

/**
 * One member as bytes: seq, day, named days, its vectors, title and phrases. One buffer a
 * member, because many small objects cost more than their contents; ids are written as
 * varint gaps and weights as a byte of the vector's largest weight, which is about 3 bytes
 * an entry against 8, and well within what a split decision can tell apart.
 */
export function packMember(seq: number, v: ArticleVectors, title: string, phrases: Iterable<string>): Uint8Array {
  const { topic, identity } = v;
  const enc = new TextEncoder();
  const w = new Writer(64 + 4 * (topic.ids.length + identity.ids.length) + title.length * 3);
  w.varint(seq);
  w.f64(v.day ?? Number.NaN);
  w.byte(v.published ? 1 : 0);
  const refDays = v.refDays.slice(0, 255);
  w.varint(refDays.length);
  for (const d of refDays) w.f64(d);
  for (const vec of [topic, identity]) {
    let max = 0;
    for (let i = 0; i < vec.w.length; i++) max = Math.max(max, Math.abs(vec.w[i]!));
    w.varint(vec.ids.length);
    w.f32(max);
    let last = 0;
    for (let i = 0; i < vec.ids.length; i++) {
      w.varint(vec.ids[i]! - last);
      last = vec.ids[i]!;
      w.byte(max > 0 ? Math.round((vec.w[i]! / max) * 255) : 0);
    }
  }
  w.text(enc.encode(title.slice(0, 300)));
  w.text(enc.encode(v.language ?? ''));
  const kept: Uint8Array[] = [];
  for (const ph of phrases) {
    if (kept.length >= YOUNG_PHRASES) break;
    kept.push(enc.encode(ph));
  }
  w.varint(kept.length);
  for (const b of kept) w.text(b);
  return w.done();
}

/** A packed member; without `withText` its title and phrases are left empty (a check reads them only when it splits). */
export function unpackMember(articleId: string, bytes: Uint8Array, withText = true): Omit<YoungMember, 'source'> {
  const r = new Reader(bytes);
  const seq = r.varint();
  const day = r.f64();
  const published = r.byte() === 1;
  const refDays: number[] = [];
  for (let n = r.varint(); n > 0; n--) refDays.push(r.f64());
  const vectors: Sparse[] = [];
  for (let k = 0; k < 2; k++) {
    const n = r.varint();
    const max = r.f32();
    const ids = new Int32Array(n);
    const w = new Float32Array(n);
    let last = 0;
    for (let i = 0; i < n; i++) {
      last += r.varint();
      ids[i] = last;
      w[i] = (r.byte() / 255) * max;
    }
    vectors.push({ ids, w });
  }
  const dec = new TextDecoder();
  const titleBytes = r.text();
  const language = dec.decode(r.text());
  const title = withText ? dec.decode(titleBytes) : '';
  const phrases: string[] = [];
  for (let n = withText ? r.varint() : 0; n > 0; n--) phrases.push(dec.decode(r.text()));
  return { articleId, seq, vectors: { topic: vectors[0]!, identity: vectors[1]!, day: Number.isNaN(day) ? null : day, refDays, published, language }, title, phrases };
}

class Writer {
  private buf: Uint8Array;
  private view: DataView;
  private at = 0;
  constructor(size: number) {
    this.buf = new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
  }
  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const grown = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    grown.set(this.buf);
    this.buf = grown;
    this.view = new DataView(grown.buffer);
  }
  byte(b: number): void {
    this.room(1);
    this.buf[this.at++] = b;
  }
  varint(n: number): void {
    let x = n >>> 0;
    while (x >= 0x80) {
      this.byte((x & 0x7f) | 0x80);
      x >>>= 7;
    }
    this.byte(x);
  }
  f32(x: number): void {
    this.room(4);
    this.view.setFloat32(this.at, x, true);
    this.at += 4;
  }
  f64(x: number): void {
    this.room(8);
    this.view.setFloat64(this.at, x, true);
    this.at += 8;
  }
  text(b: Uint8Array): void {
    this.varint(b.length);
    this.room(b.length);
    this.buf.set(b, this.at);
    this.at += b.length;
  }
  /** A copy of exactly the bytes written: the scratch buffer is larger. */
  done(): Uint8Array {
    return this.buf.slice(0, this.at);
  }
}

class Reader {
  private readonly view: DataView;
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  byte(): number {
    return this.bytes[this.at++]!;
  }
  varint(): number {
    let x = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      x |= (b & 0x7f) << shift;
      if (b < 0x80) return x >>> 0;
      shift += 7;
    }
  }
  f32(): number {
    const x = this.view.getFloat32(this.at, true);
    this.at += 4;
    return x;
  }
  f64(): number {
    const x = this.view.getFloat64(this.at, true);
    this.at += 8;
    return x;
  }
  text(): Uint8Array {
    const n = this.varint();
    const out = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
}

/** True when a story that had `before` distinct texts and now has `after` passed a check. */
export function passedCheck(before: number, after: number): boolean {
  return YOUNG_CHECKS.some((c) => before < c && after >= c);
}

interface Group {
  members: YoungMember[];
  record: StoryRecord;
}

export interface SplitParams extends SimilarityParams {
  topicTerms: number;
  identityTerms: number;
}

/** A story record of a group of young members, its representative chosen against the group's centroid as online. */
export function groupRecord(id: string, seq: number, members: readonly YoungMember[], p: SplitParams): StoryRecord {
  let topic: Sparse = EMPTY;
  let identity: Sparse = EMPTY;
  const days: number[] = [];
  const refDays = new Set<number>();
  const phrases = new Map<string, number>();
  for (const m of members) {
    topic = add(topic, m.vectors.topic);
    identity = add(identity, m.vectors.identity);
    if (m.vectors.day !== null) days.push(m.vectors.day);
    for (const d of m.vectors.refDays) refDays.add(d);
    for (const ph of m.phrases) phrases.set(ph, (phrases.get(ph) ?? 0) + 1);
  }
  const first = members[0]!;
  const record: StoryRecord = {
    id,
    seq,
    articles: members.length,
    weight: members.length,
    dayMin: days.length ? Math.min(...days) : null,
    dayMax: days.length ? Math.max(...days) : null,
    refDays: [...refDays].sort((a, b) => a - b).slice(0, 16),
    topic: prune(topic, p.topicTerms),
    identity: prune(identity, p.identityTerms),
    representative: first.articleId,
    representativeScore: 1,
    representativeTopic: first.vectors.topic,
    representativeIdentity: first.vectors.identity,
    title: first.title,
    phrases: [...phrases].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 24),
    source: members.every((m) => m.source === first.source) ? first.source : '',
    published: members.every((m) => m.vectors.published ?? false),
    language: first.vectors.language ?? '',
  };
  if (members.length === 1) return record;
  const centroid = profileOf(record);
  let rep = first;
  let repScore = -1;
  for (const m of members) {
    const score = similarity({ topic: m.vectors.topic, identity: m.vectors.identity, day: null, refDays: [] }, centroid, timeless(p)).score;
    const usable = usableTitle(m.title);
    const better = repScore < 0 || (usable && !usableTitle(rep.title)) || (usable === usableTitle(rep.title) && score > repScore);
    if (better) {
      rep = m;
      repScore = score;
    }
  }
  return { ...record, representative: rep.articleId, representativeScore: repScore, representativeTopic: rep.vectors.topic, representativeIdentity: rep.vectors.identity, title: rep.title };
}

/** A one-member group as the check compares it: the member's own vectors, nothing summed or copied. */
function singleton(m: YoungMember): StoryRecord {
  const v = m.vectors;
  return {
    id: m.articleId,
    seq: m.seq,
    articles: 1,
    weight: 1,
    dayMin: v.day,
    dayMax: v.day,
    refDays: [...v.refDays],
    topic: v.topic,
    identity: v.identity,
    representative: m.articleId,
    representativeScore: 1,
    representativeTopic: v.topic,
    representativeIdentity: v.identity,
    title: m.title,
    phrases: [],
    source: m.source,
    published: v.published ?? false,
    language: v.language ?? '',
  };
}

/** Two groups' centroids summed, as `groupRecord` of all their members would sum them; the representative and phrases are left for the end. */
function joinCentroids(a: StoryRecord, b: StoryRecord, p: SplitParams): StoryRecord {
  const days = [a.dayMin, a.dayMax, b.dayMin, b.dayMax].filter((d): d is number => d !== null);
  return {
    ...a,
    articles: a.articles + b.articles,
    weight: a.weight + b.weight,
    dayMin: days.length ? Math.min(...days) : null,
    dayMax: days.length ? Math.max(...days) : null,
    refDays: [...new Set([...a.refDays, ...b.refDays])].sort((x, y) => x - y).slice(0, 16),
    topic: prune(add(a.topic, b.topic), p.topicTerms),
    identity: prune(add(a.identity, b.identity), p.identityTerms),
    source: a.source === b.source ? a.source : '',
    published: a.published && b.published,
  };
}

/**
 * Clusters a young story's members again; every group but the founder's leaves as a story of
 * its own. Returns the stories as they are after the check (the kept one first), or null
 * when nothing split. Identical copies follow their text.
 */
export async function checkYoung(
  tx: StoryTx,
  story: StoryRecord,
  p: SplitParams,
  threshold: (a: StoryRecord, b: StoryRecord) => number,
  idFor: (articleId: string) => string,
): Promise<StoryRecord[] | null> {
  const packed = await tx.youngOf(story.id);
  if (packed.length < story.weight || packed.length < 2) {
    // Some members came without vectors (a re-clustered story, or a merge with a grown one):
    // the story cannot be judged member by member any more.
    await tx.dropYoung(story.id);
    return null;
  }
  const all = await tx.membersOf(story.id);
  const memberRecord = new Map(all.map((m) => [m.articleId, m]));
  const members = packed.map((m) => ({ ...unpackMember(m.articleId, m.vectors, false), source: memberRecord.get(m.articleId)?.source ?? '' })).sort((a, b) => a.seq - b.seq);
  // Every member starts alone, however the last check grouped them: a sibling event's early
  // report shows as apart only once its own reports have come (judging only newcomers against
  // the members checked before cost 0.03 of ECB+ online F1).
  const groups: (Group | null)[] = members.map((m) => ({ members: [m], record: singleton(m) }));
  // Pair scores, kept while neither side changes: at most 16 members, so a full matrix.
  const n = groups.length;
  const margin = (a: Group, b: Group): number => similarity(profileOf(a.record), profileOf(b.record), p).score - threshold(a.record, b.record);
  const scores: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(-Infinity));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) scores[i]![j] = margin(groups[i]!, groups[j]!);
  for (;;) {
    let best: [number, number] | null = null;
    let bestMargin = 0;
    for (let i = 0; i < n; i++) {
      if (!groups[i]) continue;
      for (let j = i + 1; j < n; j++) {
        if (!groups[j]) continue;
        const m = scores[i]![j]!;
        if (m >= bestMargin && (best === null || m > bestMargin)) {
          best = [i, j];
          bestMargin = m;
        }
      }
    }
    if (!best) break;
    const [i, j] = best;
    const joined = [...groups[i]!.members, ...groups[j]!.members].sort((a, b) => a.seq - b.seq);
    groups[i] = { members: joined, record: joinCentroids(groups[i]!.record, groups[j]!.record, p) };
    groups[j] = null;
    for (let k = 0; k < n; k++) {
      if (k === i || !groups[k]) continue;
      const s = margin(groups[i]!, groups[k]!);
      if (k < i) scores[k]![i] = s;
      else scores[i]![k] = s;
    }
  }
  const live = groups.filter((g): g is Group => g !== null);
  if (live.length === 1) return null;
  // It splits: the members' titles and phrases name the stories that come out.
  const withText = new Map(packed.map((m) => [m.articleId, unpackMember(m.articleId, m.vectors)]));
  for (const g of live) g.members = g.members.map((m) => ({ ...m, title: withText.get(m.articleId)!.title, phrases: withText.get(m.articleId)!.phrases }));
  const founder = live.find((g) => g.members.some((m) => idFor(m.articleId) === story.id)) ?? [...live].sort((a, b) => b.members.length - a.members.length)[0]!;
  const byHash = new Map<string, StoryMemberRecord[]>();
  for (const m of all) byHash.set(m.textHash, [...(byHash.get(m.textHash) ?? []), m]);
  const out: StoryRecord[] = [];
  for (const g of [founder, ...live.filter((x) => x !== founder)]) {
    const kept = g === founder;
    const id = kept ? story.id : idFor(g.members[0]!.articleId);
    const seq = kept ? story.seq : g.members[0]!.seq;
    const moving: StoryMemberRecord[] = [];
    for (const m of g.members) {
      const hash = memberRecord.get(m.articleId)?.textHash;
      for (const r of hash === undefined ? [] : (byHash.get(hash) ?? [])) moving.push(r);
    }
    const sources = new Set(moving.map((m) => m.source));
    const record: StoryRecord = { ...groupRecord(id, seq, g.members, p), articles: moving.length, source: sources.size === 1 ? [...sources][0]! : '' };
    if (!kept) for (const m of moving) await tx.putMember({ ...m, storyId: id });
    await tx.putStory(record);
    out.push(record);
  }
  return out;
}
