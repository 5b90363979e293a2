/**
 * What story clustering reads from an article, in one pass over its words.
 *
 * The language layer (src/language) would give better entities and resolved times, but it
 * costs about 5 ms an article (entities 1.9 ms, times 1.4 ms, measured on ECB+), a tenth of
 * the rate clustering has to reach; even entities from the first 600 characters cost
 * 0.46 ms. This pass costs about 0.12 ms for a 1,000-character article (0.19 ms on ECB+'s
 * 1,900), measured in bench/stories. So names here are capitalised words, found the way a reader would: a word
 * capitalised in the middle of a sentence names something, and the same word at a sentence
 * start or in a title-case headline counts as a name only when the article also writes it
 * that way mid-sentence.
 *
 * Two channels, because they answer different questions:
 * - `topic`: stemmed content words, what kind of event it is ("earthquake", "rehab").
 * - `identity`: names, years, months, weekdays, figures and counts, which instance of that
 *   kind it is (Tara Reid or Lindsay Lohan; magnitude 5.6 or 5.9; 2008 or 2013; October or
 *   January; a raid on Monday or on Thursday). Two reports of one event share both; two
 *   events of one kind share the topic but not the identity. Months and weekdays count even
 *   without a year: without a publication date, "on October 19" cannot be placed in time, but
 *   it still tells an October event from a January one. Whole numbers up to a dozen are
 *   counts, not figures: "four men" and "two of them" turn up in heists of every kind, so
 *   they are weak evidence (similarity.ts).
 *
 * Besides the event's day, an article keeps the other days it names in full (`refDays`), so
 * that a report of a trial can meet the reports of the crime it names.
 */
import { NOT_NAMES, STOPWORDS } from './stopwords.js';
import { ALL_CAPS, CAP, INITIAL, NUMBER, textHash, tokenize, Tokens, type PositionWeights } from './tokens.js';
import { dayOf, findDateSpans, firstDate, type DateSpan } from './dates.js';

export { dayOf } from './dates.js';
export { textHash } from './tokens.js';

export interface FeatureInput {
  title: string;
  text: string;
  published?: { value: string | null } | null;
}

export interface StoryFeatures {
  /** Stemmed content word → weight (position-weighted count, sublinear). */
  topic: Map<string, number>;
  /** `n:name`, `y:year`, `m:month` (1–12), `w:weekday` (1–7, Monday first), `#figure`, `c:count` (whole numbers up to `MAX_COUNT`) → weight. */
  identity: Map<string, number>;
  /** Capitalised phrases as written, with counts, for naming a story's main entities. */
  phrases: Map<string, number>;
  /** Day of the event (days since 1970-01-01): the publication date, else the first full date near the top of the text. */
  day: number | null;
  /** The day is the publication date (a date near the top of a text may be background). */
  published: boolean;
  /** Other days the text names in full, anywhere (sorted, distinct, at most REF_DAYS): a trial's report names the day of the crime. */
  refDays: number[];
  /** Hash of the comparable title and text: identical copies are recognised without comparing vectors. */
  hash: string;
  /** Word tokens read. */
  words: number;
}

export type FeatureOptions = PositionWeights;

export const DEFAULT_FEATURES: FeatureOptions = {
  titleWeight: 2,
  leadWeight: 1.5,
  leadWords: 80,
  bodyWeight: 1,
};

/** Dates after this many characters are background ("was at Betty Ford from September 2010"), not the report's date. */
const DATE_ZONE = 600;
/** Long texts are read up to here: the event is stated long before, and the cost stays bounded. */
const MAX_CHARS = 60_000;

/** Whole numbers up to this are counts ("four men", "a dozen shots"), which events of one kind share by chance. */
export const MAX_COUNT = 12;

/** The identity key of a figure: a count or a figure proper. */
function figureKey(figure: string): string {
  return figure.length <= 2 && /^\d+$/.test(figure) && Number(figure) <= MAX_COUNT ? `c:${figure}` : `#${figure}`;
}

/** Figures written as words, as the key they stand for ("three killed" and "3 killed" agree). */
const NUMBER_WORDS = new Map<string, string>(
  Object.entries({
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
    thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
  }).map(([word, n]) => [word, figureKey(String(n))]),
);

/** Tokens of the article being read, reused from one article to the next: features are computed one at a time. */
const scratch = new Tokens();

