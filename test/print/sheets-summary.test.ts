/** Tổng hợp in Google Sheets (fakes over the built bundle): the core's look applied, and the PDF export link. */
import { buildReport, summaryPdfUrl } from '../../src/core';
import { ADMIN, province, road } from '../gas/province';

function summarized(units = 3) {
  const p = province({ units });
  p.g.type(p.units[0].emails[0], 'Tân Yên', 6, 1, [road('Đường hoa', 650), road('Đường sáng', 1250.5)]);
  p.g.call('menuSummarize', [], { user: ADMIN });
  return p;
}

describe('Tổng hợp in Sheets, laid out for people', () => {
  test('money is grouped by thousands, percent carries %, and decimals show only where a measure has them', () => {
    const { g } = summarized();
    const sheet = g.sheet('Tổng hợp');
    const values = g.values('Tổng hợp');
    const header = values[3] as string[];
    const formatOf = (label: string) => sheet._cell(5, header.indexOf(label) + 1).fmt;
    expect(formatOf('Kinh phí (VNĐ)')).toBe('#,##0');
    expect(formatOf('% chỉ tiêu')).toBe('0.0"%"');
    expect(formatOf('Tổng chiều dài (m)')).toBe('#,##0.0');
    expect(formatOf('Số con đường')).toBe('#,##0');
    expect(formatOf('Đơn vị')).toBe('General');
  });

  test('the title block is merged across the table, the table has borders, the header row is tall and frozen', () => {
    const { g } = summarized();
    const sheet = g.sheet('Tổng hợp');
    const width = (g.values('Tổng hợp')[3] as string[]).filter((x) => x !== '').length;
    expect(sheet.merges).toEqual([1, 2, 3].map((r) => `R${r}C1:C${width}`));
    expect(sheet.borders).toEqual([{ a1: `A4:${String.fromCharCode(64 + width)}8`, sides: Array(6).fill(true) }]);
    expect(sheet.rowHeights.get(4)).toBeGreaterThanOrEqual(2 * 21);
    expect(sheet.frozenRows).toBe(4);
    expect(sheet.frozenColumns).toBe(2);
  });

  test('the unit column is wide enough for the longest unit name', () => {
    const { g } = summarized(11);
    const px = g.sheet('Tổng hợp').columnWidths.get(2) ?? 0;
    expect(px).toBeGreaterThanOrEqual('Thành phố Bắc Giang'.length * 7);
  });

  test('In Tổng hợp opens a dialog with the A4 landscape PDF export link of the Tổng hợp sheet', () => {
    const { g, world } = summarized();
    g.call('menuPrintSummary', [], { user: ADMIN });
    const dialog = world.sidebars.pop();
    expect(dialog?.title).toBe('In Tổng hợp');
    const gid = g.sheet('Tổng hợp').id;
    const url = g.call('apiSummaryPdfUrl', [], { user: ADMIN }) as string;
    expect(url).toBe(summaryPdfUrl('fake-spreadsheet-id', gid));
    expect(dialog?.content).toContain(url.replace(/&/g, '&amp;'));
    for (const p of [
      'format=pdf',
      `gid=${gid}`,
      'size=A4',
      'portrait=false',
      'fitw=true',
      'gridlines=false',
      'fzr=true',
    ])
      expect(url).toContain(p);
  });

  test('a unit cannot get the PDF link', () => {
    const { g, units } = summarized();
    expect(() => g.call('apiSummaryPdfUrl', [], { user: units[1].emails[0] })).toThrow();
  });

  test('the report for the sidebar: header parts from Cấu hình defaults and sentences from the figures, as JSON', () => {
    const { g } = summarized();
    const { input, layout } = g.call('apiReportDocument', [], { user: ADMIN });
    // The page writes the text from what the server sends: plain JSON.
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);
    const report = buildReport(input);
    expect(report.parent).toBe('HỘI LHPN TỈNH LẠNG SƠN');
    expect(report.number).toMatch(/\/BC-BTV$/);
    expect(report.placeDate).toBe('Lạng Sơn, ngày 10 tháng 9 năm 2020');
    expect(report.sections[0].paragraphs[0]).toContain('0/3 đơn vị đã nộp báo cáo');
    expect(layout.values[layout.totalRow - 1][1]).toBe('Toàn tỉnh');
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  test('a report date typed in Cấu hình is the day written on the report (Sheets keeps it as midnight in Vietnam)', () => {
    const { g } = summarized();
    const at = g.values('Cấu hình').findIndex((r) => r[0] === 'Ngày báo cáo');
    expect(at).toBeGreaterThan(0);
    g.type(ADMIN, 'Cấu hình', at + 1, 2, [['05/02/2027']]);
    const { input } = g.call('apiReportDocument', [], { user: ADMIN });
    expect(input.date).toBe('2027-02-05');
    expect(buildReport(input).placeDate).toBe('Lạng Sơn, ngày 05 tháng 02 năm 2027');
  });
});
