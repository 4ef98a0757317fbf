/**
 * The Báo cáo dialog in Sheets: asks the server for the report as JSON (apiReportDocument, the add-in's own
 * scopes), builds the same .docx as `tong-hop report` in the browser, and offers it as a download.
 * Text reaches the page through textContent only.
 */
import { Packer } from 'docx';
import { reportText, reportPageText as t } from '../src/core/messages/print';
import { buildReport, type ReportInput } from '../src/core/report-text';
import type { SummaryLayout } from '../src/core/summary';
import { reportDocument } from '../src/local/report-docx';

interface Runner {
  withSuccessHandler(f: (v: { input: ReportInput; layout: SummaryLayout }) => void): Runner;
  withFailureHandler(f: (e: Error) => void): Runner;
  apiReportDocument(): void;
}
declare const google: { script: { run: Runner } };

const byId = (id: string) => document.getElementById(id) as HTMLElement;
const status = byId('status');

function fail(e: Error): void {
  status.className = 'error';
  status.textContent = t.failed(e.message);
}

async function offer(data: { input: ReportInput; layout: SummaryLayout }): Promise<void> {
  // The report's sentences are written here, from the figures the server sent (see apiReportDocument).
  const report = buildReport(data.input);
  const blob = await Packer.toBlob(reportDocument(report, data.layout, reportText.recipientsTitle));
  const link = document.createElement('a');
  link.id = 'download';
  link.className = 'button';
  link.href = URL.createObjectURL(blob);
  link.download = t.fileName;
  link.textContent = t.download;
  byId('actions').append(link);
  status.textContent = t.ready;
}

byId('hint').textContent = t.settingsHint;
status.textContent = t.building;
google.script.run
  .withSuccessHandler((data) => {
    offer(data).catch(fail);
  })
  .withFailureHandler(fail)
  .apiReportDocument();
