/**
 * The edges of an extracted article collect the page's chrome: kickers, the title again,
 * bylines and datelines above; credits, calls to follow or subscribe, copyright, tag lists
 * and dangling section headings below. Trimming works inward from both ends and stops at
 * the first line that reads as article text, so nothing in the middle is touched.
 */
import type { BlockKind } from '../../pipeline/record.js';
import { isLabel } from './phrases.js';

export interface Line {
  kind: BlockKind;
  text: string;
  /** Tag of the element the line came from (h1 is the page title's usual home). */
  tag: string;
  linkDensity: number;
}

const simple = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Same title up to punctuation, case, or one being a prefix of the other (a kicker-less variant). */
export function sameTitle(a: string, b: string): boolean {
  const x = simple(a);
  const y = simple(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 20 && short.length >= 0.6 * long.length && long.includes(short);
}

const WORD = /[\p{L}\p{N}]+/gu;
const words = (s: string): number => s.match(WORD)?.length ?? 0;

/** A line that only says when: "Updated 1:39 am EST, Wednesday, November 20, 2019". */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || words(text) > 12) return false;
  if (!/(?:^|\D)(?:19|20)\d{2}(?:\D|$)|\d{1,2}[:.h]\d{2}/.test(text)) return false;
  // A sentence that mentions a year ends like a sentence.
  if (/\p{L}{3,}[.!?]["”’)]?$/u.test(text)) return false;
  // Dates are mostly numbers, with month, weekday and zone names around them; language-blind,
  // this counts words of three letters or more against the numbers.
  const numbers = (text.match(/\d+(?:[:.h]\d+)?/g) ?? []).length;
  const longWords = (text.match(/\p{L}{3,}/gu) ?? []).length;
  return longWords <= numbers + 2;
}

/** "By Jane Doe", "Jane Doe, Staff Writer" when Jane Doe is the byline. */
function isBylineLine(text: string, names: readonly string[]): boolean {
  if (text.length > 120) return false;
  if (/^(?:by|written by|posted by|words by|von|par|por|di)\s+\p{Lu}/iu.test(text) && words(text) <= 12) return true;
  const t = simple(text);
  return names.some((n) => simple(n).length > 3 && t.includes(simple(n))) && words(text) <= 12;
}

const CREDIT = /contributed (?:reporting )?to this (?:report|story|article)|^\(?(?:additional )?reporting by\b|^\(?(?:editing|writing|compiled|produced|edited) by\b|^\(?(?:source|sources|via)\s*:/i;
const CALL = /\b(?:follow (?:us|me|him|her|them|@)|subscribe|sign up|newsletter|join (?:us|our)|download (?:the|our)|get the .{1,30} app|click here|like this (?:story|article)|share (?:it|this)|reach the (?:reporter|writer|author)s?|email (?:the )?(?:author|reporter|us)|contact (?:the )?(?:author|reporter|us)|tell us what)\b/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i;
const FILED = /^(?:filed under|posted in|categories|category|tags|tagged|topics|keywords)\s*[:|]/i;

function isTailChrome(line: Line): boolean {
  const t = line.text;
  if (isLabel(t) || isDateLine(t) || FILED.test(t) || COPYRIGHT.test(t)) return true;
  if (t.length <= 300 && (CREDIT.test(t) || CALL.test(t))) return true;
  return false;
}

export function trimEdges(lines: Line[], title: string | null, headings: readonly string[], names: readonly string[]): Line[] {
  let start = 0;
  let end = lines.length;
  const isTitle = (l: Line): boolean => [title ?? '', ...headings].some((h) => sameTitle(h, l.text));

  // Everything above the title heading is the page's header: kicker, breadcrumbs, date.
  const limit = Math.min(lines.length, 6);
  for (let i = 0; i < limit; i++) {
    if (isTitle(lines[i]!)) {
      const prose = lines.slice(0, i).some((l) => l.text.length > 200);
      if (!prose) start = i + 1;
      break;
    }
  }
  while (start < end) {
    const l = lines[start]!;
    if (isTitle(l) || l.tag === 'h1' || isLabel(l.text) || isDateLine(l.text) || isBylineLine(l.text, names)) start++;
    else break;
  }
  while (end > start) {
    const l = lines[end - 1]!;
    // A heading with nothing under it introduces something that was cut off: another section of the page.
    if (l.kind === 'heading' || isTailChrome(l) || (l.linkDensity > 0.5 && l.text.length < 100 && end - start > 1)) {
      end--;
      continue;
    }
    // A closing list of links under a short label ("More stories", "Further reading") is a box of other pages.
    let run = end;
    while (run > start && lines[run - 1]!.kind === 'list-item' && lines[run - 1]!.linkDensity >= 0.3) run--;
    const label = lines[run - 1];
    if (end - run >= 2 && label && run - 1 > start && label.text.length <= 60 && !/[.!?]["”’)]?$/.test(label.text)) {
      end = run - 1;
      continue;
    }
    break;
  }
  // Labels elsewhere head boxes that pruning already removed, or ad slots: they say nothing.
  return lines.slice(start, end).filter((l) => !isLabel(l.text));
}
