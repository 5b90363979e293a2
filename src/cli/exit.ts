/** 0: everything read; 1: some inputs failed (the rest was stored) or the run stopped; 2: the command line was wrong. */
export const EXIT = { ok: 0, inputsFailed: 1, usage: 2 } as const;
