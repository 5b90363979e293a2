/**
 * People, organizations and places in one article, with every mention of each.
 *
 * Passes, in order: capitalised runs are cut into title and name and typed by list or by
 * context; full names become entities and shorter names ("Kresl", "Mr. Kresl", "Veyra")
 * link to them; headlines are read only for names the body already knows; capitals and
 * seats of government used for a government become metonyms; descriptions ("the Russian
 * president", "the company") link to the most recent entity they fit; genders are set.
 *
 * Representation, for the layers that read this:
 * - A metonym mention points at the seat's own entity (place "Moscow", organization
 *   "Kremlin"); that entity's `standsFor` names the government ("Government of Russia").
 *   The same entity's plainly locational mentions ("in Moscow") have kind `name`.
 * - A demonym mention points at the place ("Russian" → Russia). Demonyms are not aliases.
 * - A nominal mention ("the Ukrainian leader") points at the entity it was resolved to;
 *   unresolvable descriptions produce no mention. Pronouns are left to the quote layer:
 *   see `indexEntities` in coref.ts for the look-ups it needs.
 */
import type { EntityType, LocalEntity, Mention, MentionKind, Sentence, Token } from '../types.js';
import { chunks, prepare, type Prepared, type SentenceToks, type Tok } from './chunk.js';
import { demonymPlace, isGazetteerPrefix, lookup, MAX_GAZETTEER_WORDS, type GazetteerEntry } from './gazetteer.js';
import { contextEvidence, emptyEvidence, appositionNoun, ORG_PREFIX, ORG_SUFFIX, PLACE_PREFIX, PLACE_SUFFIX, type Evidence } from './evidence.js';
import { appositive, extendLeft, isRoleHead, splitTitle } from './roles.js';
import { COMMON, HONORIFICS, ROLE_GENDER, ROLE_HEADS, ROLE_MODIFIERS, TITLE_ONLY, isGivenName, type Gender } from './titles.js';
import { isMetonymic } from './metonyms.js';
import { nameKey, personSkeleton, skeletonWord, slug } from './names.js';
import { assignGenders, resolveNominals } from './coref.js';
import type { EntityRec, Found } from './model.js';

export type { Gender } from './titles.js';
export { indexEntities, type EntityIndex } from './coref.js';

export interface EntityResult {
  mentions: Mention[];
  entities: LocalEntity[];
}

interface Cand {
  s: SentenceToks;
  from: number;
  to: number;
  start: number;
  end: number;
  surface: string;
  key: string;
  words: Tok[];
  role?: { start: number; end: number; text: string; from: number; to: number };
  appositive?: { start: number; end: number; text: string; noun: string | null };
  honorific?: Gender | null;
  gaz?: GazetteerEntry;
  /** Typed by its own form (an affix or a list), not by context. */
  fixed?: EntityType;
  ev: Evidence;
  insideRole: boolean;
  dateline: boolean;
  /** Holds hyphen-joined parts that may name several entities ("Varga-Sorin"). */
  compound: boolean;
}

/** Last words too generic to name one organization by themselves ("the Ministry"). */
const ORG_SUFFIX_GENERIC = new Set(['ministry', 'department', 'agency', 'service', 'council', 'commission', 'committee', 'office', 'court', 'party', 'union', 'bank', 'group', 'company', 'university', 'school', 'hospital', 'government', 'police', 'army']);

const NATURAL_AFFIXES = new Set(['dam', 'river', 'lake', 'sea', 'gulf', 'bay', 'strait', 'canal', 'island', 'islands', 'peninsula', 'mountains', 'mountain', 'hills', 'valley', 'desert', 'forest', 'reservoir', 'mount', 'mt', 'isle', 'cape']);

/**
 * `tokens`, when given, must be `tokenize(text)`: the language layer tokenizes once and
 * shares the result.
 */
export function findEntities(text: string, sentences: readonly Sentence[], tokens?: readonly Token[]): EntityResult {
  const doc = prepare(text, sentences, tokens);
  const finder = new Finder(doc);
  doc.sentences.forEach((s, i) => {
    if (!s.headline) finder.collect(s, i === 0 || sentences[i - 1]!.paragraph !== sentences[i]!.paragraph);
  });
  finder.resolve();
  finder.headlines(doc.sentences.filter((s) => s.headline));
  finder.metonyms();
  finder.found.sort((a, b) => a.start - b.start || b.end - a.end);
  resolveNominals(doc, finder.found);
  assignGenders(doc, finder.found, finder.entities);
  return finder.output();
}

class Finder {
  readonly cands: Cand[] = [];
  readonly found: Found[] = [];
  readonly entities: EntityRec[] = [];
  private readonly byIdent = new Map<string, EntityRec>();
  private readonly evidence = new Map<string, Evidence>();
  private readonly bySentence = new Map<SentenceToks, Found[]>();
  /** Per sentence, the name mention covering each token: built once for coordination. */
  private tokenIndex = new Map<SentenceToks, (Found | undefined)[]>();
  /** Keys seen at least once away from a sentence start. */
  private readonly notInitial = new Set<string>();

