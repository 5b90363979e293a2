/** The systems compared on TempEval-3: our rules, and chrono-node alone. */
import { findTimes } from '../../src/language/times/index.js';
import { chronoTimes } from './chrono.js';
import type { SystemTimex } from './metric.js';

export interface System {
  name: string;
  run(text: string, dct: string): SystemTimex[];
}

export const ours: System = {
  name: 'corroborate',
  run: (text, dct) => findTimes(text, dct).map((t) => ({ start: t.start, end: t.end, type: t.type.toUpperCase(), value: t.value })),
};

export const chrono: System = {
  name: 'chrono-node',
  run: (text, dct) => chronoTimes(text, dct).map((t) => ({ start: t.start, end: t.end, type: t.type.toUpperCase(), value: t.value })),
};
