import type { Span } from '../../pipeline/record.js';
import type { LocalEntity, Mention, Sentence, SpeakerKind } from '../types.js';
import { genderOfName } from './gender.js';
import { describePhrase, looksLikeVerb, type SpeakerInfo } from './speakers.js';
import type { Tok, Unit } from './units.js';
import { EMPTY_MODIFIERS, FUNCTION_WORDS, GENERIC_PERSON, LEADER_SYNONYMS, TITLE_WORDS } from './words.js';

/** Someone a speaker phrase can turn out to be: a named referent, or an earlier speaker. */
export interface Who {
  name: string;
  entity: string | null;
  kind: SpeakerKind;
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** Role and description words, lower-cased ("russian", "foreign", "minister"). */
  words: ReadonlySet<string>;
  head: string;
  span: Span;
}

/** An attribution already resolved, in reading order: what "he said" looks back to first. */
export interface Said {
  pos: number;
  sentence: number;
  paragraph: number;
  who: Who;
}

export interface Referents {
  /** Named people, organizations and places in reading order. */
  list: Who[];
  /** Sentence index → the referent that is its subject (first, near the start), if any. */
  subjects: Map<number, Who>;
}

const PERSONLIKE = new Set<SpeakerKind>(['person', 'unnamed-official', 'unnamed-source', 'unnamed-expert']);

const words = (text: string): string[] =>
  text.toLowerCase().split(/[^\p{L}\p{N}.'’-]+/u).map((w) => w.replace(/['’]s$/u, '')).filter((w) => w !== '' && !FUNCTION_WORDS.has(w) && !EMPTY_MODIFIERS.has(w));

/** Referents from the entity layer's mentions: pronouns are left to the quote-aware rules here. */
export function referentsFromMentions(mentions: readonly Mention[], entities: readonly LocalEntity[], sentences: readonly Sentence[]): Referents {
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const list: Who[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.kind === 'pronoun') continue;
    const entity = byKey.get(m.entity);
    if (!entity) continue;
    // The country a title names lets "the Ukrainian leader" find the president of Ukraine.
    const roleWords = new Set<string>([...words(entity.roles.join(' ')), ...(m.role ? words(m.role.text) : []), ...words(entity.country ?? '')]);
    const context = [entity.roles.join(' '), entity.aliases.join(' '), m.role?.text ?? ''].join(' ');
    const gender = entity.gender === 'male' ? 'm' : entity.gender === 'female' ? 'f' : genderOfName(entity.name, context);
    list.push({
      name: entity.name,
      entity: entity.key,
      kind: entity.type,
      gender: entity.type === 'person' ? gender : null,
      plural: false,
      words: roleWords,
      head: '',
      span: { start: m.start, end: m.end },
    });
  }
  return { list, subjects: subjectsOf(list, sentences) };
}

/**
 * Without the entity layer: capitalised runs read as speaker phrases ("Russian Foreign
 * Minister Ivan Kresl"), a lone surname taken as the full name seen before it, and the
 * role words gathered per name so "the Ukrainian leader" can find Mirov.
 */
export function referentsFromText(text: string, units: readonly Unit[], sentences: readonly Sentence[]): Referents {
  const list: Who[] = [];
  const full = new Map<string, Who>();
  for (const unit of units) {
    const toks = unit.toks;
    let sentence = 0;
    for (let k = 0; k < toks.length; k++) {
      while (sentence + 1 < unit.sentenceStarts.length && unit.sentenceStarts[sentence + 1]! <= k) sentence++;
      const lo = unit.sentenceStarts[sentence] ?? 0;
      if (!runToken(toks[k]!)) continue;
      let e = k;
      while (e + 1 < toks.length && (runToken(toks[e + 1]!) || initialAt(toks, e + 1))) e += initialAt(toks, e + 1) ? 2 : 1;
      while (e > k && !toks[e]!.cap) e--;
      const s = k > 0 && toks[k - 1]!.lower === 'the' ? k - 1 : k;
      const info = describePhrase(text, toks, { s, e, appos: null }, lo);
      // A lone capitalised word followed by its verb is someone doing something: "Kresl spoke first."
      const acting = e === s && toks[e + 1] !== undefined && looksLikeVerb(toks[e + 1]!);
      k = e;
      const who = fromInfo(info, full, acting);
      if (who) list.push(who);
    }
  }
  return { list, subjects: subjectsOf(list, sentences) };
}

