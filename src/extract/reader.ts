import type { Extracted, Format } from '../pipeline/record.js';

/** One decoded input, as a reader sees it. */
export interface ReaderInput {
  /** The input's name: a path, a path inside an archive, or "stdin". */
  name: string;
  /** Decoded text (BOM removed). */
  text: string;
}

/**
 * A reader turns one input of its format into articles. It throws `InputError` when the
 * input cannot be read at all; smaller problems go on the articles as messages.
 */
export type Reader = (input: ReaderInput) => Extracted[];

export type ReaderTable = Record<Format, Reader>;