/** Month names and abbreviations, as the month key they stand for. */
const MONTH_KEYS = new Map<string, string>(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((name, i) => [
    [name, `m:${i + 1}`],
    [name.slice(0, 3), `m:${i + 1}`],
  ]),
);
MONTH_KEYS.set('sept', 'm:9');

/**
 * The month key of token `i`, when it names a month: capitalised; "May" and "March" not at
 * a sentence start (where the verb is capitalised too); an abbreviation only before a day
 * ("Oct. 19"), or "Jan" would be a name.
 */
function monthAt(t: Tokens, i: number): string | null {
  const flags = t.flags[i]!;
  if (flags & NUMBER || !(flags & CAP)) return null;
  const lower = t.lower[i]!;
  const key = MONTH_KEYS.get(lower);
  if (key === undefined) return null;
  if ((lower === 'may' || lower === 'march') && flags & INITIAL) return null;
  if (lower.length <= 4 && lower !== 'june' && lower !== 'july' && lower !== 'may' && !(i + 1 < t.n && t.flags[i + 1]! & NUMBER)) return null;
  return key;
}

/** Weekdays, as the weekday key they stand for (1 is Monday). */
const WEEKDAYS = new Map(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d, i) => [d, i + 1]));
/** What a weekday gives each of its neighbours: a report of Thursday's raid is often written, and dated, on Friday. */
const WEEKDAY_NEIGHBOUR = 0.5;

/**
 * The weekday of token `i`, when it names one in the title or lead: "raided the store on
 * Thursday" says when the event was; later weekdays are mostly what followed ("police said
 * Friday").
 */
function weekdayAt(t: Tokens, i: number, o: FeatureOptions): number | null {
  if (!(t.flags[i]! & CAP) || t.weight[i]! <= o.bodyWeight) return null;
  return WEEKDAYS.get(t.lower[i]!) ?? null;
}

function addWeekday(identity: Map<string, number>, day: number, weight: number): void {
  for (const [d, w] of [[day, weight], [((day + 5) % 7) + 1, WEEKDAY_NEIGHBOUR * weight], [(day % 7) + 1, WEEKDAY_NEIGHBOUR * weight]] as const) {
    identity.set(`w:${d}`, (identity.get(`w:${d}`) ?? 0) + w);
  }
}

export function storyFeatures(input: FeatureInput, o: FeatureOptions = DEFAULT_FEATURES): StoryFeatures {
  const title = input.title.slice(0, 1000);
  const body = input.text.slice(0, MAX_CHARS);
  const full = title ? `${title}\n${body}` : body;
  const bodyStart = title ? title.length + 1 : 0;
  const t = scratch;
  tokenize(full, bodyStart, o, t);

  // A name is a word the article capitalises mid-sentence at least once.
  const nameForms = new Set<string>();
  for (let i = 0; i < t.n; i++) {
    const flags = t.flags[i]!;
    if (flags & NUMBER || !(flags & CAP) || flags & INITIAL) continue;
    const lower = t.lower[i]!;
    if (STOPWORDS.has(lower) || NOT_NAMES.has(lower)) continue;
    if (flags & ALL_CAPS && (lower.length > 6 || lower.replace(/\./g, '').length < 2)) continue;
    nameForms.add(lower);
  }

  const topic = new Map<string, number>();
  const identity = new Map<string, number>();
  const nameKeys = new Map<string, string>();
  const dateSpans = findDateSpans(full);
  let dateIdx = 0;
  let monthOfDate = -1;
  let words = 0;
  for (let i = 0; i < t.n; i++) {
    const start = t.start[i]!;
    while (dateIdx < dateSpans.length && dateSpans[dateIdx]!.end <= start) dateIdx++;
    const inDate = dateIdx < dateSpans.length && dateSpans[dateIdx]!.start <= start;
    // A full date names its month once, however it is written ("2013-09-18", "Sept. 18, 2013").
    if (inDate && monthOfDate !== dateIdx) {
      monthOfDate = dateIdx;
      const key = `m:${new Date(dateSpans[dateIdx]!.day * 86_400_000).getUTCMonth() + 1}`;
      identity.set(key, (identity.get(key) ?? 0) + t.weight[i]!);
    }
    const lower = t.lower[i]!;
    let map = identity;
    let key: string;
    if (t.flags[i]! & NUMBER) {
      const figure = figureOf(lower);
      if (figure === null) continue;
      // A date's year says when; its day and month are in `day`, not figures.
      if (figure.length === 4 && /^(1[89]|20)\d\d$/.test(figure)) key = `y:${figure}`;
      else if (inDate) continue;
      else key = figureKey(figure);
    } else {
      words++;
      const month = inDate ? null : monthAt(t, i);
      const weekday = inDate || month !== null ? null : weekdayAt(t, i, o);
      if (weekday !== null) {
        addWeekday(identity, weekday, t.weight[i]!);
        continue;
      }
      if (month !== null) key = month;
      else if (nameForms.has(lower)) {
        let k = nameKeys.get(lower);
        if (k === undefined) nameKeys.set(lower, (k = `n:${fold(lower)}`));
        key = k;
      } else {
        const n = NUMBER_WORDS.get(lower);
        if (n !== undefined) key = n;
        else if (lower.length < 3 || inDate || STOPWORDS.has(lower)) continue;
        else {
          key = stem(lower);
          map = topic;
        }
      }
    }
    map.set(key, (map.get(key) ?? 0) + t.weight[i]!);
  }
  for (const [k, v] of topic) topic.set(k, Math.log1p(v));
  for (const [k, v] of identity) identity.set(k, Math.log1p(v));

  const publishedDay = dayOf(input.published?.value ?? null);
  const day = publishedDay ?? firstDate(dateSpans, DATE_ZONE);
  return {
    topic,
    identity,
    phrases: namePhrases(full, t, nameForms),
    day,
    published: publishedDay !== null,
    refDays: referencedDays(dateSpans, day),
    // Title and text: two briefs with no body but different headlines are not copies.
    hash: textHash(`${title}\n${body}`),
    words,
  };
}

