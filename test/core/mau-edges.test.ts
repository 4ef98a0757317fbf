/**
 * The Mẫu sheet as a clerk edits it, at its edges: tables with only the headers they need, keys made up and
 * kept apart, every kind of condition, defaults of each table, and each problem said at its own cell. Each
 * test fails with one of the survivors Stryker found in src/core/mau.ts put back (docs/mutation.md).
 */
import { keyFromLabel, type MauResult, mauErrorText, messages, readMau, renderMau, roads } from '../../src/core';

const m = messages.mauMessages;
const TZ = 'Asia/Ho_Chi_Minh';
type Rows = unknown[][];

/** A small Mẫu: the top block, then each table given (its header row first) under its section title. */
function mau(
  tables: {
    top?: Rows;
    columns?: Rows | null;
    derived?: Rows;
    rules?: Rows;
    measures?: Rows;
    score?: Rows;
    deadlines?: Rows;
  } = {},
): Rows {
  const rows: Rows = [
    ...(tables.top ?? [
      ['Tên mẫu', 'Hộ nghèo'],
      ['Mỗi dòng là', 'hộ'],
    ]),
  ];
  const section = (title: string, body: Rows | undefined) => {
    if (body) rows.push([], [title], ...body);
  };
  if (tables.columns !== null)
    section(
      'CỘT',
      tables.columns ?? [
        ['Tên cột', 'Kiểu'],
        ['Tên hộ', 'Chữ'],
        ['Số người', 'Số nguyên'],
      ],
    );
  section('CỘT TÍNH THÊM', tables.derived);
  section('QUY TẮC GIỮA CÁC CỘT', tables.rules);
  section(
    'CHỈ SỐ TỔNG HỢP',
    tables.measures ?? [
      ['Tên chỉ số', 'Cách tính', 'Cột'],
      ['Số hộ', 'Số dòng'],
    ],
  );
  section('ĐIỂM XẾP HẠNG', tables.score);
  section('HẠN NỘP', tables.deadlines);
  return rows;
}
const read = (rows: Rows): MauResult => readMau(rows, TZ);
const ok = (rows: Rows) => {
  const r = read(rows);
  if (!r.template) throw new Error(JSON.stringify(r.issues, null, 1));
  return r.template;
};
/** The sheet row (1-based) whose cell in column `col` (0-based) holds `text`: a table's header row. */
const rowOf = (rows: Rows, text: string, col = 0) => rows.findIndex((x) => x[col] === text) + 1;
/** The problems as `cell: message` (severity added for warnings). */
const said = (rows: Rows) =>
  read(rows).issues.map((i) => `${i.cell}: ${i.message}${i.severity === 'warning' ? ' (cảnh báo)' : ''}`);

describe('a Mẫu with only the headers it needs', () => {
  test('Tên cột and Kiểu alone make a form; the keys and the form’s code come from the names', () => {
    const t = ok(
      mau({
        top: [
          ['Tên mẫu', 'Hộ nghèo 2027'],
          ['Mỗi dòng là', 'hộ'],
        ],
      }),
    );
    expect(t.id).toBe('ho-ngheo2027');
    expect(t.columns).toEqual([
      { key: 'tenHo', label: 'Tên hộ', type: 'text', required: false },
      { key: 'soNguoi', label: 'Số người', type: 'integer', required: false },
    ]);
    expect(t.measures).toEqual([{ key: 'soHo', label: 'Số hộ', agg: 'count' }]);
    // No Mã cột column: the made-up keys are written nowhere (column A is Tên cột here).
    expect(read(mau()).filled).toEqual([]);
  });

  test('a name that starts with a digit gets a key that starts with a letter', () => {
    expect(keyFromLabel('2 con đường')).toBe('c2ConDuong');
    const t = ok(
      mau({
        columns: [
          ['Tên cột', 'Kiểu'],
          ['5 tiêu chí', 'Số'],
        ],
      }),
    );
    expect(t.columns[0].key).toBe('c5TieuChi');
  });

  test('two names that give the same key get the second a number; a key typed later keeps its own', () => {
    const rows = mau({
      columns: [
        ['Mã cột', 'Tên cột', 'Kiểu'],
        ['', 'Chiều dài (m)', 'Số'],
        ['', 'Chiều dài m', 'Số'],
        ['', 'Số hộ', 'Số'],
        ['soHo', 'Số hộ nghèo', 'Số'],
      ],
    });
    const r = read(rows);
    expect(r.template?.columns.map((c) => c.key)).toEqual(['chieuDaiM', 'chieuDaiM2', 'soHo2', 'soHo']);
    const head = rowOf(rows, 'Mã cột');
    expect(r.filled).toEqual([
      { row: head + 1, col: 1, value: 'chieuDaiM' },
      { row: head + 2, col: 1, value: 'chieuDaiM2' },
      { row: head + 3, col: 1, value: 'soHo2' },
    ]);
  });
});

