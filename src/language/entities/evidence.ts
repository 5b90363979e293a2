/**
 * Context evidence for typing a name that no list knows. Each cue adds a weight to person,
 * organization or place; the weights of every occurrence of the same name in an article
 * are summed, so one clear cue ("the villages of Kamenitsa and Zelov") types the name
 * everywhere it appears.
 */
import type { EntityType } from '../types.js';
import type { Tok } from './chunk.js';
import { COMMON, SPEECH_VERBS, isGivenName } from './titles.js';
import { isRoleHead } from './roles.js';

export type Evidence = Record<EntityType, number>;

export const emptyEvidence = (): Evidence => ({ person: 0, organization: 0, place: 0 });

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Last words that make a multi-word name an organization. */
export const ORG_SUFFIX = set(`
  ministry department agency service council commission committee office inspectorate authority bureau
  administration parliament assembly senate congress court tribunal police army navy guard forces party union bank
  exchange university college school academy hospital clinic institute foundation trust fund network association
  federation league organization organisation group inc corp corporation co ltd llc plc ag sa gmbh company companies
  holdings capital partners ratings airlines airways energy oil gas motors industries systems technologies media news
  times post herald journal tribune telegraph gazette standard ledger courier dispatch insider wire press review
  today fm tv radio television broadcasting church cabinet government brigade battalion regiment division command
  coalition alliance movement front club team hotel restaurant transport railways rail railway telecom
  pharmaceuticals consulting labs studios records publishing observatory museum library centre center mission
  embassy consulate directorate secretariat caucus cartel patrol advisors advisers associates consultants services
  solutions brothers bros labs laboratories llp
`);

/** First words that make a name an organization ("University of Lesk", "Café Oskel"). */
export const ORG_PREFIX = set('ministry department university bank office council court institute church federation union association commission café cafe hotel club museum library academy college school embassy');

/** Last words that make a name a place. */
export const PLACE_SUFFIX = set(`
  street st road avenue ave square boulevard lane bridge dam river lake sea ocean gulf bay strait canal island islands
  peninsula mountains mountain hills hill valley desert forest park province region oblast county district airport
  station harbour harbor port coast heights plain basin reservoir stadium arena cathedral palace castle prison beach courthouse
  falls gorge pass highway motorway
`);

/** First words that make a name a place ("River Oskel", "Mount Everest", "St Anne"). */
export const PLACE_PREFIX = set('river lake mount mt gulf bay sea strait isle isles island islands cape port fort st saint palace castle avenue rue place plaza piazza via calle avenida boulevard');

const INNER_PLACE = set('mount mt lake river');
/** Nouns after a possessive that only people have ("Gupta's wife", "Kresl's account"). */
const KIN = set('wife husband son daughter mother father brother sister family wedding funeral lawyer attorney agent girlfriend boyfriend partner widow children parents career candidacy nomination death arrest birthday');
/** Verbs whose subject is a person. */
const HUMAN_VERBS = set('arrested pleaded resigned died married testified charged born convicted sentenced apologized apologised smiled laughed shouted whispered nodded recalled admitted');

/** Words that only ever open a name of a place or group: a person's name never starts with them. */
export const DIRECTIONS = set('north south east west northern southern eastern western central upper lower greater new');

/** News-outlet words: "the Herald", "The Courier" are publications. */
const MEDIA = set('herald courier standard post times journal ledger dispatch insider wire gazette tribune telegraph chronicle observer guardian');

const GEO_AFTER = set('region valley province district river area catchment hills mountains oblast county basin plain border coast municipality peninsula delta lowlands highlands');
const ORG_AFTER = set('shares stock board spokesperson spokesman spokeswoman executive executives management employees staff headquarters bonds chief chairman shareholders investors');
const ORG_APPOSITION = set('company utility firm operator group agency party bank union broadcaster newspaper network organisation organization ministry body regulator insurer lender carrier airline manufacturer producer maker retailer charity militia movement outlet publisher exchange');
const PLACE_APPOSITION = set('town village city country capital region province state district island port hamlet municipality suburb area community republic nation county');
const PLACE_OF = set('town towns village villages city cities region province district districts outskirts suburbs centre center streets capital country port island islands municipality state hamlet residents people mayor');
const IN_PLACE = set('in inside within throughout');
const NEAR_PLACE = set('at near outside across towards toward into around from to via');
const PLACE_NOUN_BEFORE_AT = set('garrison home office base camp hospital school prison station town village city');

function word(t: Tok | undefined): string {
  return t && t.isWord ? t.lower : '';
}

/**
 * The token that governs a name: skips back over coordinated names ("of Kamenitsa and
 * Zelov") and an article, so both names share the cue.
 */
function governor(toks: readonly Tok[], from: number): number {
  let k = from - 1;
  let steps = 0;
  while (k >= 0 && steps < 8) {
    const t = toks[k]!;
    // A possessive closes the phrase before ("The Washington Post's Howard Kurtz").
    if (t.poss) return k;
    if (t.lower === 'and' || t.lower === 'or' || t.text === ',' || (t.isWord && t.cap && !t.initial)) {
      k--;
      steps++;
      continue;
    }
    break;
  }
  return k;
}

