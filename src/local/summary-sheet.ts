/** The Tổng hợp sheet of a workbook, laid out by the core's summary look: formats, borders, print setup. */
import type ExcelJS from 'exceljs';
import { messages, renderSummary, type Summary, type SummaryCell, type SummaryLayout, type Template } from '../core';

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0FE' } };
const TOTAL_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
/** Points a wrapped line of the default 11 pt font takes, and what the row adds around it. */
const LINE_POINTS = 15;

/** Applies the core's look to a sheet that holds the layout's values from A1. */
export function formatSummarySheet(ws: ExcelJS.Worksheet, layout: SummaryLayout): void {
  const { look } = layout;
  look.widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const r of look.titleRows) {
    ws.mergeCells(r, 1, r, layout.width);
    ws.getRow(r).alignment = { horizontal: 'center', vertical: 'middle' };
  }
  ws.getRow(1).font = { bold: true, size: 14 };
  ws.getRow(1).height = 22;
  ws.getRow(2).font = { italic: true };

  const header = ws.getRow(layout.headerRow);
  header.height = look.headerLines * LINE_POINTS + 6;
  for (let r = layout.headerRow; r <= layout.totalRow; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= layout.width; c++) {
      const cell = row.getCell(c);
      cell.border = box;
      if (r === layout.headerRow) {
        cell.font = { bold: true };
        cell.fill = HEADER_FILL;
        cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
        continue;
      }
      const fmt = look.numberFormats[c - 1];
      if (fmt) cell.numFmt = fmt;
      if (c === 1) cell.alignment = { horizontal: 'center' };
      if (r === layout.totalRow) {
        cell.font = { bold: true };
        cell.fill = TOTAL_FILL;
        cell.border = { ...box, top: { style: 'double', color: { argb: 'FF000000' } } };
      }
    }
  }
  const [from, to] = look.print.repeatRows;
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: look.print.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: look.print.margins,
    printTitlesRow: `${from}:${to}`,
    printArea: `A1:${ws.getColumn(layout.width).letter}${layout.values.length}`,
  };
  ws.headerFooter = { oddFooter: messages.printText.footer, evenFooter: messages.printText.footer };
}

/** Replaces the Tổng hợp sheet (only that sheet) with the summary. */
export function writeSummary(
  wb: ExcelJS.Workbook,
  template: Template,
  summary: Summary,
  reportTitle: string,
  when: string,
): SummaryLayout {
  const name = messages.summaryText.sheet;
  const old = wb.getWorksheet(name);
  if (old) wb.removeWorksheet(old.id);
  const layout = renderSummary(template, summary, reportTitle, when);
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: layout.headerRow, xSplit: layout.unitCol }] });
  ws.addRows(layout.values as SummaryCell[][]);
  formatSummarySheet(ws, layout);
  return layout;
}
