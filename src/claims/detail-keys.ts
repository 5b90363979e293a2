/**
 * The details a claim names, each under a key that two claims share when they state it:
 * a figure of a property, a length of time, a place with the month something happened there,
 * an event on a day, where a thing stands, three uncommon words in a row. details.ts groups
 * claims of different facts that share one.
 */
import type { RichClaim } from './extract.js';
import { numberKey } from './compare.js';
import { firstLexicalVerb, isContent, isEdForm, isIngForm, verbBetween, wordsOf } from './words.js';
import { predicateAt } from './predicates.js';
import { WEEKDAY } from './frame.js';
import { wordVectors } from './vectors.js';

export interface Detail {
  key: string;
  /** Where the claim names it. */
  start: number;
  end: number;
  /** What kind of thing a place detail is of, when the words say ("phone" of "phone service"). */
  kind?: string | null;
  /** The span reads as the detail on its own ("call with Sorin last Thursday"); else it is read from the claim's event on. */
  own: boolean;
}

interface EventWord {
  cls: string;
  start: number;
  end: number;
  /** A noun ("the robbers", "the evacuation"), not a verb. */
  nominal: boolean;
}

/** The words of a claim that name events, each with its class. */
function eventWords(c: RichClaim, text: string): EventWord[] {
  const out: EventWord[] = [];
  for (const part of c.parts) {
    const words = wordsOf(text, part.start, part.end);
    for (let i = 0; i < words.length; i++) {
      const hit = predicateAt(words, i);
      if (!hit) continue;
      out.push({ cls: hit.cls, start: words[hit.first]!.start, end: words[hit.last]!.end, nominal: hit.nominal });
      i = hit.last;
    }
  }
  return out;
}

/** Figures whose property says what they count, whatever verb the claim uses ("injuring 80", "80 were wounded"). */
export const NAMES_ITS_EVENT = /^(?:kill|injure|missing|evacuate|rescue|arrest|magnitude|money|tally):/u;

/** Figures of a named person: a win-loss record, its knockouts, an age. */
export const OWNED = /^(?:record|ko|age):/u;

/** A time is of the event word when no other verb comes between them: not "sentenced … for the crimes he committed on March 11". */
function timeOf(text: string, hit: { start: number; end: number }, t: { start: number; end: number }): boolean {
  return hit.end <= t.start ? !verbBetween(text, hit.end, t.start) : !verbBetween(text, t.end, hit.start);
}

const SAID_ON = /\b(?:said|says|told|announced|reported|confirmed|stated|added)\s+(?:on\s+)?$/iu;

/** The claim's event words, and its head word when no class knows it ("rammed a car into the store"). */
export function eventsOf(c: RichClaim, text: string): EventWord[] {
  const hits = eventWords(c, text);
  if (c.head && !hits.some((h) => h.start <= c.head!.start && h.end >= c.head!.end)) hits.push({ cls: c.head.lemma, start: c.head.start, end: c.head.end, nominal: false });
  // "when the thieves rammed the building": a noun of one event before the verb of the clause.
  if (!hits.some((h) => !h.nominal)) {
    for (const part of c.parts) {
      const verb = firstLexicalVerb(wordsOf(text, part.start, part.end), (w) => hits.some((h) => h.start <= w.start && h.end >= w.end));
      if (verb) {
        hits.push({ cls: verb.lemma, start: verb.start, end: verb.end, nominal: false });
        break;
      }
    }
  }
  return hits;
}



/** A canonical entity named at a span of an article. */
export interface NamedAt {
  id: string;
  start: number;
  end: number;
}

export interface DetailContext {
  text: string;
  /** The article's canonical entity mentions, in text order. */
  named: readonly NamedAt[];
  /** Places the story's leads name: its setting, too broad to be a detail. */
  setting: ReadonlySet<string>;
  /** A date lies before the story's days. */
  earlier: (value: string) => boolean;
}