  constructor(private readonly doc: Prepared) {}

  private slice(s: SentenceToks, from: number, to: number): string {
    return this.doc.text.slice(s.toks[from]!.start, s.toks[to - 1]!.end);
  }

  // ── collection ────────────────────────────────────────────────────────────

  collect(s: SentenceToks, firstInParagraph: boolean): void {
    const toks = s.toks;
    const after = firstInParagraph ? this.dateline(s) : 0;
    for (const run of chunks(toks)) {
      let i = run[0];
      const j = run[1];
      if (j <= after) continue;
      if (i < after) i = after;
      while (i < j && this.dropWord(toks, i, j)) i++;
      if (i < j) this.run(s, i, j, false);
    }
  }

  /** "BRODNA —", "OSTAVI, Maravia, March 11 (Continental Wire) —": a place in capitals opening a report. */
  private dateline(s: SentenceToks): number {
    const toks = s.toks;
    let k = 0;
    while (toks[k]?.isWord && toks[k]!.upper) k++;
    const sep = toks[k]?.text;
    if (k === 0 || !(sep === ',' || sep === '—' || sep === '–' || sep === '-')) return 0;
    // "BREAKING —", "UPDATE —" are labels, not places.
    if (toks.slice(0, k).every((t) => COMMON.has(t.lower))) return 0;
    const gaz = lookup(this.slice(s, 0, k));
    if (gaz && gaz.type !== 'place') return 0;
    this.addCand(s, 0, k, { ...(gaz ? { gaz } : {}), fixed: 'place', dateline: true });
    return k;
  }

  /** An opening word that is only capitalised because it opens the sentence (or is "the"). */
  private dropWord(toks: readonly Tok[], i: number, j: number): boolean {
    const t = toks[i]!;
    // "The Hague" is listed without its article too; "The White House" is the White House.
    if (t.lower === 'the' && i + 1 < j) return true;
    if (!t.initial) return false;
    if (this.gazetteerAt(toks, i, j)) return false;
    if (COMMON.has(t.lower)) return true;
    if (ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || HONORIFICS.has(t.lower) || isGivenName(t.text)) return false;
    if (demonymPlace(t.text)) return false;
    return this.doc.lowerVocab.has(t.lower) && !this.doc.capSeen.has(t.lower);
  }

  /** End of the longest gazetteer name starting at token i within [i, j), or 0. */
  private gazetteerAt(toks: readonly Tok[], i: number, j: number): number {
    let best = 0;
    for (let k = i + 1; k <= j && k - i <= MAX_GAZETTEER_WORDS + 2; k++) {
      const surface = this.doc.text.slice(toks[i]!.start, toks[k - 1]!.end);
      if (lookup(surface)) best = k;
      else if (!isGazetteerPrefix(nameKey(surface)) && k - i > 1) break;
    }
    return best;
  }

  private run(s: SentenceToks, i: number, j: number, insideRole: boolean): void {
    const toks = s.toks;
    const words = toks.slice(i, j).filter((t) => t.isWord);
    if (words.length === 0) return;
    const first = words[0]!;
    const last = words[words.length - 1]!;
    const gaz = lookup(this.slice(s, i, j));
    if (gaz) {
      this.addCand(s, i, j, { gaz, fixed: gaz.type, insideRole });
      return;
    }
    if (j - i === 1 && demonymPlace(first.text)) {
      this.addDemonym(s, i, demonymPlace(first.text)!, insideRole);
      return;
    }
    // A last word types the name before any title is read: "General Motors" is no general's.
    if (words.length >= 2 && this.affixed(s, i, j, ORG_SUFFIX.has(last.lower), PLACE_SUFFIX.has(last.lower), insideRole)) return;
    if (insideRole) {
      this.addCand(s, i, j, { insideRole });
      return;
    }
    if (this.placeBeforeName(s, i, j)) return;
    const ns = splitTitle(toks, i, j);
    // A first word types it only when no title is read: "Academy President Boone Isaacs" is a person.
    if (ns === i && words.length >= 2 && this.affixed(s, i, j, ORG_PREFIX.has(first.lower), PLACE_PREFIX.has(first.lower), false)) return;
    // "the American Tarek Velund": a demonym before a full name says where the person is from.
    if (ns === i && words.length >= 3 && demonymPlace(first.text) && toks.slice(i + 1, j).every((t) => t.isWord && t.cap)) {
      this.addDemonym(s, i, demonymPlace(first.text)!, false);
      this.run(s, i + 1, j, false);
      return;
    }
    if (ns === i && this.splitAtPlace(s, i, j)) return;
    // "Senior Kremlin aide Yuri Tamm": a run before a lowercase title and a name qualifies the title.
    if (ns === i && qualifiesTitle(toks, j)) {
      this.titleParts(s, i, j);
      return;
    }
    if (ns > i) this.titleParts(s, i, ns);
    else if (words.every((w) => isTitleWord(w))) {
      this.titleParts(s, i, j);
      return;
    }
    const titleStart = ns > i ? i : ns;
    const roleStart = extendLeft(toks, titleStart, ns > i);
    let role: Cand['role'];
    let honorific: Gender | null | undefined;
    if (roleStart < ns) {
      let roleEnd = ns;
      while (roleEnd > roleStart && !toks[roleEnd - 1]!.isWord && toks[roleEnd - 1]!.text !== '.') roleEnd--;
      const text = this.doc.text.slice(toks[roleStart]!.start, toks[roleEnd - 1]!.end);
      role = { start: toks[roleStart]!.start, end: toks[roleEnd - 1]!.end, text, from: roleStart, to: roleEnd };
      for (let k = roleStart; k < roleEnd; k++) {
        const w = toks[k]!.lower;
        if (HONORIFICS.has(w)) honorific = HONORIFICS.get(w) ?? honorific ?? null;
        const g = ROLE_GENDER.get(w);
        if (g && w !== 'father' && w !== 'sister') honorific = g;
      }
    }
    const ap = appositive(toks, j);
    const appositiveRole = ap ? { start: toks[ap[0]]!.start, end: toks[ap[1] - 1]!.end, text: this.slice(s, ap[0], ap[1]), noun: null } : undefined;
    this.addCand(s, ns, j, {
      ...(role ? { role } : {}),
      ...(honorific !== undefined ? { honorific } : {}),
      ...(appositiveRole ? { appositive: appositiveRole } : {}),
      insideRole: false,
    });
  }

