/**
 * Win-loss records ("52-3", "45-7-2") and the knockouts said with them, of the fighter or
 * team they belong to. The quantity layer leaves "3-1" out on purpose: most such pairs are
 * scores and votes. A pair is a record only where the words say so:
 *
 * - after a name, set off: "Lind (16-0)", "Rahel Osk, 31-2, 20 KOs,";
 * - after "record": "her record to 31-2", "a record of 12-4";
 * - after a change of standing: "improved to 31-2", "fell to 30-3", "dropped the champion to 30-3".
 *
 * A count of votes ("the jury deadlocked at 9-3", "a 5-4 decision") is a tally of its event, not
 * a record: it is kept so that two reports of one tally meet, and never disputed (a story may
 * tell of several votes).
 *
 * Whose record it is: the name set off before it, the name before "'s record", or else the
 * person the sentence opens with, when no other is named before the record. Anything else
 * ("Osk … the taller Lind's reach, and dropped to 30-3") leaves it without an owner, and an
 * ownerless record is never disputed: it still says what it says, so two reports of "30-3" meet.
 */
import type { Mention } from '../language/types.js';
import type { Span } from '../pipeline/record.js';
import type { ClaimNumber } from './types.js';

const RECORD = /(?<![\w.,:/-])(\d{1,3})-(\d{1,3})(?:-(\d{1,3}))?(?![\w/]|[.,:]\d|-\d)/gu;
const AFTER_RECORD_WORD = /\brecord\s+(?:of\s+|to\s+|at\s+|is\s+|was\s+|now\s+|stands\s+at\s+|moves\s+to\s+|improves\s+to\s+)?$/iu;
const AFTER_CHANGE = /\b(?:improved|improves|improving|raised|raises|lifted|lifts|moved|moves|took|takes|fell|falls|dropped|drops|slipped|slips|went|goes|rose|rises|climbed|climbs)\s+(?:[\p{L}-]+\s+){0,3}to\s+$/iu;
/** What may follow a record: the end of the apposition, "with 20 KOs", "and", "in …". */
const FOLLOWS = /^(?:\s*[,.;:)]|\s*$|\s+(?:with|and|in|after|since|on|at|for|as|while|but|KOs?\b))/u;
const KNOCKOUTS = /^(?:\s*,\s*|\s+with\s+(?:a\s+[\p{L}-]+\s+)?)(\d{1,3})\s*(?:KO['’]?s|KOs?|knockouts|wins by knockout|wins inside the distance)(?![\p{L}])/u;

export interface RecordContext {
  text: string;
  /** The sentence the claim is in: whose record it is may be said before the claim starts. */
  sentence: Span;
  /** Every mention of the article, by start. */
  mentions: readonly Mention[];
  entityOf: (m: Mention) => string | null;
}

const encode = (wins: number, losses: number, draws: number): number => wins * 1_000_000 + losses * 1_000 + draws;

/** The records and knockout counts inside `parts`, as figures of their owner. */
export function recordsIn(ctx: RecordContext, parts: readonly Span[]): ClaimNumber[] {
  const out: ClaimNumber[] = [];
  for (const part of parts) {
    const slice = ctx.text.slice(part.start, part.end);
    if (!slice.includes('-')) continue;
    for (const m of slice.matchAll(RECORD)) {
      const start = part.start + m.index;
      const end = start + m[0].length;
      const before = ctx.text.slice(Math.max(ctx.sentence.start, start - 60), start);
      const after = ctx.text.slice(end, Math.min(ctx.sentence.end, end + 60));
      const tally = tallyOf(before, after);
      if (tally) {
        // The figure reads with its event: "deadlocked at 9-3", "their 9-3 deadlock".
        const from = start - tally.before;
        const to = end + tally.after;
        out.push(figure(from, to, ctx.text.slice(from, to), encode(Number(m[1]), Number(m[2]), m[3] === undefined ? 0 : Number(m[3])), 'tally', `tally:${tally.event}`));
        continue;
      }
      if (!FOLLOWS.test(after)) continue;
      const setOff = nameSetOff(ctx, start);
      const recordWord = AFTER_RECORD_WORD.test(before);
      if (!setOff && !recordWord && !AFTER_CHANGE.test(before)) continue;
      const wins = Number(m[1]);
      const losses = Number(m[2]);
      const draws = m[3] === undefined ? 0 : Number(m[3]);
      const owner = setOff ?? (recordWord ? possessor(ctx, before, start) : null) ?? onlyPersonBefore(ctx, start);
      const value = encode(wins, losses, draws);
      out.push(figure(start, end, m[0], value, 'record', owner ? `record:${owner}` : null));
      const ko = KNOCKOUTS.exec(after);
      if (ko) {
        const koStart = end + ko.index + ko[0].indexOf(ko[1]!);
        const koEnd = end + ko.index + ko[0].length;
        out.push(figure(koStart, koEnd, ctx.text.slice(koStart, koEnd), Number(ko[1]), 'knockout', owner ? `ko:${owner}` : null));
      }
    }
  }
  return out;
}

/** Words of a count of votes, as one event: "deadlocked at 9-3", "their 9-3 deadlock", "voted 7-2", "a 5-4 decision". */
const TALLY_NOUN: Record<string, string> = { deadlock: 'deadlock', deadlocked: 'deadlock', vote: 'vote', voted: 'vote', votes: 'vote', split: 'split', decision: 'decision', ruling: 'decision', ruled: 'decision', verdict: 'verdict', majority: 'vote' };
const TALLY_BEFORE = /\b(deadlocked|deadlock|voted|vote|split|ruled)\s+(?:at\s+|by\s+|by\s+a\s+|in\s+favou?r\s+)?$/iu;
const TALLY_AFTER = /^[\s-]+(deadlock|vote|votes|split|decision|ruling|verdict|majority)\b/iu;

/** The event a tally counts, and how many characters its words reach before and after the figure. */
function tallyOf(before: string, after: string): { event: string; before: number; after: number } | null {
  const b = TALLY_BEFORE.exec(before);
  const event = b ? TALLY_NOUN[b[1]!.toLowerCase()] : undefined;
  if (b && event) return { event, before: before.length - b.index, after: 0 };
  const a = TALLY_AFTER.exec(after);
  const noun = a ? TALLY_NOUN[a[1]!.toLowerCase()] : undefined;
  return a && noun ? { event: noun, before: 0, after: a[0].length } : null;
}

function figure(start: number, end: number, text: string, value: number, unit: string, property: string | null): ClaimNumber {
  return { start, end, text, value, unit, qualifier: null, predicate: null, property, referent: null, scope: 'main', low: value, high: value };
}

function mentionsBetween(ctx: RecordContext, from: number, to: number): Mention[] {
  return ctx.mentions.filter((x) => x.start >= from && x.end <= to);
}

/** "Osk, 31-2," or "Osk (31-2)": a name right before, set off by a comma or a bracket. */
function nameSetOff(ctx: RecordContext, at: number): string | null {
  const gap = /(?:,|\()\s*$/u.exec(ctx.text.slice(Math.max(0, at - 4), at));
  if (!gap) return null;
  const edge = at - gap[0].length;
  const m = mentionsBetween(ctx, ctx.sentence.start, edge + 1).filter((x) => x.end >= edge - 1 && x.end <= edge + 1).pop();
  const id = m ? ctx.entityOf(m) : null;
  return id && /^(?:person|organization):/u.test(id) ? id : null;
}

/** "Osk's record to 31-2": the name before "'s record". */
function possessor(ctx: RecordContext, before: string, at: number): string | null {
  const poss = /['’]s\s+record\b[^]*$/u.exec(before);
  if (!poss) return null;
  const edge = at - (before.length - poss.index);
  const m = mentionsBetween(ctx, ctx.sentence.start, edge + 1).filter((x) => x.end >= edge - 1).pop();
  return m ? ctx.entityOf(m) : null;
}

/**
 * "Osk improved to 31-2": the sentence's subject, when it opens the sentence and is the only
 * person named before the record. A subject the entity layer missed ("Lind struggled against
 * Osk and dropped to 28-5") must not hand the record to the next name.
 */
function onlyPersonBefore(ctx: RecordContext, at: number): string | null {
  const ids = new Set<string>();
  const before = mentionsBetween(ctx, ctx.sentence.start, at);
  for (const m of before) {
    const id = ctx.entityOf(m);
    if (id?.startsWith('person:')) ids.add(id);
  }
  const first = before[0];
  if (ids.size !== 1 || !first || !/^[\s"“'‘(]*$/u.test(ctx.text.slice(ctx.sentence.start, first.start))) return null;
  const id = ctx.entityOf(first);
  return id?.startsWith('person:') ? id : null;
}
