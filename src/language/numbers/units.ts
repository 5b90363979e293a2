/**
 * Units of measurement, normalized to a singular British spelling ("millimetre",
 * "square kilometre", "kilometre per hour") so that "190mm" and "190 millimetres" agree.
 */
import { hyphenJoin, isSym, isWord, spacedWord, type Tok } from './tokens.js';

const WORDS = new Map<string, string>();
function unit(canonical: string, ...forms: string[]): void {
  for (const f of [canonical, ...forms]) WORDS.set(f, canonical);
}
unit('metre', 'metres', 'meter', 'meters');
unit('kilometre', 'kilometres', 'kilometer', 'kilometers');
unit('centimetre', 'centimetres', 'centimeter', 'centimeters');
unit('millimetre', 'millimetres', 'millimeter', 'millimeters');
unit('mile', 'miles');
unit('foot', 'feet');
unit('inch', 'inches');
unit('yard', 'yards');
unit('hectare', 'hectares');
unit('acre', 'acres');
unit('litre', 'litres', 'liter', 'liters');
unit('gallon', 'gallons');
unit('barrel', 'barrels');
unit('gram', 'grams', 'gramme', 'grammes');
unit('kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos');
unit('tonne', 'tonnes');
unit('ton', 'tons');
unit('ounce', 'ounces');
unit('second', 'seconds');
unit('minute', 'minutes');
unit('hour', 'hours');
unit('day', 'days');
unit('week', 'weeks');
unit('fortnight', 'fortnights');
unit('month', 'months');
unit('year', 'years');
unit('decade', 'decades');
unit('century', 'centuries');
unit('degree', 'degrees');
unit('watt', 'watts');
unit('kilowatt', 'kilowatts');
unit('megawatt', 'megawatts');
unit('gigawatt', 'gigawatts');
unit('knot', 'knots');
unit('millibar', 'millibars');
unit('hectopascal', 'hectopascals');

/** Abbreviations, case-sensitive: "MW" is a megawatt, "mw" nothing. */
const ABBREVIATIONS = new Map([
  ['km', 'kilometre'], ['Km', 'kilometre'], ['m', 'metre'], ['cm', 'centimetre'], ['mm', 'millimetre'], ['kg', 'kilogram'], ['ft', 'foot'],
  ['ha', 'hectare'], ['lb', 'pound'], ['lbs', 'pound'], ['oz', 'ounce'], ['hr', 'hour'], ['hrs', 'hour'], ['min', 'minute'], ['mins', 'minute'],
  ['sec', 'second'], ['secs', 'second'], ['yr', 'year'], ['yrs', 'year'], ['kph', 'kilometre per hour'], ['kmh', 'kilometre per hour'],
  ['mph', 'mile per hour'], ['kW', 'kilowatt'], ['MW', 'megawatt'], ['GW', 'gigawatt'], ['kWh', 'kilowatt hour'], ['MWh', 'megawatt hour'],
  ['GWh', 'gigawatt hour'], ['TWh', 'terawatt hour'], ['hPa', 'hectopascal'], ['mbar', 'millibar'],
]);
/** Single letters that are units only when glued to digits: "5t", "30C", "12h". */
const GLUED_ONLY = new Map([
  ['g', 'gram'], ['t', 'tonne'], ['h', 'hour'], ['C', 'degree Celsius'], ['F', 'degree Fahrenheit'], ['L', 'litre'], ['l', 'litre'],
]);
const LENGTHS = new Set(['metre', 'kilometre', 'centimetre', 'millimetre', 'mile', 'foot', 'inch', 'yard']);
const TEMPERATURE = new Map([['celsius', 'Celsius'], ['centigrade', 'Celsius'], ['fahrenheit', 'Fahrenheit']]);
export const LINKED_SUFFIXES = new Set(['old', 'olds', 'long', 'wide', 'high', 'deep', 'tall', 'strong', 'thick', 'plus']);

export const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century']);

/** The canonical unit for a word, when it is one: "Days" → "day". */
export function unitWord(norm: string): string | undefined {
  return WORDS.get(norm);
}

export interface UnitMatch {
  unit: string;
  end: number;
}

/**
 * The next part of a multi-word unit: spaced ("cubic metres"), or hyphenated inside a
 * compound modifier ("48-million-cubic-metre reservoir").
 */