  private affixed(s: SentenceToks, i: number, j: number, org: boolean, place: boolean, insideRole: boolean): boolean {
    if (!org && !place) return false;
    const first = s.toks[i]!;
    // "Russian Foreign Ministry": the demonym also links to its country.
    if (demonymPlace(first.text) && !first.joined) this.addDemonym(s, i, demonymPlace(first.text)!, true);
    this.addCand(s, i, j, { fixed: org ? 'organization' : 'place', insideRole });
    return true;
  }

  /**
   * "the Varga–Sorin Lesk summit": one word, then a listed place, is two names side by
   * side. A place first ("San Diego Chargers", "California Highway Patrol") usually starts
   * the name of something based there, so that stays whole.
   */
  private splitAtPlace(s: SentenceToks, i: number, j: number): boolean {
    const toks = s.toks;
    if (j - i < 2 || isGivenName(toks[i]!.text) || toks[i + 1]!.joined || !toks[i + 1]!.isWord) return false;
    if (this.gazetteerAt(toks, i + 1, j) !== j || lookup(this.slice(s, i + 1, j))?.type !== 'place') return false;
    this.run(s, i, i + 1, false);
    this.run(s, i + 1, j, false);
    return true;
  }

  /**
   * "Ambassador to Russia Michael McFaul": after a preposition, a listed place run into a
   * given name is the end of a title and the start of a name.
   */
  private placeBeforeName(s: SentenceToks, i: number, j: number): boolean {
    const toks = s.toks;
    const before = toks[i - 1];
    if (!before || !before.isWord || before.cap || !['to', 'of', 'in', 'from', 'for', 'at'].includes(before.lower)) return false;
    const end = this.gazetteerAt(toks, i, j);
    if (end <= i || end >= j || !isGivenName(toks[end]!.text) || lookup(this.slice(s, i, end))?.type !== 'place') return false;
    this.run(s, i, end, true);
    this.run(s, end, j, false);
    return true;
  }

  /** The capitalised words of a title that name something themselves ("U.S." in "U.S. President"). */
  private titleParts(s: SentenceToks, from: number, to: number): void {
    const toks = s.toks;
    let k = from;
    while (k < to) {
      const t = toks[k]!;
      if (!t.isWord || !t.cap || isRoleHead(t) || t.lower === 'of') {
        k++;
        continue;
      }
      let e = k;
      while (e < to && toks[e]!.isWord && toks[e]!.cap && !isRoleHead(toks[e])) e++;
      const [a, b] = this.nameInTitle(toks, k, e);
      const part = toks.slice(a, b);
      if (part.length === 1 && demonymPlace(part[0]!.text)) this.addDemonym(s, a, demonymPlace(part[0]!.text)!, true);
      else if (this.gazetteerAt(toks, a, b) || part.some((w) => !ROLE_MODIFIERS.has(w.lower) && !demonymPlace(w.text)) || namedBySuffix(part)) this.run(s, a, b, true);
      else for (let m = k; m < e; m++) if (demonymPlace(toks[m]!.text)) this.addDemonym(s, m, demonymPlace(toks[m]!.text)!, true);
      k = e;
    }
  }

