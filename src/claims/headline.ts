/**
 * Headlines as claims. A headline is a clause without the grammar of one: title case
 * ("Missing Afghan Soldiers Found At Canadian Border"), often no finite verb, a label in
 * front ("EXCLUSIVE:", "Found!"), and its source said in a prefix or a suffix rather than
 * with a speech verb ("Report: …", "Sources: …", "…: Bettman", "…, dad says"). The claims
 * stage reads a headline (an article's title, or a text marked as one) with these helpers:
 * the case is restored so that the entity layer sees names and not every word, the label is
 * no part of the claim, and the source becomes the claim's attribution.
 */
import type { Span } from '../pipeline/record.js';
import type { SpeakerKind } from '../language/types.js';
import { isStopword } from './words.js';

const WORD = /\p{L}[\p{L}'’.-]*/gu;

/**
 * How the words of running text are usually written: a word seen mid-sentence in lower
 * case more often than capitalised is a common word, not a name. Built from the texts a
 * headline belongs with (its article, its story, a corpus of bodies).
 */
export function casingOf(texts: Iterable<string>): (low: string) => boolean {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const text of texts) {
    WORD.lastIndex = 0;
    let prevEnd = -1;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(text)) !== null) {
      const w = m[0];
      // Only words after a lower-case word or a comma: the first word of a sentence says nothing.
      const between = prevEnd >= 0 ? text.slice(prevEnd, m.index) : '.';
      const mid = /^[\s,"'“”‘’()]*$/u.test(between) && between.length > 0;
      prevEnd = m.index + w.length;
      if (!mid) continue;
      const low = w.toLowerCase();
      const table = w === low ? lower : /^\p{Lu}\p{Ll}/u.test(w) ? upper : null;
      if (table) table.set(low, (table.get(low) ?? 0) + 1);
    }
  }
  return (low) => (lower.get(low) ?? 0) > 2 * (upper.get(low) ?? 0);
}

/** Title case or capitals: most longer words after the first start with a capital. */
export function isTitleCase(text: string): boolean {
  const words = text.match(WORD) ?? [];
  let long = 0;
  let capital = 0;
  for (const w of words.slice(1)) {
    if (w.length < 4) continue;
    long++;
    if (/^\p{Lu}/u.test(w)) capital++;
  }
  return long >= 2 && capital >= 0.6 * long;
}

/**
 * The headline in sentence case, of the same length (offsets keep): in a title-case
 * headline every capitalised common word is lowered, and in any headline a word in
 * capitals ("EXPOSED", "GRIZZLY BEAR") that is a common word. Names stay as written;
 * the first word keeps its capital.
 */
export function sentenceCase(text: string, usuallyLower: (low: string) => boolean): string {
  const title = isTitleCase(text);
  let out = '';
  let last = 0;
  let first = true;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const w = m[0];
    const low = w.toLowerCase();
    const capitals = w.length > 1 && w === w.toUpperCase() && /\p{Lu}{2}/u.test(w);
    let next = w;
    if (low.length === w.length && /^\p{Lu}/u.test(w) && (title || capitals)) {
      // "US", "NHL", "ISIS": short capitals are acronyms unless running text writes them lower.
      const common = usuallyLower(low) || (isStopword(low) && !(capitals && w.length <= 3 && !title));
      if (common) next = first ? w[0]! + low.slice(1) : low;
    }
    out += text.slice(last, m.index) + next;
    last = m.index + w.length;
    first = false;
  }
  return out + text.slice(last);
}

/** Who a headline's source is, when it says so in a prefix or a suffix. */
export interface HeadlineSource extends Span {
  name: string;
  kind: SpeakerKind;
}

export interface HeadlineFrame {
  /** Words that are no part of the claim: a label ("EXCLUSIVE:"), the source and its cue. */
  frame: Span[];
  source: HeadlineSource | null;
  /** The headline asks rather than states ("Is this Crabzilla?", "…: fact or fiction"). */
  question: boolean;
}

