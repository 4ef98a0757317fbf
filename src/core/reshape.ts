import { mauChangeText as m } from './messages';
import type { Template } from './template';
import { cleanText } from './text';
import { findHeader } from './validate';

type Values = readonly (readonly unknown[])[];

export interface Reshaped {
  /** The tab's new values: rows above the header as they were, the new header, every data row re-laid. */
  values: unknown[][];
  added: string[];
  renamed: { from: string; to: string }[];
  /** Labels of the columns the form no longer has: their data moved to the right, never deleted. */
  movedAside: string[];
}

const blank = (v: unknown) =>
  v === '' || v === null || v === undefined || (typeof v === 'string' && cleanText(v) === '');

/**
 * A unit's tab re-laid for an edited form, losing nothing: the form's columns in the new order, matched
 * by key (a renamed column keeps its data, a new one appears in its place, empty); then the unit's own
 * columns; then the columns the form dropped, renamed "(cột đã bỏ)". Null when the old header is not found.
 */
export function reshapeTab(old: Template, next: Template, values: Values): Reshaped | null {
  const { headerRow, columns } = findHeader(old, values);
  if (headerRow === null) return null;
  const width = Math.max(0, ...values.map((r) => r.length));
  const oldCols = new Set(Object.values(columns));
  const own: number[] = [];
  for (let c = 1; c <= width; c++) {
    if (oldCols.has(c)) continue;
    if (values.slice(headerRow - 1).some((r) => !blank(r[c - 1]))) own.push(c);
  }
  const nextKeys = new Set(next.columns.map((c) => c.key));
  const dropped = old.columns.filter((c) => !nextKeys.has(c.key) && columns[c.key] !== undefined);
  const layout: { from: number | null; header: string }[] = [
    ...next.columns.map((c) => ({ from: columns[c.key] ?? null, header: c.label })),
    ...own.map((c) => ({ from: c, header: String(values[headerRow - 1][c - 1] ?? '') })),
    ...dropped.map((c) => ({ from: columns[c.key], header: m.droppedHeader(c.label) })),
  ];
  const out = values.map((r, i) => {
    if (i < headerRow - 1) return [...r, ...Array<unknown>(Math.max(0, layout.length - r.length)).fill('')];
    if (i === headerRow - 1) return layout.map((l) => l.header);
    return layout.map((l) => (l.from === null ? '' : (r[l.from - 1] ?? '')));
  });
  const oldByKey = new Map(old.columns.map((c) => [c.key, c]));
  return {
    values: out,
    added: next.columns.filter((c) => columns[c.key] === undefined).map((c) => c.label),
    renamed: next.columns
      .filter((c) => columns[c.key] !== undefined && oldByKey.get(c.key)?.label !== c.label)
      .map((c) => ({ from: oldByKey.get(c.key)?.label ?? '', to: c.label })),
    movedAside: dropped.map((c) => c.label),
  };
}
