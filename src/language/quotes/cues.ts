/**
 * Cue words: the verbs and phrases that attribute words to a speaker. Each inflected form
 * maps to its lemma and to a class that decides what may follow it: an addressee ("told
 * reporters that"), a description ("described the call as"), or a clause.
 */

/**
 * speech: say, add, insist … (may introduce a quote, take "that", or come after the quote);
 * tell: takes an addressee before what was said ("told reporters that");
 * describe: what follows is the description itself ("called the plan “a disaster”");
 * belief: think, believe … (attributes a view, never a quote, so only with a clause after);
 * finding: show, find … (what documents and polls "say").
 */
export type CueClass = 'speech' | 'tell' | 'describe' | 'belief' | 'finding';

export type CueForm = 'base' | 's' | 'past' | 'ing';

export interface CueWord {
  lemma: string;
  form: CueForm;
  cls: CueClass;
  /** A form that is also a common noun ("reports", "claim"): accepted only after a clear subject. */
  nounLike: boolean;
}

const SPEECH = `say add insist confirm warn claim deny announce state write tweet post argue note acknowledge
  explain declare stress emphasize emphasise reiterate assert contend remark comment complain allege
  testify admit concede predict estimate report reveal disclose suggest recall reply respond answer
  counter retort quip joke boast conclude observe caution vow pledge promise ask urge charge accuse
  continue repeat mention lament maintain shout yell whisper cite
  exclaim muse specify clarify recount`;
const TELL = 'tell inform assure remind advise notify';
const DESCRIBE = 'describe call dub label brand term characterize characterise';
const BELIEF = 'believe think fear hope expect doubt';
const FINDING = 'show find indicate';

/** Irregular forms: [lemma, 3rd person, past, -ing]. */
const IRREGULAR: Record<string, [string, string, string]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  write: ['writes', 'wrote', 'writing'],
  think: ['thinks', 'thought', 'thinking'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'showing'],
};

/** Forms that double as nouns: "reports" of a report, "the claim", "posts". */
const NOUN_LIKE = new Set([
  'report', 'reports', 'claim', 'claims', 'post', 'posts', 'tweet', 'tweets', 'note', 'notes', 'comment',
  'comments', 'answer', 'answers', 'reply', 'replies', 'estimate', 'estimates', 'charge', 'charges',
  'call', 'calls', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'fear', 'fears', 'hope',
  'hopes', 'doubt', 'doubts', 'joke', 'jokes', 'remark', 'remarks', 'state', 'states', 'show', 'shows',
  'find', 'finds', 'ask', 'counter', 'counters', 'label', 'labels', 'brand', 'term', 'terms', 'concerns',
  'continue', 'order', 'repeat', 'agree', 'muse', 'dub', 'post', 'deny', 'warn', 'expect', 'mention',
  'mentions', 'admit', 'maintain', 'observe', 'state', 'stress', 'urge',
]);

const CUES = new Map<string, CueWord>();

function regular(lemma: string): [string, string, string] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const third = consonantY ? lemma.slice(0, -1) + 'ies' : /(s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : lemma + 's';
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : consonantY ? lemma.slice(0, -1) + 'i' : /^(admit|regret|quip|commit|submit)$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
  const past = lemma.endsWith('e') ? lemma + 'd' : stem + 'ed';
  const ingStem = lemma.endsWith('ie') ? lemma.slice(0, -2) + 'y' : lemma.endsWith('e') && !lemma.endsWith('ee') ? lemma.slice(0, -1) : /^(admit|regret|quip|commit|submit)$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
  return [third, past, ingStem + 'ing'];
}

function addClass(words: string, cls: CueClass): void {
  for (const lemma of words.trim().split(/\s+/)) {
    if (lemma.includes('-')) continue;
    const [third, past, ing] = IRREGULAR[lemma] ?? regular(lemma);
    const forms: [string, CueForm][] = [[lemma, 'base'], [third, 's'], [past, 'past'], [ing, 'ing']];
    for (const [form, kind] of forms) {
      if (!CUES.has(form)) CUES.set(form, { lemma, form: kind, cls, nounLike: NOUN_LIKE.has(form) });
    }
  }
}

addClass(TELL, 'tell');
addClass(DESCRIBE, 'describe');
addClass(BELIEF, 'belief');
addClass(FINDING, 'finding');
addClass(SPEECH, 'speech');
// "warned reporters that", "asked them whether": these take an addressee like "tell".
for (const lemma of ['warn', 'ask', 'urge', 'promise', 'assure']) {
  for (const [form, entry] of CUES) if (entry.lemma === lemma) CUES.set(form, { ...entry, cls: 'tell' });
}

export function cueWord(lower: string): CueWord | undefined {
  return CUES.get(lower);
}

/** Lemmas that can stand after a quote with the speaker inverted: "…,” said Radek. */
export const INVERTING = new Set(['say', 'add', 'write', 'ask', 'continue', 'explain', 'note', 'recall', 'insist', 'reply', 'warn', 'tell', 'argue', 'observe', 'declare', 'conclude', 'respond', 'answer', 'report', 'announce', 'state', 'confirm', 'acknowledge', 'concede', 'admit', 'tweet', 'post', 'remark', 'claim', 'complain', 'comment', 'quip', 'joke', 'boast', 'counter', 'retort', 'stress', 'emphasize', 'emphasise', 'muse', 'caution']);
