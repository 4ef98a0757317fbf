import type { Template } from '../template';
import { builtIn } from './built-in';
import { households, householdsRows } from './households';
import { nominations, nominationsRows } from './nominations';
import { periodicReport, periodicReportRows } from './periodic';
import { roads, roadsRows } from './roads';

const ROWS = [periodicReportRows, householdsRows, roadsRows, nominationsRows];

/**
 * Every template the product ships, in the order users see them. Read from their Mẫu rows when first asked
 * for, not when the code loads: Apps Script loads dist/Code.js on every execution (onOpen, each menu click
 * and sidebar call) and most need one form or none — reading the four was most of the load time.
 */
export function templates(): readonly Template[] {
  return ROWS.map((rows) => builtIn(rows));
}

export function findTemplate(id: string): Template | undefined {
  return templates().find((t) => t.id === id);
}

export { households, nominations, periodicReport, roads };
