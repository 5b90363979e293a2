/**
 * One id per real-world referent across articles. Outlets spell the same person differently
 * ("Sergei"/"Ivan Kresl", "Mirov"/"Mirovy"), name them by surname only, and
 * abbreviate organizations; different people share surnames ("Emil Varga", "Melania
 * Varga"). Entities are grouped by keys, never compared pair by pair, so the cost stays
 * linear in the number of entities.
 */
import type { EntityType, LocalEntity } from '../types.js';
import { lookup } from './gazetteer.js';
import { nameKey, personSkeleton, personWords, skeletonWord, slug } from './names.js';

export interface CanonicalEntity {
  /** `type:slug`, derived from the spelling-independent key of the name: stable across runs. */
  id: string;
  /** The spelling most articles use. */
  name: string;
  type: EntityType;
  /** Every other name the articles use for it. */
  aliases: string[];
  /** For seats of power used as metonyms: the government most articles say it stands for. */
  standsFor?: string;
}

export interface ArticleEntities {
  articleId: string;
  entities: readonly LocalEntity[];
}

export interface CanonicalLink {
  articleId: string;
  /** `LocalEntity.key` within that article. */
  key: string;
  id: string;
}

export interface Canonicalization {
  entities: CanonicalEntity[];
  links: CanonicalLink[];
  /** The canonical id of an article's local entity. */
  idOf(articleId: string, key: string): string | undefined;
}

interface Item {
  articleId: string;
  entity: LocalEntity;
  type: EntityType;
  /** Spelling-independent identity: person skeleton, or name key (gazetteer name when listed). */
  ident: string;
  /** Words of a person's name without initials; empty for other types. */
  words: string[];
}

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index stays root, so the result does not depend on the order of unions.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

function identOf(type: EntityType, name: string): string {
  if (type === 'person') return personSkeleton(name);
  const listed = lookup(name);
  return nameKey(listed && listed.type === type ? listed.name : name);
}

/**
 * A name written with different types in different articles ("Northern Rim" as a place
 * here, an organization there) takes the type most articles give it.
 */
function reconcileTypes(items: Item[]): void {
  const byName = new Map<string, Item[]>();
  for (const it of items) {
    const k = nameKey(it.entity.name);
    const list = byName.get(k) ?? [];
    list.push(it);
    byName.set(k, list);
  }
  for (const list of byName.values()) {
    const counts = new Map<EntityType, number>();
    for (const it of list) counts.set(it.type, (counts.get(it.type) ?? 0) + 1);
    if (counts.size < 2) continue;
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (ranked[0]![1] === ranked[1]![1]) continue;
    const type = ranked[0]![0];
    for (const it of list) {
      if (it.type === type) continue;
      it.type = type;
      it.ident = identOf(type, it.entity.name);
      it.words = type === 'person' ? personWords(it.entity.name) : [];
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function canonicalize(articles: readonly ArticleEntities[]): Canonicalization {
  const items: Item[] = [];
  for (const a of articles) {
    for (const e of a.entities) {
      items.push({ articleId: a.articleId, entity: e, type: e.type, ident: identOf(e.type, e.name), words: e.type === 'person' ? personWords(e.name) : [] });
    }
  }
  reconcileTypes(items);
  const uf = new UnionFind();
  for (let i = 0; i < items.length; i++) uf.add();

  // Same type and identity: one referent.
  const byIdent = new Map<string, number>();
  items.forEach((it, i) => {
    if (!it.ident) return;
    const k = `${it.type}\u0000${it.ident}`;
    const first = byIdent.get(k);
    if (first === undefined) byIdent.set(k, i);
    else uf.union(first, i);
  });

  linkPeople(items, uf);
  linkAliases(items, uf);
  linkAcronyms(items, uf);
  return build(items, uf);
}

/**
 * Variant full names given as aliases join their groups; "Donald John Varga" joins "Donald
 * Varga" when that first-and-last pair is unique; a surname alone joins the one full name
 * that has it, and stays apart when several do.
 */
function linkPeople(items: readonly Item[], uf: UnionFind): void {
  const fullByIdent = new Map<string, number>();
  items.forEach((it, i) => {
    if (it.type === 'person' && it.words.length >= 2) fullByIdent.set(it.ident, i);
  });
  items.forEach((it, i) => {
    if (it.type !== 'person') return;
    for (const alias of it.entity.aliases) {
      if (personWords(alias).length < 2) continue;
      const j = fullByIdent.get(personSkeleton(alias));
      if (j !== undefined) uf.union(i, j);
    }
  });
  const firstLast = new Map<string, Set<number>>();
  items.forEach((it, i) => {
    if (it.type !== 'person' || it.words.length < 2) return;
    const key = `${skeletonWord(it.words[0]!)} ${skeletonWord(it.words[it.words.length - 1]!)}`;
    const set = firstLast.get(key) ?? new Set<number>();
    set.add(uf.find(i));
    firstLast.set(key, set);
  });
  const shortest = new Map<number, number>();
  items.forEach((it, i) => {
    if (it.type !== 'person' || it.words.length < 2) return;
    const r = uf.find(i);
    shortest.set(r, Math.min(shortest.get(r) ?? Infinity, it.words.length));
  });
  for (const set of firstLast.values()) {
    if (set.size !== 2) continue;
    // Only a longer name and its two-word form: "Donald John Varga" and "Emil Varga".
    const [a, b] = [...set] as [number, number];
    if (shortest.get(a) === 2 || shortest.get(b) === 2) uf.union(a, b);
  }
  const bySurname = new Map<string, Set<number>>();
  items.forEach((it, i) => {
    if (it.type !== 'person' || it.words.length < 2) return;
    const key = skeletonWord(it.words[it.words.length - 1]!);
    const set = bySurname.get(key) ?? new Set<number>();
    set.add(uf.find(i));
    bySurname.set(key, set);
  });
  items.forEach((it, i) => {
    if (it.type !== 'person' || it.words.length !== 1) return;
    const roots = bySurname.get(skeletonWord(it.words[0]!));
    if (roots && roots.size === 1) uf.union(i, [...roots][0]!);
  });
}

/**
 * Places and organizations: an alias that only one group uses ("Standard" for the Northern
 * Standard) joins an entity named by it elsewhere. Person aliases are left out: a surname is
 * shared by too many people.
 */
function linkAliases(items: readonly Item[], uf: UnionFind): void {
  const claims = new Map<string, Set<number>>();
  items.forEach((it, i) => {
    if (it.type === 'person') return;
    for (const alias of it.entity.aliases) {
      const k = `${it.type}\u0000${identOf(it.type, alias)}`;
      const set = claims.get(k) ?? new Set<number>();
      set.add(uf.find(i));
      claims.set(k, set);
    }
  });
  const byIdent = new Map<string, number[]>();
  items.forEach((it, i) => {
    if (it.type !== 'person') push(byIdent, `${it.type}\u0000${it.ident}`, i);
  });
  for (const [k, roots] of claims) {
    if (roots.size !== 1) continue;
    const root = [...roots][0]!;
    for (const i of byIdent.get(k) ?? []) uf.union(root, i);
  }
}

/** "SES" for the State Emergency Service, when exactly one organization has those initials. */
function linkAcronyms(items: readonly Item[], uf: UnionFind): void {
  const byInitials = new Map<string, Set<number>>();
  items.forEach((it, i) => {
    if (it.type !== 'organization') return;
    const sig = it.entity.name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w) && !/^(Of|The|And|For)$/.test(w));
    if (sig.length < 2) return;
    const key = sig.map((w) => w[0]!.toLowerCase()).join('');
    const set = byInitials.get(key) ?? new Set<number>();
    set.add(uf.find(i));
    byInitials.set(key, set);
  });
  items.forEach((it, i) => {
    const name = it.entity.name.replace(/\./g, '');
    if (it.type !== 'organization' || !/^\p{Lu}{2,6}$/u.test(name)) return;
    const roots = byInitials.get(name.toLowerCase());
    if (roots && roots.size === 1) uf.union(i, [...roots][0]!);
  });
}

function mostCommon(values: readonly string[], prefer: (v: string) => number = () => 0): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => prefer(b[0]) - prefer(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0];
}

