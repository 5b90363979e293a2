/**
 * The paraphrase lexicon: which words and phrases name the same event ("scrapped",
 * "called off", "pulled out of", "the cancellation of" → cancel), which nouns name the same
 * thing ("troops", "soldiers", "army units" → army), which adjectives have antonyms
 * ("productive"/"unproductive"), and the words that negate, hedge or give a cause. Outlets
 * reword facts in a small number of ways; a reviewed list is predictable where a learned
 * model would be a black box, and misses are fixed by adding a line here.
 */
import { lemmaOf, type Word } from './words.js';

interface ClassSpec {
  /** Verbs, any inflection. */
  verbs?: string;
  /** Nouns and nominalizations. */
  nouns?: string;
  /** Multi-word forms; the first word is inflected, the rest as written ("call off", "give way"). */
  phrases?: string;
  /** An event a cause can be given for: "after" before it introduces a reason, not only a time. */
  caused?: boolean;
}

/**
 * Event classes. A class is what a claim is about; two claims in one class and about the
 * same participants are candidates for the same fact or for a contradiction.
 */
const CLASSES: Record<string, ClassSpec> = {
  cancel: { verbs: 'cancel scrap axe ax abandon shelve scrub nix', nouns: 'cancellation', phrases: 'call off|pull out|pull out of|pull the plug|off the table|back out|back out of|drop out|drop out of|withdraw from|rule out', caused: true },
  meet: { verbs: 'meet', nouns: 'meeting summit encounter get-together tête-à-tête', phrases: 'sit down|face to face|take place' },
  call: { verbs: 'phone telephone', nouns: 'call phone-call conversation communication communications dialogue discussion phone telephone' },
  negotiate: { verbs: 'negotiate', nouns: 'negotiation talks negotiator' },
  visit: { verbs: 'visit tour travel', nouns: 'visit trip journey tour' },
  attend: { verbs: 'attend participate', nouns: 'attendance participation', phrases: 'take part' },
  kill: { verbs: 'kill die perish drown', nouns: 'death toll dead fatality victim body', phrases: 'lose life|death toll', caused: true },
  injure: { verbs: 'injure wound hurt', nouns: 'injury wounded injured', caused: true },
  missing: { nouns: 'missing unaccounted', phrases: 'unaccounted for', caused: true },
  evacuate: { verbs: 'evacuate flee displace relocate', nouns: 'evacuation evacuee', phrases: 'leave home|leave their home|leave their homes|force from|forced from|move from their homes|move out of their homes|make to leave', caused: true },
  rescue: { verbs: 'rescue save', nouns: 'rescue' },
  arrest: { verbs: 'arrest detain apprehend nab seize', nouns: 'arrest detention', phrases: 'round up|take into custody' },
  // The stages of a case are different facts: charged is not convicted, convicted not sentenced.
  charge: { verbs: 'charge indict', nouns: 'indictment', phrases: 'press charges' },
  convict: { verbs: 'convict', nouns: 'conviction', phrases: 'find guilty|plead guilty' },
  sentence: { verbs: 'sentence', nouns: 'sentencing' },
  acquit: { verbs: 'acquit', nouns: 'acquittal', phrases: 'find not guilty|clear of' },
  rob: { verbs: 'rob steal loot burgle burglarize burglarise plunder ransack', nouns: 'robbery theft heist burglary robber thief thieves looting', phrases: 'make off with' },
  warn: { verbs: 'warn alert caution', nouns: 'warning alert', phrases: 'raise concern|raise concerns' },
  blame: { verbs: 'blame attribute', nouns: 'blame', phrases: 'point to' },
  cause: { verbs: 'cause trigger', nouns: 'cause reason', phrases: 'lead to|result in|knock down' },
  delay: { verbs: 'delay postpone defer', nouns: 'delay postponement deferral', phrases: 'push back|put off|hold up', caused: true },
  order: { verbs: 'order instruct direct command', nouns: 'order instruction' },
  request: { verbs: 'ask request urge demand', nouns: 'request demand appeal', phrases: 'call for|call on' },
  deploy: { verbs: 'deploy send dispatch mobilise mobilize station+', nouns: 'deployment', phrases: 'bring in|send in' },
  arrive: { verbs: 'arrive reach', nouns: 'arrival' },
  assist: { verbs: 'support back+ help assist aid reinforce', nouns: 'support help assistance aid' },
  collapse: { verbs: 'collapse breach burst fail rupture crumble', nouns: 'collapse breach failure rupture', phrases: 'give way|fall apart|break down|break apart', caused: true },
  build: { verbs: 'build construct erect complete commission', nouns: 'construction', phrases: 'stand since|date from|date back' },
  investigate: { verbs: 'investigate probe examine', nouns: 'inquiry enquiry investigation probe commission review', phrases: 'look into' },
  appoint: { verbs: 'appoint nominate name+', nouns: 'appointment nomination' },
  chair: { verbs: 'chair lead head+', nouns: 'chair chairman chairwoman' },
  resign: { verbs: 'resign', nouns: 'resignation', phrases: 'step down|step aside', caused: true },
  refuse: { verbs: 'refuse reject decline deny rebuff spurn', nouns: 'refusal rejection denial', phrases: 'turn down|say no to' },
  agree: { verbs: 'agree accept approve consent', nouns: 'agreement deal approval' },
  promise: { verbs: 'promise pledge vow', nouns: 'promise pledge vow' },
  fund: { verbs: 'fund finance allocate earmark', nouns: 'fund funding compensation', phrases: 'set aside|pay for' },
  decline: { verbs: 'fall drop plunge slump tumble sink', nouns: 'fall drop plunge slump', caused: true },
  increase: { verbs: 'rise increase climb grow jump surge', nouns: 'rise increase', caused: true },
  suspend: { verbs: 'suspend halt close+ shut', nouns: 'suspension closure', caused: true },
  flood: { verbs: 'flood inundate submerge swamp', nouns: 'flood flooding floodwater', phrases: 'under water', caused: true },
  plan: { verbs: 'plan intend schedule', nouns: 'plan intention schedule', phrases: 'set to' },
  replace: { verbs: 'replace', nouns: 'replacement' },
  maintain: { verbs: 'maintain neglect', nouns: 'maintenance neglect upkeep underinvestment', phrases: 'look after' },
  accuse: { verbs: 'accuse', nouns: 'accusation allegation' },
  criticise: { verbs: 'criticise criticize condemn', nouns: 'criticism condemnation' },
  announce: { verbs: 'announce declare', nouns: 'announcement declaration' },
  end: { verbs: 'end', phrases: 'bring to a halt' },
  ceasefire: { nouns: 'ceasefire truce armistice' },
  strike: { nouns: 'strike stoppage walkout', phrases: 'stop work' },
};

