/**
 * Word lists for reading numbers in English news text. Keys are lower case.
 */

function table(words: string[], first: number, step = 1): Map<string, number> {
  return new Map(words.map((w, i) => [w, first + i * step]));
}

export const ONES = table(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'],
  0,
);
export const TENS = table(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'], 20, 10);
export const SCALES = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

export const ORDINAL_ONES = table(
  ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'],
  1,
);
export const ORDINAL_TENS = table(['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'], 20, 10);
export const ORDINAL_SCALES = new Map([
  ['thousandth', 1e3],
  ['millionth', 1e6],
  ['billionth', 1e9],
]);

/** Denominators of spoken fractions; "second" is never one ("two seconds" is time). */
export const DENOMINATORS = new Map([
  ['half', 2], ['third', 3], ['quarter', 4], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10],
]);
export const PLURAL_DENOMINATORS = new Map([
  ['halves', 2], ['thirds', 3], ['quarters', 4], ['fourths', 4], ['fifths', 5], ['sixths', 6], ['sevenths', 7], ['eighths', 8], ['ninths', 9], ['tenths', 10],
]);

/** Plural scale words used as vague amounts: "hundreds of homes", "dozens were hurt". */
export const VAGUE = new Map([
  ['dozens', 12],
  ['scores', 20],
  ['hundreds', 100],
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
]);

/** Scales that may follow digits: "1.2 billion", "3bn", "40m" (money), "5 lakh". */
export const DIGIT_SCALES = new Map([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  ['k', 1e3],
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
  ['bln', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
  ['lakh', 1e5],
  ['crore', 1e7],
]);

export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

/** Month names as they head a date; matched against capitalised words only ("may" is a verb). */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words after which a four-digit number is a year, even when a plural noun follows ("the 2010 floods"). */
export const YEAR_CONTEXT = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'the', 'before', 'after', 'during', 'year', 'fiscal', 'early', 'late', 'mid',
  'spring', 'summer', 'autumn', 'fall', 'winter', 'through', 'between', 'and', 'to', 'its', 'their', 'his', 'her', 'this', 'that', 'season',
  'class', 'election', 'census', 'circa', 'c',
]);

export const TIME_ZONES = new Set(['gmt', 'utc', 'bst', 'cet', 'cest', 'eet', 'eest', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'msk', 'z']);

/** Words naming what a number labels rather than counts: "Article 5", "page 3", "Flight 370". */
export const LABELS = new Set([
  'no', 'nos', 'nr', 'number', 'article', 'articles', 'section', 'chapter', 'clause', 'paragraph', 'flight', 'route', 'highway', 'interstate',
  'room', 'gate', 'platform', 'terminal', 'resolution', 'proposition', 'item', 'unit', 'bus', 'channel', 'page', 'pages', 'version', 'level',
  'phase', 'stage', 'category', 'grade', 'division', 'ward', 'block', 'apartment', 'suite', 'exit', 'junction', 'season', 'episode', 'part',
  'volume', 'vol', 'pt', 'ch', 'day', 'week', 'round', 'game', 'match', 'act', 'psalm', 'tier', 'zone', 'district', 'lot', 'line', 'bay',
  'reactor', 'pier', 'berth', 'runway', 'seat', 'row', 'box', 'code', 'id', 'model', 'type', 'mark', 'mk', 'size', 'figure', 'fig', 'table',
]);

/** Nouns that follow a number in a score or vote tally: "a 3-2 vote". */
export const TALLY_NOUNS = new Set([
  'vote', 'votes', 'victory', 'win', 'wins', 'defeat', 'loss', 'draw', 'decision', 'ruling', 'majority', 'score', 'scoreline', 'lead', 'verdict',
  'margin', 'tie', 'record',
]);

/**
 * Words that end a counted noun phrase: articles, prepositions, pronouns, auxiliaries, common
 * reporting verbs and time adverbs. Not exhaustive; a counted noun also has to look plural.
 */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'hers', 'its', 'their', 'theirs', 'our', 'ours', 'my', 'your', 'yours',
  'some', 'any', 'each', 'every', 'all', 'both', 'no', 'not', 'none', 'and', 'or', 'but', 'nor', 'so', 'yet', 'for', 'of', 'in', 'on', 'at',
  'by', 'with', 'from', 'to', 'into', 'onto', 'over', 'under', 'about', 'around', 'after', 'before', 'during', 'since', 'until', 'till',
  'between', 'among', 'amongst', 'through', 'across', 'against', 'without', 'within', 'per', 'as', 'than', 'then', 'when', 'where', 'while',
  'who', 'whom', 'whose', 'which', 'what', 'it', 'he', 'she', 'they', 'we', 'you', 'i', 'me', 'him', 'them', 'us', 'there', 'here', 'was',
  'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'shall', 'should', 'can', 'could',
  'may', 'might', 'must', 'said', 'says', 'say', 'told', 'tells', 'according', 'also', 'still', 'now', 'just', 'only', 'even', 'again',
  'already', 'most', 'such', 'very', 'too', 'up', 'down', 'out', 'off', 'away', 'back', 'near', 'nearly', 'almost', 'least', 'last', 'next',
  'ago', 'later', 'earlier', 'today', 'yesterday', 'tomorrow', 'tonight', 'however', 'whether', 'because', 'if', 'though', 'although',
  'unless', 'via', 'plus', 'minus', 'above', 'below', 'beyond', 'toward', 'towards', 'upon', 'like', 'unlike', 'including', 'despite',
  'always', 'perhaps', 'sometimes', 'whereas', 'besides', 'afterwards', 'thus', 'otherwise', 'instead', 'ever', 'never', 'often',
  'fell', 'rose', 'came', 'went', 'hit', 'left', 'took', 'began', 'made', 'gave', 'got', 'saw', 'ran', 'grew', 'died', 'remain', 'remains',
  'stood', 'stand', 'stands', 'became', 'become', 'becomes', 'go', 'goes', 'come', 'comes', 'fled', 'spent', 'lost', 'won', 'held',
  'respectively', 'apiece', 'altogether', 'overall', 'total', 'more', 'fewer', 'less',
]);

