/** Working records shared by the finder's passes, before they become `Mention`s and `LocalEntity`s. */
import type { EntityType, MentionKind } from '../types.js';
import type { SentenceToks } from './chunk.js';
import type { GazetteerEntry } from './gazetteer.js';
import type { Gender } from './titles.js';

export interface EntityRec {
  id: number;
  type: EntityType;
  /** Identity within the article: person skeleton, gazetteer name or name key. */
  ident: string;
  /** Surfaces as written (possessive stripped), with how often each occurs. */
  surfaces: Map<string, number>;
  roles: string[];
  /** Lowercased words of all its roles, for matching descriptions ("the minister"). */
  roleWords: Set<string>;
  gaz?: GazetteerEntry;
  standsFor?: string;
  /** Country from a title ("Russian Foreign Minister") or the gazetteer. */
  country?: string;
  gender?: Gender;
  /** Gender said outright (honorific, gendered title, given name): pronouns do not override it. */
  genderFixed?: boolean;
  genderVotes: { male: number; female: number };
  /** Nouns the article describes it by ("company", "utility"), for "the company" later on. */
  nouns: Set<string>;
  /** Start offsets of its mentions, in text order, for "most recent" choices. */
  starts: number[];
}

export interface Found {
  start: number;
  end: number;
  kind: MentionKind;
  entity: EntityRec;
  role?: { start: number; end: number; text: string };
  sentence: SentenceToks;
  /** Token range of the mention in its sentence. */
  from: number;
  to: number;
  /** Qualifies a title ("Kremlin" in "Kremlin spokesman"). */
  insideRole: boolean;
  dateline: boolean;
}
