import cliProgress from 'cli-progress';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

const NONE: Progress = { tick: () => {}, stop: () => {} };

/** A bar on stderr for long runs on a terminal; nothing when output is piped or redirected. */
export async function startProgress(countTotal: () => Promise<number>, stream: NodeJS.WriteStream = process.stderr): Promise<Progress> {
  // Counting walks the inputs a second time, so it is only done when a bar can show.
  if (!stream.isTTY || !process.stdout.isTTY || process.env['CI']) return NONE;
  const total = await countTotal();
  if (total < 10) return NONE;
  const bar = new cliProgress.SingleBar(
    { stream, format: ' {bar} {value}/{total} inputs  {label}', hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick: (label) => bar.increment({ label: label.length > 40 ? '…' + label.slice(-39) : label }),
    stop: () => bar.stop(),
  };
}

/** How often a long run says where it is when no bar can show. */
export const PROGRESS_EVERY_MS = 5_000;

/**
 * Where a long run is, as one line on stderr every few seconds: for output piped or
 * redirected (a log, a job runner), where a bar would be noise. Silent on a terminal, where
 * the bar shows, and for runs shorter than the interval.
 */
export function progressLines(stream: NodeJS.WriteStream = process.stderr, everyMs = PROGRESS_EVERY_MS, now: () => number = Date.now, stdoutIsTTY = process.stdout.isTTY === true): (line: () => string) => void {
  if (stream.isTTY && stdoutIsTTY) return () => undefined;
  let last = now();
  return (line) => {
    const t = now();
    if (t - last < everyMs) return;
    last = t;
    stream.write(`${line()}\n`);
  };
}
