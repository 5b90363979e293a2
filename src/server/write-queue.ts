/**
 * Writes run one at a time, in arrival order: the store has one writer, and an ingest must
 * not race an analysis of the stories it is changing. Writes a client sent (ingests) may
 * wait only up to a bound; past it the client is told to come back later rather than
 * holding a connection and the body's memory for minutes. Once closing, nothing new
 * starts and what waits is turned away, so a shutdown waits for one write only.
 */
import { HttpError } from './http.js';

export const DEFAULT_MAX_QUEUED_WRITES = 8;

/** Starts at one second a write; each finished write moves it a fifth of the way. */
const FIRST_ESTIMATE_MS = 1000;
const MAX_RETRY_AFTER_S = 120;

interface Waiting {
  start: () => void;
  refuse: (error: Error) => void;
  bounded: boolean;
}

export class WriteQueue {
  private readonly waiting: Waiting[] = [];
  private running: Promise<void> | null = null;
  private closing = false;
  private averageMs = FIRST_ESTIMATE_MS;

  /** `maxWaiting`: how many bounded writes may wait behind the running one. */
  constructor(private readonly maxWaiting = DEFAULT_MAX_QUEUED_WRITES) {}

  /** Writes waiting to start (not counting the running one). */
  get queued(): number {
    return this.waiting.length;
  }

  /** A write is running or waiting: new work would wait behind it. */
  get busy(): boolean {
    return this.running !== null || this.waiting.length > 0;
  }

  /**
   * Runs `work` once every write before it has ended. A `bounded` write is refused with
   * 503 when `maxWaiting` bounded writes already wait; any write is refused once closing.
   */
  run<T>(work: () => Promise<T>, options: { bounded: boolean }): Promise<T> {
    if (this.closing) return Promise.reject(shuttingDown());
    if (options.bounded && this.waiting.filter((w) => w.bounded).length >= this.maxWaiting) {
      const seconds = Math.min(MAX_RETRY_AFTER_S, Math.max(1, Math.ceil(((this.waiting.length + 1) * this.averageMs) / 1000)));
      return Promise.reject(
        new HttpError(503, 'too-many-writes', `${this.waiting.length} writes are waiting already, the most this server queues; send this one again in ${seconds} s`, {
          'retry-after': String(seconds),
        }),
      );
    }
    return new Promise<T>((resolve, reject) => {
      const start = (): void => {
        const began = Date.now();
        const done = Promise.resolve().then(work).then(resolve, reject);
        this.running = done.then(() => {
          this.averageMs += (Date.now() - began - this.averageMs) / 5;
          this.running = null;
          this.next();
        });
      };
      this.waiting.push({ start, refuse: reject, bounded: options.bounded });
      this.next();
    });
  }

  private next(): void {
    if (this.running !== null) return;
    this.waiting.shift()?.start();
  }

  /** Resolves when no write is running or waiting. */
  async idle(): Promise<void> {
    while (this.running !== null || this.waiting.length > 0) {
      await (this.running ?? Promise.resolve());
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Refuses every write that has not started and every later one; resolves when the running one ends. */
  async close(): Promise<void> {
    this.closing = true;
    for (const w of this.waiting.splice(0)) w.refuse(shuttingDown());
    await this.running;
  }
}

function shuttingDown(): HttpError {
  return new HttpError(503, 'shutting-down', 'the server is shutting down and starts no new write; send this again once it is back', { 'retry-after': '5' });
}
