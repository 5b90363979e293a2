/**
 * Within-article coreference that the entity layer owns: descriptions ("the minister", "the
 * Ukrainian leader", "the company") and genders. Pronouns belong to the quote layer, which
 * gets `indexEntities` for its look-ups.
 */
import type { LocalEntity, Mention } from '../types.js';
import type { Prepared, SentenceToks, Tok } from './chunk.js';
import type { EntityRec, Found } from './model.js';
import { demonymPlace, lookup } from './gazetteer.js';
import { HONORIFICS, LEADER_ROLES, ROLE_HEADS, ROLE_MODIFIERS, givenNameGender, type Gender } from './titles.js';

/** Descriptions of organizations, and which other descriptions they can be. */
const ORG_HEADS = new Set(['company', 'utility', 'firm', 'operator', 'group', 'ministry', 'agency', 'service', 'council', 'commission', 'committee', 'union', 'inspectorate', 'party', 'bank', 'government', 'administration', 'alliance', 'court', 'corporation', 'insurer', 'lender', 'carrier', 'broadcaster', 'newspaper', 'regulator', 'authority']);
const BUSINESS = new Set(['company', 'utility', 'firm', 'operator', 'group', 'corporation', 'insurer', 'lender', 'carrier', 'business', 'manufacturer', 'producer']);
/** Modifiers that say when or how much, not which office: they need not appear in the role. */
const LOOSE = new Set(['former', 'then', 'late', 'top', 'senior', 'new', 'current', 'incoming', 'outgoing', 'acting', 'interim', 'veteran', 'embattled', 'retired']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);

interface Description {
  start: number;
  end: number;
  head: string;
  mods: string[];
  country?: string;
  person: boolean;
  sentence: SentenceToks;
  from: number;
  to: number;
  definite: boolean;
}

/** Reads "the [demonym] [modifiers] head" (or "a …" for someone new) starting at token i. */
function describe(s: SentenceToks, i: number): Description | null {
  const toks = s.toks;
  const det = toks[i]!.lower;
  const definite = det === 'the';
  if (!definite && !INDEFINITE.has(det)) return null;
  let k = i + 1;
  const mods: string[] = [];
  let country: string | undefined;
  let head = -1;
  let person = false;
  for (let n = 0; toks[k] && n < 6; n++, k++) {
    const t = toks[k]!;
    if (!t.isWord) break;
    const d = demonymPlace(t.text);
    if (d && t.cap) {
      country = d;
      continue;
    }
    const g = t.cap ? lookup(t.text) : undefined;
    if (g?.kind === 'country') {
      country = g.name;
      continue;
    }
    const isPersonHead = ROLE_HEADS.has(t.lower) && !HONORIFICS.has(t.lower);
    const isOrgHead = ORG_HEADS.has(t.lower);
    if (isPersonHead || isOrgHead) {
      head = k;
      person = isPersonHead;
      // "the company spokesperson": the last noun is the head, the others qualify it.
      const next = toks[k + 1];
      if (!t.poss && next?.isWord && !next.cap && ROLE_HEADS.has(next.lower) && !HONORIFICS.has(next.lower)) {
        mods.push(t.lower);
        continue;
      }
      break;
    }
    if (ROLE_MODIFIERS.has(t.lower) || (!t.cap && t.text.includes('-'))) {
      mods.push(t.lower);
      continue;
    }
    return null;
  }
  if (head < 0) return null;
  const h = toks[head]!;
  const next = toks[head + 1];
  // A title right before a name is not a description ("the retired judge Milena Dusek").
  if (next?.isWord && next.cap && !h.poss) return null;
  if (next?.lower === 'of' && !h.poss) {
    const g = toks[head + 2]?.cap ? lookup(toks[head + 2]!.text) : undefined;
    if (g?.kind !== 'country') return null;
    country = g.name;
  }
  return {
    start: toks[i]!.start,
    end: h.end,
    head: h.lower,
    mods,
    ...(country ? { country } : {}),
    person,
    sentence: s,
    from: i,
    to: head + 1,
    definite,
  };
}