/** Words of content that make a run of three specific: not names, not words every report uses. */
const TRIGRAM = 3;
/** Words of clock and calendar: "p.m. local time" is how times are written, not a detail. */
const TIME_WORD = /^(?:a\.m|p\.m|a\.m\.|p\.m\.|am|pm|gmt|utc|local|time|hour|hours|minute|minutes|day|days|week|weeks|month|months|year|years|morning|evening|night|afternoon|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u;

/** "Osk (31-2)", "Osk's record to 31-2", "Lind, 48": from the owner's name to the figure; the whole claim when the name is not near. */
function ownedSpan(ctx: DetailContext, c: RichClaim, n: { start: number; end: number }, owner: string): Omit<Detail, 'key'> {
  const name = ctx.named.filter((m) => m.id === owner && m.start >= c.start && m.end <= n.start && n.start - m.end <= 40).pop();
  if (!name) return { start: -1, end: -1, own: false };
  // "Osk (31-2, 20 KOs)": to the bracket's end, so that the phrase reads whole.
  const open = ctx.text.slice(name.end, n.start).includes('(');
  const close = open ? ctx.text.indexOf(')', n.end) : -1;
  return { start: name.start, end: close >= 0 && close - n.end <= 24 ? close + 1 : n.end, own: true };
}

const WHERE = /^(?:on|in|at|near|off|outside|inside|beside|opposite)$/u;
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that)$/u;
/** Words between a preposition and the place: "on the chic Avenue Selle", "near the prestigious Place Orme". */
const PLACE_LEAD = /^(?:the|a|chic|upscale|prestigious|posh|famous|fashionable|exclusive|busy|ritzy|nearby|central|historic|main|bustling|quiet|elegant|luxury|tony|leafy)$/u;

/**
 * The noun a place is attached to by a preposition, when a determiner or a name comes before
 * it: "the store on …", "Orvo jewellers on …", "the store, near …". Verbs and
 * participles ("stolen in", "arrested at") are not things.
 */
/** Frequent words rank below this in the word vectors: "Internet" is one, "Orvo" no word at all. */
const FREQUENT_WORD = 5000;

/** A capitalised word that is no frequent word is a name ("the Orvo store"), not a kind of thing. */
function isName(w: { start: number; low: string }, text: string): boolean {
  if (!/^\p{Lu}/u.test(text[w.start] ?? '')) return false;
  const row = wordVectors()?.rowOf(w.low) ?? -1;
  return row < 0 || row >= FREQUENT_WORD;
}

