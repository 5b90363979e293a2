import { HttpError, type Route } from './http.js';

type Segment = { literal: string } | { param: string; rest: boolean };

interface Compiled {
  route: Route;
  segments: Segment[];
}

export type Match = { route: Route; params: Record<string, string> } | { allowed: string[] } | null;

/**
 * Routes by method and path template. A path that some route knows but not for this method
 * is told apart from an unknown path, so the server can answer 405 with Allow instead of 404.
 */
export class Router {
  private readonly compiled: Compiled[] = [];

  constructor(routes: readonly Route[]) {
    const seen = new Set<string>();
    for (const route of routes) {
      const segments = compile(route.path);
      const shape = `${route.method} ${segments.map((s) => ('literal' in s ? s.literal : s.rest ? '{*}' : '{}')).join('/')}`;
      if (seen.has(shape)) throw new Error(`two routes for ${route.method} ${route.path}`);
      seen.add(shape);
      this.compiled.push({ route, segments });
    }
  }

  get routes(): Route[] {
    return this.compiled.map((c) => c.route);
  }

  /** `segments` are the decoded path segments (no empty leading one). HEAD matches GET routes. */
  match(method: string, segments: readonly string[]): Match {
    const wanted = method === 'HEAD' ? 'GET' : method;
    const allowed = new Set<string>();
    let found: { compiled: Compiled; params: Record<string, string> } | null = null;
    for (const c of this.compiled) {
      const params = matchSegments(c.segments, segments);
      if (!params) continue;
      if (c.route.method === wanted) {
        // A literal route wins over a parameter route that also matches (/api/openapi.json over /api/{x}).
        if (!found || specificity(c.segments) > specificity(found.compiled.segments)) found = { compiled: c, params };
      }
      allowed.add(c.route.method);
    }
    if (found) return { route: found.compiled.route, params: found.params };
    if (allowed.size === 0) return null;
    if (allowed.has('GET')) allowed.add('HEAD');
    return { allowed: [...allowed].sort() };
  }
}

function compile(path: string): Segment[] {
  if (!path.startsWith('/')) throw new Error(`route path ${path} must start with /`);
  const parts = path.split('/').slice(1);
  return parts.map((part, i) => {
    const m = /^\{([A-Za-z][A-Za-z0-9_]*)(\*)?\}$/.exec(part);
    if (!m) {
      if (part.includes('{') || part.includes('}')) throw new Error(`bad segment ${part} in route ${path}`);
      return { literal: part };
    }
    if (m[2] && i !== parts.length - 1) throw new Error(`a rest parameter must be the last segment of ${path}`);
    return { param: m[1]!, rest: Boolean(m[2]) };
  });
}

function specificity(segments: readonly Segment[]): number {
  return segments.filter((s) => 'literal' in s).length;
}

function matchSegments(pattern: readonly Segment[], segments: readonly string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!;
    const s = segments[i];
    if (s === undefined) return null;
    if ('literal' in p) {
      if (p.literal !== s) return null;
    } else if (p.rest) {
      const rest = segments.slice(i);
      if (rest.some((r) => r === '')) return null;
      params[p.param] = rest.join('/');
      return params;
    } else {
      if (s === '') return null;
      params[p.param] = s;
    }
  }
  return segments.length === pattern.length ? params : null;
}

/**
 * The path's segments, percent-decoded one by one (so an encoded `/` stays inside its
 * segment). Dot segments are refused: no route uses them, and a static file route must
 * never be walked out of its folder.
 */
export function pathSegments(rawPath: string): string[] {
  const parts = rawPath.split('/').slice(1);
  return parts.map((part) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      throw new HttpError(400, 'bad-path', `the path has a malformed percent-encoding in "${part.slice(0, 60)}"; encode reserved characters as %XX`);
    }
    if (decoded === '.' || decoded === '..') throw new HttpError(400, 'bad-path', 'the path may not hold "." or ".." segments; ask for the resource by its own path');
    if (/[\u0000-\u001f\u007f]/.test(decoded)) throw new HttpError(400, 'bad-path', 'the path holds control characters; remove them');
    return decoded;
  });
}
