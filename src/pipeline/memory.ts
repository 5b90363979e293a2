/**
 * Between stories of a long run, the heap is mostly garbage of the story just done; V8 sizes
 * its heap to the rate of allocation, not to what is live, and holds the memory for the rest
 * of the run. A full collection once the heap has grown past a budget gives it back, so that
 * a run's memory follows its largest story, not its length. A collection costs tens of
 * milliseconds; it runs only when the budget is passed.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Heap in use, in bytes, past which the run collects between stories: the garbage of a few stories. */
export const HEAP_BUDGET = 160 * 1024 * 1024;

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    // A runtime that will not expose it: the run goes on, with V8's own sizing.
    return null;
  }
}

/** Collects garbage when the heap has grown past `budget`; cheap when it has not. */
export function relieveHeap(budget = HEAP_BUDGET): void {
  if (process.memoryUsage().heapUsed < budget) return;
  collect ??= collector();
  collect?.();
}
