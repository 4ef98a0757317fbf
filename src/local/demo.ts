import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  aggregate,
  asciiSlug,
  errorsOf,
  findProvince,
  formatIssue,
  formatStatus,
  messages,
  newSettings,
  provinces,
  provinceUnits,
  roads,
  type Settings,
  type Template,
  UNIT_TAB,
  type Unit,
} from '../core';
import { COMMUNES_2025 } from '../core/communes-data';
import { allIssues, cmdRemind, type Out, open, summaryTable } from './commands';
import { addMauSheet, templateFromMauFile } from './mau-commands';
import { saveSummaryInto } from './summary-part';
import { newWorkbook, sheetValues, writeSummary } from './xlsx';

const t = messages.cliText;
const d = messages.mauDemoText;
/** The demo's "today": three days before the form's deadline of 20/09/2026. */
export const DEMO_TODAY = '2026-09-17';

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

/** Rows a unit might type for the roads form: mostly good roads, some short or unlit, a camera now and then. */
export function sampleRoads(unit: Unit, n: number, rnd: () => number, year = 2020): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < n; i++) {
    const yes = (p: number) => (rnd() < p ? messages.yesNo.yes : messages.yesNo.no);
    const day = 1 + Math.floor(rnd() * 28);
    const month = 4 + Math.floor(rnd() * 5);
    rows.push([
      `Đường ${['hoa', 'sáng', 'xanh', 'an toàn', 'phụ nữ'][i % 5]} số ${i + 1}`,
      `${VILLAGES[Math.floor(rnd() * VILLAGES.length)]}, ${unit.name}`,
      rnd() < 0.12 ? 250 + Math.floor(rnd() * 140) : 400 + Math.floor(rnd() * 900),
      yes(0.93),
      yes(0.95),
      yes(0.97),
      yes(0.92),
      rnd() < 0.3 ? messages.yesNo.yes : '',
      `${day}/${month}/${year}`,
      5_000_000 + Math.floor(rnd() * 40) * 500_000,
    ]);
  }
  return rows;
}

/** The clerk's edits to the exported form, made on the Mẫu sheet's cells as in Excel. */
async function editMau(file: string, out: Out): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(messages.mauText.sheet) as ExcelJS.Worksheet;
  const values = sheetValues(ws);
  const rowOf = (first: string) => values.findIndex((r) => r[0] === first) + 1;
  const head = values[rowOf('Mã cột') - 1].map(String);
  const col = (header: string) => head.indexOf(header) + 1;
  const set = (row: number, c: number, v: ExcelJS.CellValue) => {
    ws.getCell(row, c).value = v;
  };
  set(rowOf('Tên mẫu'), 2, d.newTitle);
  out(`  • ${d.edits.title(d.newTitle)}`);
  set(rowOf('chieuDai'), col('Điều kiện đạt'), '>= 300');
  set(rowOf('chieuDai'), col('Tên tiêu chí'), 'Dài ít nhất 300 m');
  out(`  • ${d.edits.criterion('>= 500', '>= 300')}`);
  set(rowOf('Chỉ tiêu mặc định'), 2, 3);
  out(`  • ${d.edits.target(3)}`);
  set(rowOf('ngayHoanThanh'), col('Nhỏ nhất'), '25/02/2026');
  set(rowOf('ngayHoanThanh'), col('Lớn nhất'), '30/09/2026');
  set(rowOf('tong-ket'), 3, '20/09/2026');
  out(`  • ${d.edits.dates('25/02/2026', '30/09/2026', '20/09/2026')}`);
  // A new row under the last column, Mã cột left blank: the reader gives it a key.
  const row = Array<ExcelJS.CellValue>(head.length).fill('');
  row[col('Tên cột') - 1] = d.newColumn;
  row[col('Kiểu') - 1] = 'Số nguyên';
  row[col('Bắt buộc') - 1] = messages.yesNo.no;
  row[col('Nhỏ nhất') - 1] = 0;
  row[col('Hướng dẫn') - 1] = 'nhập số hộ ở dọc con đường, ví dụ 35';
  row[col('Tổng hợp') - 1] = 'Tổng';
  ws.spliceRows(rowOf('kinhPhi') + 1, 0, row);
  out(`  • ${d.edits.column(d.newColumn)}`);
  await wb.xlsx.writeFile(file);
}

/** The mistakes people really make, placed in a few units' rows (the last column is the new one). */
const MISTAKES: Record<string, (rows: unknown[][]) => void> = {
  'Xã Tràng Định': (rows) => {
    rows[1][2] = 'năm trăm';
    rows[3][8] = '31/02/2026';
  },
  'Xã Bắc Sơn': (rows) => {
    rows[0][2] = '1,234';
    rows[2][3] = 'có lẽ';
    rows[1][10] = 'ba mươi';
  },
  'Xã Hữu Lũng': (rows) => {
    rows[2][8] = '15/10/2026';
    rows[0][9] = '#REF!';
  },
};
const NOT_SUBMITTED = new Set([
  'Xã Tràng Định',
  'Xã Bắc Sơn',
  'Xã Hữu Lũng',
  'Xã Mẫu Sơn',
  'Xã Đình Lập',
  'Xã Na Dương',
]);
/** A tab a unit renamed by hand: the summary names it instead of failing. */
const RENAMED: Record<string, string> = { 'Xã Văn Quan': 'Van Quan (ban sua)' };

