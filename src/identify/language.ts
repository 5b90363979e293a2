/**
 * The language an article is written in, from its words (franc-min: trigram profiles of
 * the most spoken languages, 10 MB in memory against 86–194 MB for eld's databases). A
 * page's own `lang` is a site-wide setting more often than not, so the words decide when
 * they can. On 57 short news texts written for the purpose (three to fifteen words, seven
 * languages) franc-min alone named 48 rightly, eld 52–54 (by database size), tinyld 46. The
 * rules below name no language but English from fewer than 120 characters (the short texts
 * get no language, and never a wrong one), and four sentences of each language were all named
 * rightly. Most misses are headlines made of foreign names, so English is kept
 * whenever its score is near the best: corroborate reads English, and a short English brief
 * read as Italian would lose its analysis for nothing. Whole articles are longer than any of
 * those texts, and easier.
 */
import { francAll } from 'franc-min';

/** ISO 639-3 codes franc-min returns, as the two-letter codes articles carry. */
const TWO_LETTER: Record<string, string> = {
  eng: 'en', deu: 'de', por: 'pt', fra: 'fr', spa: 'es', ita: 'it', nld: 'nl', rus: 'ru', pol: 'pl', swe: 'sv', dan: 'da', nob: 'no',
  tur: 'tr', ces: 'cs', ron: 'ro', hun: 'hu', ukr: 'uk', fin: 'fi', cmn: 'zh', jpn: 'ja', kor: 'ko', arb: 'ar', heb: 'he', ell: 'el',
  hin: 'hi', pes: 'fa', ind: 'id', vie: 'vi', tha: 'th', ben: 'bn', urd: 'ur',
};
const CANDIDATES = Object.keys(TWO_LETTER);
/** Characters read: the title and the start of the text say which language as well as the whole. */
const SAMPLE_CHARS = 2_000;
/** Fewer letters than this say nothing reliable. */
const MIN_CHARS = 12;
/**
 * English scoring this close to the best (franc's scores are relative, the best is 1), and
 * among the `ENGLISH_RANK` best, is taken as English. franc's scores of unrelated languages
 * crowd together (a German paragraph scored Dutch 0.96, Spanish 0.91 and English 0.86), so
 * the score alone let German through as English; English prose full of foreign names ranks
 * English second or third, German prose ranks it far below (seventh and lower, in sentences
 * written to check this).
 */
const ENGLISH_MARGIN = 0.85;
const ENGLISH_RANK = 3;
/**
 * Another language than English is named only from this many characters: a headline of
 * invented or foreign names ("Three villagers missing near Brodna dam") reads as Dutch as
 * easily as English, and a whole article in another language is longer than this.
 */
const MIN_FOREIGN_CHARS = 120;

/** The article's language as a two-letter code, or null when its words do not say. */
export function detectLanguage(title: string, text: string): string | null {
  const sample = `${title}\n${text}`.slice(0, SAMPLE_CHARS);
  const scores = francAll(sample, { minLength: MIN_CHARS, only: CANDIDATES });
  const [best, score] = scores[0] ?? ['und', 0];
  if (best === 'und' || score === 0) return null;
  const rank = scores.findIndex(([code]) => code === 'eng');
  const english = rank >= 0 && rank < ENGLISH_RANK ? scores[rank]![1] : 0;
  if (best !== 'eng' && english >= ENGLISH_MARGIN) return 'en';
  if (best !== 'eng' && sample.length < MIN_FOREIGN_CHARS) return null;
  return TWO_LETTER[best] ?? null;
}

/** The primary subtag of a page's `lang`: "en-GB" → "en". */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/u)[0];
  return primary && /^[a-z]{2,3}$/u.test(primary) ? primary : null;
}