describe('each problem said at its own cell', () => {
  test('a label the top block does not know is said with the nearest one; a label with nothing beside it is not', () => {
    const rows = mau({
      top: [['Tên mẫu', 'Hộ nghèo'], ['Mỗi dòng là', 'hộ'], ['Tên mẫuu', 'x'], ['Ghi chú của tỉnh']],
    });
    expect(said(rows)).toEqual([`A3: ${m.unknownTop('Tên mẫuu', 'Tên mẫu')}`]);
  });

  test('an unknown and a doubled header are said at their columns, a missing one in full', () => {
    const rows = mau({
      columns: [
        ['Tên cột', 'Kiểu', 'Kiểuu', 'Tên cột'],
        ['Tên hộ', 'Chữ'],
      ],
    });
    const head = rowOf(rows, 'Tên cột');
    expect(said(rows)).toEqual([
      `C${head}: ${m.unknownHeader('Kiểuu', 'Kiểu')}`,
      `D${head}: ${m.duplicateHeader('Tên cột')}`,
    ]);
    const missing = read(mau({ columns: [['Tên cột'], ['Tên hộ']] }));
    expect(missing.template).toBeNull();
    expect(missing.issues).toEqual([
      {
        sheet: 'Mẫu',
        cell: `A${head}`,
        row: head,
        col: 1,
        column: '',
        value: '',
        severity: 'error',
        message: m.missingHeader('CỘT', 'Kiểu'),
      },
    ]);
  });

  test('no CỘT table, or one with no rows, is said once at the top', () => {
    const none = read(mau({ columns: null }));
    expect(none.issues.map((i) => [i.cell, i.message, i.column, i.value])).toEqual([['A1', m.noColumns, '', '']]);
    const empty = mau({ columns: [['Tên cột', 'Kiểu']] });
    const at = rowOf(empty, 'Tên cột');
    expect(read(empty).issues.map((i) => [i.cell, i.message, i.column, i.value])).toEqual([
      [`A${at}`, m.noColumnRows, '', ''],
    ]);
  });

  test('a column row with a key but no name, and a limit on a text column, are errors at their cells', () => {
    const rows = mau({
      columns: [
        ['Mã cột', 'Tên cột', 'Kiểu', 'Nhỏ nhất'],
        ['tenHo', 'Tên hộ', 'Chữ', '5'],
        ['soNguoi', '', 'Số'],
      ],
    });
    const head = rowOf(rows, 'Mã cột');
    expect(said(rows)).toEqual([`D${head + 1}: ${m.limitNotUsed('5')}`, `B${head + 2}: ${m.needLabel}`]);
  });

  test('choices on a column that is not a list are a warning: the form is still read', () => {
    const rows = mau({
      columns: [
        ['Tên cột', 'Kiểu', 'Danh sách chọn'],
        ['Tên hộ', 'Chữ', 'Nghèo; Cận nghèo'],
      ],
    });
    const head = rowOf(rows, 'Tên cột');
    const r = read(rows);
    expect(r.issues.map((i) => [i.cell, i.severity, i.message])).toEqual([
      [`C${head + 1}`, 'warning', m.choicesIgnored],
    ]);
    expect(r.template?.columns[0]).toEqual({ key: 'tenHo', label: 'Tên hộ', type: 'text', required: false });
  });

  test('more than 12 errors: the first 12 are listed and the rest counted', () => {
    const rows = mau({
      columns: [
        ['Tên cột', 'Kiểu', 'Danh sách chọn'],
        ['Ghi chú', 'Chữ', 'a; b'],
        ...Array.from({ length: 14 }, (_, i) => [`Cột ${i + 1}`, 'Kiểu lạ']),
      ],
    });
    expect(read(rows).issues.filter((i) => i.severity === 'warning')).toHaveLength(1);
    const text = mauErrorText(read(rows).issues);
    expect(text.split('\n')).toHaveLength(1 + 12 + 1);
    expect(text).toContain('Mẫu!B18:');
    expect(text).not.toContain('Mẫu!B19:');
    expect(mauErrorText(read(rows).issues, 14)).not.toContain('khác');
    expect(mauErrorText(read(rows).issues, 13)).toContain(m.more(1));
    expect(text).toContain(m.more(2));
    expect(text.split('\n')[0]).toBe('trang Mẫu có 14 lỗi — sửa rồi chạy lại (chưa thay đổi gì):');
  });
});

describe('the CỘT TÍNH THÊM, QUY TẮC and CHỈ SỐ tables', () => {
  const columns = [
    ['Mã cột', 'Tên cột', 'Kiểu', 'Tổng hợp'],
    ['tenHo', 'Tên hộ', 'Chữ', ''],
    ['chieuDai', 'Chiều dài (m)', 'Số', 'Tổng'],
    ['kinhPhi', 'Kinh phí', 'Số', ''],
  ];

  test('a column named by its label in any case, or by its key in capitals, is found', () => {
    const t = ok(
      mau({
        columns,
        derived: [
          ['Mã', 'Tên', 'Cách tính', 'Tử số', 'Mẫu số'],
          ['', '', 'Tỷ lệ %', 'chiều dài (m)', 'KINHPHI'],
        ],
      }),
    );
    expect(t.derived).toEqual([
      { key: 'giatri', label: '', kind: 'ratio', numerator: 'chieuDai', denominator: 'kinhPhi' },
    ]);
  });

  test('a derived value with no column, or an unknown way to compute, is said at its cell', () => {
    const rows = mau({
      columns,
      derived: [
        ['Mã', 'Tên', 'Cách tính', 'Tử số', 'Mẫu số'],
        ['tyLe', 'Tỷ lệ', 'Tỷ lệ %', '', 'kinhPhi'],
        ['dat', 'Đạt', 'Đạt hết'],
      ],
    });
    const head = rowOf(rows, 'Cách tính', 2);
    expect(said(rows)).toEqual([
      `D${head + 1}: ${m.needColumn}`,
      `C${head + 2}: ${m.unknownAgg('Đạt hết', null, ['Tỷ lệ %', 'Đạt mọi tiêu chí'])}`,
    ]);
  });

  test('rules without a code are numbered, and without a level they are errors', () => {
    const t = ok(
      mau({
        columns,
        rules: [
          ['Cột trái', 'So sánh', 'Cột phải', 'Thông báo'],
          ['chieuDai', '> =', 'kinhPhi', 'A'],
          ['chieuDai', '<=', 'kinhPhi', 'B'],
        ],
      }),
    );
    expect(t.rules.map((r) => [r.key, r.op, r.severity])).toEqual([
      ['quyTac1', '>=', 'error'],
      ['quyTac2', '<=', 'error'],
    ]);
  });

  test('measures without a key take one from their name, numbered when two share it; one with no name is said', () => {
    const rows = mau({
      columns,
      measures: [
        ['Mã', 'Tên chỉ số', 'Cách tính', 'Cột'],
        ['', 'Số hộ', 'Số dòng'],
        ['', 'Số hộ', 'Số dòng đạt'],
        ['', '', 'Số dòng'],
        ['', 'Kinh phí', 'Tổng cộng', 'kinhPhi'],
      ],
    });
    const head = rowOf(rows, 'Tên chỉ số', 1);
    expect(said(rows)).toEqual([
      `B${head + 3}: ${m.needMeasureLabel}`,
      `C${head + 4}: ${m.unknownAgg('Tổng cộng', null, aggFirsts())}`,
    ]);
    const fine = ok(mau({ columns, measures: rows.slice(head - 1, head + 2) }));
    expect(fine.measures.map((x) => x.key)).toEqual(['soHo', 'soHo2', 'chieuDai']);
  });

  test('a column’s own Tổng whose key a measure of another kind already has gets a number', () => {
    const t = ok(
      mau({
        columns,
        measures: [
          ['Mã', 'Tên chỉ số', 'Cách tính', 'Cột'],
          ['chieuDai', 'Dài nhất', 'Lớn nhất', 'chieuDai'],
        ],
      }),
    );
    expect(t.measures).toEqual([
      { key: 'chieuDai', label: 'Dài nhất', agg: 'max', column: 'chieuDai' },
      { key: 'chieuDai2', label: 'Chiều dài (m)', agg: 'sum', column: 'chieuDai' },
    ]);
  });

  test('a form with columns but no measure at all is told to add one, at the CHỈ SỐ table', () => {
    const rows = mau({ measures: [['Tên chỉ số', 'Cách tính']] });
    const head = rowOf(rows, 'Tên chỉ số');
    expect(said(rows)).toEqual([`A${head}: ${m.noMeasures}`]);
  });

  test('a CHỈ SỐ table missing Cách tính stops there: nothing refers to measures it could not read', () => {
    const rows = mau({
      measures: [['Tên chỉ số'], ['Số hộ']],
      score: [
        ['Chỉ số', 'Trọng số'],
        ['soHo', 1],
      ],
      top: [
        ['Tên mẫu', 'Hộ nghèo'],
        ['Mỗi dòng là', 'hộ'],
        ['Biểu đồ theo chỉ số', 'soHo'],
      ],
    });
    const head = rowOf(rows, 'Tên chỉ số');
    expect(said(rows)).toEqual([`A${head}: ${m.missingHeader('CHỈ SỐ TỔNG HỢP', 'Cách tính')}`]);
  });
});

