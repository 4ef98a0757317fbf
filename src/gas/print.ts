/**
 * Printing the Tổng hợp sheet from Sheets: Apps Script has no print-setup API, so the admin gets a link to
 * Google's own PDF export of the sheet with A4, landscape, fit to width and the frozen header rows repeated.
 * The link opens in the admin's browser session: no new scope. The sidebar can call apiSummaryPdfUrl.
 */
import { messages, summaryPdfUrl } from '../core';
import { loadContext, requireAdmin, UserError } from './env';
import { guarded } from './menu';

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