function fillWorkbook(wb: ExcelJS.Workbook, settings: Settings): void {
  const rnd = random(2026);
  settings.units.forEach((unit, i) => {
    const ws = wb.getWorksheet(unit.sheet);
    if (!ws) return;
    const rows = sampleRoads(unit, 2 + Math.floor(rnd() * 4), rnd, 2026).map((r) => [
      ...r,
      10 + Math.floor(rnd() * 60),
    ]);
    MISTAKES[unit.name]?.(rows);
    rows.forEach((r, k) => {
      ws.getRow(UNIT_TAB.firstDataRow + k).values = r as ExcelJS.CellValue[];
    });
    if (!NOT_SUBMITTED.has(unit.name)) {
      const at = `${String(7 + (i % 3)).padStart(2, '0')}:${String(10 + (i % 50)).padStart(2, '0')} ${14 + (i % 3)}/09/2026`;
      ws.getCell(UNIT_TAB.statusRow, 1).value = formatStatus({ state: 'submitted', at, by: unit.emails[0] });
    }
    if (RENAMED[unit.name]) ws.name = RENAMED[unit.name];
  });
}

/** Writes one workbook per unit (Mẫu, Cấu hình and that unit's tab), as units send their files back. */
async function splitPerUnit(template: Template, settings: Settings, full: ExcelJS.Workbook, dir: string) {
  mkdirSync(dir, { recursive: true });
  for (const unit of settings.units) {
    const one = newWorkbook(template, { ...settings, units: [unit] });
    addMauSheet(one, template);
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

/** `npm start`: a province makes its own form, sets up its 65 communes, and collects a round, with no Google account. */
export async function runDemo(dir: string, out: Out): Promise<number> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const mauFile = join(dir, 'mau.xlsx');
  const file = join(dir, 'lang-son-con-duong-2026.xlsx');
  const folder = join(dir, 'don-vi');
  let step = 0;
  const next = (text: string) => out(t.demoStep(++step, text));

  out(d.title);
  next(d.steps.export);
  const exported = new ExcelJS.Workbook();
  addMauSheet(exported, roads);
  await exported.xlsx.writeFile(mauFile);
  out(`  ${mauFile}`);

  next(d.steps.edit);
  await editMau(mauFile, out);
  const template = await templateFromMauFile(mauFile);
  out(
    messages.mauCliText.checked(
      template.title,
      template.columns.length,
      template.criteria.length,
      template.measures.length,
    ),
  );

  next(d.steps.init);
  const found = findProvince('Lạng Sơn', provinces(COMMUNES_2025));
  if (!('province' in found)) return 2;
  // The office then types each unit's focal email into Cấu hình; example addresses here.
  const units = provinceUnits(found.province).map((u) => ({
    ...u,
    emails: [`${asciiSlug(u.sheet)}@hoiphunu.example.org`],
  }));
  const settings = newSettings(template, units, ['vanphong@hoiphunu.example.org'], 'Năm 2026');
  const wb = newWorkbook(template, settings);
  addMauSheet(wb, template);
  out(
    d.units(
      units.length,
      found.province.name,
      units
        .slice(0, 6)
        .map((u) => `${u.name} (${u.code})`)
        .join(', '),
    ),
  );

  next(d.steps.fill);
  fillWorkbook(wb, settings);
  await wb.xlsx.writeFile(file);
  await splitPerUnit(template, settings, wb, folder);
  out(d.filled(settings.units.length - NOT_SUBMITTED.size, NOT_SUBMITTED.size));

  next(d.steps.validate);
  const opened = await open(file);
  const issues = errorsOf(allIssues(opened));
  for (const i of issues.slice(0, 10)) out(`✗ ${formatIssue(i)}`);
  if (issues.length > 10) out(t.demoMore(issues.length - 10));

  next(d.steps.aggregate);
  const summary = aggregate(opened.loaded.template, opened.inputs);
  if (opened.book) {
    const sheet = new ExcelJS.Workbook();
    writeSummary(sheet, opened.loaded.template, summary, settings.reportTitle, '08:00 17/09/2026');
    await saveSummaryInto(opened.book.pkg, sheet, file);
  }
  out(summaryTable(opened, summary));
  const added = opened.loaded.template.measures.find((m) => m.label === d.newColumn);
  if (added) {
    const counted = summary.units.filter((u) => (u.measures[added.key] ?? null) !== null).length;
    const total = summary.total[added.key] ?? 0;
    out(d.newColumnTotal(added.label, total.toLocaleString('vi-VN'), counted));
  }

  next(d.steps.remind('17/09/2026'));
  await cmdRemind(file, { today: DEMO_TODAY }, out);
  out(d.files(mauFile, file, folder));
  return 0;
}