/** The names of the ways to compute a measure, as the message lists them. */
function aggFirsts(): string[] {
  return Object.values(messages.mauText.aggs).map((w) => w[0]);
}

describe('Điều kiện đạt for every kind of column', () => {
  const columns = (type: string, condition: string, choices = '') => [
    ['Tên cột', 'Kiểu', 'Danh sách chọn', 'Điều kiện đạt', 'Mức tiêu chí'],
    ['Mục', type, choices, condition, ''],
  ];
  const when = (type: string, condition: string, choices = '') => {
    const r = read(mau({ columns: columns(type, condition, choices) }));
    return r.template ? r.template.criteria[0] : r.issues.map((i) => i.message);
  };

  test('a text column: "= x", "!= x", or x alone (meaning =); "Có nhập" for any value; no > or <', () => {
    expect(when('Chữ', '= Đạt')).toMatchObject({ when: { column: 'muc', op: '=', value: 'Đạt' }, encouraged: false });
    expect(when('Chữ', '!= Đạt')).toMatchObject({ when: { op: '!=', value: 'Đạt' } });
    expect(when('Chữ', 'Đạt')).toMatchObject({ when: { op: '=', value: 'Đạt' } });
    expect(when('Chữ', 'Có nhập')).toMatchObject({
      key: 'mucDat',
      label: 'Mục',
      when: { column: 'muc', op: 'notEmpty' },
    });
    expect(when('Chữ', '> Đạt')).toEqual([m.badCondition('> Đạt', '= Có')]);
    // A comparison with nothing to compare with.
    expect(when('Chữ', '=')).toEqual([m.badCondition('=', '= Có')]);
  });

  test('a list column: one of its choices however it is typed, = or != only, else the choices are named', () => {
    const list = 'Tập thể; Cá nhân';
    expect(when('Danh sách', '= TẬP  THỂ', list)).toMatchObject({ when: { op: '=', value: 'Tập thể' } });
    expect(when('Danh sách', 'Cá nhân', list)).toMatchObject({ when: { op: '=', value: 'Cá nhân' } });
    expect(when('Danh sách', '!= Cá nhân', list)).toMatchObject({ when: { op: '!=', value: 'Cá nhân' } });
    expect(when('Danh sách', '= Hộ', list)).toEqual([m.conditionNotChoice('Hộ', ['Tập thể', 'Cá nhân'])]);
    expect(when('Danh sách', '>= Cá nhân', list)).toEqual([m.badCondition('>= Cá nhân', '= Tập thể')]);
  });

  test('a date column: a comparison and a day; a day alone is not enough', () => {
    expect(when('Ngày', '<= 30/09/2020')).toMatchObject({ when: { op: '<=', value: '2020-09-30' } });
    expect(when('Ngày', '30/09/2020')).toEqual([m.badCondition('30/09/2020', '<= 30/09/2020')]);
    expect(when('Ngày', '<= cuối tháng')).toEqual([m.badCondition('<= cuối tháng', '<= 30/09/2020')]);
  });

  test('a percent column compares numbers; a yes/no column takes Có or Không with = or != only', () => {
    expect(when('Phần trăm', '>= 50')).toMatchObject({ when: { op: '>=', value: 50 } });
    expect(when('Có/Không', '!= Có')).toMatchObject({ when: { op: '!=', value: true } });
    expect(when('Có/Không', '> Có')).toEqual([m.badCondition('> Có', 'Có')]);
    expect(when('Số', '>=')).toEqual([m.badCondition('>=', '>= 500')]);
  });

  test('each kind of condition is written back as a clerk would type it', () => {
    const written = (type: string, condition: string, choices = '') => {
      const rows = renderMau(ok(mau({ columns: columns(type, condition, choices) })));
      const head = rows.findIndex((r) => r.includes('Điều kiện đạt'));
      const at = rows[head].indexOf('Điều kiện đạt');
      return rows[head + 1][at];
    };
    expect(written('Chữ', 'Có nhập')).toBe('Có nhập');
    expect(written('Chữ', '02/10')).toBe('= 02/10');
    expect(written('Có/Không', 'Có')).toBe('Có');
    expect(written('Có/Không', '!= Có')).toBe('!= Có');
    expect(written('Số', '>= 500')).toBe('>= 500');
  });

  test('a date condition is written back as a day, and read again the same', () => {
    const t = ok(mau({ columns: columns('Ngày', '<= 30/09/2020') }));
    const rows = renderMau(t);
    expect(rows.flat()).toContain('<= 30/09/2020');
    expect(read(rows).template).toStrictEqual(t);
  });
});

