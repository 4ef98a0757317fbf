import { mauErrorText, readMau } from '../mau';
import type { Template } from '../template';

/** A form the product ships, kept as the rows of its Mẫu sheet: one source of truth with what a clerk edits. */
export function builtIn(rows: readonly (readonly (string | number)[])[]): Template {
  const { template, issues } = readMau(rows, 'UTC');
  if (!template) throw new Error(mauErrorText(issues));
  return template;
}
