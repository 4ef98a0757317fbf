import { daysBetween, type IsoDate, isoFromParts } from './dates';
import type { DeadlineSpec } from './template';

export type DeadlineDate = { kind: 'once'; date: IsoDate } | { kind: 'yearly'; month: number; day: number };

/** `20/09/2020` → once; `10/06` → every year on 10 June. Null when the text is no real day. */
export function parseDeadlineDate(text: string): DeadlineDate | null {
  const g = /^\s*(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s*$/.exec(text);
  if (!g) return null;
  if (g[3]) {
    const date = isoFromParts(+g[3], +g[2], +g[1]);
    return date ? { kind: 'once', date } : null;
  }
  // 2024 is a leap year, so 29/02 is accepted as a yearly day.
  return isoFromParts(2024, +g[2], +g[1]) ? { kind: 'yearly', month: +g[2], day: +g[1] } : null;
}

/** The occurrences of a deadline near a day: the date itself, or last year's, this year's and next year's. */
export function occurrencesAround(d: DeadlineDate, day: IsoDate): IsoDate[] {
  if (d.kind === 'once') return [d.date];
  const y = +day.slice(0, 4);
  return [y - 1, y, y + 1].map((yy) => isoFromParts(yy, d.month, d.day)).filter((x): x is IsoDate => x !== null);
}

export interface Occurrence {
  deadline: DeadlineSpec;
  date: IsoDate;
  /** Days from the day asked about to the deadline; negative once it has passed. */
  daysLeft: number;
}

function allOccurrences(deadlines: readonly DeadlineSpec[], day: IsoDate): Occurrence[] {
  const out: Occurrence[] = [];
  for (const deadline of deadlines) {
    const d = parseDeadlineDate(deadline.date);
    if (!d) continue;
    for (const date of occurrencesAround(d, day)) out.push({ deadline, date, daysLeft: daysBetween(day, date) });
  }
  return out;
}

/** The soonest deadline on or after a day. */
export function nextDeadline(deadlines: readonly DeadlineSpec[], day: IsoDate): Occurrence | null {
  const future = allOccurrences(deadlines, day).filter((o) => o.daysLeft >= 0);
  future.sort((a, b) => a.daysLeft - b.daysLeft);
  return future[0] ?? null;
}

/**
 * The deadline a submission on `day` answers to: the nearest occurrence either side (the later one on a
 * tie). With yearly 10/06 and 10/11, a report sent on 12/06 answers to 10/06 and is late.
 */
export function deadlineFor(deadlines: readonly DeadlineSpec[], day: IsoDate): Occurrence | null {
  const all = allOccurrences(deadlines, day);
  all.sort((a, b) => Math.abs(a.daysLeft) - Math.abs(b.daysLeft) || b.daysLeft - a.daysLeft);
  return all[0] ?? null;
}

export function isLate(deadlines: readonly DeadlineSpec[], day: IsoDate): boolean {
  const o = deadlineFor(deadlines, day);
  return o !== null && o.daysLeft < 0;
}