  /**
   * The name inside a run of title words [from, to): without the modifiers that only qualify
   * a title before it ("Senior Kremlin"), and without a title word after a listed name
   * ("White House Press"); a suffix that makes a name ("Supreme Court") stays.
   */
  private nameInTitle(toks: readonly Tok[], from: number, to: number): [number, number] {
    let a = from;
    let b = to;
    while (a < b - 1 && TITLE_ONLY.has(toks[a]!.lower)) a++;
    while (b - 1 > a) {
      const last = toks[b - 1]!;
      if (!ROLE_MODIFIERS.has(last.lower) || demonymPlace(last.text)) break;
      const suffix = (ORG_SUFFIX.has(last.lower) && !PORTFOLIOS.has(last.lower)) || PLACE_SUFFIX.has(last.lower);
      if (suffix && !COMPOUND_TITLES.has(`${last.lower} ${toks[b]?.lower ?? ''}`)) break;
      b--;
    }
    return [a, b];
  }

  private addCand(s: SentenceToks, from: number, to: number, o: Partial<Cand>): void {
    const toks = s.toks;
    while (to > from && !toks[to - 1]!.isWord) to--;
    while (from < to && !toks[from]!.isWord) from++;
    if (from >= to) return;
    const words = toks.slice(from, to).filter((t) => t.isWord);
    const start = toks[from]!.start;
    const end = toks[to - 1]!.end;
    const surface = this.doc.text.slice(start, end);
    const key = nameKey(surface);
    if (!key) return;
    const ev = o.fixed ? emptyEvidence() : contextEvidence(toks, from, to, words);
    if (o.role || o.honorific !== undefined) ev.person += 5;
    if (o.appositive) ev.person += 4;
    const cand: Cand = {
      s,
      from,
      to,
      start,
      end,
      surface,
      key,
      words,
      ev,
      insideRole: o.insideRole ?? false,
      dateline: o.dateline ?? false,
      compound: words.some((w, n) => n > 0 && w.joined),
      ...(o.role ? { role: o.role } : {}),
      ...(o.appositive ? { appositive: { ...o.appositive, noun: appositionNoun(toks, to) } } : {}),
      ...(o.honorific !== undefined ? { honorific: o.honorific } : {}),
      ...(o.gaz ? { gaz: o.gaz } : {}),
      ...(o.fixed ? { fixed: o.fixed } : {}),
    };
    if (!cand.appositive) {
      const noun = appositionNoun(toks, to);
      if (noun) cand.appositive = { start: end, end, text: '', noun };
    }
    this.cands.push(cand);
    if (!words[0]!.initial) this.notInitial.add(key);
    if (!o.fixed && !cand.compound) {
      const total = this.evidence.get(key) ?? emptyEvidence();
      total.person += ev.person;
      total.organization += ev.organization;
      total.place += ev.place;
      this.evidence.set(key, total);
    }
  }

  private addDemonym(s: SentenceToks, at: number, place: string, insideRole: boolean): void {
    const t = s.toks[at]!;
    const gaz = lookup(place);
    const entity = this.entity('place', gaz?.name ?? place, null, gaz);
    this.push({ start: t.start, end: t.end, kind: 'demonym', entity, sentence: s, from: at, to: at + 1, insideRole, dateline: false });
  }

  // ── entities ──────────────────────────────────────────────────────────────

  entity(type: EntityType, ident: string, surface: string | null, gaz?: GazetteerEntry): EntityRec {
    const id = `${type}\u0000${ident}`;
    let e = this.byIdent.get(id);
    if (!e) {
      e = { id: this.entities.length, type, ident, surfaces: new Map(), roles: [], roleWords: new Set(), genderVotes: { male: 0, female: 0 }, nouns: new Set(), starts: [] };
      if (gaz) {
        e.gaz = gaz;
        if (gaz.country) e.country = gaz.country;
        else if (gaz.kind === 'country') e.country = gaz.name;
      }
      this.entities.push(e);
      this.byIdent.set(id, e);
    }
    if (surface) e.surfaces.set(surface, (e.surfaces.get(surface) ?? 0) + 1);
    return e;
  }

  private push(f: Found): void {
    this.found.push(f);
    f.entity.starts.push(f.start);
    let list = this.bySentence.get(f.sentence);
    if (!list) this.bySentence.set(f.sentence, (list = []));
    list.push(f);
  }

  private mention(c: Cand, entity: EntityRec, kind: MentionKind, from = c.from, to = c.to): void {
    const toks = c.s.toks;
    const start = toks[from]!.start;
    const end = toks[to - 1]!.end;
    const surface = this.doc.text.slice(start, end);
    if (kind !== 'demonym') entity.surfaces.set(surface, (entity.surfaces.get(surface) ?? 0) + 1);
    const f: Found = { start, end, kind, entity, sentence: c.s, from, to, insideRole: c.insideRole, dateline: c.dateline };
    if (c.role && from === c.from) f.role = { start: c.role.start, end: c.role.end, text: c.role.text };
    else if (c.appositive?.text && from === c.from && entity.type === 'person') f.role = { start: c.appositive.start, end: c.appositive.end, text: c.appositive.text };
    if (entity.type === 'person') {
      if (c.role) addRole(entity, c.role.text);
      if (c.appositive?.text) addRole(entity, c.appositive.text);
      const country = c.role && !entity.country ? countryIn(c.s.toks, c.role.from, c.role.to, this.doc.text) : undefined;
      if (country) entity.country = country;
      if (c.honorific) {
        entity.gender = c.honorific;
        entity.genderFixed = true;
      }
    } else if (c.appositive?.noun) entity.nouns.add(c.appositive.noun);
    this.push(f);
  }