describe('the top block and HẠN NỘP', () => {
  test('no title, no row noun, and a code with capitals or spaces are said at their rows', () => {
    const rows = mau({
      top: [
        ['Mã mẫu', 'Hộ Nghèo'],
        ['Tên mẫu', ''],
        ['Mỗi dòng là', ''],
      ],
    });
    expect(said(rows)).toEqual([`B2: ${m.needTitle}`, `B1: ${m.badId('Hộ Nghèo')}`, `B3: ${m.needRowNoun}`]);
    // Good at the start is not enough: the whole code is checked.
    const tail = mau({
      top: [
        ['Mã mẫu', 'ho-ngheo 2020'],
        ['Tên mẫu', 'Hộ nghèo'],
        ['Mỗi dòng là', 'hộ'],
      ],
    });
    expect(said(tail)).toEqual([`B1: ${m.badId('ho-ngheo 2020')}`]);
    const missing = read(mau({ top: [['Mã mẫu', 'ho-ngheo']] }));
    expect(missing.issues.map((i) => [i.cell, i.column, i.value, i.message])).toEqual([
      ['B1', 'Tên mẫu', '', m.needTitle],
      ['B1', 'Mỗi dòng là', '', m.needRowNoun],
    ]);
  });

  test('a chart or target measure nobody has, a target that is no number, a target without its measure', () => {
    const top = (...extra: Rows) => [['Tên mẫu', 'Hộ nghèo'], ['Mỗi dòng là', 'hộ'], ...extra];
    expect(said(mau({ top: top(['Biểu đồ theo chỉ số', 'soHoo']) }))).toEqual([
      `B3: ${m.unknownMeasure('soHoo', 'soHo')}`,
    ]);
    expect(said(mau({ top: top(['Chỉ tiêu mặc định', 'chín'], ['Chỉ tiêu tính theo chỉ số', 'soHo']) }))).toEqual([
      `B3: ${m.badTarget('chín')}`,
    ]);
    // A target must be above 0.
    expect(said(mau({ top: top(['Chỉ tiêu mặc định', 0], ['Chỉ tiêu tính theo chỉ số', 'soHo']) }))).toEqual([
      `B3: ${m.badTarget('0')}`,
    ]);
    // A target measure named without a default is said too, even with no % chỉ tiêu measure.
    expect(said(mau({ top: top(['Chỉ tiêu tính theo chỉ số', 'soHo']) }))).toEqual([`B1: ${m.targetNeedsDefault}`]);
    const noMeasure = read(mau({ top: top(['Chỉ tiêu mặc định', 9]) }));
    expect(noMeasure.issues.map((i) => [i.cell, i.column, i.value, i.message])).toEqual([
      ['B3', 'Chỉ tiêu tính theo chỉ số', '', m.targetNeedsMeasure],
    ]);
    const noDefault = read(
      mau({
        measures: [
          ['Tên chỉ số', 'Cách tính'],
          ['Số hộ', 'Số dòng'],
          ['Đạt chỉ tiêu', '% chỉ tiêu'],
        ],
      }),
    );
    expect(noDefault.issues.map((i) => [i.cell, i.column, i.value, i.message])).toEqual([
      ['B1', 'Chỉ tiêu mặc định', '', m.targetNeedsDefault],
    ]);
  });

  test('deadlines: numbered codes, the date as title, reminders 7, 3, 1, 0 and overdue notices unless said', () => {
    const t = ok(
      mau({
        deadlines: [
          ['Mã', 'Nội dung', 'Ngày', 'Nhắc trước (ngày)', 'Báo quá hạn'],
          ['', '', '20/09/2020', '', ''],
          ['', 'Giữa kỳ', '10/06', '5', 'Không'],
        ],
      }),
    );
    expect(t.deadlines).toEqual([
      { code: 'han-1', title: '20/09/2020', date: '20/09/2020', offsets: [7, 3, 1, 0], overdue: true },
      { code: 'han-2', title: 'Giữa kỳ', date: '10/06', offsets: [5], overdue: false },
    ]);
  });

  test('a deadline that is no day, reminders that are no days, overdue that is neither Có nor Không', () => {
    const rows = mau({
      deadlines: [
        ['Ngày', 'Nhắc trước (ngày)', 'Báo quá hạn'],
        ['cuối tháng 9', '', ''],
        ['20/09/2020', '7, -1', ''],
        ['20/09/2020', '', 'Chắc chắn'],
      ],
    });
    const head = rowOf(rows, 'Ngày');
    expect(said(rows)).toEqual([
      `A${head + 1}: ${m.badDeadline('cuối tháng 9')}`,
      `B${head + 2}: ${m.badOffsets('7, -1')}`,
      `C${head + 3}: ${m.badYesNo('Chắc chắn')}`,
    ]);
  });
});

describe('writing a form out as a Mẫu', () => {
  test('a warning rule is written Cảnh báo and read back a warning', () => {
    const t = {
      ...roads,
      rules: [
        {
          key: 'r',
          left: 'chieuDai',
          op: '>=' as const,
          right: 'kinhPhi',
          severity: 'warning' as const,
          message: 'Lạ',
        },
      ],
    };
    const rows = renderMau(t);
    expect(rows.find((r) => r[0] === 'r')).toContain('Cảnh báo');
    expect(read(rows).template?.rules).toEqual(t.rules);
  });

  test('a form without scores leaves the ĐIỂM XẾP HẠNG table empty', () => {
    const rows = renderMau({ ...roads, score: undefined });
    const head = rows.findIndex((r) => r[0] === 'Chỉ số' && r[1] === 'Trọng số');
    expect(rows[head + 1].every((v) => v === '')).toBe(true);
  });
});

