/**
 * The real client: LibreOffice Calc, headless, types cells with real types into the tool's own
 * workbooks and saves them; the tool must then say the right thing about them. Set
 * TONG_HOP_WRITE_FIXTURES=1 to copy the files it makes into test/fixtures/ (the committed fixtures).
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { messages } from '../../src/core';
import { readWorkbook, sheetValues } from '../../src/local/xlsx';
import { fill, tempDir, tongHop } from '../local/helpers';
import {
  excelRow,
  mergedOps,
  mergedRoads,
  percentOps,
  refilledRoads,
  roadCells,
  roadTotals,
  settingsOps,
  settingsRows,
  typedOps,
  typedRoads,
  UNITS_CSV,
  yearlyOps,
} from './cases';
import { checks } from './checks';
import { runCalc, typeRow } from './soffice';

const FIXTURES = resolve(__dirname, '../fixtures');
let dir: string;
let seconds = 0;

beforeAll(async () => {
  dir = tempDir();
  const csv = join(dir, 'dv.csv');
  writeFileSync(csv, UNITS_CSV);
  const init = (template: string, out: string) =>
    expect(tongHop(['init', '--template', template, '--units', csv, '--out', join(dir, out)]).code).toBe(0);
  init('con-duong-sxsdat', 'roads.xlsx');
  init('bao-cao-dinh-ky', 'periodic.xlsx');
  const roads = join(dir, 'roads.xlsx');
  const rowsIn = async (file: string) =>
    settingsRows(sheetValues((await readWorkbook(file)).getWorksheet('Cấu hình') as never));
  const roadRows = await rowsIn(roads);
  const periodicRows = await rowsIn(join(dir, 'periodic.xlsx'));
  // Xã A typed by our own writer (exceljs): true/false as real booleans, then re-saved by LibreOffice.
  copyFileSync(roads, join(dir, 'filled.xlsx'));
  await fill(join(dir, 'filled.xlsx'), 'Xã A', refilledRoads.map(excelRow));
  const started = Date.now();
  runCalc(dir, [
    { in: roads, out: join(dir, 'lo-resaved.xlsx') },
    { in: roads, out: join(dir, 'lo-types.xlsx'), ops: typedOps() },
    { in: roads, out: join(dir, 'lo-merged.xlsx'), ops: mergedOps() },
    { in: join(dir, 'periodic.xlsx'), out: join(dir, 'lo-percent.xlsx'), ops: percentOps() },
    { in: roads, out: join(dir, 'lo-settings.xlsx'), ops: [...settingsOps(roadRows), ...typedOps()] },
    { in: join(dir, 'periodic.xlsx'), out: join(dir, 'lo-yearly.xlsx'), ops: yearlyOps(periodicRows) },
    { in: join(dir, 'filled.xlsx'), out: join(dir, 'lo-refilled.xlsx') },
    { in: roads, out: join(dir, 'lo-merged.ods'), ops: mergedOps(), filter: 'ods' },
    {
      in: roads,
      out: join(dir, 'lo-renamed.xlsx'),
      ops: [...typeRow('Xã C', 6, roadCells(mergedRoads[0], 'text')), { sheet: 'Xã C', rename: 'Xã C (sửa)' }],
    },
  ]);
  seconds = (Date.now() - started) / 1000;
  if (process.env.TONG_HOP_WRITE_FIXTURES) {
    for (const name of [...Object.keys(checks), 'lo-merged.ods']) copyFileSync(join(dir, name), join(FIXTURES, name));
  }
}, 240_000);

afterAll(() => {
  process.stdout.write(`LibreOffice (one soffice, 9 files): ${seconds.toFixed(1)} s\n`);
});

describe('a folder of files saved by LibreOffice Calc', () => {
  test('the .ods is named as skipped, the renamed tab is said, the typed unit is counted, exit 1', () => {
    const folder = join(dir, 'nhan');
    mkdirSync(folder);
    copyFileSync(join(dir, 'lo-types.xlsx'), join(folder, 'xa-a.xlsx'));
    copyFileSync(join(dir, 'lo-merged.ods'), join(folder, 'xa-b.ods'));
    copyFileSync(join(dir, 'lo-renamed.xlsx'), join(folder, 'xa-c.xlsx'));
    const r = tongHop(['aggregate', folder, '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.folder.skipped).toEqual([{ file: 'xa-b.ods', reason: messages.xlsxText.otherFormat('.ods') }]);
    expect(json.folder.used).toEqual([
      { file: 'xa-a.xlsx', units: ['Xã A'] },
      { file: 'xa-c.xlsx', units: [] },
    ]);
    expect(json.folder.notes).toContain(messages.xlsxText.renamedTab('xa-c.xlsx', 'Xã C (sửa)', 1, 'Đơn vị: Xã C'));
    const a = json.units.find((u: { unit: string }) => u.unit === 'Xã A');
    expect(a.measures).toEqual(roadTotals(typedRoads, 2));
  });
});

describe('workbooks saved by LibreOffice Calc', () => {
  test.each(Object.keys(checks))('%s: validate and aggregate say what the typed cells hold', async (name) => {
    const file = join(dir, name);
    expect(existsSync(file)).toBe(true);
    await checks[name](file, dir);
  });
});
