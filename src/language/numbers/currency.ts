/**
 * Currencies, as ISO 4217 codes where the text makes the currency clear and as the
 * singular currency word where it does not ("crown" could be Czech, Danish or Swedish).
 */
import { isSym, isWord, spacedWord, type Tok } from './tokens.js';
import { DIGIT_SCALES } from './lexicon.js';

const SYMBOLS = new Map([
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₹', 'INR'], ['₴', 'UAH'], ['₩', 'KRW'], ['₪', 'ILS'], ['₺', 'TRY'],
  ['₦', 'NGN'], ['₱', 'PHP'], ['₫', 'VND'], ['₿', 'BTC'],
]);

/** Letters glued before "$": "US$", "HK$", "A$". */
const DOLLAR_PREFIXES = new Map([
  ['US', 'USD'], ['A', 'AUD'], ['AU', 'AUD'], ['C', 'CAD'], ['CA', 'CAD'], ['CAN', 'CAD'], ['HK', 'HKD'], ['NZ', 'NZD'], ['S', 'SGD'],
  ['SG', 'SGD'], ['R', 'BRL'], ['MX', 'MXN'], ['NT', 'TWD'],
]);

const ISO = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'RUB', 'INR', 'UAH', 'CHF', 'CZK', 'SEK', 'NOK', 'DKK', 'PLN', 'HUF', 'RON', 'BGN', 'TRY',
  'ZAR', 'BRL', 'MXN', 'KRW', 'ILS', 'AUD', 'CAD', 'HKD', 'NZD', 'SGD', 'TWD', 'SAR', 'AED', 'EGP', 'NGN', 'KES', 'PKR', 'IDR', 'THB',
  'MYR', 'PHP', 'VND', 'ARS', 'CLP', 'COP', 'ISK', 'BTC',
]);

/** Currency words: an ISO code when the word alone settles it, else the word itself. */
const WORDS = new Map<string, string>();
function currency(code: string, ...forms: string[]): void {
  for (const f of forms) WORDS.set(f, code);
}
currency('USD', 'dollar', 'dollars');
currency('EUR', 'euro', 'euros');
currency('GBP', 'pound', 'pounds', 'sterling');
currency('JPY', 'yen');
currency('CNY', 'yuan', 'renminbi');
currency('RUB', 'rouble', 'roubles', 'ruble', 'rubles');
currency('INR', 'rupee', 'rupees');
currency('UAH', 'hryvnia', 'hryvnias', 'hryvnas', 'hryvnya');
currency('CZK', 'koruna', 'koruny', 'korun', 'korunas');
currency('SEK', 'krona', 'kronor');
currency('PLN', 'zloty', 'zlotys', 'zlotych');
currency('HUF', 'forint', 'forints');
currency('TRY', 'lira', 'liras', 'lire');
currency('ZAR', 'rand', 'rands');
currency('ILS', 'shekel', 'shekels');
currency('BRL', 'reais');
currency('NGN', 'naira');
currency('RON', 'leu', 'lei');
currency('BGN', 'lev', 'leva');
currency('THB', 'baht');
currency('MYR', 'ringgit');
currency('IDR', 'rupiah');
currency('BTC', 'bitcoin', 'bitcoins');
currency('crown', 'crown', 'crowns');
currency('krone', 'krone', 'kroner');
currency('franc', 'franc', 'francs');
currency('peso', 'peso', 'pesos');
currency('dinar', 'dinar', 'dinars');
currency('dirham', 'dirham', 'dirhams');
currency('riyal', 'riyal', 'riyals');

/** An adjective that names the currency exactly: "Czech crowns", "Hong Kong dollars". */
const ADJECTIVES = new Map([
  ['us', 'USD'], ['u.s.', 'USD'], ['american', 'USD'], ['canadian', 'CAD'], ['australian', 'AUD'], ['hong kong', 'HKD'],
  ['new zealand', 'NZD'], ['singapore', 'SGD'], ['taiwan', 'TWD'], ['czech', 'CZK'], ['swedish', 'SEK'], ['norwegian', 'NOK'],
  ['danish', 'DKK'], ['icelandic', 'ISK'], ['swiss', 'CHF'], ['mexican', 'MXN'], ['argentine', 'ARS'], ['argentinian', 'ARS'],
  ['chilean', 'CLP'], ['colombian', 'COP'], ['philippine', 'PHP'], ['chinese', 'CNY'], ['indian', 'INR'], ['pakistani', 'PKR'],
  ['turkish', 'TRY'], ['south african', 'ZAR'], ['israeli', 'ILS'], ['brazilian', 'BRL'], ['russian', 'RUB'], ['ukrainian', 'UAH'],
  ['british', 'GBP'], ['egyptian', 'EGP'], ['korean', 'KRW'], ['south korean', 'KRW'], ['japanese', 'JPY'], ['polish', 'PLN'],
  ['hungarian', 'HUF'], ['romanian', 'RON'], ['bulgarian', 'BGN'], ['saudi', 'SAR'], ['emirati', 'AED'], ['uae', 'AED'],
  ['nigerian', 'NGN'], ['kenyan', 'KES'],
]);