describe('a column’s own Tổng hợp, and cells as a spreadsheet gives them', () => {
  const summary = (type: string, sum: string, condition = '') =>
    read(
      mau({
        columns: [
          ['Tên cột', 'Kiểu', 'Điều kiện đạt', 'Tổng hợp'],
          ['Mục', type, condition, sum],
        ],
        measures: [
          ['Tên chỉ số', 'Cách tính'],
          ['Số hộ', 'Số dòng'],
        ],
      }),
    );

  test('Đếm Có counts a yes/no column itself, and a number column by its criterion', () => {
    expect(summary('Có/Không', 'Đếm Có').template?.measures[1]).toEqual({
      key: 'muc',
      label: 'Mục',
      agg: 'countYes',
      column: 'muc',
    });
    expect(summary('Số', 'Đếm Có', '>= 500').template?.measures[1]).toEqual({
      key: 'mucDat',
      label: 'Mục',
      agg: 'countYes',
      column: 'mucDat',
    });
  });

  test('Đếm Có on a text column without a condition, and Tổng on a yes/no column, are refused', () => {
    expect(summary('Chữ', 'Đếm Có').issues.map((i) => i.message)).toEqual([m.summaryNeedsYesNo('Đếm Có')]);
    expect(summary('Có/Không', 'Tổng').issues.map((i) => i.message)).toEqual([m.summaryNeedsNumber('Tổng')]);
  });

  test('empty cells given as null (as an .xlsx reader gives them) read as empty', () => {
    const t = ok([
      ['Tên mẫu', 'Hộ nghèo', null],
      ['Mỗi dòng là', 'hộ', null],
      [null, null, null],
      ['CỘT', null, null],
      ['Tên cột', 'Kiểu', 'Bắt buộc'],
      ['Tên hộ', 'Chữ', null],
      [null, null, null],
      ['CHỈ SỐ TỔNG HỢP', null, null],
      ['Tên chỉ số', 'Cách tính', null],
      ['Số hộ', 'Số dòng', null],
    ]);
    expect(t.columns).toEqual([{ key: 'tenHo', label: 'Tên hộ', type: 'text', required: false }]);
  });

  test('checkboxes in Báo quá hạn read as Có and Không', () => {
    const t = ok(
      mau({
        deadlines: [
          ['Ngày', 'Báo quá hạn'],
          ['20/09/2020', true],
          ['10/06', false],
        ],
      }),
    );
    expect(t.deadlines.map((d) => d.overdue)).toEqual([true, false]);
  });
});

test('numbers typed as numbers are kept as they are, numbers typed as text are read the Vietnamese way', () => {
  const t = ok(
    mau({
      columns: [
        ['Tên cột', 'Kiểu', 'Nhỏ nhất', 'Lớn nhất'],
        ['Kinh phí', 'Số', '1.000', 2.5e6],
        ['Tỷ lệ', 'Số', 0.5, '1,5'],
      ],
      measures: [
        ['Mã', 'Tên chỉ số', 'Cách tính', 'Cột'],
        ['kp', 'Kinh phí', 'Tổng', 'kinhPhi'],
      ],
      score: [
        ['Chỉ số', 'Trọng số'],
        ['kp', 1.125],
      ],
    }),
  );
  expect(t.columns.map((c) => [c.min, c.max])).toEqual([
    [1000, 2_500_000],
    [0.5, 1.5],
  ]);
  expect(t.score?.weights).toEqual([{ measure: 'kp', weight: 1.125 }]);
});

test('a note beside the Mẫu’s title or its help line is no unknown label', () => {
  const rows = mau();
  rows.unshift(['MẪU BÁO CÁO', '', 'Bản sửa 2'], [messages.mauText.help, '', 'đọc kỹ']);
  expect(said(rows)).toEqual([]);
});

test('a section with its title and nothing under it is an empty table, not a problem', () => {
  const t = ok([...mau(), [], ['QUY TẮC GIỮA CÁC CỘT'], [], ['CỘT TÍNH THÊM']]);
  expect([t.rules, t.derived]).toEqual([[], []]);
});

test('a key typed twice is said at the second, naming the row of the first', () => {
  const rows = mau({
    columns: [
      ['Mã cột', 'Tên cột', 'Kiểu'],
      ['soHo', 'Số hộ', 'Số'],
      ['soHo', 'Số hộ nghèo', 'Số'],
    ],
  });
  const head = rowOf(rows, 'Mã cột');
  expect(said(rows)).toEqual([`A${head + 2}: ${m.duplicateKey('soHo', head + 1)}`]);
});

test('Bắt buộc reads Có, x, true and Không, false; a key with marks or spaces, and a blank Kiểu, are said', () => {
  const t = ok(
    mau({
      columns: [
        ['Tên cột', 'Kiểu', 'Bắt buộc'],
        ['A', 'Chữ', 'x'],
        ['B', 'Chữ', 'true'],
        ['C', 'Chữ', 'false'],
        ['D', 'Chữ', 'Không'],
        ['E', 'Chữ', 'có'],
      ],
    }),
  );
  expect(t.columns.map((c) => c.required)).toEqual([true, true, false, false, true]);
  const rows = mau({
    columns: [
      ['Mã cột', 'Tên cột', 'Kiểu'],
      ['số hộ', 'Số hộ', 'Số'],
      ['', 'Ghi chú', ''],
    ],
  });
  const head = rowOf(rows, 'Mã cột');
  expect(said(rows)).toEqual([
    `A${head + 1}: ${m.badKey('số hộ', 'soHo')}`,
    `C${head + 2}: ${m.needType(['Số nguyên', 'Số', 'Phần trăm', 'Có/Không', 'Ngày', 'Danh sách', 'Chữ'])}`,
  ]);
});

