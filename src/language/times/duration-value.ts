/**
 * TIMEX3 duration values (P3Y, PT3H, PXY, P2Y6M) and their length in days, the common
 * scale on which "a 32-month conflict" and "its fourth year" can be compared.
 */
import type { Mod, Unit } from './lexicon.js';
import { UNIT_DAYS } from './lexicon.js';

const LETTER: Record<Unit, string> = { L: 'L', C: 'C', E: 'E', Y: 'Y', Q: 'Q', M: 'M', W: 'W', D: 'D', H: 'H', MIN: 'M', S: 'S', WE: 'WE' };
const TIME_UNITS: ReadonlySet<Unit> = new Set<Unit>(['H', 'MIN', 'S']);

/** How a fraction of a unit is written in the next smaller one ("2 1/2 years" = P2Y6M). */
const SMALLER: Partial<Record<Unit, [Unit, number]>> = {
  L: ['Y', 1000], C: ['Y', 100], E: ['Y', 10], Y: ['M', 12], Q: ['M', 3], M: ['D', 30], W: ['D', 7],
  D: ['H', 24], H: ['MIN', 60], MIN: ['S', 60],
};

const ORDER: readonly Unit[] = ['L', 'C', 'E', 'Y', 'Q', 'M', 'W', 'D', 'H', 'MIN', 'S'];

/** The TIMEX3 value of n units; n null is the unspecified amount (PXY). */
export function durationValue(unit: Unit, n: number | null): string {
  if (unit === 'WE') return n === null ? 'PXWE' : `P${n}WE`;
  if (n === null) return TIME_UNITS.has(unit) ? `PTX${LETTER[unit]}` : `PX${LETTER[unit]}`;
  const parts = new Map<Unit, number>();
  const whole = Math.floor(n);
  if (whole > 0) parts.set(unit, whole);
  const frac = n - whole;
  const smaller = SMALLER[unit];
  if (frac > 1e-9) {
    if (smaller) parts.set(smaller[0], Math.round(frac * smaller[1] * 1000) / 1000);
    else parts.set(unit, n);
  }
  if (parts.size === 0) parts.set(unit, 0);
  let date = '';
  let time = '';
  for (const u of ORDER) {
    const amount = parts.get(u);
    if (amount === undefined) continue;
    if (TIME_UNITS.has(u)) time += `${amount}${LETTER[u]}`;
    else date += `${amount}${LETTER[u]}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

/** Length in days of n units. */
export const unitDays = (unit: Unit, n: number): number => UNIT_DAYS[unit] * n;

/**
 * The interval, in days, a duration said with a modifier can have. "about" widens by a
 * tenth either way, "nearly" allows 15% less, bounds leave one side open (null).
 */
export function lengthOf(unit: Unit, n: number | null, mod?: Mod, near = false): { min: number; max: number | null } | undefined {
  if (n === null) return undefined;
  const days = unitDays(unit, n);
  if (near && mod === 'LESS_THAN') return { min: days * 0.85, max: days };
  if (near && mod === 'MORE_THAN') return { min: days, max: days * 1.15 };
  switch (mod) {
    case 'APPROX':
      return { min: days * 0.9, max: days * 1.1 };
    case 'MORE_THAN':
    case 'EQUAL_OR_MORE':
      return { min: days, max: null };
    case 'EQUAL_OR_LESS':
    case 'LESS_THAN':
      return { min: 0, max: days };
    default:
      return { min: days, max: days };
  }
}