function build(items: readonly Item[], uf: UnionFind): Canonicalization {
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => push(groups, uf.find(i), i));
  const draft: { idKey: string; entity: Omit<CanonicalEntity, 'id'>; members: number[] }[] = [];
  for (const members of groups.values()) {
    const its = members.map((i) => items[i]!);
    const type = its[0]!.type;
    // Persons are named by their fullest form; others by the name most articles give.
    const name =
      type === 'person'
        ? mostCommon(its.map((it) => it.entity.name), (v) => personWords(v).length)!
        : mostCommon(its.map((it) => it.entity.name))!;
    const idKey = type === 'person' ? personSkeleton(name) || nameKey(name) : identOf(type, name);
    const names = new Set<string>();
    for (const it of its) {
      names.add(it.entity.name);
      for (const a of it.entity.aliases) names.add(a);
    }
    names.delete(name);
    const entity: Omit<CanonicalEntity, 'id'> = { name, type, aliases: [...names].sort() };
    const standsFor = mostCommon(its.flatMap((it) => (it.entity.standsFor ? [it.entity.standsFor] : [])));
    if (standsFor) entity.standsFor = standsFor;
    draft.push({ idKey, entity, members });
  }
  // Ids in a fixed order, so a clash between slugs resolves the same way every run.
  draft.sort((a, b) => (a.entity.type + a.idKey < b.entity.type + b.idKey ? -1 : a.entity.type + a.idKey > b.entity.type + b.idKey ? 1 : a.members[0]! - b.members[0]!));
  const taken = new Set<string>();
  const entities: CanonicalEntity[] = [];
  const links: CanonicalLink[] = [];
  const index = new Map<string, string>();
  for (const d of draft) {
    const base = `${d.entity.type}:${slug(d.idKey) || hash(d.idKey)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    entities.push({ id, ...d.entity });
    for (const i of d.members) {
      const it = items[i]!;
      links.push({ articleId: it.articleId, key: it.entity.key, id });
      index.set(`${it.articleId}\u0000${it.entity.key}`, id);
    }
  }
  return { entities, links, idOf: (articleId, key) => index.get(`${articleId}\u0000${key}`) };
}

/** FNV-1a, for names with no Latin letters to slug. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