test('a limit that is no day or no number, and a minimum above the maximum, are said at their cells', () => {
  const rows = mau({
    columns: [
      ['Tên cột', 'Kiểu', 'Nhỏ nhất', 'Lớn nhất'],
      ['Ngày xong', 'Ngày', 'đầu năm', '30/09/2020'],
      ['Số hộ', 'Số', 'năm', 10],
      ['Số người', 'Số', 20, 10],
      ['Ngày bắt đầu', 'Ngày', '01/10/2020', '30/09/2020'],
    ],
  });
  const head = rowOf(rows, 'Tên cột');
  expect(said(rows)).toEqual([
    `C${head + 1}: ${m.badDate('đầu năm')}`,
    `C${head + 2}: ${m.badNumber('năm')}`,
    `D${head + 3}: ${m.minAboveMax('20', '10')}`,
    `D${head + 4}: ${m.minAboveMax('01/10/2020', '30/09/2020')}`,
  ]);
  const t = ok(
    mau({
      columns: [
        ['Tên cột', 'Kiểu', 'Nhỏ nhất', 'Lớn nhất'],
        ['Ngày xong', 'Ngày', '01/01/2020', '30/09/2020'],
      ],
    }),
  );
  expect(t.columns[0]).toMatchObject({ minDate: '2020-01-01', maxDate: '2020-09-30' });
  expect(t.columns[0]).not.toHaveProperty('min');
});

test('a minimum equal to the maximum is allowed; Bắt buộc that is neither Có nor Không is said at its cell', () => {
  const t = ok(
    mau({
      columns: [
        ['Tên cột', 'Kiểu', 'Nhỏ nhất', 'Lớn nhất'],
        ['Số hộ', 'Số', 10, 10],
        ['Ngày xong', 'Ngày', '30/09/2020', '30/09/2020'],
      ],
    }),
  );
  expect(t.columns.map((c) => [c.min, c.max, c.minDate, c.maxDate])).toEqual([
    [10, 10, undefined, undefined],
    [undefined, undefined, '2020-09-30', '2020-09-30'],
  ]);
  const rows = mau({
    columns: [
      ['Tên cột', 'Kiểu', 'Bắt buộc'],
      ['Số hộ', 'Số', 'có lẽ'],
    ],
  });
  expect(said(rows)).toEqual([`C${rowOf(rows, 'Tên cột') + 1}: ${m.badYesNo('có lẽ')}`]);
});

describe('the third of a kind, and tables that are there but empty', () => {
  test('three names giving the same key, three measures of one name, three measures of one column: 2 then 3', () => {
    const t = ok(
      mau({
        columns: [
          ['Tên cột', 'Kiểu', 'Tổng hợp'],
          ['Chiều dài (m)', 'Số', 'Tổng'],
          ['Chiều dài m', 'Số', ''],
          ['Chiều dài - m', 'Số', ''],
        ],
        measures: [
          ['Mã', 'Tên chỉ số', 'Cách tính', 'Cột'],
          ['', 'Số hộ', 'Số dòng'],
          ['', 'Số hộ', 'Số dòng'],
          ['', 'Số hộ', 'Số dòng'],
          ['chieuDaiM', 'Dài nhất', 'Lớn nhất', 'chieuDaiM'],
          ['chieuDaiM2', 'Ngắn nhất', 'Nhỏ nhất', 'chieuDaiM'],
        ],
      }),
    );
    expect(t.columns.map((c) => c.key)).toEqual(['chieuDaiM', 'chieuDaiM2', 'chieuDaiM3']);
    expect(t.measures.map((x) => x.key)).toEqual(['soHo', 'soHo2', 'soHo3', 'chieuDaiM', 'chieuDaiM2', 'chieuDaiM3']);
  });

  test('no CHỈ SỐ table at all, or a CỘT title with nothing under it, is said in full at the top', () => {
    const noMeasures = mau();
    const at = noMeasures.findIndex((r) => r[0] === 'CHỈ SỐ TỔNG HỢP');
    noMeasures.splice(at - 1);
    expect(read(noMeasures).issues).toEqual([
      { sheet: 'Mẫu', cell: 'A1', row: 1, col: 1, column: '', value: '', severity: 'error', message: m.noMeasures },
    ]);
    const emptyColumns = [...mau({ columns: null }), [], ['CỘT']];
    expect(read(emptyColumns).issues.map((i) => [i.cell, i.message])).toEqual([['A1', m.noColumnRows]]);
  });

  test('a label row whose other cells are empty is skipped; one with a value is said in full', () => {
    const rows = mau({
      top: [
        ['Tên mẫu', 'Hộ nghèo'],
        ['Mỗi dòng là', 'hộ'],
        ['Ghi chú của tỉnh', '', ''],
        ['Tên mẫuu', 'x'],
      ],
    });
    expect(read(rows).issues).toEqual([
      {
        sheet: 'Mẫu',
        cell: 'A4',
        row: 4,
        col: 1,
        column: '',
        value: 'Tên mẫuu',
        severity: 'error',
        message: m.unknownTop('Tên mẫuu', 'Tên mẫu'),
      },
    ]);
  });

  test('a yes/no condition with "=", and a list column with no choices but a condition, are read without a crash', () => {
    const yes = ok(
      mau({
        columns: [
          ['Tên cột', 'Kiểu', 'Điều kiện đạt'],
          ['Có điện', 'Có/Không', '= Không'],
        ],
      }),
    );
    expect(yes.criteria[0].when).toEqual({ column: 'coDien', op: '=', value: false });
    const rows = mau({
      columns: [
        ['Tên cột', 'Kiểu', 'Điều kiện đạt'],
        ['Loại', 'Danh sách', '= Tập thể'],
      ],
    });
    expect(read(rows).issues.map((i) => i.message)).toEqual([m.emptyChoices, m.conditionNotChoice('Tập thể', [])]);
  });
});

