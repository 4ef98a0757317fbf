/**
 * Printing the Tổng hợp sheet from Sheets: Apps Script has no print-setup API, so the admin gets a link to
 * Google's own PDF export of the sheet with A4, landscape, fit to width and the frozen header rows repeated.
 * The link opens in the admin's browser session: no new scope. The sidebar can call apiSummaryPdfUrl.
 */
import {
  aggregate,
  calendarDateIn,
  formatDateTimeIn,
  parseReportSettings,
  type ReportInput,
  renderSummary,
  type SummaryLayout,
  summaryPdfUrl,
} from '../core';
import * as messages from '../core/messages';
import { loadContext, readTab, requireAdmin, TIME_ZONE, UserError } from './env';
import { guarded } from './menu';
import { review } from './review';

const p = messages.printText;

/** The PDF export link of the Tổng hợp sheet (admins only: it names the spreadsheet). */
export function apiSummaryPdfUrl(): string {
  const ctx = loadContext();
  requireAdmin(ctx);
  const sheet = ctx.ss.getSheetByName(messages.summaryText.sheet);
  if (!sheet || sheet.getLastRow() === 0) throw new UserError(p.noSummary);
  return summaryPdfUrl(ctx.ss.getId(), sheet.getSheetId());
}

const html = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Menu item: a small dialog holding the link (a script cannot open a browser tab by itself). */
export function menuPrintSummary(): void {
  guarded(() => {
    const url = apiSummaryPdfUrl();
    const page = HtmlService.createHtmlOutput(
      `<div style="font:14px Arial,sans-serif"><p>${html(p.pdfHelp)}</p><p><a href="${html(url)}" target="_blank" rel="noopener">${html(p.pdfLink)}</a></p></div>`,
    )
      .setWidth(420)
      .setHeight(170);
    SpreadsheetApp.getUi().showModalDialog(page, p.pdfDialogTitle);
    return undefined;
  });
}

/**
 * What the official report is written from, as plain JSON: the page writes the text with the core's
 * buildReport (in the browser, so Code.js does not carry the report's sentences) and lays out the .docx
 * with the same `docx` package as the command line. Reads the unit tabs as Tổng hợp does, and Cấu hình
 * once more for its BÁO CÁO block; writes nothing.
 */
export function apiReportDocument(): { input: ReportInput; layout: SummaryLayout } {
  const ctx = loadContext();
  requireAdmin(ctx);
  const { inputs } = review(ctx);
  const summary = aggregate(ctx.template, inputs);
  const now = new Date();
  const layout = renderSummary(ctx.template, summary, ctx.settings.reportTitle, formatDateTimeIn(now, TIME_ZONE));
  // A day typed in Ngày báo cáo is stored as midnight in the sheet's zone: read it there.
  const rs = parseReportSettings(
    readTab(ctx.ss.getSheetByName(messages.settingsLabels.sheet)),
    messages.settingsLabels.sheet,
    ctx.sheetZone,
  );
  const input: ReportInput = {
    template: ctx.template,
    summary,
    reportTitle: ctx.settings.reportTitle,
    period: ctx.settings.period,
    settings: rs.settings,
    date: rs.date ?? calendarDateIn(now, TIME_ZONE),
  };
  return { input, layout };
}

/** Menu item: the Báo cáo dialog, which builds the .docx in the browser from apiReportDocument. */
export function menuReport(): void {
  guarded(() => {
    const ctx = loadContext();
    requireAdmin(ctx);
    const page = HtmlService.createHtmlOutputFromFile('Report').setWidth(460).setHeight(230);
    SpreadsheetApp.getUi().showModalDialog(page, messages.reportPageText.title);
    return undefined;
  });
}