  // ── resolution ────────────────────────────────────────────────────────────

  resolve(): void {
    const singles: Cand[] = [];
    const compounds: Cand[] = [];
    // Full names and names typed by their own form first: short names link to them.
    for (const c of this.cands) {
      if (c.compound) compounds.push(c);
      else if (c.gaz) this.mention(c, this.entity(c.gaz.type, c.gaz.name, null, c.gaz), 'name');
      else if (c.fixed) this.mention(c, this.entity(c.fixed, c.key, null), 'name');
      else if (c.words.length === 1) singles.push(c);
      else {
        const type = this.typeOf(c);
        if (type === 'person') this.mention(c, this.entity('person', personSkeleton(c.surface), null), 'name');
        else if (type) this.mention(c, this.entity(type, c.key, null), 'name');
      }
    }
    const index = this.shortNameIndex();
    const pending: Cand[] = [];
    for (const c of singles) if (!this.resolveSingle(c, index)) pending.push(c);
    for (const c of compounds) this.resolveCompound(c, index);
    // Names known only from context, then demonyms of places the article named ("Dravanian").
    const left: Cand[] = [];
    for (const c of pending) {
      // A word that only ever opens sentences needs a strong cue: its capital says nothing.
      const type = this.typeOf(c, this.onlyInitial(c.key) ? 4 : 2);
      if (type) this.mention(c, this.entity(type, type === 'person' ? personSkeleton(c.surface) : c.key, null), 'name');
      else left.push(c);
    }
    const derived = this.derivedDemonyms();
    this.tokenIndex = new Map();
    for (const [s, list] of this.bySentence) {
      const at: (Found | undefined)[] = new Array(s.toks.length);
      for (const f of list) if (f.kind === 'name') for (let k = f.from; k < f.to; k++) at[k] = f;
      this.tokenIndex.set(s, at);
    }
    for (const c of left) {
      const place = derived.get(c.key);
      if (place) this.mention(c, place, 'demonym');
      else this.coordinated(c);
    }
  }

  /** The best-supported type over every occurrence of the name. */
  private typeOf(c: Cand, singleThreshold = 2): EntityType | null {
    if (c.role || c.honorific !== undefined) return 'person';
    const ev = this.evidence.get(c.key) ?? c.ev;
    let best: EntityType | null = null;
    let score = 0;
    // Ties go to a person (most capitalised pairs in news are people), then an organization.
    for (const t of ['person', 'organization', 'place'] as const) {
      if (ev[t] > score) {
        best = t;
        score = ev[t];
      }
    }
    // One word needs more than one weak cue: "at X" alone could be anything.
    if (c.words.length === 1 && score < singleThreshold) return null;
    return best;
  }

  /** A name whose every occurrence opens a sentence says nothing by its capital. */
  private onlyInitial(key: string): boolean {
    return !this.notInitial.has(key);
  }

  private shortNameIndex(): ShortIndex {
    const surname = new Map<string, EntityRec[]>();
    const given = new Map<string, EntityRec[]>();
    const core = new Map<string, EntityRec>();
    const initials = new Map<string, EntityRec[]>();
    const orgLast = new Map<string, EntityRec[]>();
    const add = (m: Map<string, EntityRec[]>, k: string, e: EntityRec): void => {
      const list = m.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      m.set(k, list);
    };
    for (const e of this.entities) {
      const name = bestSurface(e);
      const ws = nameKey(name).split(' ').filter(Boolean);
      if (e.type === 'person' && ws.length >= 2) {
        add(surname, skeletonWord(ws[ws.length - 1]!), e);
        add(given, skeletonWord(ws[0]!), e);
      }
      if (e.type !== 'person' && ws.length >= 2) {
        if (NATURAL_AFFIXES.has(ws[ws.length - 1]!)) core.set(ws.slice(0, -1).join(' '), e);
        if (NATURAL_AFFIXES.has(ws[0]!)) core.set(ws.slice(1).join(' '), e);
        const sig = name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
        if (sig.length >= 2) add(initials, sig.map((w) => w[0]).join('').toLowerCase(), e);
        if (e.type === 'organization') add(orgLast, ws[ws.length - 1]!, e);
      }
    }
    return { surname, given, core, initials, orgLast };
  }