function runToken(t: Tok): boolean {
  return t.kind === 'word' && t.cap && !FUNCTION_WORDS.has(t.lower);
}

/** "J. R. Okafor": an initial is a capital letter and its full stop. */
function initialAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && t.kind === 'word' && /^\p{Lu}$/u.test(t.text) && toks[k + 1]?.text === '.';
}

function fromInfo(info: SpeakerInfo, full: Map<string, Who>, acting = false): Who | null {
  if (!info.name || !info.nameSpan) return null;
  const roleWords = words(info.role?.text ?? '');
  if (info.kind === 'organization' || info.kind === 'place') {
    return { name: info.name, entity: null, kind: info.kind, gender: null, plural: false, words: new Set(roleWords), head: info.head, span: info.nameSpan };
  }
  if (info.kind !== 'person') return null;
  const name = info.name.replace(/['’]s$/u, '');
  const parts = name.split(/\s+/u);
  const key = parts[parts.length - 1]!.toLowerCase();
  const entry = full.get(key);
  // A lone capitalised word is a person only as the short form of a name already met, or after a title.
  if (parts.length === 1 && !entry && !info.role && !acting) return null;
  const fullName = parts.length === 1 && entry ? entry.name : name;
  const same = entry !== undefined && entry.name === fullName;
  const merged = new Set<string>([...(same ? entry.words : []), ...roleWords]);
  const gender = info.gender ?? (same ? entry.gender : null);
  const who: Who = { name: fullName, entity: null, kind: 'person', gender, plural: false, words: merged, head: '', span: info.nameSpan };
  if (parts.length > 1 || !entry || same) full.set(key, who);
  return who;
}

function subjectsOf(list: readonly Who[], sentences: readonly Sentence[]): Map<number, Who> {
  const subjects = new Map<number, Who>();
  let s = 0;
  for (const who of list) {
    while (s < sentences.length && sentences[s]!.end <= who.span.start) s++;
    const sentence = sentences[s];
    if (!sentence || who.span.start < sentence.start || subjects.has(s)) continue;
    // Near the start of the sentence: within its first few words.
    if (who.span.start - sentence.start <= 60) subjects.set(s, who);
    else subjects.set(s, subjects.get(s) ?? who);
  }
  return subjects;
}

/** Who a named phrase is: the entity the overlapping mention belongs to, or the name itself. */
export function whoOfInfo(info: SpeakerInfo): Who {
  const words = new Set(info.words);
  return {
    name: info.name ?? info.text,
    entity: null,
    kind: info.kind,
    gender: info.gender,
    plural: info.plural,
    words,
    head: info.head,
    span: info.span,
  };
}

/** Lookup index over referents by position, so that each resolution stays cheap. */
export class Resolver {
  private readonly saids: Said[] = [];
  constructor(
    private readonly referents: Referents,
    private readonly sentenceOf: (pos: number) => number,
  ) {}

  remember(said: Said): void {
    this.saids.push(said);
  }

  /** The referent whose span overlaps `span`, if any. */
  at(span: Span): Who | null {
    const list = this.referents.list;
    let best: Who | null = null;
    let bestOverlap = 0;
    for (let i = this.before(span.end); i >= 0; i--) {
      const who = list[i]!;
      if (who.span.end <= span.start - 200) break;
      const overlap = Math.min(who.span.end, span.end) - Math.max(who.span.start, span.start);
      if (overlap > bestOverlap) {
        best = who;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  /**
   * "he said": first a speaker earlier in the same sentence, then the speaker or subject
   * of the sentence before, then the latest speaker of this paragraph or the one before,
   * then the nearest person named before; each time with the gender when it is known.
   */
  pronoun(info: SpeakerInfo, pos: number, paragraph: number): Who | null {
    const p = info.pronoun;
    const sentence = this.sentenceOf(pos);
    if (p === 'he' || p === 'she') {
      const fits = (w: Who): boolean => PERSONLIKE.has(w.kind) && !w.plural && (w.gender === null || w.gender === info.gender);
      return (
        this.lastSaid(pos, (s) => s.sentence === sentence && fits(s.who)) ??
        this.lastSaid(pos, (s) => s.sentence === sentence - 1 && fits(s.who)) ??
        this.subject(sentence, pos, fits) ??
        this.subject(sentence - 1, pos, fits) ??
        this.lastSaid(pos, (s) => s.paragraph >= paragraph - 1 && fits(s.who)) ??
        this.nearest(pos, (w) => w.kind === 'person' && fits(w))
      );
    }
    if (p === 'they') {
      const fits = (w: Who): boolean => w.plural || w.kind === 'organization' || w.kind === 'unnamed-group';
      return this.lastSaid(pos, (s) => s.paragraph >= paragraph - 1 && fits(s.who)) ?? this.nearest(pos, (w) => w.kind === 'organization', 600);
    }
    if (p === 'it') {
      const fits = (w: Who): boolean => w.kind === 'organization' || w.kind === 'document' || w.kind === 'place';
      return this.lastSaid(pos, (s) => s.paragraph >= paragraph - 1 && fits(s.who)) ?? this.nearest(pos, (w) => w.kind === 'organization' || w.kind === 'place', 600);
    }
    return null;
  }

  /** "the Ukrainian leader", "the official", "the ministry": the latest compatible one before. */
  description(info: SpeakerInfo, pos: number, paragraph: number): Who | null {
    const fits = (w: Who): boolean => describes(info, w);
    return this.lastSaid(pos, (s) => s.paragraph >= paragraph - 2 && fits(s.who)) ?? this.nearest(pos, fits);
  }

  private lastSaid(pos: number, test: (s: Said) => boolean): Who | null {
    for (let i = this.saids.length - 1; i >= 0 && i >= this.saids.length - 50; i--) {
      const s = this.saids[i]!;
      if (s.pos >= pos) continue;
      if (test(s)) return s.who;
    }
    return null;
  }

  private subject(sentence: number, pos: number, test: (w: Who) => boolean): Who | null {
    const who = this.referents.subjects.get(sentence);
    return who && who.span.start < pos && test(who) ? who : null;
  }

  private nearest(pos: number, test: (w: Who) => boolean, within = Number.POSITIVE_INFINITY): Who | null {
    const list = this.referents.list;
    for (let i = this.before(pos), n = 0; i >= 0 && n < 300; i--, n++) {
      const who = list[i]!;
      if (pos - who.span.end > within) return null;
      if (test(who)) return who;
    }
    return null;
  }

  /** Index of the last referent starting before `pos`. */
  private before(pos: number): number {
    const list = this.referents.list;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.span.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

const prefix = (w: string): string => w.slice(0, 5);

/** Whether a description fits someone: its head noun and every telling modifier must. */
function describes(info: SpeakerInfo, who: Who): boolean {
  const head = info.head;
  if (!head) return false;
  if (who.kind !== 'person' && who.kind !== 'organization') {
    // An unnamed speaker is described again by its own head noun: "the official".
    if (!PERSONLIKE.has(who.kind) && who.kind !== 'unnamed-group') return false;
    return singular(who.head) === singular(head);
  }
  if (info.kind === 'organization' && who.kind !== 'organization') return false;
  if (info.kind !== 'organization' && who.kind === 'organization') return false;
  const roles = who.words;
  if (who.kind === 'organization') return roles.has(head) || who.head === head || who.name.toLowerCase().includes(head);
  const gender = GENERIC_PERSON.get(head);
  let headFits = roles.has(head) || (LEADER_SYNONYMS.has(head) && [...roles].some((w) => LEADER_SYNONYMS.has(w)));
  if (!headFits && gender !== undefined) headFits = who.gender === null || who.gender === gender;
  if (!headFits) return false;
  for (const w of info.words) {
    if (w === head || /\d/u.test(w) || TITLE_WORDS.has(w) && !/^\p{L}+(an|ian|ish|ese|i)$/u.test(w)) continue;
    if (roles.has(w)) continue;
    if ([...roles].some((r) => prefix(r) === prefix(w) && w.length >= 5)) continue;
    return false;
  }
  return true;
}

function singular(w: string): string {
  return w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}
