/**
 * JSON Lines files too large to read whole: a dump of 100,000 articles is read as batches
 * of lines, so that memory holds one batch, not the file. The file's size is then no limit;
 * each line is, because one line is one article.
 */
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { looksLikeJsonLines, splitLines } from '../extract/jsonl/jsonl.js';
import { formatBytes } from './inputs.js';

/** A line that could not be read, with why: it is skipped, and the batch goes on. */
export interface LineProblem {
  problem: string;
}

/** Consecutive lines of one file, in order, every line counted. */
export type LineBatch = (string | LineProblem)[];

/** A JSON Lines file read a batch of lines at a time. */
export class LinesInput {
  constructor(
    readonly name: string,
    readonly batches: AsyncGenerator<LineBatch>,
  ) {}
}

export interface LinesOptions {
  /** Largest line read, in bytes; a longer one is skipped. */
  maxLineBytes: number;
  batchLines?: number;
  /** How much of the file's start is looked at to decide that it is JSON Lines. */
  headBytes?: number;
}

/** Files from this size on are read as JSON Lines batches when they are JSON Lines. */
export const STREAM_FROM_BYTES = 4 * 1024 * 1024;

const BATCH_LINES = 500;
const HEAD_BYTES = 64 * 1024;
const LF = 0x0a;

/**
 * The file at `path` as batches of lines when its start is JSON Lines (plain, or one layer of
 * gzip), or null when it is anything else, to be read whole. The decision is the reader's own
 * test (`looksLikeJsonLines`) on the whole lines of the file's head.
 */
export async function jsonLinesInput(path: string, name: string, options: LinesOptions): Promise<LinesInput | null> {
  const gzipped = await startsWithGzip(path);
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const stream = gzipped ? file.pipe(createGunzip()) : file;
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const head: Buffer[] = [];
  let headLength = 0;
  const want = options.headBytes ?? HEAD_BYTES;
  try {
    while (headLength < want) {
      const next = await chunks.next();
      if (next.done) break;
      head.push(next.value);
      headLength += next.value.length;
    }
  } catch {
    // Corrupt gzip or an unreadable file: the whole-file reader names the problem.
    stream.destroy();
    return null;
  }
  const start = Buffer.concat(head);
  const lastLf = start.lastIndexOf(LF);
  const whole = lastLf < 0 ? '' : start.subarray(0, lastLf).toString('utf8');
  if (!looksLikeJsonLines(splitLines(whole))) {
    stream.destroy();
    return null;
  }
  return new LinesInput(name, lineBatches(start, chunks, () => stream.destroy(), options));
}

async function startsWithGzip(path: string): Promise<boolean> {
  for await (const chunk of createReadStream(path, { start: 0, end: 1 })) {
    const bytes = chunk as Buffer;
    return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  }
  return false;
}

async function* lineBatches(head: Buffer, rest: AsyncIterator<Buffer>, close: () => void, options: LinesOptions): AsyncGenerator<LineBatch> {
  const size = options.batchLines ?? BATCH_LINES;
  let batch: LineBatch = [];
  let n = 0;
  try {
    for await (const line of splitBuffers(head, rest, options.maxLineBytes)) {
      n++;
      batch.push(typeof line === 'number' ? { problem: `is ${formatBytes(line)}, over the ${formatBytes(options.maxLineBytes)} limit for one article; raise it with --max-size` } : decodeLine(line, n));
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    close();
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeLine(bytes: Buffer, n: number): string | LineProblem {
  try {
    const text = utf8.decode(bytes);
    return n === 1 ? text.replace(/^\ufeff/, '') : text;
  } catch {
    return { problem: 'is not valid UTF-8; convert the file to UTF-8' };
  }
}

/**
 * The lines of a byte stream, split at LF. A line longer than `maxLineBytes` is not kept:
 * its length comes out instead, so that one runaway line costs no more memory than the limit.
 */
export async function* splitBuffers(head: Buffer, rest: AsyncIterator<Buffer>, maxLineBytes: number): AsyncGenerator<Buffer | number> {
  let parts: Buffer[] = [];
  let length = 0;
  let overflow = false;
  const take = function* (chunk: Buffer): Generator<Buffer | number> {
    let from = 0;
    for (let lf = chunk.indexOf(LF, from); lf >= 0; lf = chunk.indexOf(LF, from)) {
      const piece = chunk.subarray(from, lf);
      length += piece.length;
      if (overflow || length > maxLineBytes) yield length;
      else yield parts.length === 0 ? piece : Buffer.concat([...parts, piece]);
      parts = [];
      length = 0;
      overflow = false;
      from = lf + 1;
    }
    const tail = chunk.subarray(from);
    length += tail.length;
    if (length > maxLineBytes) {
      overflow = true;
      parts = [];
    } else if (tail.length > 0) parts.push(Buffer.from(tail));
  };
  yield* take(head);
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield* take(next.value);
  if (overflow) yield length;
  else if (length > 0) yield Buffer.concat(parts);
}