  /** A one-word name: a surname, a list entry, an acronym, the core of a place name, or a titled person. */
  private resolveSingle(c: Cand, ix: ShortIndex): boolean {
    const sk = skeletonWord(c.key);
    const people = ix.surname.get(sk) ?? (ix.given.get(sk)?.length === 1 ? ix.given.get(sk) : undefined) ?? misspelt(sk, ix.surname);
    const personCue = c.role !== undefined || c.honorific !== undefined || c.ev.person > 0;
    const gaz = lookup(c.surface);
    if (people && people.length > 0 && (!gaz || personCue)) {
      this.mention(c, nearest(people, c.start), 'short-name');
      return true;
    }
    if (gaz) {
      this.mention(c, this.entity(gaz.type, gaz.name, null, gaz), 'name');
      return true;
    }
    const byCore = ix.core.get(c.key);
    if (byCore) {
      this.mention(c, byCore, 'short-name');
      return true;
    }
    const w = c.words[0]!;
    if (w.upper) {
      const orgs = ix.initials.get(c.key.replace(/\s/g, ''));
      if (orgs?.length === 1) {
        this.mention(c, orgs[0]!, 'short-name');
        return true;
      }
    }
    if (c.role || c.honorific !== undefined) {
      this.mention(c, this.entity('person', personSkeleton(c.surface), null), 'name');
      return true;
    }
    const orgs = ix.orgLast.get(c.key);
    if (orgs?.length === 1 && !ORG_SUFFIX_GENERIC.has(c.key) && this.typeOf(c) === 'organization') {
      this.mention(c, orgs[0]!, 'short-name');
      return true;
    }
    return false;
  }

  /** "Varga-Sorin": split when every part is known on its own; otherwise one name ("Jean-Pierre"). */
  private resolveCompound(c: Cand, ix: ShortIndex): void {
    const toks = c.s.toks;
    const parts: [number, number][] = [];
    let a = c.from;
    for (let k = c.from + 1; k <= c.to; k++) {
      if (k === c.to || (toks[k]!.isWord && toks[k]!.joined)) {
        parts.push([a, k]);
        a = k;
      }
    }
    const known = (p: [number, number]): boolean => {
      const surface = this.slice(c.s, p[0], p[1]);
      const key = nameKey(surface);
      if (lookup(surface) || demonymPlace(surface)) return true;
      if (p[1] - p[0] === 1) return ix.surname.has(skeletonWord(key)) || ix.core.has(key);
      return this.byIdent.has(`person\u0000${personSkeleton(surface)}`);
    };
    if (parts.length > 1 && parts.every(known)) {
      for (const p of parts) {
        const words = toks.slice(p[0], p[1]).filter((t) => t.isWord);
        const surface = this.slice(c.s, p[0], p[1]);
        const sub: Cand = { ...c, from: p[0], to: p[1], start: toks[p[0]]!.start, end: toks[p[1] - 1]!.end, surface, key: nameKey(surface), words, compound: false };
        if (demonymPlace(surface) && !lookup(surface)) this.addDemonymFound(sub, demonymPlace(surface)!);
        else if (words.length === 1) this.resolveSingle(sub, ix);
        else this.mention(sub, this.entity('person', personSkeleton(surface), null), 'name');
      }
      return;
    }
    const type = c.role || c.honorific !== undefined ? 'person' : this.typeOf({ ...c, compound: false });
    if (type) this.mention(c, this.entity(type, type === 'person' ? personSkeleton(c.surface) : c.key, null), 'name');
  }

  private addDemonymFound(c: Cand, place: string): void {
    const gaz = lookup(place);
    this.mention(c, this.entity('place', gaz?.name ?? place, null, gaz), 'demonym');
  }

  /** "Dravanian" → Dravania, for places the article names that no list knows. */
  private derivedDemonyms(): Map<string, EntityRec> {
    const out = new Map<string, EntityRec>();
    for (const e of this.entities) {
      if (e.type !== 'place' || e.gaz) continue;
      const name = nameKey(bestSurface(e));
      if (name.includes(' ') || name.length < 4) continue;
      const stem = name.replace(/[aeiyo]$/, '');
      for (const form of [name + 'n', stem + 'ian', stem + 'an', name + 'ese', stem + 'ese', name + 'i', stem + 'ish']) out.set(form, e);
      for (const form of [...out.keys()]) if (out.get(form) === e) out.set(form + 's', e);
    }
    return out;
  }

  /** "between Ostavi and Cazor": an unknown name coordinated with a typed one shares its type. */
  private coordinated(c: Cand): void {
    if (c.words[0]!.initial) return;
    const toks = c.s.toks;
    const neighbour = (k: number): Found | undefined => (k >= 0 ? this.tokenIndex.get(c.s)?.[k] : undefined);
    let other: Found | undefined;
    if (['and', 'or'].includes(toks[c.from - 1]?.lower ?? '')) other = neighbour(c.from - 2);
    if (!other && ['and', 'or'].includes(toks[c.to]?.lower ?? '')) other = neighbour(c.to + 1);
    if (!other || other.entity.type === 'person') return;
    this.mention(c, this.entity(other.entity.type, c.key, null), 'name');
  }