/** Words that may stand between a number and its counted noun without ending the phrase. */
export const COUNT_MODIFIERS = new Set(['more', 'other', 'additional', 'further', 'extra', 'new', 'fewer', 'less']);

/** Plurals without a final -s, and mass nouns counted as if plural ("14 staff"). */
export const IRREGULAR_PLURALS = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'livestock', 'deer', 'fish', 'aircraft',
  'spacecraft', 'offspring', 'kin', 'folk', 'geese', 'mice', 'teeth', 'feet', 'militia', 'crew', 'infantry', 'cavalry', 'clergy', 'youth',
]);

/** Words ending in -s that are not plural nouns. */
export const NOT_PLURAL = new Set(['news', 'chaos', 'lens', 'always', 'perhaps', 'sometimes', 'whereas', 'besides', 'various', 'previous', 'famous', 'serious', 'numerous', 'overseas', 'nevertheless', 'regardless', 'unless', 'afterwards', 'towards', 'upwards', 'downwards', 'backwards', 'forwards', 'outwards', 'inwards', 'wales', 'athens', 'paris', 'texas', 'kansas', 'brussels', 'angeles', 'aires']);

/** Adjectives and participles that stand for people when counted: "14 dead", "30 injured". */
export const NOMINALS = new Set([
  'dead', 'injured', 'wounded', 'missing', 'killed', 'hurt', 'displaced', 'evacuated', 'homeless', 'arrested', 'detained', 'hospitalised',
  'hospitalized', 'rescued', 'drowned', 'infected', 'affected', 'unaccounted', 'jailed', 'convicted', 'charged', 'deported', 'stranded',
]);

/** Nouns after "one" that make it a determiner or idiom, not a count: "one day", "one of". */
export const ONE_IDIOMS = new Set([
  'of', 'another', 'day', 'time', 'point', 'side', 'hand', 'way', 'thing', 'more', 'by', 'in', 'out', 'such', 'who', 'that', 'which', 'reason',
  'morning', 'evening', 'night', 'afternoon', 'week', 'year', 'sort', 'kind', 'bit', 'after', 'too', 'else', 'less', 'at',
]);

/** Words before "one" that make it a pronoun: "no one", "the one", "every one". */
export const ONE_PRONOUN_BEFORE = new Set(['no', 'the', 'any', 'every', 'each', 'this', 'that', 'which', 'only', 'last', 'another', 'such', 'a', 'little', 'big', 'right', 'wrong', 'same', 'other', 'new', 'old', 'first', 'next', 'latest']);

/** Words before "half" that make it a part of something other than an amount ("the second half"). */
export const HALF_NOT_AFTER = new Set([
  'the', 'first', 'second', 'other', 'latter', 'former', 'better', 'back', 'this', 'that', 'each', 'either', 'lower', 'upper', 'top',
  'bottom', 'front', 'rear', 'left', 'right', 'northern', 'southern', 'eastern', 'western', 'opening', 'final', 'last', 'next',
]);

/** What may follow "half" when it is an amount: "half of", "half the homes". */
export const HALF_BEFORE = new Set(['of', 'the', 'their', 'its', 'his', 'her', 'our', 'them', 'all', 'those', 'these', 'this', 'that', 'a', 'an', 'my', 'your']);

/** Determiners skipped inside an "of" complement: "23 per cent of the vote". */
export const OF_DETERMINERS = new Set(['the', 'their', 'its', 'his', 'her', 'our', 'all', 'those', 'these', 'this', 'that', 'a', 'an', 'my', 'your']);

export function isNumberWord(w: string): boolean {
  return (
    ONES.has(w) || TENS.has(w) || SCALES.has(w) || w === 'hundred' || w === 'dozen' || ORDINAL_ONES.has(w) || ORDINAL_TENS.has(w) ||
    ORDINAL_SCALES.has(w) || w === 'hundredth' || VAGUE.has(w) || PLURAL_DENOMINATORS.has(w) || w === 'half' || w === 'quarter'
  );
}

export function looksPlural(w: string): boolean {
  if (IRREGULAR_PLURALS.has(w)) return true;
  if (w.length <= 3 || !w.endsWith('s') || NOT_PLURAL.has(w) || FUNCTION_WORDS.has(w)) return false;
  return !(w.endsWith('ss') || w.endsWith('us') || w.endsWith('is') || w.endsWith("'s") || w.endsWith('’s'));
}