export function contextEvidence(toks: readonly Tok[], from: number, to: number, words: readonly Tok[]): Evidence {
  const ev = emptyEvidence();
  const n = words.length;
  const first = words[0]!;
  const last = words[n - 1]!;
  const prev = toks[from - 1];
  const next = toks[to];
  const lastTok = toks[to - 1]!;

  if (n >= 2) {
    if (ORG_SUFFIX.has(last.lower) || ORG_PREFIX.has(first.lower)) ev.organization += 5;
    if (PLACE_SUFFIX.has(last.lower) || PLACE_PREFIX.has(first.lower)) ev.place += 5;
    // "Aoraki Mount Cook", "Lake Placid": a landform word inside the name.
    else if (words.slice(1, -1).some((w) => INNER_PLACE.has(w.lower))) ev.place += 4;
    if (isGivenName(first.text)) ev.person += 3;
    if (DIRECTIONS.has(first.lower)) {
      ev.place += 1;
      ev.person -= 2;
    } else if (n <= 4 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text))) ev.person += 1;
  }
  if (n === 1 && first.upper && first.text.replace(/\./g, '').length <= 6 && !first.initial) ev.organization += 2;

  // Left context.
  const g = governor(toks, from);
  const gw = word(toks[g]);
  let p = from - 1;
  const determiner = word(toks[p]) === 'the';
  if (determiner) {
    ev.organization += 1;
    ev.person -= 3;
    if (n === 1 && MEDIA.has(first.lower)) ev.organization += 3;
    p--;
  }
  const pw = word(toks[p]);
  if (IN_PLACE.has(pw) || IN_PLACE.has(gw)) ev.place += 2;
  else if (NEAR_PLACE.has(pw) || NEAR_PLACE.has(gw)) ev.place += (pw === 'at' || gw === 'at') && PLACE_NOUN_BEFORE_AT.has(word(toks[(pw === 'at' ? p : g) - 1])) ? 2 : 1;
  if (gw === 'of' && PLACE_OF.has(word(toks[g - 1]))) ev.place += 5;
  if (gw === 'of' && g >= 1 && word(toks[g - 1]) === 'the' && PLACE_OF.has(word(toks[g - 2]))) ev.place += 5;
  if (DIRECTIONS.has(pw) && !toks[p]!.cap) ev.place += 2;
  if (SPEECH_VERBS.has(pw)) ev.person += 1;
  // "OSTAVI, Maravia," or "Anchorage, Kestrel Bay": a name after a place and a comma.
  if (prev?.text === ',' && toks[from - 2]?.upper) ev.place += 2;

  // Right context.
  const nw = word(next);
  if (lastTok.poss) {
    const after = word(toks[to]);
    if (ORG_AFTER.has(after) || ['board', 'annual', 'bonds', 'credit', 'request', 'records', 'management'].includes(after)) ev.organization += 2;
    if (KIN.has(after)) ev.person += 2;
  } else {
    if (GEO_AFTER.has(nw)) ev.place += 3;
    if (ORG_AFTER.has(nw)) ev.organization += 2;
    if (SPEECH_VERBS.has(nw)) ev.person += 1;
    // "Jackson was arrested", "Gupta pleaded": things only people do.
    if (HUMAN_VERBS.has(nw) || ((nw === 'was' || nw === 'has' || nw === 'had') && HUMAN_VERBS.has(word(toks[to + 1])))) ev.person += 1;
  }
  if (next?.text === ',') {
    const a = toks[to + 1];
    if (word(a) === 'who') ev.person += 3;
    if (word(a) === 'which') {
      ev.organization += 1;
      ev.place += 1;
    }
    if (a && /^\d{1,3}$/.test(a.text) && toks[to + 2]?.text === ',') ev.person += 3;
    // ", the state-controlled utility that runs the dam" / ", a town of 18,000".
    let k = to + 1;
    if (['the', 'a', 'an'].includes(word(toks[k]))) {
      k++;
      for (let m = 0; m < 4 && toks[k]; m++, k++) {
        const w = word(toks[k]);
        if (ORG_APPOSITION.has(w)) {
          ev.organization += 4;
          break;
        }
        if (PLACE_APPOSITION.has(w)) {
          ev.place += 4;
          break;
        }
        if (isRoleHead(toks[k])) break;
        if (!toks[k]!.isWord || COMMON.has(w)) break;
      }
    }
  }
  return ev;
}

/** Nouns an organization is described by in apposition, for "the company" later on. */
export function appositionNoun(toks: readonly Tok[], to: number): string | null {
  if (toks[to]?.text !== ',') return null;
  let k = to + 1;
  if (!['the', 'a', 'an'].includes(word(toks[k]))) return null;
  k++;
  for (let m = 0; m < 4 && toks[k]; m++, k++) {
    const w = word(toks[k]);
    if (ORG_APPOSITION.has(w)) return w;
    if (!toks[k]!.isWord || COMMON.has(w)) return null;
  }
  return null;
}