/** Labels that announce rather than state. */
const LABEL = /^(?:exclusive|breaking(?: news)?|urgent|update[d]?|watch|video|photos?|pictures?|pics|just in|live|alert|confirmed|revealed|shock(?:ing)?|wow|omg|new twist|developing|must see|listen|report card|opinion|analysis|found|disgusting|incredible|amazing|unbelievable|horrifying|terrifying|gross|yikes|whoa)$/iu;
/** Nouns that name a source in a headline's prefix or suffix ("Report:", "Sources say"). */
const SOURCE_NOUN = /\b(?:reports?|sources?|rumou?rs?|insiders?|officials?|police|witness(?:es)?|study|studies|experts?|scientists?|doctors?|parents?|dad|mom|mum|father|mother|family|lawyers?|attorneys?|spokes(?:man|woman|person)|media|tabloids?|paper|newspaper|tv|network|agency|analysts?|investigators?)$/iu;
const SPEECH = /^(?:says?|said|claims?|claimed|reports?|reported|alleges?|alleged|insists?|suggests?|believes?|thinks?|fears?|warns?|tells?|told|confirms?|confirmed)$/iu;
const HEDGING_SPEECH = /^(?:claims?|claimed|alleges?|alleged|suggests?|believes?|thinks?|fears?)$/iu;

function kindOf(name: string): SpeakerKind {
  if (SOURCE_NOUN.test(name.trim().split(/\s+/u).pop() ?? '')) return /officials?|police|spokes/iu.test(name) ? 'unnamed-official' : /reports?|paper|media|tabloid|tv|network|agency/iu.test(name) ? 'document' : 'unnamed-source';
  return /^\p{Lu}/u.test(name) ? 'person' : 'unnamed-source';
}

/**
 * The frame of a headline: a label before a colon or an exclamation mark, a source in a
 * prefix ("Report:", "Team 5 source:"), a source in a suffix ("…: Bettman", "…, ISIS claims",
 * "…, reports say", "… – report"), and whether it asks.
 */
export function headlineFrame(text: string): HeadlineFrame {
  const frame: Span[] = [];
  let source: HeadlineSource | null = null;
  let from = 0;
  let to = text.length;
  while (to > from && /[\s.!]/u.test(text[to - 1]!)) to--;
  const question = /\?\s*$/u.test(text.slice(0, to + 1)) || /\?/u.test(text) || /\b(?:fact or fiction|true or false|real or fake|hoax or)\b/iu.test(text);
  // Prefixes, repeatedly: "EXCLUSIVE: Report: …".
  for (let guard = 0; guard < 3; guard++) {
    const m = /^\s*([^:!?]{1,40}?)\s*([:!])\s+/u.exec(text.slice(from, to));
    if (!m) break;
    const head = m[1]!;
    const words = head.split(/\s+/u);
    if (words.length > 4) break;
    const span = { start: from, end: from + m[0].length };
    if (words.every((w) => LABEL.test(w)) || LABEL.test(head)) frame.push(span);
    else if (m[2] === ':' && SOURCE_NOUN.test(words[words.length - 1]!)) {
      frame.push(span);
      source ??= { start: from + m[0].indexOf(head), end: from + m[0].indexOf(head) + head.length, name: head, kind: kindOf(head) };
    } else break;
    from = span.end;
  }
  const rest = text.slice(from, to);
  // Suffixes: ", ISIS claims", ", reports say", ": Bettman", " – report".
  const said = /(?:,|:|\s[-–—])\s*((?:[\p{L}\d'’.&-]+\s+){0,4}?[\p{L}\d'’.&-]+)\s+(\p{L}+)\s*$/u.exec(rest);
  if (said && SPEECH.test(said[2]!)) {
    const at = from + said.index;
    frame.push({ start: at, end: to });
    const nameStart = from + said.index + said[0].indexOf(said[1]!);
    source = { start: nameStart, end: nameStart + said[1]!.length, name: said[1]!, kind: kindOf(said[1]!) };
  } else {
    const bare = /(?::|\s[-–—])\s*((?:\p{Lu}[\p{L}'’.&-]*\s*){1,3}|reports?|sources?)\s*$/u.exec(rest);
    if (bare && !LABEL.test(bare[1]!.trim())) {
      const at = from + bare.index;
      frame.push({ start: at, end: to });
      const name = bare[1]!.trim();
      const nameStart = from + bare.index + bare[0].indexOf(name);
      source = { start: nameStart, end: nameStart + name.length, name, kind: kindOf(name) };
    }
  }
  return { frame, source, question };
}

/** A headline source's cue that presents the claim as opinion: "…, ISIS claims". */
export function hedgingSource(text: string, source: HeadlineSource | null): string | null {
  if (!source) return null;
  const after = text.slice(source.end).trim().split(/\s+/u)[0] ?? '';
  return HEDGING_SPEECH.test(after) ? after.toLowerCase() : null;
}
