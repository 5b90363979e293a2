import { getDomain, getHostname } from 'tldts';
import { basename, extname } from 'node:path';
import type { Outlet } from '../pipeline/record.js';

/** Registrable domain of a URL ("https://www.bbc.co.uk/news/x" → "bbc.co.uk"), or null. */
export function domainOf(url: string | null): string | null {
  if (!url) return null;
  const host = getHostname(url);
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host.replace(/^www\./, '');
}

/**
 * Who published an article. A site name from the page or feed is best; a URL's domain
 * names the outlet well enough; with neither, the input itself is all there is.
 */
export function identifyOutlet(fields: { siteName: string | null; url: string | null; canonicalUrl: string | null; origin: string; fromFeed: boolean }): Outlet {
  const domain = domainOf(fields.canonicalUrl) ?? domainOf(fields.url);
  const siteName = fields.siteName?.trim();
  if (siteName) return { name: outletName(siteName, domain), domain, origin: fields.fromFeed ? 'feed' : 'metadata' };
  if (domain) return { name: domain, domain, origin: 'url' };
  return { name: inputStem(fields.origin), domain: null, origin: 'input' };
}

const SEGMENT_SEPARATOR = /\s+[–—|·:»-]\s+/;

/**
 * Feed and page titles often add a section or slogan ("The Ledger – Politics"). When the
 * name splits into segments and one of them spells the domain, that segment is the outlet.
 */
export function outletName(siteName: string, domain: string | null): string {
  const segments = siteName.split(SEGMENT_SEPARATOR).filter(Boolean);
  if (segments.length < 2 || !domain) return siteName;
  const label = compact(domain.split('.')[0] ?? '');
  const matching = segments.filter((s) => {
    const c = compact(s.replace(/^the\s+/i, ''));
    return c.length >= 3 && (label.includes(c) || c.includes(label));
  });
  return matching.length === 1 ? matching[0]! : siteName;
}

function compact(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');
}

function inputStem(origin: string): string {
  const name = basename(origin.replace(/#\d+$/, ''));
  let stem = name.replace(/\.gz$/i, '');
  stem = stem.slice(0, stem.length - extname(stem).length) || stem;
  return stem || origin;
}
