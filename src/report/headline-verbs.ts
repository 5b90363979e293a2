/**
 * Enough English verb morphology to turn a report's past tense into a headline's present
 * ("scrapped" → "scraps", "gave way" → "gives way"). Rules, not a dictionary: a past form
 * the rules cannot undo with confidence gives null, and the headline keeps the word as
 * written, which is still true, only less headline-like.
 */

const IRREGULAR: Record<string, string> = {
  arose: 'arise', ate: 'eat', awoke: 'awake', beat: 'beat', became: 'become', began: 'begin', bent: 'bend', bit: 'bite',
  bled: 'bleed', blew: 'blow', bore: 'bear', bought: 'buy', bound: 'bind', broke: 'break', brought: 'bring', built: 'build',
  burst: 'burst', came: 'come', caught: 'catch', chose: 'choose', clung: 'cling', cost: 'cost', crept: 'creep', cut: 'cut',
  dealt: 'deal', drew: 'draw', drove: 'drive', dug: 'dig', fed: 'feed', fell: 'fall', felt: 'feel', fled: 'flee', flew: 'fly',
  forbade: 'forbid', forgave: 'forgive', fought: 'fight', found: 'find', froze: 'freeze', gave: 'give', got: 'get',
  grew: 'grow', heard: 'hear', held: 'hold', hid: 'hide', hit: 'hit', hung: 'hang', hurt: 'hurt', kept: 'keep', knew: 'know',
  laid: 'lay', led: 'lead', left: 'leave', lent: 'lend', let: 'let', lit: 'light', lost: 'lose', made: 'make', meant: 'mean',
  met: 'meet', overtook: 'overtake', paid: 'pay', put: 'put', quit: 'quit', ran: 'run', rang: 'ring', rode: 'ride',
  rose: 'rise', said: 'say', sank: 'sink', sat: 'sit', saw: 'see', sent: 'send', set: 'set', shook: 'shake', shot: 'shoot',
  shut: 'shut', slept: 'sleep', slid: 'slide', sold: 'sell', sought: 'seek', spent: 'spend', split: 'split', spoke: 'speak',
  spread: 'spread', sprang: 'spring', stood: 'stand', stole: 'steal', struck: 'strike', stuck: 'stick', swept: 'sweep',
  swore: 'swear', swam: 'swim', swung: 'swing', taught: 'teach', thought: 'think', threw: 'throw', told: 'tell', took: 'take',
  tore: 'tear', understood: 'understand', undertook: 'undertake', upheld: 'uphold', went: 'go', withdrew: 'withdraw',
  withheld: 'withhold', woke: 'wake', won: 'win', wore: 'wear', wrote: 'write',
};

/** Past participles that differ from the past: "has given", "was taken". */
const PARTICIPLES: Record<string, string> = {
  arisen: 'arise', begun: 'begin', bitten: 'bite', blown: 'blow', borne: 'bear', broken: 'break', chosen: 'choose',
  done: 'do', drawn: 'draw', driven: 'drive', eaten: 'eat', fallen: 'fall', flown: 'fly', forbidden: 'forbid',
  forgiven: 'forgive', frozen: 'freeze', given: 'give', gone: 'go', grown: 'grow', hidden: 'hide', known: 'know',
  ridden: 'ride', risen: 'rise', rung: 'ring', seen: 'see', shaken: 'shake', shown: 'show', spoken: 'speak', stolen: 'steal',
  sunk: 'sink', sworn: 'swear', swum: 'swim', taken: 'take', thrown: 'throw', torn: 'tear', woken: 'wake', worn: 'wear',
  withdrawn: 'withdraw', written: 'write', undertaken: 'undertake', overtaken: 'overtake',
};

/** Bases ending in -ll whose past keeps both l's even though they have two syllables. */
const DOUBLE_L = new Set(['install', 'recall', 'enthrall', 'forestall', 'befall', 'fulfill', 'instill', 'distill', 'enroll', 'appall', 'stonewall', 'snowball', 'overfill', 'refill', 'retell', 'foretell', 'outsell', 'uphill']);
/** -ored, -ited, -oned, -ered, -oped pasts whose base ends in e (most of these endings do not). */
const WITH_E = new Set([
  'ignore', 'restore', 'store', 'score', 'explore', 'implore', 'deplore', 'adore', 'bore', 'snore', 'shore', 'core',
  'unite', 'invite', 'cite', 'ignite', 'excite', 'incite', 'recite', 'expedite', 'spite', 'write', 'rewrite',
  'phone', 'postpone', 'clone', 'condone', 'atone', 'zone', 'hone', 'stone', 'tone', 'dethrone', 'intone',
  'interfere', 'adhere', 'persevere', 'revere', 'cohere', 'elope', 'cope', 'hope', 'scope', 'mope', 'grope',
  'intervene', 'convene', 'contravene', 'create', 'recreate', 'waste', 'taste', 'paste', 'haste',
]);
/** The few pasts in -eed: other words in -eed ("proceed", "need", "speed") are no past forms. */
const EED = new Set(['agreed', 'disagreed', 'freed', 'decreed', 'guaranteed', 'refereed']);
const WITHOUT_E = new Set(['focus', 'bias', 'develop', 'envelop', 'gallop', 'wallop', 'gossip', 'add', 'odd', 'ebb', 'err', 'egg', 'inn', 'butt', 'purr']);

