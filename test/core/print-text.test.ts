import {
  aggregate,
  buildReport,
  formatViNumber,
  newSettings,
  parseReportSettings,
  placeDate,
  presets,
  readStatus,
  renderSettings,
  renderSummary,
  roads,
  shownLength,
  validateSheet,
  wrappedLines,
} from '../../src/core';

describe('the official report text', () => {
  test('numbers are written the Vietnamese way', () => {
    expect(formatViNumber(1462500000)).toBe('1.462.500.000');
    expect(formatViNumber(2830.5, 1)).toBe('2.830,5');
    expect(formatViNumber(-1234)).toBe('-1.234');
    expect(shownLength(1462500000, 0)).toBe('1.462.500.000'.length);
  });

  test('the date line pads days below 10 and the months 1 and 2 (NĐ 30/2020)', () => {
    expect(placeDate('Lạng Sơn', '2027-02-05')).toBe('Lạng Sơn, ngày 05 tháng 02 năm 2027');
    expect(placeDate('Lạng Sơn', '2027-06-12')).toBe('Lạng Sơn, ngày 12 tháng 6 năm 2027');
  });

  test('Cấu hình written by init carries the BÁO CÁO block, read back with its defaults', () => {
    const units = presets['bac-giang-2020'].units();
    const rows = renderSettings(newSettings(roads, units));
    const read = parseReportSettings(rows, 'Cấu hình');
    expect(read.settings.parent).toBe('HỘI LHPN TỈNH LẠNG SƠN');
    expect(read.settings.code).toBe('BC-BTV');
    expect(read.date).toBeNull();
    expect(read.issues).toEqual([]);
  });

  test('a clerk’s values replace the defaults; a bad date names its cell', () => {
    const rows = [
      ['Địa danh', 'Bắc Ninh'],
      ['Người ký', 'Nguyễn Thị Hoa'],
      ['Ngày báo cáo', '31/02/2027'],
    ];
    const read = parseReportSettings(rows, 'Cấu hình');
    expect(read.settings.place).toBe('Bắc Ninh');
    expect(read.settings.signer).toBe('Nguyễn Thị Hoa');
    expect(read.issues.map((i) => i.cell)).toEqual(['B3']);
    expect(parseReportSettings([['Ngày báo cáo', '5/2/2027']], 'Cấu hình').date).toBe('2027-02-05');
  });

  test('the body says who submitted, who is missing, totals against the target, leaders and laggards', () => {
    const units = presets['bac-giang-2020'].units().slice(0, 4);
    const road = (n: string, len: number) => [n, 'Thôn Hạ', len, 'Có', 'Có', 'Có', 'Có', '', '20/6/2020', 2_000_000];
    const tab = (rows: unknown[][], status: string) => [
      ['T'],
      ['Đ'],
      [status],
      ['H'],
      [
        'Tên con đường',
        'Xã/thôn',
        'Chiều dài (m)',
        'Điện thắp sáng ban đêm',
        'Trồng hoa/cây xanh',
        'Sạch, không rác thải',
        'Gắn biển',
        'Camera an ninh',
        'Ngày hoàn thành',
        'Kinh phí vận động (VNĐ)',
      ],
      ...rows,
    ];
    const tabs = [
      tab([road('a', 600), road('b', 700)], 'Trạng thái: Đã nộp 08:00 10/09/2020 bởi a@x.vn'),
      tab([road('c', 600)], 'Trạng thái: Nộp muộn 08:00 21/09/2020 bởi b@x.vn'),
      tab([road('d', 300)], 'Trạng thái: Chưa nộp'),
      null,
    ];
    const inputs = units.map((unit, i) => {
      const v = tabs[i];
      return {
        unit,
        report: v ? validateSheet(roads, unit.sheet, v, 'UTC') : null,
        status: v ? readStatus(v) : { state: 'draft' as const },
      };
    });
    const summary = aggregate(roads, inputs);
    const settings = parseReportSettings([], 'Cấu hình').settings;
    const r = buildReport({
      template: roads,
      summary,
      reportTitle: 'Con đường',
      period: 'Năm 2020',
      settings,
      date: '2020-09-22',
    });
    const text = r.sections.flatMap((s) => s.paragraphs).join('\n');
    expect(text).toContain('2/4 đơn vị đã nộp báo cáo (50%), trong đó 1 đơn vị nộp đúng hạn, 1 đơn vị nộp muộn.');
    expect(text).toContain(`Đơn vị nộp muộn: ${units[1].name}.`);
    expect(text).toContain(`Còn 1 đơn vị chưa nộp báo cáo: ${units[2].name}.`);
    expect(text).toContain(`1 đơn vị chưa có số liệu (không tìm thấy trang tính): ${units[3].name}.`);
    expect(text).toContain('Kinh phí (VNĐ): 8.000.000.');
    expect(text).toMatch(/Đường đạt tiêu chuẩn: đạt 3 trên chỉ tiêu \d+ \(\d+(,\d)?%\)\./);
    expect(text).toContain(`Dẫn đầu về điểm thi đua: ${units[0].name}`);
    expect(r.subject).toBe('Kết quả Con đường, Năm 2020');
    expect(r.number).toMatch(/^Số: \s+\/BC-BTV$/);
  });
});

describe('the summary look', () => {
  test('header labels wrap at word boundaries', () => {
    expect(wrappedLines('Chỉ tiêu (con đường)', 9)).toBe(3);
    expect(wrappedLines('Đơn vị', 20)).toBe(1);
  });

  test('percent columns get %, money is grouped, decimals only where a measure has them, landscape when wide', () => {
    const units = presets['bac-giang-2020'].units();
    const road = (len: number) => ['a', 'Thôn Hạ', len, 'Có', 'Có', 'Có', 'Có', '', '20/6/2020', 1_540_000_000];
    const header = [
      'Tên con đường',
      'Xã/thôn',
      'Chiều dài (m)',
      'Điện thắp sáng ban đêm',
      'Trồng hoa/cây xanh',
      'Sạch, không rác thải',
      'Gắn biển',
      'Camera an ninh',
      'Ngày hoàn thành',
      'Kinh phí vận động (VNĐ)',
    ];
    const summary = aggregate(
      roads,
      units.map((unit, i) => ({
        unit,
        report: validateSheet(roads, unit.sheet, [[], [], [], [], header, road(i ? 600 : 600.5)], 'UTC'),
        status: { state: 'draft' as const },
      })),
    );
    const layout = renderSummary(roads, summary, 'Con đường', '08:00 22/09/2020');
    const col = (label: string) => (layout.values[layout.headerRow - 1] as string[]).indexOf(label);
    const fmt = (label: string) => layout.look.numberFormats[col(label)];
    expect(fmt('Kinh phí (VNĐ)')).toBe('#,##0');
    expect(fmt('% chỉ tiêu')).toBe('0.0"%"');
    expect(fmt('Tổng chiều dài (m)')).toBe('#,##0.0');
    expect(fmt('Số con đường')).toBe('#,##0');
    expect(fmt('Đơn vị')).toBe('');
    expect(layout.look.widths[col('Kinh phí (VNĐ)')]).toBeGreaterThanOrEqual('1.540.000.000'.length);
    expect(layout.look.widths[col('Đơn vị')]).toBeGreaterThanOrEqual('Khối Doanh nghiệp tỉnh'.length);
    expect(layout.look.print.landscape).toBe(true);
    expect(layout.look.print.repeatRows).toEqual([layout.headerRow, layout.headerRow]);
  });
});
