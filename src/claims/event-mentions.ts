/**
 * The words of an article that name events: verbs that carry a clause ("struck", "was
 * arrested", "will meet"), words of the lexicon's event classes ("the quake", "the
 * cancellation"), action nouns ("the evacuation", "an explosion"), and words whose meaning
 * names a happening ("the quake", "a blaze"; event-words.ts). Reporting verbs
 * and auxiliaries are left out: "said" is how a report speaks, not what it reports.
 */
import type { AnnotatedArticle } from '../pipeline/annotate.js';
import type { EventMention } from './event-context.js';
import { isAuxiliary, isContent, isIngForm, isVerbish, lemmaOf, wordsOf, type Word } from './words.js';
import { predicateAt, REPORTING_STATES } from './predicates.js';
import { namesEvent } from './event-words.js';

/** Action nouns: "-ment" and "-ure" name things as often as acts ("embankment", "structure"), so only the lexicon's count. */
const NOMINALIZATION = /(?:[^aeiou]tion|[^aeiou]sion)s?$/u;
/** Shapes of adjectives and adverbs ("diplomatic", "potential", "long-range", "immediately"), which word meaning alone would take for events. */
const ADJECTIVE_SHAPE = /(?:ic|ical|ive|ous|ary|ful|less|able|ible|ly|tial|cial)$|-/u;
/**
 * Whether a word can be the head of its noun phrase: nothing that could be a noun follows it
 * ("the quake struck", "a fire in", but not "an immediate ceasefire", "the first time").
 */
function endsNounPhrase(words: readonly Word[], i: number): boolean {
  const next = words[i + 1];
  return next === undefined || next.kind !== 'word' || !isContent(next) || isVerbish(next, words[i]);
}

/** How a report voices what someone said ("described it as", "insisted"): the saying, not a happening. */
const SPEECH = new Set(['describe', 'insist', 'suggest', 'explain', 'note', 'stress', 'argue', 'claim', 'reiterate', 'acknowledge', 'quote', 'cite'].map(lemmaOf));

const BASE_VERB_SLOT = /^(?:to|will|would|can|could|may|might|must|shall|should|did|does|do|not|never)$/u;
/** Words with the shape of an event, or words of meaning near events, that never name one. */
const NOT_EVENTS = new Set(['thing', 'things', 'everything', 'something', 'anything', 'nothing', 'way', 'lot', 'part', 'government', 'department', 'nation', 'station', 'population', 'information', 'position', 'condition', 'question', 'section', 'edition', 'version', 'mention', 'future', 'nature', 'culture', 'structure', 'moment', 'environment', 'equipment', 'apartment', 'parliament', 'tournament', 'amendment', 'region', 'television', 'division', 'commission', 'mission', 'session', 'pressure', 'measure', 'feature', 'picture', 'figure', 'temperature', 'literature', 'according', 'including', 'following', 'reportedly']);

export function eventMentions(a: AnnotatedArticle): EventMention[] {
  const out: EventMention[] = [];
  const { text, id } = a.article;
  for (const sentence of a.language.sentences) {
    const words = wordsOf(text, sentence.start, sentence.end);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.kind !== 'word' || isAuxiliary(w.low) || NOT_EVENTS.has(w.low) || REPORTING_STATES.has(w.lemma) || SPEECH.has(w.lemma)) continue;
      const prev = words[i - 1];
      const hit = predicateAt(words, i);
      const event =
        hit !== null ||
        (isVerbish(w, prev) && isContent(w)) ||
        (isIngForm(w.low) && isContent(w)) ||
        (NOMINALIZATION.test(w.low) && isContent(w) && w.low.length > 5) ||
        (prev !== undefined && BASE_VERB_SLOT.test(prev.low) && isContent(w) && /^[a-z]/u.test(text[w.start] ?? '')) ||
        // A capital past the sentence's first word is a name's; the model knows meaning, not parts of speech.
        (isContent(w) && (i === 0 || /^[a-z]/u.test(text[w.start] ?? '')) && !ADJECTIVE_SHAPE.test(w.low) && endsNounPhrase(words, i) && namesEvent(w.lemma));
      if (event) out.push({ articleId: id, start: w.start, end: w.end });
      if (hit && hit.last > i) i = hit.last;
    }
  }
  return out;
}
