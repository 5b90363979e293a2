/**
 * The page's own stylesheet and script, read once from src/web/client (copied beside the
 * compiled code by the build), with the hashes a Content-Security-Policy needs to allow them
 * inline in a self-contained report.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export interface Asset {
  body: string;
  type: string;
  /** base64 SHA-256, as CSP source expressions name it. */
  sha256: string;
}

function load(name: string, type: string): Asset {
  const body = readFileSync(new URL(`./client/${name}`, import.meta.url), 'utf8');
  // Inlined into a report, these words would end the element early.
  if (/<\/(script|style)/i.test(body)) throw new Error(`src/web/client/${name} must not contain a closing script or style tag`);
  return { body, type, sha256: createHash('sha256').update(body).digest('base64') };
}

let cache: { script: Asset; style: Asset } | null = null;

export function assets(): { script: Asset; style: Asset } {
  cache ??= { script: load('app.js', 'text/javascript; charset=utf-8'), style: load('app.css', 'text/css; charset=utf-8') };
  return cache;
}

/** For pages served with their assets from the same origin. */
export const SERVED_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** For a file opened from disk: only the exact inline script and style may run; nothing may load. */
export function inlineCsp(): string {
  const { script, style } = assets();
  return `default-src 'none'; script-src 'sha256-${script.sha256}'; style-src 'sha256-${style.sha256}'; img-src data:; form-action 'none'; base-uri 'none'`;
}
