/**
 * Names binary formats people are likely to hand over by mistake, from their first bytes,
 * so that a refusal says what the file is and how to get text out of it, instead of
 * "binary data".
 */

interface Kind {
  /** The format, as the message names it. */
  name: string;
  /** What to do to get text corroborate reads. */
  advice: string;
  matches: (bytes: Uint8Array) => boolean;
}

const startsWith = (bytes: Uint8Array, ...magic: number[]): boolean => magic.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, at: number, text: string): boolean => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

const UNPACK = 'unpack it and give corroborate the files inside';

const KINDS: readonly Kind[] = [
  { name: 'gzip data', advice: 'unpack it (gunzip) and retry', matches: (b) => startsWith(b, 0x1f, 0x8b) },
  { name: 'a zip archive', advice: UNPACK, matches: (b) => startsWith(b, 0x50, 0x4b, 0x03, 0x04) || startsWith(b, 0x50, 0x4b, 0x05, 0x06) },
  { name: 'a tar archive', advice: UNPACK, matches: (b) => ascii(b, 257, 'ustar') },
  { name: 'bzip2 data', advice: 'unpack it (bunzip2) and retry', matches: (b) => ascii(b, 0, 'BZh') },
  { name: 'xz data', advice: 'unpack it (unxz) and retry', matches: (b) => startsWith(b, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00) },
  { name: 'zstd data', advice: 'unpack it (unzstd) and retry', matches: (b) => startsWith(b, 0x28, 0xb5, 0x2f, 0xfd) },
  { name: 'a 7-Zip archive', advice: UNPACK, matches: (b) => startsWith(b, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c) },
  { name: 'a PDF document', advice: 'save its text (or the web page it came from) and give corroborate that', matches: (b) => ascii(b, 0, '%PDF-') },
];

/** "<what it is>: <what to do>" for a known binary format, or null. */
export function describeBinary(bytes: Uint8Array): string | null {
  const kind = KINDS.find((k) => k.matches(bytes));
  return kind ? `${kind.name}, not text: ${kind.advice}` : null;
}
