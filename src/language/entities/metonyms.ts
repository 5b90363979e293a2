/**
 * Capitals and seats of government used for the government: "Moscow insisted", "accusing
 * Washington", "the Kremlin said", "Kremlin spokesman". A capital stays a place where the
 * text is plainly about the location — "in Moscow", "a Moscow press conference", "his visit
 * to Washington" — and a seat stays a building where someone is at or in it.
 */
import type { Tok } from './chunk.js';

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'into', 'via', 'through', 'throughout', 'within', 'on', 'reached', 'visited', 'visiting', 'left', 'leaving', 'leave', 'entered']);
/** Words before "to"/"from" that make it a journey, not a relation ("visit to Washington" vs "a threat to Moscow"). */
const MOTION = new Set([
  'visit', 'visits', 'trip', 'trips', 'travel', 'travels', 'travelled', 'traveled', 'traveling', 'travelling', 'flew', 'fly', 'flying', 'flight',
  'flights', 'return', 'returned', 'returning', 'returns', 'came', 'come', 'coming', 'went', 'go', 'going', 'moved', 'move', 'moving', 'journey',
  'way', 'road', 'route', 'drove', 'arrived', 'arrive', 'arriving', 'fled', 'flee', 'back', 'headed', 'heading', 'sent', 'evacuated', 'relocated',
  'trains', 'train', 'welcome', 'welcomed', 'invited', 'invitation', 'distance', 'miles', 'kilometres', 'kilometers', 'km',
]);
/** Nouns after a capital that make it a location ("the Lesk summit", "Moscow residents"). */
const LOCATIONAL_NOUNS = new Set([
  'summit', 'meeting', 'talks', 'conference', 'airport', 'office', 'offices', 'embassy', 'court', 'mayor', 'residents', 'suburb', 'suburbs', 'region',
  'streets', 'street', 'home', 'hotel', 'station', 'metro', 'subway', 'university', 'district', 'time', 'area', 'visit', 'trip', 'rally', 'protest',
  'protests', 'police', 'press', 'stock', 'exchange', 'bureau', 'correspondent', 'marathon', 'zoo', 'river', 'city', 'centre', 'center', 'venue',
  'apartment', 'hospital', 'school', 'theatre', 'theater', 'museum', 'skyline', 'outskirts', 'oblast', 'province', 'resident', 'citizens', 'forum',
  'dialogue', 'format', 'process', 'agreement', 'accords', 'accord', 'declaration', 'memorandum', 'protocol',
]);

function word(t: Tok | undefined): string {
  return t && t.isWord ? t.lower : '';
}

/**
 * Whether the mention at tokens [from, to) of a capital or seat stands for a government.
 * `insideRole` is set when the word qualifies a title ("Kremlin spokesman"), which reads as
 * the institution, except for local offices ("Moscow mayor").
 */
export function isMetonymic(toks: readonly Tok[], from: number, to: number, seat: boolean, insideRole: boolean, dateline: boolean): boolean {
  if (dateline) return false;
  let p = from - 1;
  const determiner = word(toks[p]) === 'the' || word(toks[p]) === 'a' || word(toks[p]) === 'an';
  if (determiner) p--;
  const before = word(toks[p]);
  const last = toks[to - 1]!;
  const after = word(toks[to]);
  if (insideRole) return !['mayor', 'governor', 'police', 'city', 'council', 'court'].includes(after);
  if (LOCATIVE.has(before)) return false;
  if ((before === 'to' || before === 'from' || before === 'toward' || before === 'towards') && MOTION.has(word(toks[p - 1]))) return false;
  if ((before === 'to' || before === 'from') && word(toks[p - 2]) && MOTION.has(word(toks[p - 2]))) return false;
  // "Moscow, Russia": an address.
  if (toks[to]?.text === ',' && toks[to + 1]?.cap && !seat && !last.poss) {
    const n = word(toks[to + 1]);
    if (n === 'russia' || n === 'ukraine' || n === 'hungary' || (toks[to + 2]?.text === ',' || toks[to + 2]?.text === '.')) return false;
  }
  if (!seat && LOCATIONAL_NOUNS.has(after)) return false;
  if (!seat && last.poss && ['mayor', 'streets', 'residents', 'airport', 'metro', 'outskirts', 'centre', 'center', 'skyline', 'suburbs'].includes(after)) return false;
  // "a Moscow press conference": a determiner, the capital, then a noun.
  if (!seat && determiner && toks[to]?.isWord && !toks[to]!.cap && !last.poss && word(toks[from - 1]) !== 'the') return false;
  return true;
}
