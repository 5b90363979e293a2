/**
 * A story record as similarity.ts compares it, computed once per record: records are never
 * mutated (a change is a new record), so a story compared many times has its norms
 * computed once.
 */
import type { StoryRecord } from '../store/store.js';
import { kindNorms, type StoryProfile } from './similarity.js';
import { norm } from './tfidf.js';

const profiles = new WeakMap<StoryRecord, StoryProfile>();

export function profileOf(r: StoryRecord): StoryProfile {
  let cached = profiles.get(r);
  if (!cached) {
    cached = {
      topic: r.topic,
      identity: r.identity,
      topicNorm: norm(r.topic),
      kindNorms: kindNorms(r.identity),
      dayMin: r.dayMin ?? Number.NaN,
      dayMax: r.dayMax ?? Number.NaN,
      refDays: r.refDays,
      source: r.source,
      published: r.published,
      language: r.language,
    };
    profiles.set(r, cached);
  }
  return cached;
}
