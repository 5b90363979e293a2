/**
 * Two forms of the same text. The reading form keeps typography (curly quotes, dashes) as
 * published; the matching form maps them to plain equivalents and folds case, one code
 * unit for one code unit, so an offset found in either form is valid in both.
 */

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\u180e]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** The reading form of one block: NFC, no invisible or control characters, single spaces. */
export function cleanInline(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, ' ').replace(SPACE, ' ').trim();
}

const MATCH_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '\u0060': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '.', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ',
};

const FOLDED = /[A-Z]|[^\x00-\x7F]/g;

function foldChar(ch: string): string {
  const mapped = MATCH_MAP[ch];
  if (mapped !== undefined) return mapped;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** Same length as the input; typographic marks made plain and letters lower-cased where that keeps the length. */
export function matchForm(text: string): string {
  // Only capitals and non-ASCII characters change, so only they pay for a function call.
  return text.replace(FOLDED, foldChar);
}

/** Matching form with every run of punctuation and space reduced to one space: for comparing whole texts. */
export function comparableText(text: string): string {
  return matchForm(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
