/**
 * Words that end in a full stop without ending a sentence. Lower-cased, without the dot.
 * Titles come before names, so a capital after them is the name, not a new sentence.
 */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'gov', 'sen',
  'rep', 'reps', 'sens', 'rev', 'fr', 'sr', 'jr', 'st', 'mt', 'ft', 'pres', 'supt', 'insp', 'det', 'hon', 'atty', 'amb', 'sec',
  'brig', 'lieut', 'gens', 'msgr', 'dame', 'sir',
]);

/** Months and weekdays as news abbreviates them; a date follows, not a sentence. */
export const DATE_WORDS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);

/** Abbreviations that rarely end a sentence in news text. */
export const OTHER = new Set([
  'no', 'nos', 'vs', 'v', 'inc', 'corp', 'co', 'ltd', 'bros', 'dept', 'univ', 'assn', 'approx', 'est', 'fig', 'figs', 'vol', 'p', 'pp',
  'ch', 'art', 'sec', 'cf', 'e.g', 'i.e', 'al', 'ave', 'blvd', 'rd', 'hwy', 'gov', 'govt', 'admin', 'mln', 'bln', 'tn', 'pct',
]);

/**
 * Dotted abbreviations that can end a sentence ("…talks with the U.S. The envoy said…"):
 * a boundary only when a typical sentence opener follows.
 */
export const DOTTED = /^(?:\p{L}\.){2,}$/u;

/** Words that open sentences far more often than they follow an abbreviation mid-sentence. */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'but', 'and', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'this', 'that', 'these', 'those',
  'there', 'his', 'her', 'its', 'their', 'our', 'after', 'before', 'when', 'while', 'however', 'meanwhile', 'still', 'yet', 'so',
  'if', 'as', 'for', 'officials', 'both', 'some', 'many', 'most', 'no', 'not', 'one', 'what', 'why', 'how', 'who', 'despite',
  'since', 'until', 'with', 'without', 'by', 'from', 'following', 'according', 'earlier', 'later', 'now', 'then', 'also',
]);

/** Time zones and weekdays that follow "a.m."/"p.m." inside a sentence. */
export const AFTER_CLOCK = new Set(['et', 'est', 'edt', 'ct', 'cst', 'cdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'local', 'time']);