export interface CurrencyMatch {
  unit: string;
  /** Prefix: token index of the number. Suffix: token index after the currency. */
  next: number;
}

function numberAt(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && t.kind === 'num' && t.gap <= 1;
}

/** "$4.5 million", "US$20m", "€3bn", "USD 20". */
export function readCurrencyPrefix(toks: readonly Tok[], i: number): CurrencyMatch | null {
  const t = toks[i];
  if (t === undefined) return null;
  const symbol = t.kind === 'sym' ? SYMBOLS.get(t.raw) : undefined;
  if (symbol !== undefined) return numberAt(toks, i + 1) ? { unit: symbol, next: i + 1 } : null;
  if (t.kind !== 'word') return null;
  const dollar = DOLLAR_PREFIXES.get(t.raw);
  if (dollar !== undefined && isSym(toks[i + 1], '$') && toks[i + 1]!.gap === 0 && numberAt(toks, i + 2)) return { unit: dollar, next: i + 2 };
  if (ISO.has(t.raw) && numberAt(toks, i + 1)) return { unit: t.raw === 'RMB' ? 'CNY' : t.raw, next: i + 1 };
  if ((t.raw === 'Rs' || t.raw === 'Rs.') && numberAt(toks, i + 1)) return { unit: 'INR', next: i + 1 };
  if (lostEuroSign(toks, i)) return { unit: 'EUR', next: i + 1 };
  return null;
}

/**
 * "e80 million", "e2.5bn": a € that an 8-bit feed kept only as its letter. Read so only with a
 * scale after the figure, where nothing else is written that way ("E85" fuel, "e3" notation).
 */
function lostEuroSign(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  const n = toks[i + 1];
  if (t.raw !== 'e' || (i > 0 && t.gap === 0) || n === undefined || n.kind !== 'num' || n.gap !== 0 || n.num?.code) return false;
  const scale = toks[i + 2];
  if (scale === undefined || scale.kind !== 'word' || scale.gap > 1) return false;
  return scale.gap === 1 ? DIGIT_SCALES.has(scale.norm) && scale.norm.length > 1 : /^(?:m|bn|b|mn|mln)$/u.test(scale.norm);
}

function adjectiveAt(toks: readonly Tok[], k: number): { code: string; end: number } | null {
  const t = toks[k];
  if (!spacedWord(t)) return null;
  const two = spacedWord(toks[k + 1]) ? ADJECTIVES.get(`${t.norm} ${toks[k + 1]!.norm}`) : undefined;
  if (two !== undefined) return { code: two, end: k + 2 };
  const one = ADJECTIVES.get(t.norm);
  return one === undefined ? null : { code: one, end: k + 1 };
}

/** "450 million euros", "1.2 billion Czech crowns", "20 USD". */
export function readCurrencySuffix(toks: readonly Tok[], k: number): CurrencyMatch | null {
  const t = toks[k];
  if (!spacedWord(t)) return null;
  if (ISO.has(t.raw)) return { unit: t.raw === 'RMB' ? 'CNY' : t.raw, next: k + 1 };
  const adjective = adjectiveAt(toks, k);
  const at = adjective ? adjective.end : k;
  const w = toks[at];
  if (!spacedWord(w)) return null;
  if (w.norm === 'won') return adjective?.code === 'KRW' ? { unit: 'KRW', next: at + 1 } : null;
  const code = WORDS.get(w.norm);
  if (code === undefined) return null;
  if ((w.norm === 'pound' || w.norm === 'pounds') && (spacedWord(toks[at + 1], 'of') || (adjective && adjective.code !== 'GBP' && adjective.code !== 'EGP'))) {
    return null;
  }
  const end = (w.norm === 'pounds' || w.norm === 'pound') && spacedWord(toks[at + 1], 'sterling') ? at + 2 : at + 1;
  return { unit: adjective?.code ?? code, next: end };
}

/** "20 000 €", "20€": a symbol after the amount, as written in much of Europe. */
export function readCurrencySymbolAfter(toks: readonly Tok[], k: number): CurrencyMatch | null {
  const t = toks[k];
  const code = t !== undefined && t.kind === 'sym' && t.gap <= 1 ? SYMBOLS.get(t.raw) : undefined;
  return code === undefined || code === 'USD' ? null : { unit: code, next: k + 1 };
}

export function isCurrencySymbol(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'sym' && SYMBOLS.has(t.raw);
}

/** Whether a currency word starts at `k` (for "40m euros" reading "m" as million). */
export function currencyWordAt(toks: readonly Tok[], k: number): boolean {
  return readCurrencySuffix(toks, k) !== null || (isWord(toks[k]) && ISO.has(toks[k]!.raw));
}
