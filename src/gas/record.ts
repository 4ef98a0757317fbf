/**
 * The submission record: who submitted when, kept in Document Properties, where no unit can type. It is the
 * truth of a unit's state; the status line on the tab, the board and the reminders are written from it.
 *
 * Beside the records the same store holds what a unit's run could not finish itself and an admin's next
 * run completes: its data lock (Google keeps the caller an editor) and its Nhật ký entries (the log is
 * admin-only). A submission writes the record, its log entry and its pending lock in ONE setProperties
 * call, so a run cut at any later point leaves a record that the log and the lock will catch up with.
 */
import type { LogEntry, UnitStatus } from '../core';

const RECORD = 'lhpn.record.';
const PENDING_LOCK = 'lhpn.pendingLock.';
const LOG = 'lhpn.log.';
/** The list the first version kept its pending locks in (read, finished and removed on an admin's run). */
export const LEGACY_PENDING = 'lhpn.pendingLocks';

export type QueuedEntry = LogEntry & { id: string };

/** Everything this module keeps in the document's store, read with one getProperties() call. */
export interface DocState {
  /** By unit code; a unit with no record has never submitted. */
  records: Map<string, UnitStatus>;
  pendingLocks: Set<string>;
  /** Log entries waiting for an admin's run, oldest first. */
  queued: QueuedEntry[];
}

const props = () => PropertiesService.getDocumentProperties();

function parseRecord(v: string): UnitStatus | null {
  try {
    const r = JSON.parse(v) as UnitStatus;
    return r && (r.state === 'draft' || r.state === 'submitted' || r.state === 'late') ? r : null;
  } catch {
    return null;
  }
}

/** The whole document store, in one getProperties() call (the board parses its snapshots from it too). */
export const readProps = (): Record<string, string> => props().getProperties();

export function readDocState(): DocState {
  return docStateFrom(readProps());
}

export function docStateFrom(all: Readonly<Record<string, string>>): DocState {
  const state: DocState = { records: new Map(), pendingLocks: new Set(), queued: [] };
  for (const [k, v] of Object.entries(all)) {
    if (k.startsWith(RECORD)) {
      const r = parseRecord(v);
      if (r) state.records.set(k.slice(RECORD.length), r);
    } else if (k.startsWith(PENDING_LOCK)) {
      state.pendingLocks.add(k.slice(PENDING_LOCK.length));
    } else if (k === LEGACY_PENDING) {
      try {
        for (const c of JSON.parse(v) as string[]) state.pendingLocks.add(String(c));
      } catch {
        // A list that cannot be read names no unit.
      }
    } else if (k.startsWith(LOG)) {
      try {
        state.queued.push({ ...(JSON.parse(v) as LogEntry), id: k });
      } catch {
        // An entry that cannot be read is dropped when the queue is written out.
        state.queued.push({ at: '', kind: '' as LogEntry['kind'], unit: '', who: '', key: '', detail: '', id: k });
      }
    }
  }
  state.queued.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return state;
}

/** A unit's state as the record says: draft when there is none. */
export function statusOf(state: DocState, code: string): UnitStatus {
  return state.records.get(code) ?? { state: 'draft' };
}

export const isSubmitted = (s: UnitStatus) => s.state !== 'draft';

/** The keys one change of a unit's state writes together. */
export interface Change {
  code: string;
  status: UnitStatus;
  log: LogEntry;
  /** Whether the data rows wait for an admin's run to be locked. */
  pendingLock: boolean;
}

/** A log entry's key: its time first, so that the queue reads back in order; unique within a minute too. */
const logKey = (code: string, kind: string, stamp: number) =>
  `${LOG}${String(stamp).padStart(15, '0')}.${code}.${kind}.${Math.random().toString(36).slice(2, 8)}`;

/**
 * Writes a unit's record, its log entry and (when asked) its pending lock in one call, with `extra` keys
 * (the board's snapshot of the tab the action read).
 */
export function writeChange(c: Change, now: Date = new Date(), extra: Record<string, string> = {}): QueuedEntry {
  const id = logKey(c.code, c.log.kind, now.getTime());
  const batch: Record<string, string> = {
    ...extra,
    [RECORD + c.code]: JSON.stringify(c.status),
    [id]: JSON.stringify(c.log),
  };
  if (c.pendingLock) batch[PENDING_LOCK + c.code] = '1';
  props().setProperties(batch);
  return { ...c.log, id };
}

/** Writes a record found in a spreadsheet from before the record existed (see adoptLegacySubmission). */
export function adoptRecord(code: string, status: UnitStatus): void {
  props().setProperty(RECORD + code, JSON.stringify(status));
}

/** The period's records emptied in one call: every unit named is a draft again (Mở kỳ báo cáo mới). */
export function resetRecords(codes: readonly string[]): void {
  if (!codes.length) return;
  const draft = JSON.stringify({ state: 'draft' } satisfies UnitStatus);
  props().setProperties(Object.fromEntries(codes.map((c) => [RECORD + c, draft])));
}

export function clearPendingLock(code: string): void {
  props().deleteProperty(PENDING_LOCK + code);
}

export function clearLegacyPending(): void {
  props().deleteProperty(LEGACY_PENDING);
}

export function dropQueued(ids: readonly string[]): void {
  const p = props();
  for (const id of ids) p.deleteProperty(id);
}
