/**
 * Details that independent sources agree on inside statements that differ. "Four men
 * rammed their car into the Orvo store near Place Tessel" and "the raid near Place Tessel
 * is the latest in Velde" are two facts, yet both sources put the store near Place Tessel;
 * "it was sending a ship to fix the line" and "a repair ship will arrive on Monday" agree on
 * the ship. What a claim names, and under which key, is read in detail-keys.ts.
 *
 * A detail is corroborated when claims of two or more independent sources name it and their
 * events could be one (the same event word or class, or near in the word vectors), with the
 * same polarity and no conflicting figure or date. A detail every source names ("in Paris")
 * tells a reader nothing and is left out; so is one whose claims already make one fact.
 */
import type { Alignment } from './align.js';
import { conflicts, sameFigures } from './compare.js';
import type { RichClaim } from './extract.js';
import type { Grouped, SentenceOf } from './support.js';
import { evidenceOf, independentCount } from './support.js';
import type { SourceIndex } from './sources.js';
import type { ClaimGroup } from './types.js';
import { detailsOf, eventsOf, OWNED, NAMES_ITS_EVENT, type Detail, type NamedAt } from './detail-keys.js';

/** A detail most of a story's sources name is its setting, not a detail. */
const COMMON = 0.6;
const MAX_PHRASE_WORDS = 16;

/** A term of what two claims are about, besides the counted thing itself. */
function sharesTopic(a: RichClaim, b: RichClaim, key: string): boolean {
  const counted = `c:${key.split(':')[2] ?? ''}`;
  const own = new Set(a.terms.filter((t) => /^[cpe]:/u.test(t) && t !== counted));
  return b.terms.some((t) => own.has(t));
}

export interface DetailOptions {
  textOf: (articleId: string) => string;
  namedOf: (articleId: string) => readonly NamedAt[];
  setting: ReadonlySet<string>;
  earlier: (value: string) => boolean;
  sentenceOf: SentenceOf;
  /** The story's own events, as its leads name them. */
  leadEvents: ReadonlySet<string>;
}

