import { readdir, stat, open } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../pipeline/errors.js';
import { jsonLinesInput, STREAM_FROM_BYTES, type LinesInput } from './lines.js';

/** One file's bytes, named as the user would recognise it. */
export interface RawInput {
  name: string;
  bytes: Uint8Array;
}

/** An input that is an http(s) URL: fetched, not opened. */
export class UrlInput {
  constructor(readonly url: string) {}
}

export const isUrl = (path: string): boolean => /^https?:\/\//i.test(path);

export interface InputOptions {
  /** Largest file (after decompression) read, in bytes. */
  maxBytes: number;
  /** Where "-" reads from; injectable for tests. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Files from this size on that are JSON Lines are read a batch of lines at a time. */
  streamFromBytes?: number;
}

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

/**
 * Every input behind the given paths: files, directories walked recursively in a stable
 * order (hidden entries skipped), and "-" for standard input. A path that cannot be read yields an `InputError` in its
 * place so the batch can go on. A large JSON Lines file comes as a `LinesInput`, read in batches.
 */
export async function* expandInputs(paths: readonly string[], options: InputOptions): AsyncGenerator<RawInput | LinesInput | UrlInput | InputError> {
  for (const path of paths) {
    if (isUrl(path)) {
      yield new UrlInput(path);
      continue;
    }
    if (path === '-') {
      yield await readStdin(options);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield new InputError(path, 'not-found', describeFsError(error));
      continue;
    }
    if (info.isDirectory()) {
      for await (const file of walk(path)) yield await readFileInput(file, file, options);
    } else {
      yield await readFileInput(path, path, options);
    }
  }
}

/** How many inputs `expandInputs` will yield, for a progress bar. */
export async function countInputs(paths: readonly string[]): Promise<number> {
  let n = 0;
  for (const path of paths) {
    const info = path === '-' ? null : await stat(path).catch(() => null);
    if (info?.isDirectory()) for await (const _ of walk(path)) n++;
    else n++;
  }
  return n;
}

async function* walk(root: string): AsyncGenerator<string> {
  // A stack, each folder's subfolders pushed last-first: the walk goes depth-first in name order.
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirs: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) subdirs.push(path);
      else if (entry.isFile()) yield path;
    }
    for (let i = subdirs.length - 1; i >= 0; i--) pending.push(subdirs[i]!);
  }
}

async function readFileInput(path: string, name: string, options: InputOptions): Promise<RawInput | LinesInput | InputError> {
  const size = await stat(path).then((s) => s.size, () => 0);
  if (size >= (options.streamFromBytes ?? STREAM_FROM_BYTES)) {
    const lines = await jsonLinesInput(path, name, { maxLineBytes: options.maxBytes });
    if (lines) return lines;
  }
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return new InputError(name, 'unreadable', describeFsError(error));
  }
  try {
    const { size } = await handle.stat();
    if (size > options.maxBytes) return tooLarge(name, size, options.maxBytes);
    const bytes = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await handle.read(bytes, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return { name, bytes: bytes.subarray(0, read) };
  } catch (error) {
    return new InputError(name, 'unreadable', describeFsError(error));
  } finally {
    await handle.close();
  }
}

async function readStdin(options: InputOptions): Promise<RawInput | InputError> {
  const source = options.stdin ?? process.stdin;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > options.maxBytes) return tooLarge('stdin', total, options.maxBytes);
    chunks.push(chunk);
  }
  return { name: 'stdin', bytes: Buffer.concat(chunks) };
}

/**
 * Gzip layers unpacked before an input is read: a file gzipped again on its way (a server
 * compressing a .gz it serves) is still the file. More layers than this are no accident.
 */
export const MAX_GZIP_LAYERS = 3;

const isGzip = (bytes: Uint8Array): boolean => bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Gzip is recognised by its magic bytes, whatever the file is called, and unpacked layer by
 * layer, each within the size limit. Part of decoding, so every path in gets it.
 */
export function unpack(name: string, bytes: Uint8Array, options: { maxBytes: number }): RawInput | InputError {
  let out = bytes;
  for (let layer = 0; isGzip(out); layer++) {
    const what = layer === 0 ? 'gzip data' : `the gzip inside the gzip (layer ${layer + 1})`;
    if (layer === MAX_GZIP_LAYERS) {
      return new InputError(name, 'nested-gzip', `gzip inside gzip more than ${MAX_GZIP_LAYERS} layers deep; unpack it (gunzip) until it is text and retry`);
    }
    try {
      out = gunzipSync(out, { maxOutputLength: options.maxBytes });
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || /larger than|too large/i.test(String(error))) {
        return new InputError(name, 'too-large', `${what} unpacks to more than the ${formatBytes(options.maxBytes)} limit; raise it with --max-size`);
      }
      return new InputError(name, 'corrupt-gzip', `${what} is corrupt or truncated; recompress or re-download it`);
    }
  }
  return { name, bytes: out };
}

function tooLarge(name: string, size: number, max: number): InputError {
  return new InputError(name, 'too-large', `${formatBytes(size)} is over the ${formatBytes(max)} limit; raise it with --max-size`);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