/** Nouns that name the same thing. */
const CONCEPTS: Record<string, string> = {
  army: 'army soldier troop military garrison',
  dam: 'dam embankment levee dike dyke',
  section: 'section part portion stretch',
  war: 'war conflict fighting hostilities',
  people: 'people resident villager inhabitant civilian citizen',
  home: 'home house dwelling',
  rain: 'rain rainfall downpour storm weather precipitation',
  drain: 'drain drainage',
  soon: 'near immediate imminent soon forthcoming',
  leader: 'leader president',
  company: 'company utility firm operator corporation',
  share: 'share stock',
  weapon: 'missile weapon arms',
  negotiator: 'negotiator delegation envoy diplomat',
  tension: 'tension friction hostility acrimony dispute disagreement',
  position: 'position stance stand',
  officials: 'official officer spokesperson spokesman spokeswoman',
  judge: 'judge justice',
  crew: 'crew team',
  village: 'village hamlet',
  capital: 'capital',
  parliament: 'parliament legislature',
  minister: 'minister secretary',
};

/**
 * How an exchange went, judged: a call "productive" or "tense", talks "constructive" or
 * "hostile". Opposite judgements of one exchange are opposite descriptions, whichever two
 * words are used; the base of all of them is "evaluation".
 */
const EVALUATION = {
  positive: 'productive constructive fruitful successful cordial friendly warm amicable harmonious',
  negative: 'unproductive counterproductive unconstructive fruitless unsuccessful tense hostile heated acrimonious frosty fraught testy stormy bitter unfriendly',
};

/** Other adjectives whose prefixed or listed opposite negates them. */
const ANTONYMS: Record<string, string> = {
  stable: 'unstable',
  safe: 'unsafe',
  reliable: 'unreliable',
  adequate: 'inadequate',
  sufficient: 'insufficient',
  responsible: 'irresponsible',
  legal: 'illegal',
  lawful: 'unlawful',
  accurate: 'inaccurate',
  effective: 'ineffective',
  possible: 'impossible',
  likely: 'unlikely',
  satisfactory: 'unsatisfactory',
  acceptable: 'unacceptable',
  necessary: 'unnecessary',
  credible: 'incredible',
  fair: 'unfair',
  peaceful: 'violent',
  optimistic: 'pessimistic',
};

const VERB = new Map<string, string>();
const NOUN = new Map<string, string>();
const PHRASES = new Map<string, { cls: string; rest: string[] }[]>();
const CONCEPT = new Map<string, string>();
const ADJECTIVE = new Map<string, { base: string; positive: boolean }>();
export const CAUSED = new Set<string>();
/** Verbs that are other words in their base form ("back", "close", "head"): only inflected forms count. */
const INFLECTED_ONLY = new Set<string>();

