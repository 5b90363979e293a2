import type { Article, Block, Extracted, Message, Paragraph } from './record.js';

/**
 * How much of one article the stages after ingest read. Most of them are linear in these
 * sizes, some not (a sentence is compared with its neighbours, entities with each other),
 * so unbounded input would cost unbounded time and memory: a 24 MB paragraph once froze the
 * server. Far past any news report, so a real one is never touched.
 */
export const ARTICLE_LIMITS = {
  /** Characters of clean text; the article is cut at the end of a paragraph before it. */
  chars: 200_000,
  /** Paragraphs (after long ones are split); the article is cut after the last. */
  paragraphs: 2_000,
  /** Sentences, as told by their ends (a little over the language layer's count); cut after the paragraph before. */
  sentences: 5_000,
  /**
   * Characters of one paragraph, and so of one sentence: a longer paragraph is split after
   * the last sentence end that fits, and a sentence longer than this between words.
   */
  paragraphChars: 5_000,
};

/**
 * Characters of an extraction's blocks, as a multiple of `chars`, read into normalization:
 * room for the whitespace and markup it removes, and a bound on what it costs (seconds and
 * a gigabyte for a 24 MB paragraph, of which 200,000 characters would be kept).
 */
const RAW_FACTOR = 5;

/** Other limits are for tests; paragraphChars must not exceed chars. */
export type ArticleLimits = typeof ARTICLE_LIMITS;

const warning = (code: string, text: string): Message => ({ severity: 'warning', stage: 'limits', code, text });

/** A sentence's end: terminal punctuation, closing quotes or brackets, then a space. */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*\s/gu;

/**
 * The article within `limits`: paragraphs longer than the limit split into pieces (the text
 * itself is unchanged, so every offset stays valid), then the text cut after the last
 * paragraph that fits. Each change is a warning on the article. Returns `article` itself
 * when nothing is over.
 */
export function limitArticle(article: Article, limits: ArticleLimits = ARTICLE_LIMITS): Article {
  const { text } = article;
  // Without paragraphs, the language layer reads the text as one (splitSentences).
  const given: readonly Paragraph[] = article.paragraphs.length > 0 || !text.trim() ? article.paragraphs : [{ start: 0, end: text.length, kind: 'paragraph' }];
  const overLong = given.some((p) => p.end - p.start > limits.paragraphChars);
  const fits = !overLong && given.length <= limits.paragraphs && text.length <= limits.chars;
  if (fits && sentencesIn(text, given, limits.sentences + 1) <= limits.sentences) return article;

  const messages = [...article.messages];
  let paragraphs: readonly Paragraph[] = given;
  if (overLong) {
    const split = splitLongParagraphs(text, given, limits);
    paragraphs = split.paragraphs;
    messages.push(
      warning(
        'long-paragraph',
        `${split.split} paragraph${split.split === 1 ? ' was' : 's were'} longer than ${limits.paragraphChars} characters and ${split.split === 1 ? 'was' : 'were'} read in pieces` +
          (split.midSentence > 0 ? `; ${split.midSentence} cut${split.midSentence === 1 ? '' : 's'} fell between words, for want of a sentence's end` : ''),
      ),
    );
  }
  let kept = 0;
  let sentences = 0;
  while (kept < paragraphs.length && kept < limits.paragraphs && paragraphs[kept]!.end <= limits.chars) {
    sentences += sentencesIn(text, [paragraphs[kept]!], Infinity);
    if (sentences > limits.sentences) break;
    kept++;
  }
  // The first paragraph is kept whatever it holds: it is a piece of at most paragraphChars,
  // and an article cut to nothing would say nothing at all.
  if (kept === 0 && paragraphs.length > 0) kept = 1;
  if (kept === paragraphs.length && text.length <= limits.chars) return overLong ? { ...article, paragraphs: [...paragraphs], messages } : article;

  const end = kept > 0 ? paragraphs[kept - 1]!.end : Math.min(text.length, limits.chars);
  messages.push(
    warning(
      'article-cut',
      `only the first ${kept} of ${paragraphs.length} paragraphs (${end} of ${text.length} characters) are read: ` +
        `an article is read up to ${limits.paragraphs} paragraphs, ${limits.sentences} sentences and ${limits.chars} characters`,
    ),
  );
  return { ...article, text: text.slice(0, end), paragraphs: paragraphs.slice(0, kept), messages };
}