function nextPart(toks: readonly Tok[], k: number, hyphen: boolean): number {
  if (hyphen && hyphenJoin(toks, k + 1)) return k + 2;
  return spacedWord(toks[k + 1]) ? k + 1 : -1;
}

function base(t: Tok, glued: boolean, first: boolean): string | undefined {
  return WORDS.get(t.norm) ?? ABBREVIATIONS.get(t.raw) ?? (glued && first ? GLUED_ONLY.get(t.raw) : undefined);
}

/**
 * A unit at token `k`. `glued`: the token touches the number ("5km") or sits in a hyphenated
 * compound, so single-letter abbreviations are allowed.
 */
export function matchUnit(toks: readonly Tok[], k: number, glued: boolean, hyphen = false): UnitMatch | null {
  const t = toks[k];
  if (t === undefined) return null;
  if (isSym(t, '°') && t.gap <= 1) {
    const scale = toks[k + 1];
    if (isWord(scale) && scale.gap === 0 && (scale.raw === 'C' || scale.raw === 'F')) {
      return { unit: scale.raw === 'C' ? 'degree Celsius' : 'degree Fahrenheit', end: k + 2 };
    }
    return { unit: 'degree', end: k + 1 };
  }
  if (!isWord(t) || (glued ? t.gap !== 0 : t.gap !== 1)) return null;
  let prefix = '';
  let at = k;
  if (t.norm === 'square' || t.norm === 'sq' || t.norm === 'cubic' || t.norm === 'metric') {
    let next = nextPart(toks, k, hyphen);
    if (t.norm === 'sq' && isSym(toks[k + 1], '.') && toks[k + 1]!.gap === 0 && spacedWord(toks[k + 2])) next = k + 2;
    if (next < 0) return null;
    prefix = t.norm === 'cubic' ? 'cubic ' : t.norm === 'metric' ? '' : 'square ';
    at = next;
  }
  const found = base(toks[at]!, glued, at === k);
  if (found === undefined) return poundWeight(toks, at, hyphen);
  if (t.norm === 'metric' && found !== 'tonne' && found !== 'ton') return null;
  let unitName = t.norm === 'metric' ? 'tonne' : prefix + found;
  let end = at + 1;
  const after = toks[end];
  if (prefix === '' && LENGTHS.has(found) && after?.gap === 0 && (after.raw === '²' || after.raw === '³')) {
    unitName = `${after.raw === '²' ? 'square' : 'cubic'} ${found}`;
    end++;
  } else if (found === 'degree') {
    const scale = nextPart(toks, at, hyphen);
    const name = scale >= 0 ? TEMPERATURE.get(toks[scale]!.norm) : undefined;
    if (name !== undefined) {
      unitName = `degree ${name}`;
      end = scale + 1;
    }
  } else if (isSym(after, '/') && after.gap === 0 && isWord(toks[end + 1]) && toks[end + 1]!.gap === 0) {
    const per = base(toks[end + 1]!, true, true);
    if (per !== undefined && TIME_UNITS.has(per)) {
      unitName = `${unitName} per ${per}`;
      end += 2;
    }
  } else if (spacedWord(after, 'per') && spacedWord(toks[end + 1])) {
    const per = WORDS.get(toks[end + 1]!.norm);
    if (per !== undefined && TIME_UNITS.has(per)) {
      unitName = `${unitName} per ${per}`;
      end += 2;
    }
  }
  return { unit: unitName, end };
}

/** "pounds" is money unless it weighs something: "300 pounds of cocaine", "a 500-pound bomb". */
function poundWeight(toks: readonly Tok[], at: number, hyphen: boolean): UnitMatch | null {
  const t = toks[at]!;
  if (t.norm !== 'pound' && t.norm !== 'pounds') return null;
  if (hyphen || spacedWord(toks[at + 1], 'of')) return { unit: 'pound', end: at + 1 };
  return null;
}

/** "67-year-old", "60-metre-long": a glued adjective that completes a compound unit. */
export function linkedSuffix(toks: readonly Tok[], k: number): number {
  return hyphenJoin(toks, k) && LINKED_SUFFIXES.has(toks[k + 1]!.norm) ? k + 2 : k;
}
