/**
 * What one event mention is seen with: its word's lemma, derivational family and vector
 * row, its event class, and what its sentence says around it (who, when, which figure, and
 * the claim group it stands in). Two mentions are compared on these (event-pairs.ts).
 */
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import type { Canonicalization } from '../language/entities/canonical.js';
import { lemmaOf } from './words.js';
import { wordVectors } from './vectors.js';
import { eventClassOf } from './predicates.js';

/** A word that names an event, as a span of one article's clean text. */
export interface EventMention {
  articleId: string;
  start: number;
  end: number;
}

export interface MentionContext {
  mention: EventMention;
  low: string;
  lemma: string;
  family: string;
  cls: string | null;
  /** Vector row of the lemma, -1 when it has none. */
  row: number;
  sentence: number;
  /** The sentence's words and the mention's place in it: equal for a sentence repeated word for word. */
  statement: string;
  /** In the article's first three sentences, where a report tells its own event. */
  lead: boolean;
  entities: ReadonlySet<string>;
  persons: ReadonlySet<string>;
  /** Resolved dates and times said in the sentence. */
  times: ReadonlySet<string>;
  /** The figure or ordinal that tells this happening from others of its kind (see modifierOf), normalized. */
  modifier: string | null;
  /** The claim group whose evidence holds the word, when one does. */
  group: string | null;
}

/**
 * Families that suffixes cannot find: the death and the dead belong to dying, a loss to
 * losing. General English morphology, not any story's words.
 */
const IRREGULAR_FAMILY: Record<string, string> = {
  death: 'die', dead: 'die', loss: 'lose', sale: 'sell', choice: 'choose', flight: 'fly', theft: 'thief', proof: 'prove',
  gift: 'give', birth: 'bear', growth: 'grow', seizure: 'seize', arrival: 'arrive', departure: 'depart', trial: 'try',
  denial: 'deny', burial: 'bury', failure: 'fail', pursuit: 'pursue', response: 'respond', defence: 'defend', defense: 'defend',
  offence: 'offend', offense: 'offend', collision: 'collide', explosion: 'explode', decision: 'decide', invasion: 'invade',
  conclusion: 'conclude', intrusion: 'intrude', expulsion: 'expel', revision: 'revise', suspension: 'suspend',
};

const DERIVATION = /(?:ation|ition|tion|sion|ment|ing|ance|ence|ure|al|ery|ry)$/u;

/** A derivational key: "shooting" and "shoot", "negotiation" and "negotiate", "death" and "die". */
export function familyOf(lemma: string): string {
  const irregular = IRREGULAR_FAMILY[lemma];
  if (irregular !== undefined) return lemmaOf(irregular);
  const stripped = lemma.replace(DERIVATION, '');
  return stripped.length >= 4 ? stripped : lemma;
}

/** One family when equal, or one a prefix of the other long enough not to be chance ("negotia"/"negotiat"). */
export function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3;
}

const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' ');
const MODIFIER = /(?:^|[\s(])((?:\d+(?:[.,]\d+)?)(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?:[- ](?:magnitude|degree|time))?[- ]$/iu;

const ORDINAL_AFTER = /^[^.;!?]{0,40}?\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\b/iu;

function normalFigure(word: string): string {
  const low = word.toLowerCase();
  const ordinal = ORDINALS.indexOf(low);
  return ordinal >= 0 ? String(ordinal + 1) : low.replace(/(?:st|nd|rd|th)$/u, '').replace(',', '.');
}

/**
 * The figure that tells this happening from others of its kind: a figure or ordinal on the
 * word ("a 6.1 quake", "the sixth round"), else an ordinal soon after it ("stopped in the
 * sixth round", "won for the third time"). Counts after it are left alone: reports of one
 * event differ on those, and that is a dispute, not two events.
 */
function modifierOf(text: string, start: number, end: number): string | null {
  const before = MODIFIER.exec(text.slice(Math.max(0, start - 24), start));
  if (before) return normalFigure(before[1]!);
  const after = ORDINAL_AFTER.exec(text.slice(end, end + 60));
  return after ? normalFigure(after[1]!) : null;
}

function sentenceAt(sentences: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Where claim evidence lies, to find the group a mention stands in: the tightest span wins. */
export type GroupAt = (articleId: string, start: number, end: number) => string | null;

interface SentenceFacts {
  entities: Set<string>;
  persons: Set<string>;
  times: Set<string>;
}

/** Who and when each sentence of an article names, read once for all its mentions. */
function sentenceFacts(a: AnnotatedArticle, canonical: Canonicalization): SentenceFacts[] {
  const { sentences } = a.language;
  const facts = sentences.map(() => ({ entities: new Set<string>(), persons: new Set<string>(), times: new Set<string>() }));
  const types = new Map(a.language.entities.map((e) => [e.key, e.type]));
  for (const m of a.language.mentions) {
    const f = facts[sentenceAt(sentences, m.start)];
    const id = f ? canonical.idOf(a.article.id, m.entity) : undefined;
    if (!f || !id) continue;
    f.entities.add(id);
    if (types.get(m.entity) === 'person') f.persons.add(id);
  }
  for (const t of a.language.times) {
    const f = facts[sentenceAt(sentences, t.start)];
    if (f && t.value && /^\d{4}/u.test(t.value)) f.times.add(t.value);
  }
  return facts;
}

const NONE: SentenceFacts = { entities: new Set(), persons: new Set(), times: new Set() };

/** The contexts of mentions in the story's articles; mentions of articles not given are left out. */
export function mentionContexts(mentions: readonly EventMention[], articles: readonly AnnotatedArticle[], canonical: Canonicalization, groupAt: GroupAt): MentionContext[] {
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const facts = new Map<string, SentenceFacts[]>();
  const vectors = wordVectors();
  const out: MentionContext[] = [];
  for (const mention of mentions) {
    const a = byId.get(mention.articleId);
    if (!a) continue;
    let known = facts.get(a.article.id);
    if (!known) facts.set(a.article.id, (known = sentenceFacts(a, canonical)));
    const { text } = a.article;
    const sentence = sentenceAt(a.language.sentences, mention.start);
    const span = a.language.sentences[sentence];
    const f = known[sentence] ?? NONE;
    const low = text.slice(mention.start, mention.end).toLowerCase();
    const lemma = lemmaOf(low);
    out.push({
      mention,
      low,
      lemma,
      family: familyOf(lemma),
      cls: eventClassOf(lemma),
      row: vectors ? vectors.rowOf(lemma) : -1,
      sentence,
      statement: span ? `${mention.start - span.start}:${text.slice(span.start, span.end)}` : `${mention.articleId}:${mention.start}`,
      lead: sentence >= 0 && sentence < 3,
      entities: f.entities,
      persons: f.persons,
      times: f.times,
      modifier: modifierOf(text, mention.start, mention.end),
      group: groupAt(mention.articleId, mention.start, mention.end),
    });
  }
  return out;
}
