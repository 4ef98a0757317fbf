/** Renders files through LibreOffice headless and reads the PDF back with poppler, as a clerk's printer would see it. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import {
  aggregate,
  formatStatus,
  loadSettings,
  newSettings,
  reviewUnits,
  type Template,
  UNIT_TAB,
  type Unit,
} from '../../src/core';
import { writeSummary } from '../../src/local/summary-sheet';
import { newWorkbook, workbookSource, XLSX_TIME_ZONE } from '../../src/local/xlsx';

/** Converts to PDF in the file's folder with its own LibreOffice profile, in a Vietnamese locale. */
export function toPdf(file: string): string {
  const dir = dirname(file);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
    { env: { ...process.env, LC_ALL: 'vi_VN.UTF-8', LANG: 'vi_VN.UTF-8' }, stdio: 'pipe', timeout: 120_000 },
  );
  return join(dir, basename(file).replace(/\.[a-z]+$/, '.pdf'));
}

export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

/** Each page's size in points and its text laid out as on paper (`pdftotext -layout`). */
export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => [+m[1], +m[2]]);
  return sizes.map(([width, height], i) => ({
    width,
    height,
    text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }),
  }));
}

/** Word boxes of one page (`pdftotext -bbox`), in points from the top left. */
export function pdfWords(pdf: string, page: number): { word: string; xMin: number; xMax: number; yMin: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map(
    (m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], word: m[4] }),
  );
}

export const isA4 = (p: PdfPage) =>
  [Math.round(Math.min(p.width, p.height)), Math.round(Math.max(p.width, p.height))].join('x') === '595x842';

/** The communes of one province from the shared list of 2025 (Bắc Ninh: 99). */
export function communes(province: string): Unit[] {
  const lines = readFileSync(join(__dirname, '../../data/don-vi-hanh-chinh-2025.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  return lines
    .map((l) => l.split(','))
    .filter((c) => c[1] === province)
    .map((c, i) => ({
      code: `DV${String(i + 1).padStart(3, '0')}`,
      name: c[3],
      sheet: c[3].slice(0, 31),
      emails: [`xa${i + 1}@hoiphunu.example.org`],
      target: null,
    }));
}

/** A workbook of the template with `rows(unit, i)` typed into each tab; most units submitted. */
export function filledWorkbook(
  template: Template,
  units: Unit[],
  rows: (unit: Unit, i: number) => unknown[][],
  reportTitle?: string,
): ExcelJS.Workbook {
  const settings = { ...newSettings(template, units, ['vanphong@hoiphunu.example.org'], '6 tháng đầu năm 2027') };
  if (reportTitle) settings.reportTitle = reportTitle;
  const wb = newWorkbook(template, settings);
  units.forEach((u, i) => {
    const ws = wb.getWorksheet(u.sheet);
    if (!ws) throw new Error(u.sheet);
    rows(u, i).forEach((r, k) => {
      ws.getRow(UNIT_TAB.firstDataRow + k).values = r as ExcelJS.CellValue[];
    });
    if (i % 7 !== 3) {
      const day = 5 + (i % 6);
      ws.getCell(UNIT_TAB.statusRow, 1).value = formatStatus({
        state: day > 9 ? 'late' : 'submitted',
        at: `08:15 ${String(day).padStart(2, '0')}/06/2027`,
        by: u.emails[0],
      });
    }
  });
  return wb;
}

/** Aggregates a workbook in memory and writes its summary alone into `file` (as `aggregate --out` does). */
export async function summaryFile(template: Template, wb: ExcelJS.Workbook, file: string) {
  const source = workbookSource(wb, file);
  const settingsValues = source.settings ?? [];
  const loaded = loadSettings(settingsValues);
  if (!loaded.ok) throw new Error(loaded.reason);
  const inputs = reviewUnits(template, loaded.settings, (u) => source.tab(u.sheet), XLSX_TIME_ZONE);
  const summary = aggregate(template, inputs);
  const out = new ExcelJS.Workbook();
  const layout = writeSummary(out, template, summary, loaded.settings.reportTitle, '08:00 12/06/2027');
  await out.xlsx.writeFile(file);
  return { summary, layout };
}