  // ── headlines ─────────────────────────────────────────────────────────────

  /** Title Case and ALL CAPS lines: only names the article already knows, or the lists know. */
  headlines(list: readonly SentenceToks[]): void {
    if (list.length === 0) return;
    const known = this.knownSurfaces();
    const firsts = new Set([...known.keys()].map((k) => k.split(' ')[0]!));
    for (const s of list) this.headline(s, known, firsts);
  }

  private headline(s: SentenceToks, known: Map<string, { entity: EntityRec; kind: MentionKind }>, firsts: Set<string>): void {
    const toks = s.toks;
    const allCaps = toks.filter((t) => t.isWord).every((t) => t.upper || !t.cap || t.text.length < 2);
    let i = 0;
    while (i < toks.length) {
      const t = toks[i]!;
      // Only a word that can open a known or listed name starts a look-up.
      if (!t.isWord || !t.cap || !(firsts.has(nameKey(t.text)) || isGazetteerPrefix(nameKey(t.text)) || lookup(t.text) || demonymPlace(t.text))) {
        i++;
        continue;
      }
      let matched = 0;
      for (let k = Math.min(6, toks.length - i); k >= 1 && !matched; k--) {
        const lastTok = toks[i + k - 1]!;
        if (!lastTok.isWord) continue;
        const surface = this.slice(s, i, i + k);
        const key = nameKey(surface);
        const hit = known.get(key);
        const c = this.headCand(s, i, i + k, surface, key);
        if (hit) {
          this.mention(c, hit.entity, hit.kind);
          matched = k;
        } else if (!(allCaps && key.length <= 3)) {
          const gaz = lookup(surface);
          if (gaz) {
            this.mention(c, this.entity(gaz.type, gaz.name, null, gaz), 'name');
            matched = k;
          } else if (k === 1 && demonymPlace(surface)) {
            this.addDemonymFound(c, demonymPlace(surface)!);
            matched = 1;
          }
        }
      }
      i += matched || 1;
    }
  }

  private headCand(s: SentenceToks, from: number, to: number, surface: string, key: string): Cand {
    const words = s.toks.slice(from, to).filter((t) => t.isWord);
    return { s, from, to, start: s.toks[from]!.start, end: s.toks[to - 1]!.end, surface, key, words, ev: emptyEvidence(), insideRole: false, dateline: false, compound: false };
  }

  private knownSurfaces(): Map<string, { entity: EntityRec; kind: MentionKind }> {
    const known = new Map<string, { entity: EntityRec; kind: MentionKind }>();
    for (const f of this.found) {
      if (f.kind !== 'name' && f.kind !== 'short-name') continue;
      const key = nameKey(this.doc.text.slice(f.start, f.end));
      if (!known.has(key)) known.set(key, { entity: f.entity, kind: f.kind });
    }
    return known;
  }

  // ── metonyms ──────────────────────────────────────────────────────────────

  metonyms(): void {
    for (const f of this.found) {
      const gaz = f.entity.gaz;
      if (!gaz?.government || f.kind === 'demonym') continue;
      if (f.entity.gaz!.kind !== 'seat' && f.entity.gaz!.kind !== 'city') continue;
      if (isMetonymic(f.sentence.toks, f.from, f.to, gaz.kind === 'seat', f.insideRole, f.dateline)) {
        f.kind = 'metonym';
        f.entity.standsFor = gaz.government;
      }
    }
  }

  // ── output ────────────────────────────────────────────────────────────────