/**
 * Sentences in `paragraphs`, counted up to `stop`: each sentence end, and the last sentence
 * of each paragraph, which needs none. Each paragraph is searched alone (a slice), so that
 * one without a sentence end never sends the search through the rest of the text.
 */
function sentencesIn(text: string, paragraphs: readonly Paragraph[], stop: number): number {
  let n = 0;
  for (const p of paragraphs) {
    const para = text.slice(p.start, p.end);
    n++;
    SENTENCE_END.lastIndex = 0;
    while (n < stop && SENTENCE_END.exec(para) !== null) n++;
    if (n >= stop) break;
  }
  return n;
}

function splitLongParagraphs(text: string, paragraphs: readonly Paragraph[], limits: ArticleLimits): { paragraphs: Paragraph[]; split: number; midSentence: number } {
  const out: Paragraph[] = [];
  let split = 0;
  let midSentence = 0;
  for (const p of paragraphs) {
    if (p.end - p.start <= limits.paragraphChars) {
      out.push(p);
      continue;
    }
    split++;
    let start = p.start;
    while (p.end - start > limits.paragraphChars) {
      const cut = cutPoint(text, start, start + limits.paragraphChars);
      if (!cut.atSentence) midSentence++;
      out.push({ start, end: cut.at, kind: p.kind });
      start = cut.at;
    }
    out.push({ start, end: p.end, kind: p.kind });
  }
  return { paragraphs: out, split, midSentence };
}

/**
 * Where to end a piece that starts at `start` and may reach `limit`: after the last
 * sentence end, else after the last space, else at the limit (never between the two halves
 * of a surrogate pair). Always past `start`. A short piece before a long sentence costs one
 * more piece, never more than one per full-sized piece.
 */
function cutPoint(text: string, start: number, limit: number): { at: number; atSentence: boolean } {
  const window = text.slice(start, limit);
  let sentence = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m !== null; m = SENTENCE_END.exec(window)) sentence = m.index + m[0].length;
  if (sentence > 0) return { at: start + sentence, atSentence: true };
  const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
  if (space > 0) return { at: start + space + 1, atSentence: false };
  return { at: isHighSurrogate(text.charCodeAt(limit - 1)) && limit - 1 > start ? limit - 1 : limit, atSentence: false };
}

/** The first half of a pair that must not be cut from the second. */
const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/**
 * The extraction with its blocks cut at RAW_FACTOR times the character limit, between words
 * where one is near, with a warning; itself when within. What is cut would be cut from the
 * article anyway, unless nearly all of it were whitespace.
 */
export function limitExtracted(e: Extracted, limits: ArticleLimits = ARTICLE_LIMITS): Extracted {
  const budget = limits.chars * RAW_FACTOR;
  let total = 0;
  let i = 0;
  for (; i < e.blocks.length; i++) {
    if (total + e.blocks[i]!.text.length > budget) break;
    total += e.blocks[i]!.text.length;
  }
  if (i === e.blocks.length) return e;
  const blocks: Block[] = e.blocks.slice(0, i);
  const last = e.blocks[i]!;
  const room = budget - total;
  const space = last.text.lastIndexOf(' ', room);
  let end = space > room / 2 ? space : room;
  if (isHighSurrogate(last.text.charCodeAt(end - 1))) end--;
  const cut = last.text.slice(0, end);
  if (cut.trim()) blocks.push({ kind: last.kind, text: cut });
  const message = warning('input-cut', `the input holds more than ${budget} characters for one article; only the first ${budget} are read`);
  return { ...e, blocks, messages: [...e.messages, message] };
}