export function detailGroups(alignment: Alignment, grouped: Grouped, sources: SourceIndex, options: DetailOptions): ClaimGroup[] {
  // Each claim's one event, read once: pairs ask for it again and again.
  const soleEvents = new Map<RichClaim, string | null>();
  const claims = alignment.forms.flatMap((f) => f.claims);
  const slotsOf = new Map<string, Alignment['forms'][number]['slots']>();
  for (const f of alignment.forms) for (const c of f.claims) slotsOf.set(c.id, f.slots);
  const byKey = new Map<string, { claim: RichClaim; detail: Detail }[]>();
  const sourcesOf = new Map<string, Set<string>>();
  for (const c of claims) {
    const seen = new Set<string>();
    for (const d of detailsOf(c, { text: options.textOf(c.articleId), named: options.namedOf(c.articleId), setting: options.setting, earlier: options.earlier })) {
      // A plan's figure or day is no fact; the words it names are ("to discuss long-range
      // missiles"), and so is an event it follows ("Following the call on Thursday, talks were planned").
      if (seen.has(d.key) || (c.irrealis && !/^s?w:/u.test(d.key) && !(d.key.startsWith('ed:') && !d.key.startsWith(`ed:${c.predicate}:`)))) continue;
      seen.add(d.key);
      const list = byKey.get(d.key) ?? [];
      list.push({ claim: c, detail: d });
      byKey.set(d.key, list);
      const set = sourcesOf.get(d.key) ?? new Set<string>();
      set.add(sources.sourceOf(c.articleId));
      sourcesOf.set(d.key, set);
    }
  }
  const storySources = new Set(claims.map((c) => sources.sourceOf(c.articleId))).size;
  // How many sources use each word: a run of three common words ("killed four people") is how
  // every report puts it, not a detail two reports share.
  const wordSources = new Map<string, Set<string>>();
  for (const [key, set] of sourcesOf) {
    if (!key.startsWith('w:')) continue;
    for (const w of key.slice(2).split(' ')) wordSources.set(w, new Set([...(wordSources.get(w) ?? []), ...set]));
  }
  // A word only the sources of this run use ("organic garden tool supplier") makes it specific.
  const rareRun = (key: string): boolean => {
    const df = sourcesOf.get(key)?.size ?? 0;
    return key.slice(2).split(' ').some((w) => (wordSources.get(w)?.size ?? 0) <= Math.max(2, df));
  };
  const found = new Map<string, { claims: RichClaim[]; details: Detail[]; keys: string[] }>();
  for (const [key, list] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const df = sourcesOf.get(key)!.size;
    // A figure or a length most sources give is no setting: it is what they agree on most.
    if (df < 2 || (storySources >= 5 && df > COMMON * storySources && !/^[nd]:/u.test(key))) continue;
    if (key.startsWith('w:') && !rareRun(key)) continue;
    // The best-supported claim is the seed; claims whose events could be its event join it.
    const ranked = [...list].sort((a, b) => support(b.claim) - support(a.claim) || a.claim.order - b.claim.order || a.claim.start - b.claim.start);
    const used = new Set<RichClaim>();
    for (const seed of ranked) {
      if (used.has(seed.claim)) continue;
      const members = ranked.filter((m) => !used.has(m.claim) && (m === seed || (compatible(seed.claim, m.claim, key) && sameKind(seed.detail, m.detail))));
      for (const m of members) used.add(m.claim);
      const distinct = new Set(members.map((m) => sources.sourceOf(m.claim.articleId)));
      if (distinct.size < 2) continue;
      // Nothing new when one fact already holds every one of them, or is told by as many sources, most of them these: it is that fact.
      const groups = new Set(members.map((m) => grouped.groupOfClaim.get(m.claim.id)));
      if (groups.size === 1) continue;
      const restates = (g: number | undefined): boolean => {
        if (g === undefined) return false;
        const fact = grouped.groups[g]!;
        return fact.sources.length >= distinct.size && [...distinct].filter((src) => fact.sources.includes(src)).length * 2 > distinct.size;
      };
      if ([...groups].some(restates)) continue;
      const k = members.map((m) => m.claim.id).sort().join('|');
      const prior = found.get(k);
      if (prior) prior.keys.push(key);
      else found.set(k, { claims: members.map((m) => m.claim), details: members.map((m) => m.detail), keys: [key] });
    }
  }

  function support(c: RichClaim): number {
    const g = grouped.groupOfClaim.get(c.id);
    return g === undefined ? 0 : grouped.groups[g]!.independentSources;
  }

  function soleEvent(c: RichClaim, cls: string): boolean {
    let sole = soleEvents.get(c);
    if (sole === undefined) {
      const text = options.textOf(c.articleId);
      // Told by one verb: "the thieves rammed the building" tells of ramming; the thieves are who did it.
      const events = eventsOf(c, text).filter((e) => !e.nominal);
      const classes = new Set(events.map((e) => e.cls));
      // "spent Tuesday in the flooded valley": a word of the event as an adjective tells of no occurrence.
      const adjective = events[0] !== undefined && /\b(?:the|a|an|its|their|his|her|this|that)\s+$/iu.test(text.slice(Math.max(0, events[0].start - 8), events[0].start));
      sole = classes.size === 1 && !adjective ? events[0]!.cls : null;
      soleEvents.set(c, sole);
    }
    return sole === cls;
  }

  /** "cell phone service in Egypt" and "Internet service in Egypt": two kinds of one thing are two things. */
  function sameKind(a: Detail, b: Detail): boolean {
    return !a.kind || !b.kind || a.kind === b.kind;
  }

  function compatible(a: RichClaim, b: RichClaim, key: string): boolean {
    if (a.articleId === b.articleId) return false;
    // Where a thing stands, or a named person's record, holds whatever else the claims dispute or deny.
    if (key.startsWith('at:') || OWNED.test(key.slice(2))) return true;
    if (a.polarity !== b.polarity) return false;
    const sa = slotsOf.get(a.id);
    const sb = slotsOf.get(b.id);
    if (sa && sb && (conflicts(sa, sb).length > 0 || !sameFigures(sa, sb))) return false;
    // Three words of content pin a detail down whatever else the claims say; so does one
    // uncommon act word in one speaker's mouth, said with one polarity (the key holds both).
    if (key.startsWith('w:') || key.startsWith('sw:')) return true;
    // So does a count of named things ("10 fire engines", "three undersea cables") with no
    // figure against it, in claims about something in common: "a dozen employees had been
    // celebrating" and "he let a dozen employees leave" share the employees, not a fact.
    if (key.startsWith('n:u:') && sharesTopic(a, b, key)) return true;
    // A toll, a count of the injured or arrested, a magnitude: the figure names its event.
    if (NAMES_ITS_EVENT.test(key.slice(2))) return true;
    if (a.irrealis !== b.irrealis && !key.startsWith('ed:')) return false;
    // So do a place and the month something happened there.
    if (key.startsWith('pt:')) return true;
    // An event on a day needs someone in common: two calls on one Thursday are two calls. But
    // the story's own event, the one its leads tell ("thieves rammed a car into the store"),
    // happened once, when each claim tells of it alone: in "a judge on Saturday sentenced the
    // man who killed four", Saturday is no day of the killing.
    if (key.startsWith('ed:')) {
      const cls = key.split(':')[1] ?? '';
      return a.participants.some((p) => p.startsWith('person:') && b.participants.includes(p)) || (options.leadEvents.has(cls) && soleEvent(a, cls) && soleEvent(b, cls));
    }
    // The same event, named by the same word or the same class: a shared place or day of two
    // different events ("arrested on Philip Street", "found barricaded on Philip Street") is no detail in common.
    if (!a.head || !b.head) return false;
    if (a.head.lemma !== b.head.lemma && (a.predicate === null || a.predicate !== b.predicate)) return false;
    return true;
  }

  const out: ClaimGroup[] = [];
  for (const { claims: members, details, keys } of found.values()) {
    const components = independentCount(members, sources.sourceOf, options.sentenceOf);
    if (components.length < 2) continue;
    const rep = members[0]!;
    const detail = details[0]!;
    out.push(detailGroup(rep, detail, members, keys, components.length, sources, options.textOf(rep.articleId)));
  }
  return out.sort((a, b) => b.independentSources - a.independentSources || (a.id < b.id ? -1 : 1));
}

