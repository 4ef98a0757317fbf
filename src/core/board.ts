/**
 * The province's board: what each unit's row says, which counts and filters it falls under, how a clerk
 * searches and sorts. Pure: the sidebar and the server both use it.
 */
import { daysBetween, type IsoDate, isoFromParts } from './dates';
import { deadlineFor, type Occurrence } from './deadlines';
import type { DeadlineSpec } from './template';

/** One unit on the board, as the server sends it. */
export interface BoardUnit {
  code: string;
  unit: string;
  status: 'missing' | 'draft' | 'submitted' | 'late';
  errors: number;
  /** Data rows typed on the unit's tab. */
  rows: number;
  /** `HH:mm dd/MM/yyyy`, or '' when not submitted. */
  submittedAt: string;
  /** Days after its deadline a late report came in. */
  daysLate: number | null;
}

/** What a clerk does about a unit: each is one look on the board. */
export type BoardStatus = 'missing' | 'errors' | 'empty' | 'filled' | 'late' | 'submitted';

export type BoardFilter = 'todo' | 'errors' | 'overdue' | 'late' | 'missing' | 'submitted' | 'all';
export const BOARD_FILTERS: readonly BoardFilter[] = ['todo', 'errors', 'overdue', 'late', 'missing', 'submitted'];

export type BoardSort = 'status' | 'name' | 'errors';

/**
 * The deadline of the current round: the next one, unless the last one passed more recently than the
 * next one comes (the round a late report answers to, as `isLate` decides). Null without deadlines.
 */
export function roundDeadline(deadlines: readonly DeadlineSpec[], today: IsoDate): Occurrence | null {
  return deadlineFor(deadlines, today);
}

/** Days after its deadline a report submitted at `HH:mm dd/MM/yyyy` came in; null if on time or unreadable. */
export function daysLate(deadlines: readonly DeadlineSpec[], submittedAt: string): number | null {
  const g = /(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(submittedAt);
  const day = g ? isoFromParts(+g[3], +g[2], +g[1]) : null;
  if (!day) return null;
  const d = deadlineFor(deadlines, day);
  const n = d ? daysBetween(d.date, day) : 0;
  return n > 0 ? n : null;
}

export function boardStatus(u: BoardUnit): BoardStatus {
  if (u.status === 'missing') return 'missing';
  if (u.status === 'submitted' || u.status === 'late') return u.status;
  if (u.errors > 0) return 'errors';
  return u.rows > 0 ? 'filled' : 'empty';
}

export const isSubmitted = (u: BoardUnit) => u.status === 'submitted' || u.status === 'late';

/** Days a unit not yet submitted is past its deadline (`daysLeft` of the round's deadline); 0 if not. */
export const daysOverdue = (u: BoardUnit, daysLeft: number | null) =>
  !isSubmitted(u) && daysLeft !== null && daysLeft < 0 ? -daysLeft : 0;

/** Whether a unit shows under a filter; `todo` is every unit the province still waits for. */
export function inFilter(u: BoardUnit, f: BoardFilter, daysLeft: number | null): boolean {
  switch (f) {
    case 'todo':
      return !isSubmitted(u);
    case 'errors':
      return u.errors > 0;
    case 'overdue':
      return daysOverdue(u, daysLeft) > 0;
    case 'late':
      return u.status === 'late';
    case 'missing':
      return u.status === 'missing';
    case 'submitted':
      return u.status === 'submitted';
    case 'all':
      return true;
  }
}

export function countFilters(units: readonly BoardUnit[], daysLeft: number | null): Record<BoardFilter, number> {
  const out = { todo: 0, errors: 0, overdue: 0, late: 0, missing: 0, submitted: 0, all: units.length };
  for (const u of units) for (const f of BOARD_FILTERS) if (inFilter(u, f, daysLeft)) out[f]++;
  return out;
}

/** Lower case, no accents, đ as d, single spaces: what a clerk types on a keyboard without Vietnamese. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const PREFIX = /^(xã|phường|thị trấn|đặc khu)\s+/i;
const FOLDED_PREFIX = /^(xa|phuong|thi tran|dac khu)(\s+|$)/;

/** A commune's name without `Xã`/`Phường`/`Thị trấn`/`Đặc khu`: what the clerk reads and sorts by. */
export const withoutPrefix = (name: string) => name.normalize('NFC').trim().replace(PREFIX, '');

/**
 * Whether a unit's name answers a search: accents, case and the kind prefix ignored on both sides
 * ("tien du" and "xa tiên du" find "Xã Tiên Du"); a bare prefix ("phuong") finds every unit of that kind.
 */
export function matchesSearch(name: string, query: string): boolean {
  const q = foldText(query);
  if (!q) return true;
  const folded = foldText(name);
  const kind = FOLDED_PREFIX.exec(q);
  if (kind && q === kind[1]) return folded.startsWith(`${kind[1]} `);
  return folded.replace(FOLDED_PREFIX, '').includes(q.replace(FOLDED_PREFIX, ''));
}

const STATUS_WEIGHT: Record<BoardStatus, number> = {
  missing: 0,
  errors: 1,
  empty: 2,
  filled: 3,
  late: 4,
  submitted: 5,
};

const byName = (a: BoardUnit, b: BoardUnit) =>
  withoutPrefix(a.unit).localeCompare(withoutPrefix(b.unit), 'vi') || a.unit.localeCompare(b.unit, 'vi');

/** Units in the order a clerk asked for; ties go by name without the prefix. */
export function sortUnits<T extends BoardUnit>(units: readonly T[], by: BoardSort): T[] {
  const cmp =
    by === 'name'
      ? byName
      : by === 'errors'
        ? (a: BoardUnit, b: BoardUnit) => b.errors - a.errors || byName(a, b)
        : (a: BoardUnit, b: BoardUnit) => STATUS_WEIGHT[boardStatus(a)] - STATUS_WEIGHT[boardStatus(b)] || byName(a, b);
  return [...units].sort(cmp);
}
