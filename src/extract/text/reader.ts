import { extracted, type Block, type Extracted, type Format } from '../../pipeline/record.js';
import type { Reader, ReaderInput } from '../reader.js';
import { splitLines, linesToBlocks, looksLikeTitle, type Line } from './lines.js';
import { parseBylineLine, parseDateLine, parsePublishedBy } from './header.js';
import { chromeKind, isBareTeaserLabel } from './chrome.js';

/** How many lines at the top may hold the title, byline and date block. */
const HEADER_WINDOW = 8;

interface Header {
  title: string | null;
  byline: string | null;
  published: string | null;
  description: string | null;
}

/**
 * Plain text: an optional title line, an optional byline/date block, then paragraphs.
 * Scraped page text is the same with its site chrome taken out first.
 */
function readLines(input: ReaderInput, format: Format, stripChrome: boolean): Extracted[] {
  let lines = splitLines(input.text);
  const header: Header = { title: null, byline: null, published: null, description: null };
  if (stripChrome) lines = removeChrome(lines, header);
  lines = takeHeader(lines, header, stripChrome);
  if (stripChrome && header.byline) lines = dropTrailingAuthorBlock(lines, header.byline);
  const blocks: Block[] = linesToBlocks(lines);
  const article = extracted(format, input.name, {
    title: header.title,
    blocks,
    byline: header.byline,
    published: header.published,
    publishedOrigin: header.published ? 'text' : 'unknown',
    description: header.description,
  });
  if (blocks.length === 0) {
    article.messages.push({ severity: 'warning', stage: 'extract', code: 'no-body', text: 'no paragraphs of text were found' });
  }
  return [article];
}

export const readPlainText: Reader = (input) => readLines(input, 'text', false);
export const readScrapedText: Reader = (input) => readLines(input, 'scraped-text', true);

function removeChrome(lines: Line[], header: Header): Line[] {
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    const publishedBy = parsePublishedBy(line, lines[i + 1]?.text);
    if (publishedBy) {
      header.byline ??= publishedBy.byline;
      i += publishedBy.consumed - 1;
      continue;
    }
    if (chromeKind(line)) {
      // "Also Read:" alone on its line introduces the teaser's headline on the next line.
      if (isBareTeaserLabel(line) && lines[i + 1] && lines[i + 1]!.text.length < 160) i++;
      continue;
    }
    kept.push(lines[i]!);
  }
  return kept;
}

function takeHeader(lines: Line[], header: Header, scraped: boolean): Line[] {
  let i = 0;
  const first = lines[0];
  const second = lines[1];
  if (first && second && looksLikeTitle(first.text) && !parseDateLine(first.text) && !parseBylineLine(first.text)) {
    header.title = first.text;
    i = 1;
  }
  const limit = Math.min(lines.length, i + HEADER_WINDOW);
  const body: Line[] = [];
  for (; i < limit; i++) {
    const line = lines[i]!.text;
    const byline = parseBylineLine(line);
    if (byline) {
      header.byline ??= byline;
      continue;
    }
    const date = header.published ? null : parseDateLine(line);
    if (date) {
      header.published = date;
      continue;
    }
    // "Jane Doe | 3 March 2026": a byline and a date on one line.
    const [left, right] = line.split(/\s+[|•·]\s+/);
    if (left && right && !header.published) {
      const d = parseDateLine(right);
      const b = d ? parseBylineLine(left) ?? parseBylineLine(`By ${left}`) : null;
      if (d && b) {
        header.published = d;
        header.byline ??= b;
        continue;
      }
    }
    body.push(lines[i]!);
    // The header block ends at the first line of prose.
    if (line.length > 100) {
      i++;
      break;
    }
  }
  for (; i < lines.length; i++) body.push(lines[i]!);
  // A scraped page's standfirst sits between the headline and the story; plain text has none.
  if (scraped && header.title && body[0] && body[0].text.length > 60 && /[.!?]["”’]?$/.test(body[0].text) && body.length > 2) {
    header.description = body[0].text;
  }
  return body;
}

/**
 * Scraped pages end with an author block: the name again, "Published by <name>", and often
 * a short biography that starts with the name ("Jane Doe is a correspondent …").
 */
function dropTrailingAuthorBlock(lines: Line[], byline: string): Line[] {
  let end = lines.length;
  const bio = new RegExp(`^${escapeRegExp(byline)}\\s+(?:is|was|has|covers|writes|reports|joined)\\b`);
  while (end > 0) {
    const text = lines[end - 1]!.text;
    const named = text === byline || text.replace(/^(?:published|posted|written)\s+by\s+/i, '') === byline;
    if (named || (bio.test(text) && text.split(' ').length <= 60)) end--;
    else break;
  }
  return lines.slice(0, end);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
