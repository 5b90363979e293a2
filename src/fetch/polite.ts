/**
 * Fetching as a good guest: one request at a time per host, a pause between them, and
 * robots.txt honoured (read once per host and kept for a day, parsed by robots-parser).
 * A host's robots.txt that is missing (4xx) allows everything; one that cannot be read
 * (5xx, timeout) allows nothing for now, as the robots.txt standard (RFC 9309) asks.
 */
import robotsParserModule from 'robots-parser';
import { FetchError, type Fetched, type Fetcher, type Validators } from './fetch.js';

/** The token robots.txt rules are matched against. */
export const ROBOTS_AGENT = 'corroborate';
const ROBOTS_TTL_MS = 24 * 3600_000;
/** A Crawl-delay longer than this is taken as this: a watch must still get round its sources. */
const MAX_CRAWL_DELAY_MS = 30_000;
const ROBOTS_MAX_BYTES = 512 * 1024;

/** The User-Agent header: corroborate, its version, and the contact URL the user set. */
export function userAgent(version: string, contact: string | null): string {
  return `corroborate/${version}${contact ? ` (+${contact})` : ''}`;
}

interface RobotsRules {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}

// The package's own declaration does not type its CommonJS default export as callable.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => RobotsRules;

interface Robots {
  rules: RobotsRules | 'all' | 'none';
  until: number;
  why: string;
}

export interface PoliteOptions {
  /** Least time between two requests to one host, in ms. */
  delayMs: number;
  /** Read and honour robots.txt (on by default). */
  robots?: boolean;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Host {
  tail: Promise<void>;
  last: number;
  crawlDelayMs: number;
  /** The host's rules, read once however many requests wait for them. */
  robots: Promise<Robots> | null;
  robotsUntil: number;
}

export class PoliteFetcher {
  private readonly hosts = new Map<string, Host>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    readonly fetcher: Fetcher,
    private readonly options: PoliteOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Fetches `url` in its host's turn, unless the host's robots.txt disallows it. */
  async fetch(url: string, validators: Validators = {}): Promise<Fetched> {
    const parsed = new URL(url);
    const host = this.host(parsed.host);
    if (this.options.robots !== false) {
      const robots = await this.robotsOf(host, parsed);
      const allowed = robots.rules === 'all' ? true : robots.rules === 'none' ? false : robots.rules.isAllowed(url, ROBOTS_AGENT) !== false;
      if (!allowed) throw new FetchError('robots', `${parsed.host}'s robots.txt ${robots.why}; corroborate does not fetch what a site asks robots to leave alone`);
    }
    return this.inTurn(host, () => this.fetcher.fetch(url, validators));
  }

  private host(name: string): Host {
    let host = this.hosts.get(name);
    if (!host) this.hosts.set(name, (host = { tail: Promise.resolve(), last: Number.NEGATIVE_INFINITY, robots: null, robotsUntil: 0, crawlDelayMs: 0 }));
    return host;
  }

  /** Runs `work` once the host's earlier requests are done and its pause has passed. */
  private inTurn<T>(host: Host, work: () => Promise<T>): Promise<T> {
    const run = host.tail.then(async () => {
      const wait = host.last + this.delayOf(host) - this.now();
      if (wait > 0) await this.sleep(wait);
      try {
        return await work();
      } finally {
        host.last = this.now();
      }
    });
    host.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private delayOf(host: Host): number {
    return Math.max(this.options.delayMs, Math.min(host.crawlDelayMs, MAX_CRAWL_DELAY_MS));
  }

  private robotsOf(host: Host, url: URL): Promise<Robots> {
    if (!host.robots || host.robotsUntil <= this.now()) {
      host.robotsUntil = Number.POSITIVE_INFINITY;
      host.robots = this.readRobots(host, url).then((robots) => {
        host.robotsUntil = robots.until;
        host.crawlDelayMs = typeof robots.rules === 'object' ? (robots.rules.getCrawlDelay(ROBOTS_AGENT) ?? 0) * 1000 : 0;
        return robots;
      });
    }
    return host.robots;
  }

  private async readRobots(host: Host, url: URL): Promise<Robots> {
    const robotsUrl = `${url.protocol}//${url.host}/robots.txt`;
    let robots: Robots;
    try {
      const r = await this.inTurn(host, () => this.fetcher.fetch(robotsUrl));
      const text = Buffer.from(r.bytes.subarray(0, ROBOTS_MAX_BYTES)).toString('utf8');
      robots = { rules: robotsParser(robotsUrl, text), until: this.now() + ROBOTS_TTL_MS, why: 'disallows this path' };
    } catch (error) {
      const e = error as FetchError;
      if (e.code === 'http' && e.status !== null && e.status >= 400 && e.status < 500) robots = { rules: 'all', until: this.now() + ROBOTS_TTL_MS, why: '' };
      else if (e.code === 'blocked' || e.code === 'scheme' || e.code === 'credentials') throw error;
      else robots = { rules: 'none', until: this.now() + 60_000, why: `could not be read (${e.message}), and until it can, nothing is fetched from the host` };
    }
    return robots;
  }
}
