/**
 * Kiểm tra marks bad cells with a note and a colour, and removes only the marks it made: what the cell
 * had before (the user's own note and colour) is kept in document properties and put back.
 */
import type { Issue } from '../core';
import * as messages from '../core/messages';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Properties = GoogleAppsScript.Properties.Properties;

export const MARK_COLOR = '#f4c7c3';
const PLAIN_BACKGROUND = '#ffffff';
const PREFIX = messages.gasText.markPrefix;
/** PropertiesService holds 9 KB a value: a long registry is split over several keys. */
const CHUNK = 8000;
/**
 * At most this many cells marked on one tab; the rest are still listed by Kiểm tra and the sidebar.
 * With the compact registry below, 130 tabs at the cap stay well inside the 500 KB property store.
 */
export const MAX_MARKS = 300;

/**
 * What a marked cell held before: `plain` lists cells that had no note and a white background (most of
 * them, a few bytes each); `kept` holds the user's own note and colour for the others.
 */
interface Registry {
  plain: string[];
  kept: Record<string, [note: string, background: string]>;
}

const keyOf = (sheet: Sheet) => `lhpn.marks.${sheet.getSheetId()}`;

/** The registry's chunks, and how many of them hold it (`key.n`; older registries ran until a gap). */
function loadRegistry(all: Record<string, string>, key: string): Registry {
  const n = all[`${key}.n`];
  let json = '';
  for (let i = 0; n === undefined ? all[`${key}.${i}`] !== undefined : i < Number(n); i++) json += all[`${key}.${i}`];
  return json ? (JSON.parse(json) as Registry) : { plain: [], kept: {} };
}

/**
 * Writes a registry in one call (its chunks and their count together), so that it is never half
 * replaced; chunks left over from a longer registry go afterwards, and are ignored until then.
 */
function saveRegistry(props: Properties, key: string, reg: Registry, had: number): number {
  const empty = reg.plain.length === 0 && Object.keys(reg.kept).length === 0;
  const json = empty ? '' : JSON.stringify(reg);
  const chunks: Record<string, string> = {};
  let n = 0;
  for (; n * CHUNK < json.length; n++) chunks[`${key}.${n}`] = json.slice(n * CHUNK, (n + 1) * CHUNK);
  chunks[`${key}.n`] = String(n);
  props.setProperties(chunks);
  for (let i = n; i < had; i++) props.deleteProperty(`${key}.${i}`);
  return n;
}

/** How many chunks a key has in the store (whatever its count says). */
function chunksOf(all: Record<string, string>, key: string): number {
  let i = 0;
  while (all[`${key}.${i}`] !== undefined) i++;
  return i;
}

const same = (a: Registry, b: Registry) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Replaces a tab's marks with marks for `issues` (those of this tab) on the data rows, from `firstRow`
 * down (the title block and header are the province's). Reads notes and colours once and writes them
 * once: the number of service calls does not grow with the rows.
 */
export function markSheet(sheet: Sheet, issues: readonly Issue[], firstRow: number): void {
  const props = PropertiesService.getDocumentProperties();
  const key = keyOf(sheet);
  const all = props.getProperties();
  const old = loadRegistry(all, key);
  const marked = issues.filter((i) => i.row >= firstRow);
  const last = Math.max(sheet.getLastRow(), firstRow, ...marked.map((i) => i.row));
  const cols = Math.max(sheet.getLastColumn(), 1, ...marked.map((i) => i.col));
  const range = sheet.getRange(firstRow, 1, last - firstRow + 1, cols);
  const notes = range.getNotes();
  const colors = range.getBackgrounds();
  /** Registry keys are absolute `row,col` (1-based). */
  const at = (cell: string) => {
    const [r, c] = cell.split(',').map(Number);
    return [r - firstRow, c - 1] as const;
  };
  const inRange = (r: number, c: number) => r >= 0 && r < notes.length && c >= 0 && c < cols;

  // Take the old marks off, giving back what the cell had, unless the user has since put their own there.
  const restore = (cell: string, note: string, color: string) => {
    const [r, c] = at(cell);
    if (!inRange(r, c)) return;
    if (notes[r][c].startsWith(PREFIX)) notes[r][c] = note;
    if (colors[r][c] === MARK_COLOR) colors[r][c] = color;
  };
  for (const cell of old.plain) restore(cell, '', PLAIN_BACKGROUND);
  for (const [cell, [note, color]] of Object.entries(old.kept)) restore(cell, note, color);
  // A mark whose record was lost is still ours: it goes too.
  for (let r = 0; r < notes.length; r++) {
    for (let c = 0; c < cols; c++) {
      if (!notes[r][c].startsWith(PREFIX)) continue;
      notes[r][c] = '';
      if (colors[r][c] === MARK_COLOR) colors[r][c] = PLAIN_BACKGROUND;
    }
  }

  const byCell = new Map<string, Issue[]>();
  for (const i of marked) {
    const cell = `${i.row},${i.col}`;
    if (!byCell.has(cell) && byCell.size >= MAX_MARKS) continue;
    byCell.set(cell, [...(byCell.get(cell) ?? []), i]);
  }
  const reg: Registry = { plain: [], kept: {} };
  for (const [cell, list] of byCell) {
    const [r, c] = at(cell);
    if (notes[r][c] === '' && colors[r][c] === PLAIN_BACKGROUND) reg.plain.push(cell);
    else reg.kept[cell] = [notes[r][c], colors[r][c]];
    notes[r][c] = [PREFIX, ...list.map((i) => `• ${i.message}`)].join('\n');
    colors[r][c] = MARK_COLOR;
  }
  // The record first: should it not fit, the sheet is left as it was and nothing a user had is lost.
  // While the old marks are still on the sheet, the record must still know what they hide: the cells
  // marked before and not now stay in it until the notes and colours are written (a cut in between
  // is then repaired by the next Kiểm tra), and leave it after.
  const before: Registry = { plain: [...reg.plain], kept: { ...reg.kept } };
  for (const cell of old.plain) if (!byCell.has(cell)) before.plain.push(cell);
  for (const [cell, v] of Object.entries(old.kept)) if (!byCell.has(cell)) before.kept[cell] = v;
  let had = chunksOf(all, key);
  if (!same(before, old)) had = saveRegistry(props, key, before, had);
  range.setNotes(notes);
  range.setBackgrounds(colors);
  if (!same(reg, before)) saveRegistry(props, key, reg, had);
}
