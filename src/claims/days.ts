/**
 * The days a group of claims names, so that a calendar day and a weekday are joined only when
 * they can be told to be one day.
 */
/** The calendar days and weekdays a group's claims name. */
export interface Days {
  dates: Set<string>;
  weekdays: Set<string>;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function daysOf(terms: readonly string[]): Days {
  const out: Days = { dates: new Set(), weekdays: new Set() };
  for (const t of terms) {
    if (/^t:(?:\d{4}|XXXX)-\d\d-\d\d$/u.test(t)) out.dates.add(t.slice(2));
    else if (t.startsWith('w:')) out.weekdays.add(t.slice(2));
  }
  return out;
}

export function joinDays(a: Days, b: Days): Days {
  return { dates: new Set([...a.dates, ...b.dates]), weekdays: new Set([...a.weekdays, ...b.weekdays]) };
}

/**
 * "Let go on Dec. 11" and "let go on Thursday": a day and a weekday agree only when the day
 * falls on it. A day without its year falls on no weekday anyone can tell, so the two stay apart.
 */
export function daysAgree(a: Days, b: Days): boolean {
  // A weekday resolved to its day compares as that day, which the slots do: only a weekday
  // no publication date resolves is checked here.
  const check = (dates: Set<string>, other: Days): boolean => {
    const weekdays = other.weekdays;
    if (dates.size === 0 || weekdays.size === 0 || other.dates.size > 0) return true;
    for (const d of dates) {
      if (d.startsWith('XXXX')) return false;
      const day = WEEKDAY_NAMES[new Date(`${d}T12:00:00Z`).getUTCDay()];
      if (day === undefined || !weekdays.has(day)) return false;
    }
    return true;
  };
  // Only across the two sides: one claim's own "Thursday, Dec. 11" says both of one day.
  return check(a.dates, b) && check(b.dates, a);
}