for (const [cls, spec] of Object.entries(CLASSES)) {
  for (const raw of spec.verbs?.split(/\s+/u).filter(Boolean) ?? []) {
    const v = raw.replace(/\+$/u, '');
    VERB.set(lemmaOf(v), cls);
    if (raw.endsWith('+')) INFLECTED_ONLY.add(lemmaOf(v));
  }
  for (const n of spec.nouns?.split(/\s+/u).filter(Boolean) ?? []) NOUN.set(lemmaOf(n), cls);
  for (const p of spec.phrases?.split('|').filter(Boolean) ?? []) {
    const [head, ...rest] = p.split(' ');
    const key = lemmaOf(head!);
    const list = PHRASES.get(key) ?? [];
    list.push({ cls, rest: rest.map(lemmaOf) });
    // Longest phrase first, so "pull out of" wins over "pull out".
    list.sort((a, b) => b.rest.length - a.rest.length);
    PHRASES.set(key, list);
  }
  if (spec.caused) CAUSED.add(cls);
}
for (const [concept, words] of Object.entries(CONCEPTS)) for (const w of words.split(/\s+/u)) CONCEPT.set(lemmaOf(w), concept);
for (const [sign, words] of Object.entries(EVALUATION)) for (const w of words.split(/\s+/u)) ADJECTIVE.set(w, { base: 'evaluation', positive: sign === 'positive' });
for (const [base, opposites] of Object.entries(ANTONYMS)) {
  ADJECTIVE.set(base, { base, positive: true });
  for (const o of opposites.split(/\s+/u)) if (!ADJECTIVE.has(o)) ADJECTIVE.set(o, { base, positive: false });
}

export interface PredicateHit {
  cls: string;
  /** Index of the first and last word of the match. */
  first: number;
  last: number;
  /** Matched as a noun ("the cancellation") rather than a verb. */
  nominal: boolean;
}

const DETERMINER = /^(the|a|an|its|his|her|their|our|this|that|these|those|any|no|every|each|whose)$/u;

/**
 * The predicate class starting at word i, if any. Phrases first, contiguous and longest
 * first ("pulled out of", "gave way", "leave their homes"). A word listed as both noun and
 * verb is read as a noun after a determiner ("the cancellation", "a six-week delay").
 */
export function predicateAt(words: readonly Word[], i: number): PredicateHit | null {
  const w = words[i];
  if (!w || w.kind !== 'word') return null;
  for (const p of PHRASES.get(w.lemma) ?? []) {
    let ok = true;
    for (let k = 0; k < p.rest.length && ok; k++) ok = words[i + 1 + k]?.lemma === p.rest[k];
    if (ok) return { cls: p.cls, first: i, last: i + p.rest.length, nominal: false };
  }
  const prev = words[i - 1];
  const afterDeterminer = prev !== undefined && (DETERMINER.test(prev.low) || prev.kind === 'number' || /-/u.test(prev.low));
  const inflected = /(?:ed|ing)$/u.test(w.low) || (w.low.endsWith('s') && w.low !== w.lemma);
  const asNoun = NOUN.get(w.lemma);
  let asVerb = VERB.get(w.lemma);
  if (asVerb && INFLECTED_ONLY.has(w.lemma) && !/(ed|ing|s)$/u.test(w.low)) asVerb = undefined;
  // "failed to": the failure is of what follows, handled as negation.
  if (asVerb && w.lemma === 'fail' && words[i + 1]?.low === 'to') return null;
  // A base form that is also a noun is a verb only after "to", a modal or a pronoun:
  // "Rescue teams" and "the rescue" are nouns, "will rescue" and "to rescue" verbs.
  const verbSlot = prev !== undefined && /^(to|will|would|can|could|may|might|must|shall|should|did|do|does|not|never|they|we|i|you|who|that)$/u.test(prev.low);
  if (asNoun && (!asVerb || afterDeterminer || (!inflected && !verbSlot))) {
    // "called" is never the noun "call".
    if (!asVerb && /ed$/u.test(w.low) && w.low !== w.lemma) return null;
    return { cls: asNoun, first: i, last: i, nominal: true };
  }
  if (asVerb && !(afterDeterminer && !inflected)) return { cls: asVerb, first: i, last: i, nominal: false };
  return null;
}

/** The event class a word names as a verb or a noun, out of context; null when the lexicon has none. */
export function eventClassOf(lemma: string): string | null {
  return VERB.get(lemma) ?? NOUN.get(lemma) ?? null;
}