  output(): EntityResult {
    const used = new Set<EntityRec>();
    for (const f of this.found) used.add(f.entity);
    const keys = new Map<EntityRec, string>();
    const taken = new Set<string>();
    const entities: LocalEntity[] = [];
    for (const e of this.entities) {
      if (!used.has(e)) continue;
      const name = e.gaz ? e.gaz.name : bestSurface(e);
      const base = `${e.type}:${slug(name) || 'e' + e.id}`;
      let key = base;
      for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
      taken.add(key);
      keys.set(e, key);
      // A dateline's capitals ("BRODNA") are the same name, not another way of naming it.
      const aliases = [...e.surfaces.keys()].filter((s) => s !== name && !(isAllCaps(s) && nameKey(s) === nameKey(name)));
      const entity: LocalEntity = { key, type: e.type, name, aliases, roles: e.roles };
      if (e.standsFor) entity.standsFor = e.standsFor;
      if (e.gender) entity.gender = e.gender;
      if (e.country && (e.type === 'person' || e.country !== name)) entity.country = e.country;
      entities.push(entity);
    }
    const mentions: Mention[] = [];
    let last: Found | undefined;
    // Sorted by span: a repeat of the same span and kind is next to its twin.
    for (const f of this.found) {
      if (last && last.start === f.start && last.end === f.end && last.kind === f.kind) continue;
      last = f;
      const m: Mention = { start: f.start, end: f.end, entity: keys.get(f.entity)!, kind: f.kind };
      if (f.role) m.role = f.role;
      mentions.push(m);
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return { mentions, entities };
  }
}

interface ShortIndex {
  surname: Map<string, EntityRec[]>;
  given: Map<string, EntityRec[]>;
  core: Map<string, EntityRec>;
  initials: Map<string, EntityRec[]>;
  /** "the Standard" for the Northern Standard: an organization's distinctive last word. */
  orgLast: Map<string, EntityRec[]>;
}

/** Titles whose first word would otherwise end a place's name: "Philadelphia District Attorney". */
const COMPOUND_TITLES = new Set(['district attorney', 'district judge']);

/**
 * Words that end an organization's name elsewhere ("Associated Press", "Gazprom Energy") but,
 * right before a title, are its portfolio: "Press Secretary", "Energy Minister".
 */
const PORTFOLIOS = new Set(['press', 'news', 'media', 'energy', 'oil', 'gas']);

/** "Supreme Court", "Labour Party": title words that end in what names a body are its name. */
function namedBySuffix(part: readonly Tok[]): boolean {
  const last = part[part.length - 1];
  return part.length >= 2 && !!last && ORG_SUFFIX.has(last.lower) && !PORTFOLIOS.has(last.lower);
}

/** Lowercase title words after `at` and then a capitalised word: "aide Yuri Tamm", "chief executive Tim Vell". */
function qualifiesTitle(toks: readonly Tok[], at: number): boolean {
  let k = at;
  let head = false;
  for (let n = 0; n < 4 && toks[k]?.isWord && !toks[k]!.cap; n++, k++) {
    const w = toks[k]!.lower;
    if (ROLE_HEADS.has(w)) head = true;
    else if (!ROLE_MODIFIERS.has(w)) return false;
  }
  const next = toks[k];
  return head && !!next && next.isWord && next.cap;
}

function isTitleWord(t: Tok): boolean {
  return ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || HONORIFICS.has(t.lower) || demonymPlace(t.text) !== undefined;
}

function isAllCaps(s: string): boolean {
  return !/\p{Ll}/u.test(s) && /\p{Lu}{2}/u.test(s);
}

/** The fullest name an article gives: most words, then most often, then not in capitals. */
export function bestSurface(e: EntityRec): string {
  let best = '';
  let bestScore = -Infinity;
  for (const [s, n] of e.surfaces) {
    let words = 1;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) words++;
    const score = (!e.gaz && isAllCaps(s) ? -100 : 0) + words * 10 + Math.min(n, 9);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  // A place known only from a dateline ("LESK —") is named as a place name is written.
  if (e.type === 'place' && !e.gaz && isAllCaps(best) && best.length >= 3) best = best.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());
  return best || e.ident;
}

/**
 * A surname the article spells elsewhere with its inner letters swapped ("Kaminksi" for
 * "Kaminski"): the same letters, the same start and end, one person it can be. Short names
 * are left alone, where such a swap makes another real name.
 */
function misspelt(sk: string, surnames: ReadonlyMap<string, EntityRec[]>): EntityRec[] | undefined {
  if (sk.length < 7) return undefined;
  const letters = [...sk].sort().join('');
  let found: EntityRec[] | undefined;
  for (const [k, people] of surnames) {
    if (k.length !== sk.length || k.slice(0, 2) !== sk.slice(0, 2) || k[k.length - 1] !== sk[sk.length - 1] || people.length !== 1) continue;
    if ([...k].sort().join('') !== letters) continue;
    if (found) return undefined;
    found = people;
  }
  return found;
}

/** Of several people sharing a surname, the one mentioned last before `at` (else first after). */
function nearest(people: readonly EntityRec[], at: number): EntityRec {
  let best = people[0]!;
  let bestStart = -1;
  for (const p of people) {
    for (const s of p.starts) if (s < at && s > bestStart) {
      best = p;
      bestStart = s;
    }
  }
  return best;
}

function addRole(e: EntityRec, role: string): void {
  if (e.roles.includes(role)) return;
  e.roles.push(role);
  for (const w of role.toLowerCase().split(/[^\p{L}-]+/u)) if (w) e.roleWords.add(w);
}

function countryIn(toks: readonly Tok[], from: number, to: number, text: string): string | undefined {
  for (let k = from; k < to; k++) {
    const t = toks[k]!;
    const d = demonymPlace(t.text);
    if (d && lookup(d)?.kind === 'country') return d;
    for (let e = Math.min(to, k + 4); e > k; e--) {
      const g = lookup(text.slice(t.start, toks[e - 1]!.end));
      if (g?.kind === 'country') return g.name;
      if (g?.country && (g.kind === 'seat' || g.kind === 'city')) return g.country;
    }
  }
  return undefined;
}

