/**
 * The Báo cáo dialog in Sheets: asks the server for the report as JSON (apiReportDocument, the add-in's own
 * scopes), builds the same .docx as `tong-hop report` in the browser, and offers it as a download.
 * Text reaches the page through textContent only.
 */
import { Packer } from 'docx';
import type { ReportDocument, SummaryLayout } from '../src/core';
import { reportText, reportPageText as t } from '../src/core/messages/print';
import { reportDocument } from '../src/local/report-docx';

interface Runner {
  withSuccessHandler(f: (v: { report: ReportDocument; layout: SummaryLayout }) => void): Runner;
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

async function offer(data: { report: ReportDocument; layout: SummaryLayout }): Promise<void> {
  const blob = await Packer.toBlob(reportDocument(data.report, data.layout, reportText.recipientsTitle));
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