/** The concept a content word stands for: its synonym class, or its own lemma. */
export function conceptOf(lemma: string): string {
  return CONCEPT.get(lemma) ?? lemma;
}

export function hasConcept(lemma: string): boolean {
  return CONCEPT.has(lemma);
}

/** An evaluative adjective and whether this form asserts or denies it ("unproductive" → productive, false). */
export function adjectiveOf(low: string): { base: string; positive: boolean } | null {
  const listed = ADJECTIVE.get(low);
  if (listed) return listed;
  const m = /^(un|non-?|in|im|ir|il)([a-z]{4,})$/u.exec(low);
  if (m && ADJECTIVE.get(m[2]!)?.positive) return { base: m[2]!, positive: false };
  return null;
}

/** Words that turn a clause negative. Idioms that only look negative are removed before this runs. */
export const NEGATORS = new Set(['not', "n't", 'no', 'no-one', 'noone', 'never', 'without', 'none', 'nobody', 'nothing', 'neither', 'nor', 'cannot', "didn't", "doesn't", "don't", "isn't", "wasn't", "weren't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "couldn't", "shouldn't", "can't", "aren't"]);
export const NOT_NEGATION = /\b(?:\w*n't the first|not the first|not for the first|not only|not least|no doubt|without doubt|without delay|no matter|nothing but|no sooner|not yet clear|no later than|not far from|not until|without warning|no contest|no-contest)\b/u;
/** Speech cues by which a speaker says that what follows is untrue: "denied that troops had crossed". */
export const DENIAL_CUES: ReadonlySet<string> = new Set(['deny', 'refute', 'dismiss', 'reject', 'rebut', 'dispute']);
/** "failed to", "refused to": the verb after is denied. */
export const NEGATING_VERBS = /^(?:fail(?:ed|s|ing)?|refus(?:ed|es|ing|e)|declin(?:ed|es|ing|e)|unable|ceased)$/u;

/** Hedges as written; multi-word ones matched on the matching form of the claim. */
export const HEDGE_PHRASES: readonly string[] = [
  'reportedly', 'allegedly', 'apparently', 'possibly', 'probably', 'presumably', 'supposedly', 'purportedly', 'likely',
  'could', 'may', 'might', 'perhaps', 'seemingly', 'unconfirmed', 'is expected to', 'are expected to', 'was expected to',
  'were expected to', 'is believed to', 'are believed to', 'was believed to', 'is thought to', 'are thought to',
  'appears to', 'appear to', 'appeared to', 'seems to', 'seem to', 'seemed to', 'is said to', 'are said to',
  'is feared', 'are feared', 'feared', 'it is unclear', 'it is not clear', 'is understood to', 'is likely to',
  'are likely to', 'is set to', 'are set to',
];

/**
 * Words by which a report says a claim is untrue: it is a hoax, fake, false, denied,
 * debunked, without evidence. In matching form (lower case, plain quotes).
 */
export const REFUTING = /\b(?:false(?:ly)?|fake[ds]?|hoax(?:es)?|den(?:y|ies|ied|ying)|denial|debunk(?:s|ed|ing)?|not true|untrue|baseless|unfounded|fabricat(?:ed|ion|ions)|no evidence|refut(?:e|es|ed|ing)|satir(?:e|ical)|spoof|parody|misleading|not real|made up|bogus|doctored|photoshopped|no truth|never happened|rubbish|nonsense)\b/u;

/** Cue verbs that present what follows as opinion or expectation rather than fact. */
export const HEDGE_CUES = new Set(['suggest', 'believe', 'fear', 'claim', 'allege', 'speculate', 'think', 'estimate', 'expect', 'hint', 'hope', 'doubt', 'predict', 'suspect']);

/** Multi-word markers before a cause, in matching form. "after" and "following" only count for caused events. */
export const CAUSE_MARKERS: readonly { text: string; weak?: boolean }[] = [
  { text: 'because of' }, { text: 'due to' }, { text: 'owing to' }, { text: 'as a result of' }, { text: 'caused by' },
  { text: 'triggered by' }, { text: 'blamed on' }, { text: 'in light of' }, { text: 'thanks to' }, { text: 'because' },
  { text: 'citing' }, { text: 'attributed to' }, { text: 'attributed the failure to' }, { text: 'blamed' }, { text: 'brought on by' },
  { text: 'the result of' }, { text: 'was to blame' }, { text: 'were to blame' }, { text: 'reason for' },
  { text: 'after', weak: true }, { text: 'following', weak: true },
];

/** Predicates whose time is when the event happened; for others ("put the toll at", "stood at") a date is when it was said. */
export const REPORTING_STATES = new Set(['stand', 'remain', 'stay', 'put', 'say', 'confirm', 'report', 'tell', 'announce', 'add', 'state']);
