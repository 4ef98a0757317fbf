import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import {
  aggregate,
  errorsOf,
  formatIssue,
  formatStatus,
  messages,
  newSettings,
  presets,
  roads,
  type Settings,
  UNIT_TAB,
  type Unit,
} from '../core';
import { allIssues, cmdRemind, type Out, open, summaryTable } from './commands';
import { newWorkbook, writeSummary } from './xlsx';

const t = messages.cliText;
/** The demo's "today": three days before the campaign's deadline of 20/09/2020. */
export const DEMO_TODAY = '2020-09-17';

/** A small deterministic generator, so the demo shows the same province every time. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const VILLAGES = ['Thôn Đồng Mai', 'Thôn Trại Mới', 'Xóm Chùa', 'Thôn Hạ', 'Bản Ven', 'Thôn Tân Tiến', 'Xóm Đình'];

/** Rows a unit might type: mostly good roads, some short or unlit, a camera now and then. */
export function sampleRoads(unit: Unit, n: number, rnd: () => number): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const yes = (p: number) => (rnd() < p ? messages.yesNo.yes : messages.yesNo.no);
    const day = 1 + Math.floor(rnd() * 28);
    const month = 4 + Math.floor(rnd() * 5);
    rows.push([
      `Đường ${['hoa', 'sáng', 'xanh', 'an toàn', 'phụ nữ'][i % 5]} số ${i + 1}`,
      `${VILLAGES[Math.floor(rnd() * VILLAGES.length)]}, ${unit.name}`,
      rnd() < 0.12 ? 350 + Math.floor(rnd() * 140) : 500 + Math.floor(rnd() * 900),
      yes(0.93),
      yes(0.95),
      yes(0.97),
      yes(0.92),
      rnd() < 0.3 ? messages.yesNo.yes : '',
      `${day}/${month}/2020`,
      5_000_000 + Math.floor(rnd() * 40) * 500_000,
    ]);
  }
  return rows;
}

/** The mistakes people really make, placed in a few units' rows. */
const MISTAKES: Record<string, (rows: unknown[][]) => void> = {
  'Tân Yên': (rows) => {
    rows[1][2] = 'năm trăm';
    rows[3][8] = '31/02/2020';
  },
  'Lục Ngạn': (rows) => {
    rows[0][2] = '1,234';
    rows[2][3] = 'có lẽ';
    rows[4][9] = '#REF!';
  },
  'Hiệp Hòa': (rows) => {
    rows[5][8] = '15/10/2020';
    rows[6][9] = -2_000_000;
  },
};
const NOT_SUBMITTED = new Set(['Tân Yên', 'Lục Ngạn', 'Hiệp Hòa', 'Sơn Động', 'Khối Doanh nghiệp tỉnh']);
/** A tab a unit renamed by hand: the summary names it instead of failing. */
const RENAMED: Record<string, string> = { 'Yên Dũng': 'Yen Dung (ban sua)' };

function fillWorkbook(wb: ExcelJS.Workbook, settings: Settings): void {
  const rnd = random(2020);
  settings.units.forEach((unit, i) => {
    const ws = wb.getWorksheet(unit.sheet);
    if (!ws) return;
    const n = unit.target === 1 ? 1 + Math.floor(rnd() * 2) : 8 + Math.floor(rnd() * 5);
    const rows = sampleRoads(unit, n, rnd);
    MISTAKES[unit.name]?.(rows);
    rows.forEach((r, k) => {
      ws.getRow(UNIT_TAB.firstDataRow + k).values = r as ExcelJS.CellValue[];
    });
    if (!NOT_SUBMITTED.has(unit.name)) {
      const at = `${String(7 + (i % 3)).padStart(2, '0')}:${String(10 + i * 3).padStart(2, '0')} ${14 + (i % 3)}/09/2020`;
      ws.getCell(UNIT_TAB.statusRow, 1).value = formatStatus({ state: 'submitted', at, by: unit.emails[0] });
    }
    if (RENAMED[unit.name]) ws.name = RENAMED[unit.name];
  });
}

/** Writes one workbook per unit (Cấu hình and that unit's tab), as units send their files back. */
async function splitPerUnit(template: typeof roads, settings: Settings, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const full = newWorkbook(template, settings);
  fillWorkbook(full, settings);
  for (const unit of settings.units) {
    const one = newWorkbook(template, { ...settings, units: [unit] });
    const src = full.getWorksheet(RENAMED[unit.name] ?? unit.sheet);
    const dst = one.getWorksheet(unit.sheet);
    if (!src || !dst) continue;
    src.eachRow((row, r) => {
      dst.getRow(r).values = row.values as ExcelJS.CellValue[];
    });
    if (RENAMED[unit.name]) dst.name = RENAMED[unit.name];
    await one.xlsx.writeFile(join(dir, `${unit.code}.xlsx`));
  }
}

/** `npm start`: a province's whole half-year in one command, on sample data, with no Google account. */
export async function runDemo(dir: string, out: Out): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'bac-giang-con-duong.xlsx');
  const folder = join(dir, 'don-vi');
  const settings = newSettings(
    roads,
    presets['bac-giang-2020'].units(),
    ['vanphong@hoiphunu.example.org'],
    'Đợt thi đua đặc biệt năm 2020',
  );

  out(t.demoTitle);
  out(t.demoStep(1, t.demoSteps.init));
  const wb = newWorkbook(roads, settings);
  out(settings.units.map((u) => t.demoUnit(u.name, u.target)).join(', '));

  out(t.demoStep(2, t.demoSteps.fill));
  fillWorkbook(wb, settings);
  await wb.xlsx.writeFile(file);
  await splitPerUnit(roads, settings, folder);
  out(t.demoFilled(settings.units.length - NOT_SUBMITTED.size, NOT_SUBMITTED.size));

  out(t.demoStep(3, t.demoSteps.validate));
  const opened = await open(file);
  const issues = errorsOf(allIssues(opened));
  for (const i of issues.slice(0, 8)) out(`✗ ${formatIssue(i)}`);
  if (issues.length > 8) out(t.demoMore(issues.length - 8));

  out(t.demoStep(4, t.demoSteps.aggregate));
  const summary = aggregate(opened.loaded.template, opened.inputs);
  if (opened.workbook) {
    writeSummary(opened.workbook, opened.loaded.template, summary, settings.reportTitle, '08:00 17/09/2020');
    await opened.workbook.xlsx.writeFile(file);
  }
  out(summaryTable(opened, summary));

  out(t.demoStep(5, t.demoSteps.remind('17/09/2020')));
  await cmdRemind(file, { today: DEMO_TODAY }, out);
  out(t.demoFiles(file, folder));
  return 0;
}
