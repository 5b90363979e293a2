import iconv from 'iconv-lite';
import { InputError } from '../pipeline/errors.js';
import { describeBinary } from './magic.js';

/**
 * Bytes to text. UTF-8 unless a BOM or a charset declared by HTML/XML says otherwise.
 * Undeclared bytes that are not valid UTF-8 are refused rather than guessed at, because a
 * wrong guess silently corrupts quotes and names that later stages compare.
 */

export interface Decoded {
  text: string;
  encoding: string;
}

const SNIFF_WINDOW = 4096;

export interface DecodeOptions {
  /** The charset the HTTP Content-Type header declared: it comes before the document's own. */
  headerCharset?: string | null;
  /** The charset the user gave (--charset): read undeclared bytes with it, not as UTF-8. */
  userCharset?: string | null;
}

export function decode(name: string, bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new InputError(name, 'empty', 'the file is empty');

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(name, bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16(name, bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16(name, bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };

  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16) return { text: utf16(name, bytes, bomless16), encoding: bomless16 };

  if (looksBinary(bytes)) {
    throw new InputError(name, 'binary', describeBinary(bytes) ?? 'binary data, not text: corroborate reads text, HTML, XML feeds and JSON');
  }

  const declared = options.userCharset ?? options.headerCharset ?? declaredCharset(bytes);
  if (declared && !/^utf-?8$/i.test(declared)) {
    if (!iconv.encodingExists(declared)) {
      const where = options.userCharset ? 'was given' : options.headerCharset ? 'was declared by the server' : 'is declared';
      throw new InputError(name, 'unknown-charset', `charset "${declared}" ${where}, which is not a known encoding; convert the file to UTF-8`);
    }
    // Bytes that are valid UTF-8 and hold multi-byte sequences are UTF-8 whatever a server or
    // template declares (a default Latin-1 header, a gb2312 meta left in a UTF-8 page): legacy
    // text almost never forms valid UTF-8 sequences by chance. The user's own word is kept.
    if (!options.userCharset && hasMultibyteUtf8(bytes)) return { text: strictUtf8(name, bytes), encoding: 'utf-8' };
    // iconv-lite rather than TextDecoder: Node's decoder treats windows-1252 as Latin-1,
    // which turns curly quotes (0x93, 0x94) into control characters.
    return { text: iconv.decode(Buffer.from(bytes), declared), encoding: declared.toLowerCase() };
  }
  // A server that declares UTF-8 for a page that is not may be wrong where the page is right.
  if (options.headerCharset && !isUtf8(bytes)) {
    const own = declaredCharset(bytes);
    if (own && !/^utf-?8$/i.test(own)) return decode(name, bytes, {});
  }
  return { text: strictUtf8(name, bytes), encoding: 'utf-8' };
}

function isUtf8(bytes: Uint8Array): boolean {
  return firstInvalidUtf8(bytes) === bytes.length;
}

/** Valid UTF-8 with at least one multi-byte sequence. */
function hasMultibyteUtf8(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80) && isUtf8(bytes);
}

function strictUtf8(name: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(
      name,
      'invalid-encoding',
      `not valid UTF-8 (first bad byte at offset ${at}) and no charset is declared; convert it to UTF-8, or give its charset with --charset (e.g. --charset windows-1252)`,
    );
  }
}

function utf16(name: string, bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string {
  if (bytes.length % 2 !== 0) {
    throw new InputError(name, 'invalid-encoding', `${label.toUpperCase()} text with an odd number of bytes: the file is truncated`);
  }
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(name, 'invalid-encoding', `invalid ${label.toUpperCase()} text (unpaired surrogate); the file is damaged`);
  }
}

/** UTF-16 without a BOM shows as ASCII text with every other byte zero. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_WINDOW) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.9 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.9 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}

/** NUL bytes, or many control characters, in the first window mean this is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_WINDOW);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > n * 0.1;
}

/** Charset from `<meta charset>`, `<meta http-equiv content="...charset=">` or `<?xml encoding=?>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, SNIFF_WINDOW)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1]!;
  return null;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return i;
}
