import { unitTabText as t } from './messages';
import { cleanText } from './text';

export type UnitState = 'draft' | 'submitted' | 'late';

/** The status line of a unit's tab, in a form both people and the add-in read. */
export interface UnitStatus {
  state: UnitState;
  /** `HH:mm dd/MM/yyyy` of the submission. */
  at?: string;
  by?: string;
  /** Free text after a draft, e.g. "mở lại 09:00 10/06/2027 bởi …". */
  note?: string;
}

export function formatStatus(s: UnitStatus): string {
  if (s.state === 'draft') return `${t.statusPrefix}${t.draft}${s.note ? ` (${s.note})` : ''}`;
  return `${t.statusPrefix}${s.state === 'late' ? t.late : t.submitted} ${s.at ?? ''} ${t.by} ${s.by ?? t.unknownUser}`;
}

const stamped = /^(Đã nộp|Nộp muộn)\s+(\d{1,2}:\d{2} \d{1,2}\/\d{1,2}\/\d{4})\s+bởi\s+(.+)$/;

/** Reads a status line back; anything unrecognised counts as not submitted. */
export function parseStatus(text: string): UnitStatus {
  const s = cleanText(text).replace(/^Trạng thái:\s*/i, '');
  const g = stamped.exec(s);
  if (g) return { state: g[1] === t.late ? 'late' : 'submitted', at: g[2], by: g[3] };
  const note = /^Chưa nộp\s*\((.*)\)$/.exec(s);
  return note ? { state: 'draft', note: note[1] } : { state: 'draft' };
}

/** The rows of a unit tab's title block, where its status and unit lines are looked for. */
const TOP_ROWS = 6;

/** Where the status line is in a tab's values: the first cell of the top rows that starts with the prefix. */
export function findStatusCell(values: readonly (readonly unknown[])[]): { row: number; col: number } | null {
  for (let r = 0; r < Math.min(values.length, TOP_ROWS); r++) {
    const c = values[r].findIndex((v) => typeof v === 'string' && v.startsWith(t.statusPrefix.trim()));
    if (c >= 0) return { row: r + 1, col: c + 1 };
  }
  return null;
}

export function readStatus(values: readonly (readonly unknown[])[]): UnitStatus {
  const at = findStatusCell(values);
  return at ? parseStatus(String(values[at.row - 1][at.col - 1])) : { state: 'draft' };
}

/**
 * Whether a sheet Cấu hình names as a unit's tab is a sheet of someone's own: it holds values but neither a
 * status line nor a unit line ("Đơn vị: …") in its top rows, which every unit tab has (the unit line is
 * admin-only). Such a sheet is reported and never written into; a blank one is a tab set-up has yet to make.
 */
export function isForeignTab(values: readonly (readonly unknown[])[]): boolean {
  if (values.every((r) => r.every((v) => v === ''))) return false;
  if (findStatusCell(values)) return false;
  const line = t.unitLine('', '');
  return !values.slice(0, TOP_ROWS).some((r) => typeof r[0] === 'string' && r[0].startsWith(line));
}
