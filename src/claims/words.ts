/**
 * Words as claim comparison sees them: tokens with offsets, a light lemma that folds
 * inflection ("cancelled", "cancels", "cancelling" → one key) and the function words that
 * never carry a fact. Rule-based on purpose: deterministic, a few microseconds a sentence,
 * and every decision can be read in this file.
 */
import { tokenize } from '../language/tokens/index.js';
import { matchForm } from '../normalize/text.js';

export interface Word {
  start: number;
  end: number;
  /** Matching form: lower case, plain quotes and dashes. */
  low: string;
  /** Inflection folded: the key lexicons and comparisons use. */
  lemma: string;
  /** A content word (see `isContent`), computed once. */
  content?: boolean;
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', held: 'hold', holds: 'hold', gave: 'give', given: 'give', sent: 'send', built: 'build',
  fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise', stood: 'stand', met: 'meet', left: 'leave', took: 'take',
  taken: 'take', brought: 'bring', began: 'begin', begun: 'begin', broke: 'break', broken: 'break', came: 'come',
  went: 'go', gone: 'go', got: 'get', kept: 'keep', knew: 'know', known: 'know', led: 'lead', lost: 'lose', made: 'make',
  paid: 'pay', ran: 'run', saw: 'see', seen: 'see', spoke: 'speak', spoken: 'speak', spent: 'spend', struck: 'strike',
  thought: 'think', won: 'win', wrote: 'write', written: 'write', drove: 'drive', driven: 'drive', flew: 'fly',
  flown: 'fly', found: 'find', shot: 'shoot', sought: 'seek', swept: 'sweep', withdrew: 'withdraw', withdrawn: 'withdraw',
  fought: 'fight', froze: 'freeze', frozen: 'freeze', chose: 'choose', chosen: 'choose', arose: 'arise', bought: 'buy',
  caught: 'catch', dealt: 'deal', drew: 'draw', drawn: 'draw', fed: 'feed', felt: 'feel', fled: 'flee', forgot: 'forget',
  grew: 'grow', grown: 'grow', heard: 'hear', hid: 'hide', hung: 'hang', laid: 'lay', lay: 'lie', lain: 'lie', meant: 'mean',
  overtook: 'overtake', rode: 'ride', sat: 'sit', sold: 'sell', shook: 'shake', shut: 'shut', slept: 'sleep', sank: 'sink',
  stole: 'steal', stuck: 'stick', swore: 'swear', taught: 'teach', threw: 'throw', thrown: 'throw', understood: 'understand',
  undertook: 'undertake', woke: 'wake', wore: 'wear', is: 'be', are: 'be', was: 'be', were: 'be', been: 'be', am: 'be',
  has: 'have', had: 'have', does: 'do', did: 'do', done: 'do', dead: 'dead', deaths: 'death', died: 'die', dies: 'die',
  dying: 'die', lives: 'life', people: 'people', children: 'child', men: 'man', women: 'woman', troops: 'troop',
  news: 'news', series: 'series', crises: 'crisis', analyses: 'analysis', media: 'media', data: 'data', hit: 'hit',
  put: 'put', set: 'set', cut: 'cut', burst: 'burst', cost: 'cost', let: 'let', spread: 'spread', quit: 'quit',
  hurt: 'hurt', bid: 'bid', read: 'read', axed: 'axe', axing: 'axe', less: 'less', unless: 'unless',
  this: 'this', thus: 'thus', its: 'its', his: 'his', bus: 'bus', gas: 'gas', us: 'us', yes: 'yes', during: 'during',
  morning: 'morning', evening: 'evening', building: 'building', nothing: 'nothing', something: 'something',
  anything: 'anything', everything: 'everything', thing: 'thing', things: 'thing', king: 'king', spring: 'spring',
  ring: 'ring', wing: 'wing', bring: 'bring', sing: 'sing', string: 'string', ceiling: 'ceiling', meeting: 'meeting',
  meetings: 'meeting', hearing: 'hearing', funding: 'funding', briefing: 'briefing', landing: 'landing',
  shooting: 'shooting', bombing: 'bombing', flooding: 'flood', fighting: 'fighting', reading: 'reading',
  readings: 'reading', warning: 'warning', warnings: 'warning', ongoing: 'ongoing', need: 'need', needs: 'need',
  needed: 'need', speed: 'speed', seed: 'seed', feed: 'feed', hundred: 'hundred', hundreds: 'hundred', red: 'red',
  bed: 'bed', shed: 'shed', steel: 'steel', wheel: 'wheel', canal: 'canal',
  unit: 'unit', units: 'unit', analysis: 'analysis', basis: 'basis', crisis: 'crisis', thesis: 'thesis',
};

