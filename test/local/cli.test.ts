import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sheetValues } from '../../src/local/xlsx';
import { fill, foreignXlsx, load, tempDir, tongHop } from './helpers';

const road = (name: string, len: unknown, lit = 'Có', camera = '') => [
  name,
  'Thôn Hạ',
  len,
  lit,
  'Có',
  'Có',
  'Có',
  camera,
  '20/6/2020',
  1_000_000,
];
const ROAD_HEADER = [
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

describe('tong-hop templates and init', () => {
  test('templates lists the four ids', () => {
    const r = tongHop(['templates']);
    expect(r.code).toBe(0);
    for (const id of ['bao-cao-dinh-ky', 'gia-dinh-5k3s', 'con-duong-sxsdat', 'de-nghi-khen-thuong'])
      expect(r.stdout).toContain(id);
  });

  test('init from a preset makes Cấu hình, one tab per unit with validation, and Tổng hợp', async () => {
    const dir = tempDir();
    const file = join(dir, 'bg.xlsx');
    const r = tongHop(['init', '--template', 'con-duong-sxsdat', '--preset', 'bac-giang-2020', '--out', file]);
    expect(r.code).toBe(0);
    const wb = await load(file);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('Cấu hình');
    expect(names).toContain('Sơn Động');
    expect(names.at(-1)).toBe('Tổng hợp');
    expect(names).toHaveLength(14);
    const ws = wb.getWorksheet('Tân Yên');
    expect(ws?.getRow(5).values).toEqual([undefined, ...ROAD_HEADER]);
    expect(ws?.getCell('A3').value).toBe('Trạng thái: Chưa nộp');
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: unknown[] }> } })
      .dataValidations.model;
    const lit = Object.entries(dv).find(([range]) => range.startsWith('D6'));
    expect(lit?.[1]).toMatchObject({ type: 'list', formulae: ['"Có,Không"'] });
    const length = Object.entries(dv).find(([range]) => range.startsWith('C6'));
    expect(length?.[1]).toMatchObject({ type: 'decimal' });
    const cfg = sheetValues(wb.getWorksheet('Cấu hình') as never).map((row) => row.join('|'));
    expect(cfg).toContain('DV11|Khối Cơ quan tỉnh|Khối Cơ quan tỉnh|khoicoquantinh@hoiphunu.example.org|1');
    expect(
      cfg.some((l) => l.startsWith('tong-ket|Báo cáo tổng kết và đề nghị khen thưởng|20/09/2020|7, 3, 1, 0|Có')),
    ).toBe(true);
  });

  test('init from a CSV of units, with several emails and a target', async () => {
    const dir = tempDir();
    const csv = join(dir, 'units.csv');
    writeFileSync(csv, 'Tên đơn vị,Email đầu mối,Chỉ tiêu\n"Xã Tân Thành","a@x.vn; b@x.vn",3\nXã Hòa Bình,c@x.vn,\n');
    const file = join(dir, 'out.xlsx');
    expect(tongHop(['init', '--template', 'con-duong-sxsdat', '--units', csv, '--out', file]).code).toBe(0);
    const cfg = sheetValues((await load(file)).getWorksheet('Cấu hình') as never).map((r) => r.join('|'));
    expect(cfg).toContain('DV01|Xã Tân Thành|Xã Tân Thành|a@x.vn; b@x.vn|3');
    expect(cfg).toContain('DV02|Xã Hòa Bình|Xã Hòa Bình|c@x.vn|');
  });

  test('init never overwrites an existing file', () => {
    const dir = tempDir();
    const file = join(dir, 'x.xlsx');
    writeFileSync(file, 'mine');
    const r = tongHop(['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('đã có tệp');
  });
});

