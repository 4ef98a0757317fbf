/**
 * Kiểm tra marks bad cells with a note and a colour, and removes only the marks it made: what the cell
 * had before (the user's own note and colour) is kept in document properties and put back.
 */
import { type Issue, messages } from '../core';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const MARK_COLOR = '#f4c7c3';
const PREFIX = messages.gasText.markPrefix;
/** PropertiesService holds 9 KB a value: long registries are split over several keys. */
const CHUNK = 8000;

interface Saved {
  /** The user's own note and background before the mark. */
  n: string;
  b: string;
}
type Registry = Record<string, Saved>;

const keyOf = (sheet: Sheet) => `lhpn.marks.${sheet.getSheetId()}`;

function loadRegistry(props: GoogleAppsScript.Properties.Properties, key: string): Registry {
  const all = props.getProperties();
  let json = '';
  for (let i = 0; all[`${key}.${i}`] !== undefined; i++) json += all[`${key}.${i}`];
  return json ? (JSON.parse(json) as Registry) : {};
}

function saveRegistry(props: GoogleAppsScript.Properties.Properties, key: string, reg: Registry): void {
  const json = Object.keys(reg).length ? JSON.stringify(reg) : '';
  const old = props.getProperties();
  for (let i = 0; old[`${key}.${i}`] !== undefined; i++) props.deleteProperty(`${key}.${i}`);
  const chunks: Record<string, string> = {};
  for (let i = 0; i * CHUNK < json.length; i++) chunks[`${key}.${i}`] = json.slice(i * CHUNK, (i + 1) * CHUNK);
  if (Object.keys(chunks).length) props.setProperties(chunks);
}

/**
 * Replaces a tab's marks with marks for `issues` (those of this tab) on the data rows, from `firstRow`
 * down (the title block and header are the province's). Reads notes and colours once and writes them
 * once: the number of service calls does not grow with the rows.
 */
export function markSheet(sheet: Sheet, issues: readonly Issue[], firstRow: number): void {
  const props = PropertiesService.getDocumentProperties();
  const key = keyOf(sheet);
  const old = loadRegistry(props, key);
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

  // Take our old marks off, unless the user has since written their own note or colour there.
  for (const [cell, saved] of Object.entries(old)) {
    const [r, c] = at(cell);
    if (r < 0 || r >= notes.length || c >= cols) continue;
    if (notes[r][c].startsWith(PREFIX)) notes[r][c] = saved.n;
    if (colors[r][c] === MARK_COLOR) colors[r][c] = saved.b;
  }
  const byCell = new Map<string, Issue[]>();
  for (const i of marked) byCell.set(`${i.row},${i.col}`, [...(byCell.get(`${i.row},${i.col}`) ?? []), i]);
  const reg: Registry = {};
  for (const [cell, list] of byCell) {
    const [r, c] = at(cell);
    reg[cell] = { n: notes[r][c], b: colors[r][c] };
    notes[r][c] = [PREFIX, ...list.map((i) => `• ${i.message}`)].join('\n');
    colors[r][c] = MARK_COLOR;
  }
  range.setNotes(notes);
  range.setBackgrounds(colors);
  saveRegistry(props, key, reg);
}