describe('a column row’s own cells, each said at its cell', () => {
  test('a level nobody has, a level without a condition, a width that is no positive whole number', () => {
    const rows = mau({
      columns: [
        ['Tên cột', 'Kiểu', 'Điều kiện đạt', 'Mức tiêu chí', 'Độ rộng'],
        ['Số hộ', 'Số', '>= 5', 'Bắt buộc lắm', '0'],
        ['Số người', 'Số', '', 'Khuyến khích', '120.5'],
        ['Số trẻ', 'Số', '', '', '-5'],
        ['Số cháu', 'Số', '', '', 'rộng'],
        ['Số cụ', 'Số', '>= 1', 'khuyến khích', 120],
      ],
    });
    const head = rowOf(rows, 'Tên cột');
    expect(said(rows)).toEqual([
      `E${head + 1}: ${m.badWidth('0')}`,
      `D${head + 1}: ${m.badLevel('Bắt buộc lắm', 'Bắt buộc')}`,
      `E${head + 2}: ${m.badWidth('120.5')}`,
      `D${head + 2}: ${m.levelWithoutCondition}`,
      `E${head + 3}: ${m.badWidth('-5')}`,
      `E${head + 4}: ${m.badWidth('rộng')}`,
    ]);
    const t = ok(mau({ columns: [rows[head - 1], rows[head + 4]] }));
    expect(t.columns[0].width).toBe(120);
    expect(t.criteria).toEqual([
      { key: 'soCuDat', label: 'Số cụ', when: { column: 'soCu', op: '>=', value: 1 }, encouraged: true },
    ]);
  });

  test('a criterion’s key: one with marks is said; one typed twice is said at the second, with or without marks', () => {
    const rows = mau({
      columns: [
        ['Tên cột', 'Kiểu', 'Điều kiện đạt', 'Mã tiêu chí', 'Tổng hợp'],
        ['Số hộ', 'Số', '>= 5', 'hộ đạt', 'Cộng dồn'],
        ['Số người', 'Số', '>= 1', 'hộ đạt', ''],
        ['Số trẻ', 'Số', '>= 1', 'dat', ''],
        ['Số cháu', 'Số', '>= 1', 'dat', ''],
      ],
    });
    const head = rowOf(rows, 'Tên cột');
    expect(said(rows)).toEqual([
      `D${head + 1}: ${m.badKey('hộ đạt', 'hoDat')}`,
      `E${head + 1}: ${m.badColumnSummary('Cộng dồn', null)}`,
      `D${head + 2}: ${m.badKey('hộ đạt', 'hoDat')}`,
      `D${head + 4}: ${m.duplicateKey('dat', head + 3)}`,
    ]);
  });
});

describe('CỘT TÍNH THÊM at its edges', () => {
  test('a key typed exactly wins over another that differs only in case; a name is found folded', () => {
    const t = ok(
      mau({
        columns: [
          ['Mã cột', 'Tên cột', 'Kiểu'],
          ['soHO', 'Số hộ nghèo', 'Số'],
          ['soHo', 'Số hộ', 'Số'],
        ],
        derived: [
          ['Mã', 'Tên', 'Cách tính', 'Tử số', 'Mẫu số'],
          ['tyLe', 'Tỷ lệ', 'Tỷ lệ %', 'soHo', 'so ho ngheo'],
        ],
      }),
    );
    expect(t.derived).toEqual([{ key: 'tyLe', label: 'Tỷ lệ', kind: 'ratio', numerator: 'soHo', denominator: 'soHO' }]);
  });

  test('a table without Cách tính is said in full; a key with marks is said at its cell', () => {
    const noKind = mau({
      derived: [
        ['Tên', 'Tử số'],
        ['Tỷ lệ', 'Số người'],
      ],
    });
    expect(said(noKind)).toEqual([`A${rowOf(noKind, 'Tên')}: ${m.missingHeader('CỘT TÍNH THÊM', 'Cách tính')}`]);
    const badKey = mau({
      derived: [
        ['Mã', 'Tên', 'Cách tính'],
        ['tỷ lệ', 'Đạt', 'Đạt'],
      ],
    });
    expect(said(badKey)).toEqual([`A${rowOf(badKey, 'Mã') + 1}: ${m.badKey('tỷ lệ', 'tyLe')}`]);
  });
});

describe('QUY TẮC GIỮA CÁC CỘT, each problem at its cell', () => {
  const columns = [
    ['Mã cột', 'Tên cột', 'Kiểu'],
    ['soHo', 'Số hộ', 'Số'],
    ['soNguoi', 'Số người', 'Số'],
  ];

  test('a code with marks, a comparison nobody has, a level that is neither Lỗi nor Cảnh báo, no message', () => {
    const rows = mau({
      columns,
      rules: [
        ['Mã', 'Cột trái', 'So sánh', 'Cột phải', 'Mức', 'Thông báo'],
        ['quy tắc', 'soHo', '<=', 'soNguoi', '', 'A'],
        ['', 'soHo', '=<>', 'soNguoi', '', 'B'],
        ['', 'soHo', '<=', 'soNguoi', 'Nặng', 'C'],
        ['', 'soHo', '<=', 'soNguoi', 'Cảnh báo', ''],
      ],
    });
    const head = rowOf(rows, 'Cột trái', 1);
    expect(said(rows)).toEqual([
      `A${head + 1}: ${m.badKey('quy tắc', 'quyTac')}`,
      `C${head + 2}: ${m.badOp('=<>')}`,
      `E${head + 3}: ${m.badSeverity('Nặng')}`,
      `F${head + 4}: ${m.needMessage}`,
    ]);
  });

  test('a table without Thông báo is said once, in full', () => {
    const rows = mau({
      columns,
      rules: [
        ['Cột trái', 'So sánh', 'Cột phải'],
        ['soHo', '<=', 'soNguoi'],
        ['soHo', '<=', 'soNguoi'],
      ],
    });
    expect(said(rows)).toEqual([
      `A${rowOf(rows, 'Cột trái')}: ${m.missingHeader('QUY TẮC GIỮA CÁC CỘT', 'Thông báo')}`,
    ]);
  });
});

