/** `tong-hop report`: the official report (.docx) from a workbook or a folder, as `aggregate` reads them. */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import {
  aggregate,
  buildReport,
  calendarDateIn,
  formatDateTimeIn,
  formatIssue,
  messages,
  parseReportSettings,
  renderSummary,
  VIETNAM_TIME_ZONE,
} from '../core';
import { type Out, open } from './commands';
import { reportDocx } from './report-docx';
import { UsageError } from './xlsx';

const t = messages.reportCliText;

export async function cmdReport(path: string, opts: { out?: string; force?: boolean }, out: Out): Promise<number> {
  if (!opts.out) throw new UsageError(messages.cliText.needArg('--out BAO-CAO.docx'));
  if (!opts.out.toLowerCase().endsWith('.docx')) throw new UsageError(t.notDocx(opts.out));
  if (existsSync(opts.out) && !opts.force) throw new UsageError(messages.cliText.outExists(opts.out));
  const o = await open(path, [], process.stderr.isTTY === true);
  const { template, settings } = o.loaded;
  const summary = aggregate(template, o.inputs);
  const now = new Date();
  const layout = renderSummary(template, summary, settings.reportTitle, formatDateTimeIn(now, VIETNAM_TIME_ZONE));
  const rs = parseReportSettings(o.source.settings, messages.settingsLabels.sheet);
  for (const i of rs.issues) out(`! ${formatIssue(i)}`);
  const report = buildReport({
    template,
    summary,
    reportTitle: settings.reportTitle,
    period: settings.period,
    settings: rs.settings,
    date: rs.date ?? calendarDateIn(now, VIETNAM_TIME_ZONE),
  });
  const bytes = await reportDocx(report, layout, messages.reportText.recipientsTitle);
  // Written aside, then renamed: a write cut half-way never leaves a broken report under the real name.
  const temp = `${opts.out}.tmp-${process.pid}`;
  writeFileSync(temp, bytes);
  renameSync(temp, opts.out);
  out(t.written(opts.out, t.parts));
  return 0;
}
