/**
 * A province the size of Bắc Ninh after the 2025 merger (its real communes and wards from
 * data/, shipped with the project), mid-round and two days after the deadline of 20/09/2020:
 * 40 submitted (10 of them late), 10 not submitted with errors, 15 clean but not submitted,
 * the rest with nothing typed, 4 tabs missing (one renamed by hand, three deleted).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Unit } from '../../src/core';
import { Google, World } from '../fakes';
import { ADMIN, at, road, setUp } from '../gas/province';

const CSV = resolve(__dirname, '../../data/don-vi-hanh-chinh-2025.csv');

/** The communes and wards of Bắc Ninh, as the file lists them (full names: `Xã Tiên Du`). */
export function bacNinh(): string[] {
  return readFileSync(CSV, 'utf8')
    .split('\n')
    .map((l) => l.split(','))
    .filter((c) => c[1] === 'Tỉnh Bắc Ninh')
    .map((c) => c[3]);
}

export interface Mix {
  /** Units per group, in this order over the unit list (shuffled so groups interleave by name). */
  submitted: number;
  late: number;
  errors: number;
  clean: number;
  missing: number;
}

export const MIX_99: Mix = { submitted: 30, late: 10, errors: 10, clean: 15, missing: 4 };

export type Group = keyof Mix | 'empty';

/** A deterministic spread of the groups over units so that every screen of names holds every group. */
function groupsFor(n: number, mix: Mix): Group[] {
  const bag: Group[] = [];
  for (const k of Object.keys(mix) as (keyof Mix)[]) for (let i = 0; i < mix[k]; i++) bag.push(k);
  while (bag.length < n) bag.push('empty');
  // A fixed permutation (a multiplicative step co-prime with n).
  let step = 37;
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  while (gcd(step, n) !== 1) step++;
  return Array.from({ length: n }, (_, i) => bag[(i * step) % n]);
}

export function boardProvince(n: number, mix: Mix) {
  const names = bacNinh().slice(0, n);
  const units: Unit[] = names.map((name, i) => ({
    code: `BN${String(i + 1).padStart(3, '0')}`,
    name,
    sheet: name,
    emails: [`bn${i + 1}@hoiphunu.example.org`],
    target: null,
  }));
  const groups = groupsFor(n, mix);
  const world = new World({ now: at('2020-09-12').toISOString(), user: ADMIN });
  world.sharedWith = units.flatMap((u) => u.emails);
  const g = new Google(world);
  setUp(g, units, [ADMIN]);
  world.alerts.length = 0;

  const submitAt = (u: Unit, when: Date) => {
    world.now = when;
    g.call('menuSubmit', [], { user: u.emails[0] });
  };
  units.forEach((u, i) => {
    const who = u.emails[0];
    const group = groups[i];
    const rows = 1 + (i % 4);
    const typed = Array.from({ length: rows }, (_, r) => road(`Đường ${r + 1}`, 500 + 10 * r));
    if (group === 'submitted' || group === 'late' || group === 'clean') g.type(who, u.sheet, 6, 1, typed);
    if (group === 'errors') {
      g.type(who, u.sheet, 6, 1, typed);
      g.type(who, u.sheet, 6, 3, [['năm trăm']], { paste: true });
    }
    if (group === 'submitted') submitAt(u, at('2020-09-15'));
    if (group === 'late') submitAt(u, at(i % 2 ? '2020-09-21' : '2020-09-22', '07:30'));
  });
  // Of the missing tabs, the first is renamed by hand, the others deleted.
  const missing = units.filter((_, i) => groups[i] === 'missing');
  for (const [k, u] of missing.entries())
    world.run(() => {
      const sheet = g.spreadsheet.getSheetByName(u.sheet);
      if (k === 0) sheet.setName(`${u.sheet} (cũ)`);
      else g.spreadsheet.deleteSheet(sheet);
    });
  world.now = at('2020-09-22');
  // The clerk's Tổng hợp that morning reads every tab: the board's figures (errors, rows typed, missing
  // tabs) are those it read, as the units' own Kiểm tra and Nộp would have left them.
  g.call('menuSummarize', [], { user: ADMIN });
  world.alerts.length = 0;
  world.resetCalls();
  return { g, world, units, groups };
}
