/** The entity finders compared: ours, and compromise's people/places/organizations as the peer. */
import nlp from 'compromise';
import { findEntities } from '../../src/language/entities/index.js';
import { splitSentences } from '../../src/language/sentences/index.js';
import type { Paragraph } from '../../src/pipeline/record.js';
import type { EntityType } from '../../src/language/types.js';
import type { Prediction } from './metric.js';

export interface TypedSpan {
  start: number;
  end: number;
  type: EntityType;
}

export interface System {
  name: string;
  /** Raw text in, typed entities out: everything a system needs to do is inside. */
  run(text: string, paragraphs: readonly Paragraph[]): Prediction;
  /** Where the names are, with their types (kept apart from `run` so timing measures one job). */
  spans(text: string, paragraphs: readonly Paragraph[]): TypedSpan[];
}

export const ours: System = {
  name: 'corroborate',
  run(text, paragraphs) {
    const { mentions, entities } = findEntities(text, splitSentences(text, paragraphs));
    // An entity only named through a demonym ("Russian") is not a named entity.
    const named = new Set(mentions.filter((m) => m.kind !== 'demonym').map((m) => m.entity));
    const out: Prediction = { people: [], places: [], organizations: [] };
    for (const e of entities) {
      if (!named.has(e.key)) continue;
      const kind = e.type === 'person' ? 'people' : e.type === 'place' ? 'places' : 'organizations';
      out[kind].push([e.name, ...e.aliases]);
    }
    return out;
  },
  spans(text, paragraphs) {
    const { mentions, entities } = findEntities(text, splitSentences(text, paragraphs));
    const types = new Map(entities.map((e) => [e.key, e.type]));
    return mentions.filter((m) => m.kind !== 'demonym' && m.kind !== 'nominal').map((m) => ({ start: m.start, end: m.end, type: types.get(m.entity)! }));
  },
};

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export const compromise: System = {
  name: 'compromise',
  run(text) {
    const doc = nlp(text);
    // compromise returns one string per mention: distinct strings are its entities.
    const distinct = (list: string[]): string[][] => [...new Set(list)].map((s) => [s]);
    return {
      people: distinct(strings(doc.people().out('array'))),
      places: distinct(strings(doc.places().out('array'))),
      organizations: distinct(strings(doc.organizations().out('array'))),
    };
  },
  spans(text) {
    const doc = nlp(text);
    const out: TypedSpan[] = [];
    const add = (list: unknown, type: EntityType): void => {
      if (!Array.isArray(list)) return;
      for (const item of list as { offset?: { start: number; length: number } }[]) {
        if (item.offset) out.push({ start: item.offset.start, end: item.offset.start + item.offset.length, type });
      }
    };
    add(doc.people().json({ offset: true }), 'person');
    add(doc.places().json({ offset: true }), 'place');
    add(doc.organizations().json({ offset: true }), 'organization');
    return out;
  },
};