const DOUBLE = /([bcdfgklmnprstvz])\1$/u;

/**
 * A lemma-like key: irregular forms from a table, then -ies/-ied, -ing, -ed, -es/-s, a
 * final e and a doubled final consonant folded. Base forms go through the same rules, so
 * "evacuate" and "evacuated" meet at "evacuat" even where that is no English word.
 */
const LEMMAS = new Map<string, string>();

export function lemmaOf(low: string): string {
  const known = LEMMAS.get(low);
  if (known !== undefined) return known;
  const lemma = foldLemma(low);
  // Bounded: a stream of unseen words must not grow the table without end.
  if (LEMMAS.size > 200_000) LEMMAS.clear();
  LEMMAS.set(low, lemma);
  return lemma;
}

/** "moved" → "mov" → "move": a short stem that lost its final e meets its base form ("move", "moving"). */
function restoreE(stem: string): string {
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/u.test(stem) ? `${stem}e` : stem;
}

function foldLemma(low: string): string {
  let w = low.replace(/['’]s$|['’]$/u, '');
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return irregular;
  if (w.length <= 3 || !/^[a-z-]+$/u.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = restoreE(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = restoreE(w.slice(0, -2));
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/u.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && DOUBLE.test(w)) w = w.slice(0, -1);
  return w;
}

/** Tokens of `text[from, to)` with lemmas; quotes, dashes and case folded for comparison. */
export function wordsOf(text: string, from = 0, to = text.length): Word[] {
  const low = matchForm(text.slice(from, to));
  return tokenize(text, from, to).map((t) => {
    const form = low.slice(t.start - from, t.end - from);
    return { start: t.start, end: t.end, low: form, lemma: t.kind === 'word' ? lemmaOf(form) : form, kind: t.kind };
  });
}

const STOP = new Set(
  (
    'a an the of to in on at by for from with about into onto over under through across between among against ' +
    'and or but nor yet so if then than as that this these those there here it its it\'s they them their theirs he him his ' +
    'she her hers we us our you your i me my mine who whom whose which what whatever when where why how whether ' +
    'be is are was were been being am have has had having do does did done will would shall should can could may ' +
    'might must also just only even still already yet again very too quite rather more most less least much many ' +
    'some any each every all both either neither other another such same own one ones not no never none nothing ' +
    'up down out off away back now then today tonight yesterday tomorrow later earlier ago before after during while ' +
    'since until till once because though although however therefore thus instead meanwhile also well ' +
    'mr mrs ms dr said say says saying told tell according reported report reports added adding ' +
    'per via upon amid around near within without towards toward whose whom itself themselves himself herself ' +
    'according including several few lot lots don\'t doesn\'t didn\'t isn\'t wasn\'t weren\'t won\'t wouldn\'t can\'t couldn\'t ' +
    'hasn\'t haven\'t hadn\'t shouldn\'t aren\'t cannot'
  ).split(/\s+/u),
);

/** Function words and attribution words: never a concept, never compared. */
export function isStopword(low: string): boolean {
  return STOP.has(low);
}

const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'did', 'does', 'do', "won't", "can't", "didn't", "doesn't", "isn't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "couldn't", "shouldn't", "don't"]);

export function isAuxiliary(low: string): boolean {
  return AUX.has(low);
}

/** Past forms with no -ed and common present-tense verbs that a clause may hang on. */
const FINITE = new Set(
  (
    'said told held gave sent built fell rose stood met left took brought began broke came went got kept knew led lost made ' +
    'paid ran saw spoke spent struck thought won wrote drove flew found shot sought swept withdrew fought froze chose arose puts ' +
    'bought caught dealt drew felt fled grew heard hid hung laid meant rode sat sold shook slept sank stole stuck taught threw ' +
    'understood undertook woke wore put set cut hit burst quit spread let says holds remains stays sits lies runs operates ' +
    'produces needs seeks insists wants believes knows thinks means gives makes takes comes goes shows remain stay hold ' +
    'relies lives expects plans hopes fears warns faces continues appears seems looks demands denies rejects accepts ' +
    'became become bore bound clung crept dug dove drank ate forgave forbade ground knelt leapt lent lit misled overcame ' +
    'overran overthrew oversaw rang sang shone shrank slid sped spun split sprang stank stung strove swam swung tore trod ' +
    'wept wound withheld withstood upheld foresaw outran awoke beat bent bit bled blew dug fit forgave hurt kept knit ' +
    'lay led quit rid sent shed shut slung spat stood sank sought'
  ).split(/\s+/u),
);

const NOT_VERB_ED = new Set(['hundred', 'red', 'bed', 'shed', 'need', 'speed', 'seed', 'feed', 'steed', 'breed', 'creed', 'weed', 'bred', 'sled', 'shred']);
const NOT_PARTICIPLE = new Set(['during', 'according', 'including', 'following', 'morning', 'evening', 'building', 'nothing', 'something', 'anything', 'everything', 'thing', 'king', 'spring', 'ring', 'wing', 'bring', 'sing', 'string', 'ceiling', 'meeting', 'hearing', 'funding', 'briefing', 'landing', 'warning', 'ongoing', 'outstanding', 'pending', 'concerning', 'regarding', 'notwithstanding', 'surrounding', 'neighbouring', 'neighboring', 'remaining', 'existing', 'leading', 'reading', 'readings', 'fighting', 'shooting', 'bombing', 'flooding', 'clothing', 'housing', 'training', 'setting', 'spending', 'earnings', 'opening', 'beginning', 'ending', 'standing', 'wedding', 'painting', 'darling', 'sterling', 'inning', 'swimming', 'boring']);

/** A word ending in -ed that is a verb form, not "hundred" or "bed". */
export function isEdForm(low: string): boolean {
  return low.length > 4 && low.endsWith('ed') && !NOT_VERB_ED.has(low);
}

/** A word ending in -ing that is a participle or gerund, not "morning" or "according". */
export function isIngForm(low: string): boolean {
  return low.length > 5 && low.endsWith('ing') && !NOT_PARTICIPLE.has(low);
}

/** Whether a word can carry a clause: an auxiliary, an -ed form, or a known finite verb. */
export function isVerbish(w: Word, prev: Word | undefined): boolean {
  if (w.kind !== 'word') return false;
  if (AUX.has(w.low) || FINITE.has(w.low)) return true;
  if (isEdForm(w.low)) {
    // "the planned summit", "four masked men": an -ed word after a determiner or a count is an adjective.
    return !(prev && (/^(the|a|an|its|his|her|their|our|this|that|two|three|four|five|six|seven|eight|nine|ten|several|many|some|dozens|hundreds)$/u.test(prev.low) || prev.kind === 'number'));
  }
  return false;
}

/** Whether a verb of its own stands in `text[from, to)`: a time past it belongs to that verb, not to the one before. */
export function verbBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const between = wordsOf(text, from, to);
  return between.some((w, i) => isVerbish(w, between[i - 1]) && !AUX.has(w.low));
}

/** The first word that can carry a clause and is no auxiliary: "rammed" in "when the thieves rammed the building". */
export function firstLexicalVerb(words: readonly Word[], skip: (w: Word) => boolean = () => false): Word | undefined {
  return words.find((w, i) => isVerbish(w, words[i - 1]) && !AUX.has(w.low) && !skip(w));
}

/** Index of the first item (words, mentions: in text order) that starts at or after `pos`. */
export function firstAtOrAfter(items: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function hasVerb(words: readonly Word[], from = 0, to = words.length): boolean {
  for (let i = from; i < to; i++) if (isVerbish(words[i]!, words[i - 1])) return true;
  return false;
}

/** Content word: a letter word that is not a function word. */
export function isContent(w: Word): boolean {
  if (w.content === undefined) w.content = w.kind === 'word' && w.low.length > 1 && !STOP.has(w.low) && /\p{L}/u.test(w.low);
  return w.content;
}

/** Dice overlap of two sets of words or terms: shared over average size. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}
