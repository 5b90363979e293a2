/**
 * Titles and roles, kept apart from the names they go with. A role is read in three places:
 * inside the capitalised run ("U.S. Secretary of State Tomas Halas"), in lowercase words
 * before it ("Kremlin spokesman Dmitry Bren", "former President …"), and in an apposition
 * after it ("Pavel Ostrenko, the governor of the Oskel region").
 */
import type { Tok } from './chunk.js';
import { COMMON, HONORIFICS, NOT_ENTITY, ROLE_HEADS, ROLE_MODIFIERS, isGivenName } from './titles.js';
import { demonymPlace } from './gazetteer.js';

export function isRoleHead(t: Tok | undefined): boolean {
  return !!t && t.isWord && (ROLE_HEADS.has(t.lower) || HONORIFICS.has(t.lower));
}

function isRoleWord(t: Tok): boolean {
  return t.isWord && (ROLE_HEADS.has(t.lower) || ROLE_MODIFIERS.has(t.lower) || HONORIFICS.has(t.lower) || demonymPlace(t.text) !== undefined);
}

/** A capitalised word that may belong to a title's qualifier ("Kremlin", "U.S.", "Lesk"). */
function isQualifier(t: Tok): boolean {
  return t.isWord && t.cap && !NOT_ENTITY.has(t.lower) && !(t.initial && COMMON.has(t.lower));
}

/**
 * Where the name starts inside a capitalised run [from, to): after its last title word and
 * any "of …" complement. Returns `from` when the run has no title.
 */
export function splitTitle(toks: readonly Tok[], from: number, to: number): number {
  let h = -1;
  for (let k = to - 2; k >= from; k--) {
    if (isRoleHead(toks[k]) && !toks[k + 1]!.joined) {
      h = k;
      break;
    }
  }
  if (h < 0) return from;
  let c = h + 1;
  while (c < to && toks[c]!.text === '.') c++;
  if (c < to && toks[c]!.lower === 'of') {
    c++;
    if (c < to && toks[c]!.lower === 'the') c++;
    // "Secretary of State Tomas Halas": the complement runs until a given name, keeping one word for the name.
    if (c < to - 1) c++;
    while (c < to - 1 && !isGivenName(toks[c]!.text)) c++;
  }
  // A title word that is itself the name's first word ("Bishop" in "Julie Bishop") is not a title.
  if (c >= to) return from;
  return c;
}

/**
 * How far a title reaches to the left of `at` (the first token of the title inside the run,
 * or of the name when the run has none). Lowercase role words, modifiers, demonyms and
 * capitalised qualifiers are taken; a run without its own title needs a role head right
 * before it ("spokesman Dmitry Bren").
 */
export function extendLeft(toks: readonly Tok[], at: number, runHasTitle: boolean): number {
  let i = at - 1;
  if (!runHasTitle) {
    const t = toks[i];
    if (!t || !isRoleHead(t) || t.cap) return at;
  }
  let start = at;
  while (i >= 0) {
    const t = toks[i]!;
    if (t.text === '.' && i > 0 && toks[i - 1]!.isWord && toks[i - 1]!.end === t.start && HONORIFICS.has(toks[i - 1]!.lower)) {
      i--;
      continue;
    }
    if (!t.isWord) break;
    if (isRoleWord(t) || isQualifier(t)) {
      if (t.initial && COMMON.has(t.lower)) break;
      // A possessive only opens a title when it names the employer ("Dravhydro's chief engineer").
      if (t.poss && !isQualifier(t)) break;
      start = i;
      if (t.poss) break;
      i--;
      continue;
    }
    if (t.lower === 'of' && i > 0 && isRoleHead(toks[i - 1]) && start === i + 1) {
      i--;
      continue;
    }
    break;
  }
  // Never start on a bare "of" or on a possessive's own word that is not a qualifier.
  while (start < at && toks[start]!.lower === 'of') start++;
  return start;
}

/**
 * An appositive role after a name: ", the governor of the Oskel region", ", director of …",
 * ", 54, a tractor mechanic". Returns the token range of the role without its determiner.
 */
export function appositive(toks: readonly Tok[], after: number): [number, number] | null {
  let k = after;
  if (toks[k]?.text !== ',') return null;
  k++;
  // An age between commas belongs to the person, not the role.
  if (toks[k] && /^\d{1,3}$/.test(toks[k]!.text) && toks[k + 1]?.text === ',') k += 2;
  if (toks[k] && ['the', 'a', 'an', 'its', 'his', 'her', 'their'].includes(toks[k]!.lower)) k++;
  const from = k;
  let head = -1;
  for (let n = 0; n < 6 && toks[k]; n++, k++) {
    const t = toks[k]!;
    if (isRoleHead(t)) {
      head = k;
      break;
    }
    if (!(isRoleWord(t) || isQualifier(t) || (t.isWord && !t.cap && n < 3 && !COMMON.has(t.lower)))) return null;
  }
  if (head < 0) return null;
  let end = head + 1;
  const stop = new Set([',', '.', ';', ':', '”', '"', '(', ')', '—', '–', '?', '!']);
  for (let n = 0; toks[end] && n < 8; n++) {
    const t = toks[end]!;
    if (stop.has(t.text) || ['who', 'which', 'that', 'said', 'says', 'told', 'and', 'but', 'when', 'while'].includes(t.lower)) break;
    end++;
  }
  // A trailing preposition or article ("head of") is not part of the role.
  while (end > head + 1 && ['of', 'the', 'at', 'for', 'in', 'a', 'an'].includes(toks[end - 1]!.lower)) end--;
  return [from, end];
}