describe('CHỈ SỐ TỔNG HỢP, keys and ratios', () => {
  const columns = [
    ['Mã cột', 'Tên cột', 'Kiểu'],
    ['kinhPhi', 'Kinh phí', 'Số'],
    ['soHo', 'Số hộ', 'Số nguyên'],
  ];

  test('Tỷ số hai tổng is a plain ratio of two sums; Tỷ lệ % hai tổng the same in %', () => {
    const t = ok(
      mau({
        columns,
        measures: [
          ['Tên chỉ số', 'Cách tính', 'Cột', 'Cột mẫu số'],
          ['Kinh phí mỗi hộ', 'Tỷ số hai tổng', 'Kinh phí', 'Số hộ'],
          ['Phần kinh phí', 'Tỷ lệ % hai tổng', 'kinhPhi', 'soHo'],
        ],
      }),
    );
    expect(t.measures).toEqual([
      {
        key: 'kinhPhiMoiHo',
        label: 'Kinh phí mỗi hộ',
        agg: 'ratioOfSums',
        numerator: 'kinhPhi',
        denominator: 'soHo',
        percent: false,
      },
      {
        key: 'phanKinhPhi',
        label: 'Phần kinh phí',
        agg: 'ratioOfSums',
        numerator: 'kinhPhi',
        denominator: 'soHo',
        percent: true,
      },
    ]);
  });

  test('a measure key with marks, and one typed twice, are said at their cells', () => {
    const rows = mau({
      columns,
      measures: [
        ['Mã', 'Tên chỉ số', 'Cách tính'],
        ['số hộ', 'Số hộ', 'Số dòng'],
        ['tong', 'Tổng', 'Số dòng'],
        ['tong', 'Tổng nữa', 'Số dòng'],
      ],
    });
    const head = rowOf(rows, 'Tên chỉ số', 1);
    expect(said(rows)).toEqual([
      `A${head + 1}: ${m.badKey('số hộ', 'soHo')}`,
      `A${head + 3}: ${m.duplicateKey('tong', head + 2)}`,
    ]);
  });
});

describe('ĐIỂM XẾP HẠNG and HẠN NỘP, each problem at its cell', () => {
  test('a measure nobody has and a weight that is no number are said; a good row is kept', () => {
    const rows = mau({
      score: [
        ['Chỉ số', 'Trọng số'],
        ['Số hộ', 2],
        ['Số hộ nghèo', 1],
        ['soHo', 'nhiều'],
      ],
    });
    const head = rowOf(rows, 'Chỉ số');
    expect(said(rows)).toEqual([
      `A${head + 2}: ${m.unknownMeasure('Số hộ nghèo', null)}`,
      `B${head + 3}: ${m.badNumber('nhiều')}`,
    ]);
    expect(ok(mau({ score: rows.slice(head - 1, head + 1) })).score).toEqual({
      weights: [{ measure: 'soHo', weight: 2 }],
    });
  });

  test('a table without Trọng số, or HẠN NỘP without Ngày, is said once, in full', () => {
    const noWeight = mau({
      score: [
        ['Chỉ số', 'Ghi chú'],
        ['Số hộ', ''],
        ['Số hộ', ''],
      ],
    });
    const at = rowOf(noWeight, 'Chỉ số');
    expect(said(noWeight)).toEqual([
      `B${at}: ${m.unknownHeader('Ghi chú', null)}`,
      `A${at}: ${m.missingHeader('ĐIỂM XẾP HẠNG', 'Trọng số')}`,
    ]);
    const noDate = mau({
      deadlines: [
        ['Mã', 'Nội dung'],
        ['a', 'Giữa kỳ'],
        ['b', 'Cuối kỳ'],
      ],
    });
    expect(said(noDate)).toEqual([`A${rowOf(noDate, 'Mã')}: ${m.missingHeader('HẠN NỘP', 'Ngày')}`]);
  });
});

test('the roads form written as a Mẫu: each column’s own Tổng hợp, and no criterion cells where it has none', () => {
  const rows = renderMau(roads);
  const head = rows.findIndex((r) => r.includes('Tổng hợp') && r.includes('Mã tiêu chí'));
  const col = (h: string) => rows[head].indexOf(h);
  const body = rows.slice(head + 1, head + 1 + roads.columns.length);
  expect(body.map((r) => [r[0], r[col('Tổng hợp')], r[col('Mã tiêu chí')], r[col('Tên tiêu chí')]])).toEqual([
    ['tenDuong', 'Không', '', ''],
    ['diaBan', 'Không', '', ''],
    ['chieuDai', 'Tổng', 'du500m', 'Dài ít nhất 500 m'],
    ['chieuSang', 'Không', 'coDien', 'Có điện thắp sáng'],
    ['hoaCay', 'Không', 'coHoa', 'Có hoa/cây xanh'],
    ['sachSe', 'Không', 'sach', 'Sạch, không rác'],
    ['bienBao', 'Không', 'coBien', 'Có biển'],
    ['camera', 'Không', 'coCamera', 'Có camera (khuyến khích)'],
    ['ngayHoanThanh', 'Không', '', ''],
    ['kinhPhi', 'Tổng', '', ''],
  ]);
});

test('a form written as a Mẫu: its title and help lines first, blank rows blank, every row as wide', () => {
  const rows = renderMau({
    ...roads,
    derived: [
      ...roads.derived,
      { key: 'tyLe', label: 'Tỷ lệ', kind: 'ratio', numerator: 'kinhPhi', denominator: 'chieuDai' },
    ],
  });
  const width = rows[0].length;
  expect(rows.every((r) => r.length === width)).toBe(true);
  expect(rows[0]).toEqual([messages.mauText.title, ...Array(width - 1).fill('')]);
  expect(rows[1]).toEqual([messages.mauText.help, ...Array(width - 1).fill('')]);
  // Nothing but the values: every cell past what a row says is empty.
  const section = (title: string) => rows.findIndex((r) => r[0] === title);
  expect(rows[section('CỘT') - 1].every((v) => v === '')).toBe(true);
  expect(rows[section('CỘT TÍNH THÊM') + 2].slice(2)).toEqual([
    'Đạt mọi tiêu chí',
    '',
    '',
    ...Array(width - 5).fill(''),
  ]);
  const measures = rows.slice(section('CHỈ SỐ TỔNG HỢP') + 2, section('CHỈ SỐ TỔNG HỢP') + 3)[0];
  expect(measures.slice(0, 5)).toEqual(['soDuong', 'Số con đường', 'Số dòng', '', '']);
});