function thingAt(text: string, c: RichClaim, place: NamedAt, named: readonly NamedAt[]): { thing: string; start: number; kind: string | null } | null {
  const words = wordsOf(text, c.start, place.start).filter((w) => w.kind === 'word' || w.low === ',');
  let k = words.length - 1;
  // "at a Vancouver business": the place names what kind of business, not where the thing is.
  if (/^an?$/u.test(words[k]?.low ?? '') || /['’]s$/u.test(text.slice(place.start, place.end + 2))) return null;
  while (k >= 0 && PLACE_LEAD.test(words[k]!.low)) k--;
  if (k < 1 || !WHERE.test(words[k]!.low)) return null;
  k--;
  if (words[k]?.low === ',') k--;
  const noun = words[k];
  // "High Street in Velde": a word of a name is no thing.
  if (!noun || !isContent(noun) || /^\p{Lu}/u.test(text[noun.start] ?? '') || isEdForm(noun.low) || isIngForm(noun.low) || TIME_WORD.test(noun.low) || predicateAt([noun], 0)?.cls) return null;
  // "the store", "Orvo jewellers", "an upmarket jewellery store": a noun phrase, not "stolen … near".
  let j = k - 1;
  while (j >= k - 3 && j >= 0 && !DETERMINER.test(words[j]!.low) && !/^\p{Lu}/u.test(text[words[j]!.start] ?? '') && isContent(words[j]!) && !isEdForm(words[j]!.low) && !isIngForm(words[j]!.low)) j--;
  const opener = words[j];
  if (!opener || j < k - 3 || !(DETERMINER.test(opener.low) || /^\p{Lu}/u.test(text[opener.start] ?? ''))) return null;
  // "the store near …" and "their flagship stores in …" are two facts: the word as written and
  // the relation are the key, not only the lemma.
  // The word before the noun says what kind of thing it is ("phone service", "Internet
  // service"), unless it names it ("the Orvo store"): two kinds are two things.
  const before = words[k - 1];
  const kind = before && !DETERMINER.test(before.low) && !PLACE_LEAD.test(before.low) && !named.some((m) => m.start <= before.start && m.end >= before.end) && !isName(before, text) ? before.low : null;
  return { thing: `${noun.low}:${words[k + (words[k + 1]?.low === ',' ? 2 : 1)]!.low}`, start: noun.start, kind };
}

/** Below this row of the vectors (most frequent first), a word is too common to tell one statement from another. */
const UNCOMMON_ROW = 1500;
const TO_VERB = /^(?:to|not|never|will|would|could|should|can)$/u;

/** The act words of a claim that few statements share: verbs and participles, past the most frequent words. */
function speakerWords(c: RichClaim, text: string): { lemma: string }[] {
  const v = wordVectors();
  if (!v) return [];
  const out = new Map<string, { lemma: string }>();
  for (const part of c.parts) {
    const words = wordsOf(text, part.start, part.end);
    words.forEach((w, i) => {
      if (w.kind !== 'word' || !isContent(w) || /^\p{Lu}/u.test(text[w.start] ?? '')) return;
      const act = isEdForm(w.low) || isIngForm(w.low) || TO_VERB.test(words[i - 1]?.low ?? '');
      if (act && v.rowOf(w.lemma) >= UNCOMMON_ROW) out.set(w.lemma, { lemma: w.lemma });
    });
  }
  return [...out.values()];
}

export function detailsOf(c: RichClaim, ctx: DetailContext): Detail[] {
  const out: Detail[] = [];
  for (const n of c.numbers) {
    // "85 million euros ($108 million)" states $108 million too, as a detail if not as a total.
    const key = n.scope === 'conversion' && n.property?.startsWith('money:') ? n.property : numberKey(n);
    if (!key) continue;
    // A record or a count said of a named person reads as the claim it is in, whatever its event.
    if (OWNED.test(key)) out.push({ key: `n:${key}:${n.value}`, ...ownedSpan(ctx, c, n, key.slice(key.indexOf(':') + 1)) });
    // A tally reads as written ("their 9-3 deadlock"), and 9-3 is not 9-2.
    else if (key.startsWith('tally:')) out.push({ key: `n:${key}:${n.value}`, start: n.start, end: n.end, own: true });
    else out.push({ key: `n:${key}:${Number(n.value.toPrecision(3))}`, start: n.start, end: n.end, own: false });
  }
  for (const t of c.times) {
    if (t.type !== 'duration' || !t.length) continue;
    // An age is a detail of its person only: "a 48-year-old" of two stories' victims are two people.
    if (/(?:^|-)year-old|years? old/iu.test(t.text) && !t.measures?.startsWith('age:')) continue;
    out.push({ key: `d:${t.measures?.startsWith('age:') ? t.measures : ''}:${t.length.min}:${t.length.max ?? ''}`, start: t.start, end: t.end, own: false });
  }
  // A place outside the story's setting and the month something happened there ("a summit in
  // Kestrel Bay in August"), and an event class with the day it happened ("the call last
  // Thursday"): the story's own place and day alone say too little.
  const inClaim = ctx.named.filter((m) => m.start >= c.start && m.end <= c.end);
  // Dates reached through an estimated publication day compare too: both sides were read against it.
  // "police said Saturday": the day of the saying, not of what was said.
  const dated = c.times.filter((t) => (t.type === 'date' || t.type === 'time') && !SAID_ON.test(ctx.text.slice(Math.max(0, t.start - 24), t.start)));
  const days = dated.filter((t) => t.value && /^\d{4}-\d\d/u.test(t.value));
  // With no day to resolve against, "on Thursday" is still the same Thursday within one story.
  const weekdays = dated.filter((t) => !t.value).flatMap((t) => [...t.text.toLowerCase().matchAll(WEEKDAY)].map((m) => ({ t, day: m[0] })));
  for (const t of days) {
    // The story's own place is a detail when what happened there happened before the story's days.
    const before = ctx.earlier(t.value!);
    for (const m of inClaim) {
      if (!m.id.startsWith('place:') || (ctx.setting.has(m.id) && !before)) continue;
      out.push({ key: `pt:${m.id}:${t.value!.slice(0, 7)}`, start: Math.min(m.start, t.start), end: Math.max(m.end, t.end), own: false });
    }
    if (!/^\d{4}-\d\d-\d\d/u.test(t.value!)) continue;
    // The words naming the event nearest the day, so the detail reads "the call … last Thursday".
    for (const hit of eventsOf(c, ctx.text)) {
      if (!timeOf(ctx.text, hit, t)) continue;
      const start = Math.min(hit.start, t.start);
      const end = Math.max(hit.end, t.end);
      out.push({ key: `ed:${hit.cls}:${t.value!.slice(0, 10)}`, start, end, own: true });
    }
  }
  // A thing and where it stands ("the store on Avenue Selle", "the Velde depot, near Place
  // Orme"): the place alone may be named for anything, the two together pin one fact down.
  for (const m of inClaim) {
    if (!m.id.startsWith('place:')) continue;
    const where = thingAt(ctx.text, c, m, ctx.named);
    if (where) out.push({ key: `at:${where.thing}:${m.id}`, start: where.start, end: m.end, own: true, kind: where.kind });
  }
  for (const { t, day } of weekdays) for (const hit of eventsOf(c, ctx.text)) if (timeOf(ctx.text, hit, t)) out.push({ key: `ed:${hit.cls}:${day}`, start: Math.min(hit.start, t.start), end: Math.max(hit.end, t.end), own: true });
  // A named speaker's refusal in one uncommon word ("I don't want a wasted meeting" and "not
  // interested at all to waste his time"): the same person refusing an act few statements
  // name, in their own words. Only a refusal or denial: statements that share one act word
  // and assert it were as often two facts as one ("surprised to learn" / "we've learned a lot").
  if (c.attribution.kind === 'speaker' && c.attribution.entityId && c.polarity === 'negative') {
    for (const w of speakerWords(c, ctx.text)) out.push({ key: `sw:${c.attribution.entityId}:${w.lemma}`, start: c.start, end: c.end, own: true });
  }
  // Three words of content in a row that two reports both use ("long-range patrol drones").
  for (const part of c.parts) {
    const words = wordsOf(ctx.text, part.start, part.end).filter((w) => w.kind === 'word' || w.kind === 'number');
    for (let i = 0; i + TRIGRAM <= words.length; i++) {
      const run = words.slice(i, i + TRIGRAM);
      if (!run.every((w) => w.kind === 'word' && isContent(w) && !TIME_WORD.test(w.low))) continue;
      // Names and titles ("Russian Foreign Minister") are no detail: two words in lower case are.
      const plain = run.filter((w) => !inClaim.some((m) => m.start <= w.start && m.end >= w.end) && !/^\p{Lu}/u.test(ctx.text[w.start] ?? ''));
      if (plain.length < 2) continue;
      out.push({ key: `w:${run.map((w) => w.lemma).join(' ')}`, start: run[0]!.start, end: run[TRIGRAM - 1]!.end, own: true });
    }
  }
  return out;
}
