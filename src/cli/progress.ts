import cliProgress from 'cli-progress';

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

const NONE: Progress = { tick: () => {}, stop: () => {} };

/** A bar on stderr for long runs on a terminal; nothing when output is piped or redirected. */
export function startProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || !process.stdout.isTTY || total < 10 || process.env['CI']) return NONE;
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
