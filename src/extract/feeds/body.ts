/**
 * Choosing an item's text between full content and summary, the same way in every
 * structured reader: a summary is read rather than dropped, but the article says so
 * (`partial` and a 'summary-only' warning), because a summary's silence about a detail
 * must not count as disagreement with the outlets that printed it in full.
 */
import type { Block, Message } from '../../pipeline/record.js';
import { warning } from './collect.js';

export interface ItemBody {
  blocks: Block[];
  partial: boolean;
  messages: Message[];
}

export interface BodySources {
  full: Block[] | null;
  summary: Block[] | null;
  /** Field names for the messages, e.g. "content:encoded" and "description". */
  fullName: string;
  summaryName: string;
}

export function chooseBody({ full, summary, fullName, summaryName }: BodySources): ItemBody {
  if (full && full.length > 0) return { blocks: full, partial: false, messages: [] };
  if (summary && summary.length > 0) {
    const why = full ? `${fullName} is empty` : `no ${fullName}`;
    return {
      blocks: summary,
      partial: true,
      messages: [warning('summary-only', `${why}; only the ${summaryName} was read, so the text may be incomplete`)],
    };
  }
  return {
    blocks: [],
    partial: true,
    messages: [warning('no-text', `the item has no text (looked in ${fullName} and ${summaryName})`)],
  };
}