describe('validate, aggregate and remind on a workbook', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = tempDir();
    file = join(dir, 'lang-son.xlsx');
    expect(
      tongHop([
        'init',
        '--template',
        'con-duong-sxsdat',
        '--preset',
        'lang-son-2017',
        '--out',
        file,
        '--admin',
        'vp@x.vn',
      ]).code,
    ).toBe(0);
    await fill(file, 'Tràng Định', [road('Đường 1', 600), road('Đường 2', 'năm trăm')]);
    await fill(
      file,
      'Văn Lãng',
      [road('Đường A', 500), road('Đường B', 499)],
      'Trạng thái: Đã nộp 08:15 15/09/2020 bởi vl@x.vn',
    );
  });

  test('validate reports each problem with tab and cell, exit 1', () => {
    const r = tongHop(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Tràng Định!C7: "năm trăm" không phải là số — nhập số mét, ví dụ 500');
  });

  test('validate --json has the documented shape', () => {
    const r = tongHop(['validate', file, '--json']);
    const json = JSON.parse(r.stdout);
    expect(json.issues).toEqual([
      {
        sheet: 'Tràng Định',
        cell: 'C7',
        column: 'Chiều dài (m)',
        value: 'năm trăm',
        severity: 'error',
        message: '"năm trăm" không phải là số — nhập số mét, ví dụ 500',
      },
    ]);
  });

  test('aggregate --json gives per-unit measures and writes only Tổng hợp', async () => {
    const before = await load(file);
    const tabsBefore = before.worksheets.filter((w) => w.name !== 'Tổng hợp').map((w) => [w.name, sheetValues(w)]);
    const r = tongHop(['aggregate', file, '--json']);
    expect(r.code).toBe(1); // Tràng Định still has an error
    const json = JSON.parse(r.stdout);
    expect(json.measures[0]).toEqual({ key: 'soDuong', label: 'Số con đường' });
    const vl = json.units.find((u: { unit: string }) => u.unit === 'Văn Lãng');
    expect(vl).toEqual({
      unit: 'Văn Lãng',
      sheet: 'Văn Lãng',
      status: 'submitted',
      errors: 0,
      measures: expect.objectContaining({ soDuong: 2, duongDat: 1, tongChieuDai: 999 }),
      rank: 1, // the only complete report: Tràng Định has an error, the others no rows
    });
    expect(json.units.find((u: { unit: string }) => u.unit === 'Tràng Định')).toMatchObject({
      status: 'draft',
      errors: 1,
    });
    expect(json.total.duongDat).toBe(2);
    const after = await load(file);
    const tabsAfter = after.worksheets.filter((w) => w.name !== 'Tổng hợp').map((w) => [w.name, sheetValues(w)]);
    expect(tabsAfter).toEqual(tabsBefore);
    const summary = sheetValues(after.getWorksheet('Tổng hợp') as never);
    expect(summary[0][0]).toBe('TỔNG HỢP — Con đường "Sáng - Xanh - Sạch đẹp - An toàn"');
    expect(summary.map((row) => row[1])).toContain('Toàn tỉnh');
  });

  test('aggregate --out writes the summary to another file and leaves the workbook alone', async () => {
    const out = join(dir, 'kq.xlsx');
    const r = tongHop(['aggregate', file, '--out', out]);
    expect(r.stdout).toContain('Toàn tỉnh');
    expect((await load(out)).worksheets.map((w) => w.name)).toEqual(['Tổng hợp']);
  });

  test('aggregate --out never overwrites a workbook that holds more than a summary', async () => {
    const other = join(dir, 'khac.xlsx');
    expect(tongHop(['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--out', other]).code).toBe(
      0,
    );
    const r = tongHop(['aggregate', file, '--out', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không phải tệp tổng hợp');
    expect((await load(other)).worksheets).toHaveLength(13);
  });

  test('remind previews the emails of a day and never sends', () => {
    const r = tongHop(['remind', file, '--today', '2020-09-17', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    const units = json.emails.filter((e: { kind: string }) => e.kind === 'before');
    expect(units).toHaveLength(10); // 11 units, Văn Lãng submitted
    expect(units[0]).toEqual({
      to: ['thanhpholangson@hoiphunu.example.org'],
      unit: 'Thành phố Lạng Sơn',
      deadline: 'tong-ket',
      kind: 'before',
      subject: expect.stringContaining('còn 3 ngày'),
    });
    expect(json.emails.at(-1)).toMatchObject({ kind: 'digest', to: ['vp@x.vn'] });
    expect(json.deferred).toEqual([]);
  });

  test('remind with a small quota defers the rest', () => {
    const json = JSON.parse(tongHop(['remind', file, '--today', '2020-09-20', '--quota', '4', '--json']).stdout);
    expect(json.emails.map((e: { kind: string }) => e.kind)).toEqual(['due', 'due', 'due', 'digest']);
    expect(json.deferred).toHaveLength(7);
  });
});

describe('a folder of unit files, as they arrive by email', () => {
  test('each unit’s own file is used and the summary goes to Tong-hop.xlsx', async () => {
    const dir = tempDir();
    const folder = join(dir, 'nhan');
    mkdirSync(folder);
    const csv = join(dir, 'dv.csv');
    writeFileSync(csv, 'Tên đơn vị,Email đầu mối,Chỉ tiêu\nXã A,a@x.vn,2\nXã B,b@x.vn,\nXã C,c@x.vn,\n');
    // Every unit receives the whole workbook and sends it back with only its own tab filled.
    for (const [unit, rows] of [
      ['Xã A', [road('a1', 700), road('a2', 800)]],
      ['Xã B', [road('b1', 300)]],
    ] as const) {
      const f = join(folder, `${unit}.xlsx`);
      expect(tongHop(['init', '--template', 'con-duong-sxsdat', '--units', csv, '--out', f]).code).toBe(0);
      await fill(f, unit, rows as unknown as unknown[][], `Trạng thái: Đã nộp 08:00 10/09/2020 bởi ${unit}`);
    }
    const r = tongHop(['aggregate', folder, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(
      json.units.map((u: { unit: string; status: string; measures: { duongDat: number | null } }) => [
        u.unit,
        u.status,
        u.measures.duongDat,
      ]),
    ).toEqual([
      ['Xã A', 'submitted', 2],
      ['Xã B', 'submitted', 0],
      ['Xã C', 'draft', 0],
    ]);
    expect(existsSync(join(folder, 'Tong-hop.xlsx'))).toBe(true);
    // A second run does not read its own output as a unit file.
    expect(tongHop(['aggregate', folder, '--json']).code).toBe(0);
  });
});

describe('a workbook saved by another spreadsheet program', () => {
  test('dates and numbers typed as text are read the Vietnamese way', async () => {
    const dir = tempDir();
    const file = join(dir, 'khac.xlsx');
    await foreignXlsx(file, [
      {
        name: 'Cấu hình',
        rows: [
          ['Mẫu báo cáo', 'con-duong-sxsdat'],
          [],
          ['ĐƠN VỊ'],
          ['Mã', 'Tên đơn vị', 'Tên trang tính', 'Email đầu mối', 'Chỉ tiêu'],
          ['X1', 'Xã Mới', 'Xã Mới', 'm@x.vn', '2'],
        ],
      },
      {
        name: 'Xã Mới',
        rows: [
          ['CON ĐƯỜNG'],
          ['Đơn vị: Xã Mới'],
          ['Trạng thái: Chưa nộp'],
          [],
          ROAD_HEADER,
          ['Đường 1', 'Thôn 1', '1.234', 'có', 'CÓ', 'x', 'TRUE', '', '20/9/2020', '15.000.000'],
          ['Đường 2', 'Thôn 2', '500', 'Có', 'Có', 'Có', 'Có', 'Không', '2020-06-01', 2000000],
          ['Đường 3', 'Thôn 3', '499,5', 'Có', 'Có', 'Có', 'Có', '', '01/10/2020', '1,234'],
        ],
      },
    ]);
    const v = JSON.parse(tongHop(['validate', file, '--json']).stdout);
    expect(v.issues.map((i: { cell: string }) => i.cell)).toEqual(['I8', 'J8']);
    const a = JSON.parse(tongHop(['aggregate', file, '--out', join(dir, 'kq.xlsx'), '--json']).stdout);
    expect(a.units[0].measures).toMatchObject({
      soDuong: 3,
      duongDat: 2,
      tongChieuDai: 1234 + 500 + 499.5,
      kinhPhi: 17_000_000,
      datChiTieu: 100,
    });
  });
});

describe('exit codes', () => {
  const dir = tempDir();
  test.each([
    ['a missing file', ['validate', join(dir, 'khong-co.xlsx')], /không tìm thấy/],
    [
      'a file that is not a workbook',
      [
        'validate',
        (() => {
          const f = join(dir, 'gia.xlsx');
          writeFileSync(f, 'not a zip');
          return f;
        })(),
      ],
      /không phải là sổ tính/,
    ],
    [
      // Not one of the tool's own refusals (a Node error underneath): its stack stays hidden all the same.
      'a place to save that goes through a file',
      (() => {
        const f = join(dir, 'so-luu.xlsx');
        tongHop(['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--out', f]);
        return ['aggregate', f, '--out', join(f, 'tong-hop.xlsx')];
      })(),
      /đi qua một tệp/,
    ],
    ['an unknown command', ['tong'], /không có lệnh/],
    ['an unknown option', ['validate', '--khong'], /Lỗi:/],
    ['remind without --today', ['remind', 'x.xlsx'], /thiếu --today/],
    [
      'an unknown template',
      ['init', '--template', 'khong-co', '--preset', 'lang-son-2017', '--out', join(dir, 'a.xlsx')],
      /không có mẫu báo cáo "khong-co"/,
    ],
  ])('%s exits 2 with a one-line reason and no stack', (_, args, message) => {
    const r = tongHop(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  test('a workbook with no settings sheet exits 2', async () => {
    const f = join(dir, 'no-settings.xlsx');
    await foreignXlsx(f, [{ name: 'Sheet1', rows: [['a']] }]);
    const r = tongHop(['validate', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có trang tính "Cấu hình"');
  });

  test('a settings sheet naming an unknown template exits 2', async () => {
    const f = join(dir, 'bad-template.xlsx');
    await foreignXlsx(f, [
      { name: 'Cấu hình', rows: [['Mẫu báo cáo', 'mau-la'], ['ĐƠN VỊ'], ['Mã', 'Tên đơn vị'], ['1', 'A']] },
    ]);
    const r = tongHop(['aggregate', f]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có mẫu báo cáo "mau-la"');
  });

  test('a clean workbook validates with exit 0', async () => {
    const f = join(dir, 'clean.xlsx');
    expect(tongHop(['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--out', f]).code).toBe(0);
    await fill(f, 'Cao Lộc', [road('Đường 1', 600)]);
    expect(tongHop(['validate', f]).code).toBe(0);
  });
});