/** Days named in full that an article keeps beside its own: enough for a crime, an arrest and a trial. */
const REF_DAYS = 8;

function referencedDays(spans: readonly DateSpan[], day: number | null): number[] {
  const out: number[] = [];
  for (const s of spans) if (s.day !== day && !out.includes(s.day) && out.length < REF_DAYS) out.push(s.day);
  return out.sort((a, b) => a - b);
}

/** Titles a name phrase can run into: what comes before one ("Russian Foreign" Minister) qualifies the title, it names no one. */
const TITLE_WORDS: ReadonlySet<string> = new Set('president minister secretary governor senator mayor chief judge spokesman spokeswoman spokesperson ambassador envoy chancellor premier general commander director aide adviser advisor'.split(' '));

function namePhrases(text: string, t: Tokens, names: ReadonlySet<string>): Map<string, number> {
  const phrases = new Map<string, number>();
  let first = -1;
  let last = -1;
  const flush = (): void => {
    if (first >= 0 && last - first < 5) {
      const phrase = text.slice(t.start[first]!, t.end[last]!).replace(/['’]s$/, '');
      phrases.set(phrase, (phrases.get(phrase) ?? 0) + 1);
    }
    first = -1;
  };
  for (let i = 0; i < t.n; i++) {
    const flags = t.flags[i]!;
    const isName = !(flags & NUMBER) && (flags & CAP) !== 0 && names.has(t.lower[i]!);
    if (!isName) {
      if (first >= 0 && TITLE_WORDS.has(t.lower[i]!) && t.start[i]! - t.end[last]! === 1) first = -1;
      flush();
      continue;
    }
    // "Maravia's Pellan hills": a possessive ends the name before it.
    if (first >= 0 && /['’]s$/.test(text.slice(t.start[last]!, t.end[last]!))) flush();
    // Joined by one space to the previous name word: the same phrase.
    const gap = first >= 0 ? t.start[i]! - t.end[last]! : -1;
    const joined = gap === 1 && (text.charCodeAt(t.end[last]!) === 32 || text.charCodeAt(t.end[last]!) === 0xa0);
    if (first >= 0 && !joined) flush();
    if (first < 0) first = i;
    last = i;
  }
  flush();
  return phrases;
}

/** "5.6", "1,200" and "14" as figures; clock times and other separated runs are not figures. */
function figureOf(token: string): string | null {
  if (/[:/]/.test(token)) return null;
  if (/^\d{1,3}(,\d{3})+$/.test(token)) return token.replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(token)) return token.replace(/^0+(?=\d)/, '');
  return null;
}

/** Light suffix stripping: enough to meet "checks", "checked", "checking" at one term. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  return w;
}

/** Diacritics off, so "Zelenskiy" and "Zelenškiy" meet; ASCII words skip the work. */
function fold(word: string): string {
  return /^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '');
}
