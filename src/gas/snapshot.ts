/**
 * The board's snapshot: for each unit, what the province's board shows of its tab (errors, warnings, rows
 * typed, whether the tab exists) and when that was read. It is written by the actions that read tabs
 * anyway (a unit's Kiểm tra and Nộp, an admin's Kiểm tra, Tổng hợp, Mở lại, the board's full re-read), so
 * that opening the board reads Cấu hình and Document Properties only, whatever the number of units.
 *
 * One key a unit (`lhpn.snap.<code>`), so that two units' runs never write over each other; each action
 * writes all of its units' keys in ONE setProperties call. A value is about 30 bytes (Google allows 9 KB a
 * value and 500 KB a store): 170 units take about 7 KB, measured in test/gas/snapshot.test.ts.
 */
import { errorsOf, type UnitInput } from '../core';

const SNAP = 'lhpn.snap.';
/** The last Tổng hợp's time line (`Cập nhật lúc HH:mm dd/MM/yyyy`, its A2), written by Tổng hợp with its snapshots. */
export const SUMMARY_AT = 'lhpn.summaryAt';
/** Whether the daily reminders are on ('1' / '0'), written when an admin turns them on or off. */
export const REMINDERS_ON = 'lhpn.remindersOn';

export interface Snapshot {
  /** Whether the unit's tab was found. */
  exists: boolean;
  errors: number;
  warnings: number;
  /** Data rows typed. */
  rows: number;
  /** When the tab was read (ms since the epoch). */
  at: number;
}

/** What the board needs of a unit's tab just read. */
export function snapshotOf(input: UnitInput, at: number): Snapshot {
  const issues = input.report?.issues ?? [];
  const errors = input.report ? errorsOf(issues).length : 0;
  return {
    exists: input.report !== null,
    errors,
    warnings: issues.length - errors,
    rows: input.report?.rows.length ?? 0,
    at,
  };
}

/** The keys of the given units' snapshots, to be written in one setProperties call with anything else. */
export function snapshotBatch(inputs: readonly UnitInput[], now: Date = new Date()): Record<string, string> {
  const batch: Record<string, string> = {};
  for (const input of inputs) {
    const s = snapshotOf(input, now.getTime());
    // Compact on purpose: [exists, errors, warnings, rows, at].
    batch[SNAP + input.unit.code] = JSON.stringify([s.exists ? 1 : 0, s.errors, s.warnings, s.rows, s.at]);
  }
  return batch;
}

/** Writes the given units' snapshots (and `extra` keys) in one call. */
export function writeSnapshots(
  inputs: readonly UnitInput[],
  extra: Record<string, string> = {},
  now: Date = new Date(),
): void {
  const batch = { ...snapshotBatch(inputs, now), ...extra };
  if (Object.keys(batch).length) PropertiesService.getDocumentProperties().setProperties(batch);
}

function parse(v: string): Snapshot | null {
  try {
    const a = JSON.parse(v) as unknown;
    if (!Array.isArray(a) || a.length !== 5 || !a.every((x) => typeof x === 'number' && Number.isFinite(x)))
      return null;
    const [exists, errors, warnings, rows, at] = a as number[];
    return { exists: exists === 1, errors, warnings, rows, at };
  } catch {
    return null;
  }
}

/** Every unit's snapshot, by unit code, from the store as read once (see readProps in record.ts). */
export function snapshotsFrom(all: Readonly<Record<string, string>>): Map<string, Snapshot> {
  const found = new Map<string, Snapshot>();
  for (const [k, v] of Object.entries(all)) {
    if (!k.startsWith(SNAP)) continue;
    const s = parse(v);
    if (s) found.set(k.slice(SNAP.length), s);
  }
  return found;
}