function personFits(d: Description, words: Set<string>): boolean {
  let headOk = words.has(d.head);
  if (d.head === 'leader') for (const r of LEADER_ROLES) headOk ||= words.has(r);
  if (d.head === 'premier') headOk ||= words.has('prime') && words.has('minister');
  if (d.head === 'chief' || d.head === 'boss' || d.head === 'head') headOk ||= ['chief', 'head', 'director', 'executive', 'ceo'].some((r) => words.has(r));
  if (d.head === 'executive') headOk ||= words.has('ceo');
  if (!headOk) return false;
  // "the president" is not the vice president.
  if ((words.has('vice') || words.has('deputy')) && !d.mods.includes('vice') && !d.mods.includes('deputy')) return false;
  return d.mods.every((m) => LOOSE.has(m) || words.has(m));
}

function orgFits(d: Description, e: EntityRec): boolean {
  if (e.nouns.has(d.head)) return true;
  if (BUSINESS.has(d.head) && [...e.nouns].some((n) => BUSINESS.has(n))) return true;
  const name = [...e.surfaces.keys()].sort((a, b) => b.length - a.length)[0] ?? '';
  return name.toLowerCase().split(/\s+/).pop() === d.head;
}

/**
 * Links definite descriptions to the most recent entity they fit. An indefinite one ("a
 * senior engineer at Dravhydro") introduces someone unnamed: a later "the engineer" is
 * that person, so it blocks the link instead of reaching back to a named engineer.
 */
