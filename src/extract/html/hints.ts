/**
 * What an element's tag, role, class and id say about its content. Class names are split
 * into words ("c-articleBody__share-bar" -> c, article, body, share, bar) and matched as
 * whole words, because substring matching misfires ("ad" in "header", "nav" in "canvas").
 */
import type { Element } from 'domhandler';

/** Words that mark page furniture: navigation, chrome around the article, other stories, ads. */
const BOILER_WORDS = new Set([
  // navigation and page frame
  'nav', 'navbar', 'navigation', 'menu', 'menus', 'submenu', 'breadcrumb', 'breadcrumbs', 'masthead', 'topbar',
  'toolbar', 'footer', 'sidebar', 'rail', 'aside', 'widget', 'widgets', 'skip', 'skiplink',
  'pagination', 'pager', 'sitemap',
  // sharing and following
  'share', 'shares', 'sharing', 'sharebar', 'sharetools', 'social', 'sociallinks', 'follow',
  // other stories
  'related', 'relatedposts', 'relatedarticles', 'recommended', 'recommendations', 'recirc', 'recirculation',
  'outbrain', 'taboola', 'zergnet', 'trending', 'popular', 'mostread', 'mostpopular', 'mostviewed',
  'morestories', 'readnext', 'upnext', 'alsoread', 'seealso', 'moreon',
  // selling
  'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'optin', 'promo', 'promos', 'promotion',
  'promoted', 'sponsor', 'sponsored', 'sponsors', 'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement',
  'advertising', 'adslot', 'adunit', 'adcontainer', 'adwrapper', 'dfp', 'banner', 'affiliate',
  // overlays
  'popup', 'modal', 'overlay', 'lightbox', 'cookie', 'cookies', 'gdpr', 'consent', 'login', 'signin', 'paywall',
  // article chrome: who, when, labels, captions, tools
  'byline', 'bylines', 'author', 'authors', 'bio', 'dateline', 'timestamp', 'date', 'meta', 'caption',
  'captions', 'credit', 'credits', 'figcaption', 'tags', 'tagcloud', 'taglist', 'keywords', 'print', 'tools',
  'utility', 'utilities', 'rss',
]);

/**
 * Words that mark readers' discussion. Comments are the one kind of furniture made of prose,
 * so no amount of text under such a name argues that it is the article.
 */
const DISCUSSION_WORDS = new Set(['comment', 'comments', 'commentlist', 'disqus', 'reply', 'replies', 'respond', 'discussion']);

/** Words that mark the article body itself. */
const CONTENT_WORDS = new Set([
  'article', 'articlebody', 'body', 'content', 'entry', 'entrycontent', 'post', 'postbody', 'postcontent',
  'story', 'storybody', 'storycontent', 'text', 'main', 'blog', 'hentry', 'prose', 'richtext', 'copy',
]);

const BOILER_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'figure', 'figcaption', 'dialog', 'menu']);

const BOILER_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar',
  'toolbar', 'tablist',
]);

/** Class names that hide an element on every screen (utility classes of common CSS frameworks). */
const HIDDEN_CLASSES = new Set([
  'hidden', 'hide', 'is-hidden', 'd-none', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text',
  'screen-reader-only', 'element-invisible', 'offscreen', 'u-hidden', 'invisible',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Words of one class name or id, plus each adjacent pair run together ("most-read" -> "mostread"). */
export function nameWords(name: string): string[] {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) out.push(words[i]! + words[i + 1]!);
  return out;
}

/**
 * Names that describe a state of the element or of what it holds ("has-comments",
 * "no-sidebar", "modal-enabled") rather than what the element is.
 */
const STATE = /^(?:has|no|with|without|is|show|enable|disable|can|hide)[-_]|[-_](?:enabled|disabled|active|open|visible|loaded|ready|on|off)$/i;

function names(el: Element): string[] {
  const out: string[] = [];
  const cls = el.attribs['class'];
  if (cls) for (const c of cls.split(/\s+/)) if (c && !STATE.test(c)) out.push(c);
  const id = el.attribs['id'];
  if (id) out.push(id);
  return out;
}

/** Never rendered: hidden attribute, inline style, or a framework's hiding class. */
export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  if (style && HIDDEN_STYLE.test(style)) return true;
  const cls = a['class'];
  if (cls) for (const c of cls.split(/\s+/)) if (HIDDEN_CLASSES.has(c.toLowerCase())) return true;
  return false;
}

/**
 * - `discussion`: readers' comments.
 * - `furniture`: the tag, role or a class/id name says navigation, chrome, promotion... A
 *   name with both kinds of word ("related-content") counts as furniture, since the furniture
 *   word says which content it is. Names mislead often enough (layout wrappers called
 *   "l-sidebar-fixed", page builders' "widget" around everything) that this is a hint for the
 *   scorer to weigh against the text inside, not a verdict.
 * - `content`: only article-body words.
 */
export type Hint = 'none' | 'content' | 'furniture' | 'discussion';

export function hintOf(el: Element): Hint {
  const tag = el.name;
  const itemprop = el.attribs['itemprop'];
  if (itemprop && /\barticleBody\b/i.test(itemprop)) return 'content';
  let furniture = BOILER_TAGS.has(tag);
  const role = el.attribs['role'];
  if (role && BOILER_ROLES.has(role.toLowerCase())) furniture = true;
  let content = false;
  for (const name of tag.includes('-') ? [tag, ...names(el)] : names(el)) {
    for (const w of nameWords(name)) {
      if (DISCUSSION_WORDS.has(w)) return 'discussion';
      if (BOILER_WORDS.has(w)) furniture = true;
      else if (CONTENT_WORDS.has(w)) content = true;
    }
  }
  if (furniture) return 'furniture';
  if (role === 'main' || role === 'article') return 'content';
  return content ? 'content' : 'none';
}