const VOWEL_GROUPS = /[aeiouy]+/gu;

function syllables(word: string): number {
  return word.match(VOWEL_GROUPS)?.length ?? 0;
}

/**
 * The base form of a past tense or participle ("cancelled" → "cancel", "gave" → "give"),
 * lowercase; null when the word is no recognisable past form.
 */
export function baseOfPast(word: string): string | null {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w] ?? PARTICIPLES[w];
  if (irregular) return irregular;
  if (!/^[a-z]+(?:-[a-z]+)*$/u.test(w) || w.length < 4 || !w.endsWith('ed')) return null;
  // "long-anticipated": only the last part inflects.
  const dash = w.lastIndexOf('-');
  if (dash > 0) {
    const last = baseOfPast(w.slice(dash + 1));
    return last ? w.slice(0, dash + 1) + last : null;
  }
  if (w.endsWith('eed')) return EED.has(w) ? w.slice(0, -1) : null;
  if (w.endsWith('ied')) return w.length <= 4 ? w.slice(0, -1) : `${w.slice(0, -3)}y`;
  if (/[ou]ed$/u.test(w) && !w.endsWith('ued')) return w.slice(0, -2);
  if (w.endsWith('ued')) return w.slice(0, -1);
  const stem = w.slice(0, -2);
  if (WITHOUT_E.has(stem)) return stem;
  if (WITH_E.has(`${stem}e`)) return `${stem}e`;
  const double = /([bdgklmnprtz])\1$/u.exec(stem);
  if (double) {
    if (double[1] !== 'l' && double[1] !== 'z') return stem.slice(0, -1);
    // "cancelled", "travelled" undouble; "killed", "called" and "installed" keep it.
    if (double[1] === 'l' && (syllables(stem) >= 2 || stem.endsWith('uell')) && !DOUBLE_L.has(stem)) return stem.slice(0, -1);
    return stem;
  }
  return needsE(stem) ? `${stem}e` : stem;
}

/** Whether a stem left by removing -ed lost a silent e ("announc" → "announce", "visit" no). */
function needsE(stem: string): boolean {
  const last = stem[stem.length - 1]!;
  const end2 = stem.slice(-2);
  const end3 = stem.slice(-3);
  switch (last) {
    case 'c':
      return !stem.endsWith('ck');
    case 'v':
    case 'z':
      return true;
    case 's':
      return !stem.endsWith('ss');
    case 'g':
      return !end2.endsWith('ng') || end3 === 'ang';
    case 'r':
      return /(?:[^o]ur|[^e]ar|ir)$/u.test(stem) && !/(?:air|oar)$/u.test(stem);
    case 'l':
      return /(?:[bcdfgkptz]l|[^aeo]il|[^e]al|[^o]ol|ul)$/u.test(stem) && !/(?:ail|oil|eal|eel|ool)$/u.test(stem);
    case 'n':
      return /(?:[^aeogu]in|[^e]an|un)$/u.test(stem) && !/(?:ain|oin|ean|oan|gn)$/u.test(stem);
    case 'm':
      return /(?:[^ai]am|[^a]im|om|um)$/u.test(stem) && !/(?:eam|aim|oam|oom)$/u.test(stem);
    case 't':
      if (end2 === 'at') return !/(?:eat|oat)$/u.test(stem);
      if (end2 === 'et') return /[lp]et$/u.test(stem);
      if (end2 === 'ot') return /(?:[mnv]ot|uot)$/u.test(stem);
      return /[^o]ut$/u.test(stem);
    case 'd':
      return /(?:[^o]id|[^eo]ad|ud|od)$/u.test(stem) && !/(?:oid|aid|ood|aud)$/u.test(stem);
    case 'k':
      return /[^e][aiou]k$/u.test(stem) && !/(?:ook|eak|oak)$/u.test(stem);
    case 'p':
      return /[^aeo][aiouy]p$/u.test(stem) && !/(?:oop|eep)$/u.test(stem);
    case 'b':
      return /[^m][iuo]b$/u.test(stem);
    default:
      return false;
  }
}

/** The present tense of a base form: "cancel" → "cancels" for one subject, "cancel" for several. */
export function presentOf(base: string, plural: boolean): string {
  if (plural) return base === 'be' ? 'are' : base;
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (base === 'do' || base === 'go') return `${base}es`;
  if (/(?:s|x|z|ch|sh)$/u.test(base)) return `${base}es`;
  if (/[^aeiou]y$/u.test(base)) return `${base.slice(0, -1)}ies`;
  if (/[^aeiou]o$/u.test(base)) return `${base}es`;
  return `${base}s`;
}
