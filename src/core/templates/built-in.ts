import { mauErrorText, readMau } from '../mau';
import type { Template } from '../template';

export type MauRows = readonly (readonly (string | number)[])[];

const read = new WeakMap<MauRows, Template>();

/**
 * A form the product ships, kept as the rows of its Mẫu sheet: one source of truth with what a clerk edits.
 * Read once, on first use (the same object after).
 */
export function builtIn(rows: MauRows): Template {
  let template = read.get(rows);
  if (!template) {
    const r = readMau(rows, 'UTC');
    if (!r.template) throw new Error(mauErrorText(r.issues));
    template = r.template;
    read.set(rows, template);
  }
  return template;
}
