/**
 * The Tổng hợp sheet laid out by the core's summary look, in Sheets: number formats (the spreadsheet's
 * locale decides the separators), widths, the header's height, borders, the title block and the total row.
 * A fixed number of calls, whatever the number of units. Sheets has no print-setup API: paper, orientation
 * and repeated rows are asked for in the PDF export link (print.ts).
 */
import type { SummaryLayout } from '../core';

/** Pixels Sheets needs for a width Excel counts in characters of the default font. */
export const pixels = (chars: number) => Math.round(chars * 7 + 10);
const LINE_PIXELS = 21;

export function formatSummarySheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: SummaryLayout): void {
  const { look, width } = layout;
  const rows = layout.values.length;
  const inTable = (r: number) => r >= layout.firstUnitRow && r <= layout.totalRow;
  sheet
    .getRange(1, 1, rows, width)
    .setNumberFormats(
      layout.values.map((_, r) =>
        Array.from({ length: width }, (_, c) => (inTable(r + 1) && look.numberFormats[c]) || 'General'),
      ),
    );
  look.widths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, pixels(w));
  });
  const titles = sheet.getRange(look.titleRows[0], 1, look.titleRows.length, width);
  titles.mergeAcross().setHorizontalAlignment('center');
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(14);

  const table = sheet.getRange(layout.headerRow, 1, layout.totalRow - layout.headerRow + 1, width);
  table.setBorder(true, true, true, true, true, true);
  sheet
    .getRange(layout.headerRow, 1, 1, width)
    .setFontWeight('bold')
    .setWrap(true)
    .setBackground('#e8f0fe')
    .setHorizontalAlignment('center')
    .setVerticalAlignment('middle');
  sheet.setRowHeight(layout.headerRow, look.headerLines * LINE_PIXELS + 8);
  sheet.getRange(layout.totalRow, 1, 1, width).setFontWeight('bold').setBackground('#f2f2f2');
  // Frozen rows are what Google's PDF export repeats on every page (fzr=true); the unit column stays in view.
  sheet.setFrozenRows(layout.headerRow);
  sheet.setFrozenColumns(layout.unitCol);
}