/** The words from the event to the detail, in the best-supported claim: what the sources agree on. */
function phrase(rep: RichClaim, detail: Detail, text: string): string {
  if (detail.own) return text.slice(detail.start, detail.end);
  if (detail.start < 0 || !rep.head) return rep.text;
  const start = Math.min(rep.head.start, detail.start);
  const end = Math.max(rep.head.end, detail.end);
  const span = text.slice(start, end);
  return span.split(/\s+/u).length <= MAX_PHRASE_WORDS && start >= rep.start && end <= rep.end ? span : rep.text;
}

function detailGroup(rep: RichClaim, detail: Detail, members: readonly RichClaim[], keys: readonly string[], independent: number, sources: SourceIndex, text: string): ClaimGroup {
  const evidence = members.map((c) => evidenceOf(c, sources));
  const sourceKeys = [...new Set(evidence.map((e) => e.source))].sort();
  return {
    id: `detail:${rep.articleId.slice(0, 12)}:${rep.start}:${keys[0]!.replace(/[^\p{L}\p{N}:.-]+/gu, '-')}`,
    text: phrase(rep, detail, text),
    status: 'corroborated',
    independentSources: independent,
    sources: sourceKeys,
    evidence,
    predicate: rep.predicate,
    participants: [...new Set(members.flatMap((c) => c.participants))].sort(),
    numbers: [],
    times: [],
    polarity: rep.polarity,
    hedges: [...new Set(members.flatMap((c) => c.hedges))],
    hedged: members.every((c) => c.hedges.length > 0),
    attribution: rep.attribution,
    contradictions: [],
    detail: keys.join(' '),
  };
}
