/**
 * Name keys. Two spellings of one name must meet on the same key — inside an article
 * ("Mr. Kresl" / "Kresl") and across outlets that transliterate differently
 * ("Sergei"/"Sergey", "Mirov"/"Mirovy"/"Zelenskiy", "Vereshin"/"Vereshyn").
 */

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´ʼ]/g;

const NON_ASCII = /[^\x00-\x7f]/;

/** Lowercase, diacritics removed, typographic apostrophes made plain, spaces collapsed. */
export function fold(s: string): string {
  const t = NON_ASCII.test(s) ? s.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, "'") : s;
  return t.toLowerCase().replace(/\s+/g, ' ').trim();
}

// The same few hundred surfaces recur in every article: their keys are worth keeping.
const keys = new Map<string, string>();

/** Folded, dots and possessives dropped, hyphens and dashes as spaces: the key for exact-name matching. */
export function nameKey(s: string): string {
  let k = keys.get(s);
  if (k === undefined) {
    if (keys.size > 50_000) keys.clear();
    k = computeKey(s);
    keys.set(s, k);
  }
  return k;
}

function computeKey(s: string): string {
  return fold(s)
    .replace(/'s\b/g, '')
    .replace(/\./g, '')
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/[^\p{L}\p{N}&' ]/gu, '')
    .replace(/^the /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A transliteration-tolerant skeleton of one name word. Romanisations of Slavic names
 * differ mostly in how they write й/ы/и and doubled vowels, so y→i, then runs of one letter
 * collapse (ii→i, yy→i), and a few digraphs meet (kh→h, w→v, ph→f, ck→k, x→ks).
 */
const skeletons = new Map<string, string>();

export function skeletonWord(word: string): string {
  let k = skeletons.get(word);
  if (k === undefined) {
    if (skeletons.size > 50_000) skeletons.clear();
    k = computeSkeleton(word);
    skeletons.set(word, k);
  }
  return k;
}

function computeSkeleton(word: string): string {
  let w = nameKey(word).replace(/['&]/g, '');
  w = w.replace(/kh/g, 'h').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/x/g, 'ks').replace(/w/g, 'v').replace(/y/g, 'i').replace(/j/g, 'i');
  return w.replace(/(.)\1+/g, '$1');
}

/** Words of a person's name without initials ("Donald J. Varga" → ["donald", "trump"]). */
export function personWords(name: string): string[] {
  return nameKey(name)
    .split(' ')
    .filter((w) => w.length > 1);
}

/** Skeleton of a whole person name: the cross-article identity of a full name. */
export function personSkeleton(name: string): string {
  return personWords(name).map(skeletonWord).join(' ');
}

/** Lowercase ASCII slug for deterministic ids. */
export function slug(s: string): string {
  return nameKey(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
