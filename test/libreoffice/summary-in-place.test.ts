/**
 * A workbook that `aggregate` wrote Tổng hợp into (only the summary's parts of its package replaced, the
 * unit tabs copied through) opened by LibreOffice Calc and saved again: Calc must read every part we
 * wrote — the sheet with inline strings, the styles added to the workbook's own, the print names — and
 * keep the print setup, while the unit tabs read as before.
 */
import { copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { messages } from '../../src/core';
import { readBook } from '../../src/local/xlsx';
import { fill, load, tempDir, tongHop } from '../local/helpers';
import { runCalc } from './soffice';

const FIXTURES = resolve(__dirname, '../fixtures');
const SUMMARY = messages.summaryText.sheet;
const road = (name: string, len: number) => [
  name,
  'Thôn 1',
  len,
  'Có',
  'Có',
  'Có',
  'Không',
  '',
  '20/6/2020',
  1_500_000,
];
const dir = tempDir();

/** A workbook before aggregate, the same after aggregate in place, and that one re-saved by Calc. */
const books = {
  'saved by LibreOffice, Tổng hợp replaced in its place': { in: '', ours: '', calc: '' },
  'made by the tool without Tổng hợp, Tổng hợp added last': { in: '', ours: '', calc: '' },
};

beforeAll(async () => {
  const [fromCalc, fromTool] = Object.values(books);
  fromCalc.in = join(dir, 'calc.xlsx');
  copyFileSync(join(FIXTURES, 'lo-merged.xlsx'), fromCalc.in);
  fromTool.in = join(dir, 'tool.xlsx');
  expect(
    tongHop(['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--out', fromTool.in]).code,
  ).toBe(0);
  await fill(fromTool.in, 'Tràng Định', [road('Đường 1', 600), road('Đường 2', 700)]);
  const wb = await load(fromTool.in);
  wb.removeWorksheet((wb.getWorksheet(SUMMARY) as ExcelJS.Worksheet).id);
  await wb.xlsx.writeFile(fromTool.in);
  for (const b of [fromCalc, fromTool]) {
    b.ours = b.in.replace('.xlsx', '-tong-hop.xlsx');
    b.calc = b.in.replace('.xlsx', '-calc.xlsx');
    copyFileSync(b.in, b.ours);
    expect(tongHop(['aggregate', b.ours]).code).toBe(0);
  }
  runCalc(
    dir,
    [fromCalc, fromTool].map((b) => ({ in: b.ours, out: b.calc })),
  );
}, 240_000);

describe.each(Object.keys(books))('a workbook %s, opened and saved by LibreOffice Calc', (name) => {
  const b = books[name as keyof typeof books];

  test('Calc reads every value of the summary we wrote', async () => {
    const ours = (await readBook(b.ours)).tabs.get(SUMMARY)?.values ?? [];
    const calc = (await readBook(b.calc)).tabs.get(SUMMARY)?.values ?? [];
    expect(ours.some((r) => r.includes('Toàn tỉnh'))).toBe(true);
    const width = ours[0].length;
    expect(calc.slice(0, ours.length).map((r) => r.slice(0, width))).toEqual(ours);
    expect(
      calc
        .slice(ours.length)
        .flat()
        .filter((v) => v !== ''),
    ).toEqual([]);
  });

  test('Calc keeps the print setup: A4 landscape, one page wide, header rows repeated, page numbers', async () => {
    const ws = (await load(b.calc)).getWorksheet(SUMMARY) as ExcelJS.Worksheet;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow?.replace(/\$/g, '')).toBe('4:4');
    expect(ws.headerFooter.oddFooter).toContain('Trang &P');
    expect(ws.getCell('D4').font?.bold).toBe(true);
    expect(ws.getCell('A1').font?.size).toBe(14);
    const money = Array.from({ length: ws.columnCount }, (_, c) => ws.getCell(5, c + 1).numFmt);
    expect(money).toContain('#,##0');
  });

  test('the unit tabs read as they did before aggregate', async () => {
    const before = (await readBook(b.in)).tabs;
    const calc = (await readBook(b.calc)).tabs;
    const units = [...before.keys()].filter((n) => n !== SUMMARY);
    expect(units.length).toBeGreaterThanOrEqual(4);
    for (const unit of units) {
      const was = before.get(unit)?.values ?? [];
      const now = calc.get(unit)?.values ?? [];
      const width = was[0]?.length ?? 0;
      expect(now.slice(0, was.length).map((r) => r.slice(0, width))).toEqual(was);
      expect([...now.slice(was.length), ...now.map((r) => r.slice(width))].flat().filter((v) => v !== '')).toEqual([]);
    }
  });
});
