/**
 * Site chrome that survives when a page is copied as text: labels, teasers, share and
 * newsletter prompts. Each rule matches a whole short line, so prose that merely mentions
 * a newsletter is left alone.
 */

const SHORT = 90;

const LABEL = /^(?:categor(?:y|ies)|filed under|section|tags?|topics?)\s*:/i;
const TEASER = /^(?:also read|read also|read more|more news|related(?: stories| articles| news)?|see also|recommended(?: for you)?|you may also like|don'?t miss|trending(?: now)?|latest news|must read|watch|listen)\b\s*[:\-–—|»>]?/i;
const SHARE = /^(?:share(?: this(?: article| story| post)?)?(?: on \w+)?|tweet(?: this)?|pin it|copy link|print(?: this)?(?: article)?|email(?: this)?|whatsapp|facebook|twitter|linkedin|telegram|reddit|follow us(?: on .*)?|like us on .*|share via .*)\s*[:!.]?$/i;
const NEWSLETTER = /\b(?:subscribe|newsletter|sign up|signup|inbox|get the latest|stay informed|join our|download (?:our|the) app)\b/i;
/** A call to action: imperative first word, then what is offered. Reads as chrome even when long. */
const CALL_TO_ACTION = /^(?:subscribe|sign up|join|get|download|register|follow)\b.{0,160}\b(?:newsletter|inbox|app|updates|alerts|subscription|roundup|briefing)\b/i;
const MISC = /^(?:advertisement|sponsored(?: content)?|ad|skip to (?:main )?content|click here.*|comments?(?: \(\d+\))?|leave a (?:comment|reply)|\d+ comments?|reading time:? .*|\d+ min(?:ute)?s? read|image(?: credit)?:.*|photo(?: credit)?:.*|file photo.*|getty images|reuters\/.*|listen to this article|toggle navigation|menu|home|search)$/i;

export type ChromeKind = 'label' | 'teaser' | 'share' | 'newsletter' | 'misc';

export function chromeKind(line: string): ChromeKind | null {
  if (line.length > SHORT * 2) return null;
  if (LABEL.test(line)) return 'label';
  if (TEASER.test(line) && (line.length <= SHORT * 2 || /:\s/.test(line))) return 'teaser';
  if (CALL_TO_ACTION.test(line) && line.split(' ').length <= 30) return 'newsletter';
  if (line.length > SHORT) return null;
  if (SHARE.test(line)) return 'share';
  if (MISC.test(line)) return 'misc';
  if (NEWSLETTER.test(line) && line.split(' ').length <= 14) return 'newsletter';
  return null;
}

/** A teaser label alone on its line ("Also Read:") promotes the next line to a teaser too. */
export function isBareTeaserLabel(line: string): boolean {
  return TEASER.test(line) && line.replace(TEASER, '').trim() === '';
}

/** True when a text carries enough chrome to be a scraped page rather than a clean report. */
export function hasSiteChrome(lines: readonly string[]): boolean {
  let score = 0;
  for (const line of lines) {
    const kind = chromeKind(line);
    if (kind === 'label' || kind === 'teaser') score += 2;
    else if (kind) score += 1;
    if (/^published by\b/i.test(line)) score += 2;
    if (score >= 2) return true;
  }
  return false;
}