export function resolveNominals(doc: Prepared, found: Found[]): void {
  const bySentence = new Map<SentenceToks, Found[]>();
  for (const f of found) {
    if (f.kind === 'demonym') continue;
    let list = bySentence.get(f.sentence);
    if (!list) bySentence.set(f.sentence, (list = []));
    list.push(f);
  }
  // Tokens already inside a mention, per sentence: a description there is a name's part.
  const coverage = new Map<SentenceToks, Uint8Array>();
  for (const [s, list] of bySentence) {
    const marks = new Uint8Array(s.toks.length);
    for (const f of list) marks.fill(1, f.from, f.to);
    coverage.set(s, marks);
  }
  const covered = (d: Description): boolean => {
    const marks = coverage.get(d.sentence);
    if (!marks) return false;
    for (let k = d.from; k < d.to; k++) if (marks[k]) return true;
    return false;
  };
  const descriptions: Description[] = [];
  for (const s of doc.sentences) {
    if (s.headline) continue;
    for (let i = 0; i < s.toks.length; i++) {
      const t = s.toks[i]!;
      if (!t.isWord || !(t.lower === 'the' || INDEFINITE.has(t.lower))) continue;
      const d = describe(s, i);
      if (d && !covered(d)) descriptions.push(d);
    }
  }
  if (descriptions.length === 0) return;
  // Text order: mentions before each description are its candidates, nearest first.
  const named = found.filter((f) => f.kind !== 'demonym').sort((a, b) => a.start - b.start);
  const earlier: Found[] = [];
  const lastAnonymous = new Map<string, number>();
  let p = 0;
  for (const d of descriptions) {
    while (p < named.length && named[p]!.start < d.start) earlier.push(named[p++]!);
    const kindKey = `${d.person}:${d.head}`;
    if (!d.definite) {
      lastAnonymous.set(kindKey, d.start);
      continue;
    }
    let chosen: EntityRec | undefined;
    let chosenAt = -1;
    const consider = (strict: boolean): void => {
      // Recency bounds the search: a description far from any fitting entity stays unlinked.
      for (let k = earlier.length - 1; k >= 0 && k >= earlier.length - 250; k--) {
        const f = earlier[k]!;
        const e = f.entity;
        if (d.person) {
          if (e.type !== 'person' || e.roleWords.size === 0 || !personFits(d, e.roleWords)) continue;
          if (d.country && e.country && e.country !== d.country) continue;
          if (strict && d.country && e.country !== d.country) continue;
        } else if (e.type !== 'organization' || !orgFits(d, e)) continue;
        chosen = e;
        chosenAt = f.start;
        return;
      }
    };
    consider(true);
    if (!chosen && d.country) consider(false);
    if (!chosen || chosenAt < (lastAnonymous.get(kindKey) ?? -1)) continue;
    const f: Found = { start: d.start, end: d.end, kind: 'nominal', entity: chosen, sentence: d.sentence, from: d.from, to: d.to, insideRole: false, dateline: false };
    found.push(f);
    chosen.starts.push(d.start);
    // A later description can reach this referent through this one.
    earlier.push(f);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
}

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

/**
 * Gender from what the text says outright (honorifics, gendered titles, given names), else
 * from pronouns that follow a sentence naming only that person.
 */
export function assignGenders(doc: Prepared, found: readonly Found[], entities: readonly EntityRec[]): void {
  for (const e of entities) {
    if (e.type !== 'person' || e.genderFixed) continue;
    for (const surface of e.surfaces.keys()) {
      const words = surface.split(/\s+/);
      if (words.length < 2) continue;
      const g = givenNameGender(words[0]!);
      if (g) {
        e.gender = g;
        e.genderFixed = true;
        break;
      }
    }
  }
  const people = new Map<SentenceToks, Set<EntityRec>>();
  const firstEnd = new Map<SentenceToks, number>();
  for (const f of found) {
    if (f.entity.type !== 'person') continue;
    let set = people.get(f.sentence);
    if (!set) people.set(f.sentence, (set = new Set()));
    set.add(f.entity);
    if (!firstEnd.has(f.sentence)) firstEnd.set(f.sentence, f.end);
  }
  const vote = (e: EntityRec, toks: readonly Tok[], after: number): void => {
    for (const t of toks) {
      if (t.start < after || !t.isWord) continue;
      if (MALE_PRONOUNS.has(t.lower)) e.genderVotes.male++;
      else if (FEMALE_PRONOUNS.has(t.lower)) e.genderVotes.female++;
    }
  };
  doc.sentences.forEach((s, i) => {
    const set = people.get(s);
    if (!set || set.size !== 1) return;
    const e = [...set][0]!;
    vote(e, s.toks, firstEnd.get(s)!);
    const next = doc.sentences[i + 1];
    if (next && !people.has(next)) vote(e, next.toks, next.start);
  });
  for (const e of entities) {
    if (e.type !== 'person' || e.genderFixed) continue;
    const { male, female } = e.genderVotes;
    if (male > 0 && male >= 2 * female) e.gender = 'male';
    else if (female > 0 && female >= 2 * male) e.gender = 'female';
  }
}

export interface EntityIndex {
  readonly mentions: readonly Mention[];
  entity(key: string): LocalEntity | undefined;
  /** The innermost mention covering `offset`. */
  mentionAt(offset: number): Mention | null;
  /** The person mentioned at `offset`, if a person mention covers it. */
  personAt(offset: number): { mention: Mention; entity: LocalEntity } | null;
  /**
   * The most recent person mention ending at or before `offset`: the antecedent a pronoun
   * there would take by recency. A `gender` skips people known to be of the other gender;
   * `notBefore` bounds the search (e.g. to the paragraph).
   */
  personBefore(offset: number, options?: { gender?: Gender; notBefore?: number }): { mention: Mention; entity: LocalEntity } | null;
  /** Who a mention names as an actor: the government for a metonym, else the entity's name. */
  actorName(mention: Mention): string;
}

/** Look-ups over one article's entity result, for the quote layer's pronoun and speaker work. */
export function indexEntities(result: { mentions: readonly Mention[]; entities: readonly LocalEntity[] }): EntityIndex {
  const byKey = new Map(result.entities.map((e) => [e.key, e]));
  const mentions = [...result.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const persons = mentions.filter((m) => byKey.get(m.entity)?.type === 'person' && m.kind !== 'demonym');
  const byEnd = [...persons].sort((a, b) => a.end - b.end);
  const mentionAt = (offset: number): Mention | null => {
    let best: Mention | null = null;
    for (const m of mentions) {
      if (m.start > offset) break;
      if (offset < m.end && (!best || m.end - m.start <= best.end - best.start)) best = m;
    }
    return best;
  };
  return {
    mentions,
    entity: (key) => byKey.get(key),
    mentionAt,
    personAt(offset) {
      const m = persons.find((p) => p.start <= offset && offset < p.end);
      return m ? { mention: m, entity: byKey.get(m.entity)! } : null;
    },
    personBefore(offset, options = {}) {
      let lo = 0;
      let hi = byEnd.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byEnd[mid]!.end <= offset) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo - 1; k >= 0; k--) {
        const m = byEnd[k]!;
        if (options.notBefore !== undefined && m.start < options.notBefore) break;
        const e = byKey.get(m.entity)!;
        if (options.gender && e.gender && e.gender !== options.gender) continue;
        return { mention: m, entity: e };
      }
      return null;
    },
    actorName(mention) {
      const e = byKey.get(mention.entity);
      if (!e) return '';
      return mention.kind === 'metonym' && e.standsFor ? e.standsFor : e.name;
    },
  };
}
