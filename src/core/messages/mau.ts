import { q } from './quote';

/**
 * The Mẫu sheet: its labels (the first spelling of each is the one written; the others, and every
 * spelling without diacritics, are accepted when read) and its messages.
 */
export const mauText = {
  sheet: 'Mẫu',
  title: 'MẪU BÁO CÁO',
  help:
    'Mỗi dòng của bảng CỘT là một cột trên trang của đơn vị. Sửa, thêm hoặc xóa dòng, rồi chạy Thiết lập báo cáo ' +
    '(hoặc lệnh tong-hop init --mau). Viết có dấu hay không dấu đều được; để trống Mã cột thì hệ thống tự đặt.',
  top: {
    id: ['Mã mẫu'],
    title: ['Tên mẫu', 'Tên báo cáo'],
    rowNoun: ['Mỗi dòng là', 'Một dòng là'],
    targetDefault: ['Chỉ tiêu mặc định', 'Chỉ tiêu'],
    targetMeasure: ['Chỉ tiêu tính theo chỉ số', 'Chỉ tiêu tính theo'],
    targetLabel: ['Tên chỉ tiêu'],
    chart: ['Biểu đồ theo chỉ số', 'Biểu đồ theo', 'Biểu đồ'],
  },
  sections: {
    columns: ['CỘT', 'CÁC CỘT', 'CỘT TRÊN TRANG ĐƠN VỊ'],
    derived: ['CỘT TÍNH THÊM', 'GIÁ TRỊ TÍNH THÊM'],
    rules: ['QUY TẮC GIỮA CÁC CỘT', 'QUY TẮC'],
    measures: ['CHỈ SỐ TỔNG HỢP', 'CHỈ SỐ'],
    score: ['ĐIỂM XẾP HẠNG', 'ĐIỂM THI ĐUA'],
    deadlines: ['HẠN NỘP'],
  },
  headers: {
    columns: {
      key: ['Mã cột', 'Mã', 'key'],
      label: ['Tên cột', 'Tiêu đề cột', 'label'],
      type: ['Kiểu', 'Kiểu dữ liệu', 'Loại', 'type'],
      required: ['Bắt buộc', 'Bắt buộc nhập', 'required'],
      min: ['Nhỏ nhất', 'Tối thiểu', 'Từ', 'min'],
      max: ['Lớn nhất', 'Tối đa', 'Đến', 'max'],
      choices: ['Danh sách chọn', 'Lựa chọn', 'choices'],
      hint: ['Hướng dẫn', 'Gợi ý', 'hint'],
      condition: ['Điều kiện đạt', 'Tiêu chí', 'Điều kiện'],
      level: ['Mức tiêu chí', 'Mức', 'Loại tiêu chí'],
      criterionKey: ['Mã tiêu chí'],
      criterionLabel: ['Tên tiêu chí'],
      summary: ['Tổng hợp', 'Cách tổng hợp'],
      width: ['Độ rộng', 'Độ rộng cột', 'width'],
    },
    derived: {
      key: ['Mã', 'Mã giá trị'],
      label: ['Tên', 'Tên giá trị'],
      kind: ['Cách tính'],
      numerator: ['Tử số', 'Cột'],
      denominator: ['Mẫu số', 'Cột mẫu số'],
    },
    rules: {
      key: ['Mã', 'Mã quy tắc'],
      left: ['Cột trái', 'Cột'],
      op: ['So sánh', 'Phép so sánh'],
      right: ['Cột phải', 'Với cột'],
      severity: ['Mức', 'Mức độ'],
      message: ['Thông báo', 'Lời nhắc'],
    },
    measures: {
      key: ['Mã', 'Mã chỉ số'],
      label: ['Tên chỉ số', 'Tên'],
      agg: ['Cách tính', 'Tổng hợp'],
      column: ['Cột', 'Cột tử số', 'Tử số'],
      denominator: ['Cột mẫu số', 'Mẫu số'],
    },
    score: {
      measure: ['Chỉ số'],
      weight: ['Trọng số', 'Hệ số'],
    },
    deadlines: {
      code: ['Mã', 'Mã hạn'],
      title: ['Nội dung', 'Tên'],
      date: ['Ngày', 'Ngày hạn'],
      offsets: ['Nhắc trước (ngày)', 'Nhắc trước'],
      overdue: ['Báo quá hạn'],
    },
  },
  types: {
    integer: ['Số nguyên'],
    number: ['Số', 'Số thực', 'Số thập phân'],
    percent: ['Phần trăm', '%', 'Tỷ lệ %'],
    yesno: ['Có/Không', 'Có / Không', 'Có hoặc Không'],
    date: ['Ngày', 'Ngày tháng'],
    choice: ['Danh sách', 'Danh sách chọn', 'Chọn'],
    text: ['Chữ', 'Văn bản', 'Chữ/số'],
  },
  levels: { required: ['Bắt buộc'], encouraged: ['Khuyến khích'] },
  severities: { error: ['Lỗi'], warning: ['Cảnh báo'] },
  notEmpty: ['Có nhập', 'Không để trống', 'Có giá trị'],
  /** `Tổng hợp` of a column: a measure made from that column alone. */
  columnSummaries: {
    sum: ['Tổng', 'Cộng'],
    countYes: ['Đếm Có', 'Số Có'],
    avg: ['Trung bình'],
    min: ['Nhỏ nhất'],
    max: ['Lớn nhất'],
    none: ['Không', ''],
  },
  aggs: {
    sum: ['Tổng', 'Cộng'],
    avg: ['Trung bình'],
    min: ['Nhỏ nhất'],
    max: ['Lớn nhất'],
    count: ['Số dòng', 'Đếm dòng'],
    countPassing: ['Số dòng đạt', 'Đếm dòng đạt'],
    percentPassing: ['% dòng đạt', 'Tỷ lệ dòng đạt'],
    countYes: ['Đếm Có', 'Số Có'],
    percentYes: ['% Có', 'Tỷ lệ Có'],
    ratioPercent: ['Tỷ lệ % hai tổng', 'Tỷ lệ hai tổng'],
    ratio: ['Tỷ số hai tổng'],
    percentOfTarget: ['% chỉ tiêu', 'Phần trăm chỉ tiêu'],
  },
  derivedKinds: {
    ratio: ['Tỷ lệ %', 'Tỷ lệ'],
    passes: ['Đạt mọi tiêu chí', 'Đạt'],
  },
};

const fix = (s: string | null) => (s ? ` — có phải ${q(s)}?` : '');
const list = (words: readonly string[]) => words.map((w) => q(w)).join(', ');

export const mauMessages = {
  noSheet: `không có trang "${mauText.sheet}"`,
  noColumns: `không có bảng "${mauText.sections.columns[0]}" — thêm dòng tiêu đề bảng ${q(mauText.sections.columns[0])} rồi dòng tên các cột`,
  noColumnRows: 'bảng CỘT chưa có cột nào — mỗi dòng một cột của trang đơn vị',
  unknownTop: (v: string, near: string | null) => `không hiểu mục ${q(v)}${fix(near)}`,
  unknownHeader: (v: string, near: string | null) => `không hiểu tiêu đề cột ${q(v)}${fix(near)}`,
  duplicateHeader: (v: string) => `tiêu đề ${q(v)} có hai lần — xóa một cột`,
  missingHeader: (section: string, header: string) =>
    `bảng ${section} thiếu cột ${q(header)} — thêm cột này vào dòng tiêu đề`,
  badId: (v: string) => `mã mẫu ${q(v)} chỉ được gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ con-duong-2027`,
  needTitle: 'chưa có tên mẫu — nhập tên báo cáo, ví dụ Con đường hoa 2027',
  needRowNoun: 'chưa ghi mỗi dòng là gì — ví dụ "một con đường", "hộ gia đình"',
  needLabel: 'chưa có tên cột — nhập tên cột như sẽ hiện trên trang đơn vị',
  badKey: (v: string, suggestion: string) =>
    `mã ${q(v)} chỉ được gồm chữ không dấu và số, bắt đầu bằng chữ thường — ví dụ ${q(suggestion)}, hoặc để trống`,
  duplicateKey: (v: string, row: number) => `mã ${q(v)} đã dùng ở dòng ${row} — mỗi mã một lần`,
  duplicateLabel: (v: string, row: number) => `cột ${q(v)} đã có ở dòng ${row} — đặt tên khác cho một trong hai cột`,
  unknownType: (v: string, near: string | null, all: readonly string[]) =>
    `kiểu ${q(v)} không có${fix(near)} (các kiểu: ${list(all)})`,
  needType: (all: readonly string[]) => `chưa chọn kiểu — chọn một trong: ${list(all)}`,
  badYesNo: (v: string) => `${q(v)} không phải Có hoặc Không — ghi Có, Không, hoặc để trống`,
  badNumber: (v: string) => `${q(v)} không phải là số — nhập số, ví dụ 0 hoặc 500`,
  badDate: (v: string) => `${q(v)} không phải là ngày — nhập ngày dạng 25/02/2020`,
  limitNotUsed: (v: string) => `${q(v)}: Nhỏ nhất, Lớn nhất chỉ dùng cho cột số hoặc ngày — xóa giá trị này`,
  minAboveMax: (min: string, max: string) => `Nhỏ nhất ${q(min)} lớn hơn Lớn nhất ${q(max)} — đổi chỗ hai giá trị`,
  emptyChoices: 'cột kiểu Danh sách cần danh sách chọn — nhập các mục cách nhau dấu ;, ví dụ Tập thể; Cá nhân',
  choicesIgnored: 'danh sách chọn chỉ dùng cho kiểu Danh sách — sẽ bị bỏ qua',
  badCondition: (v: string, example: string) => `không đọc được điều kiện ${q(v)} — viết ví dụ ${example}`,
  conditionNotChoice: (v: string, choices: readonly string[]) =>
    `điều kiện ${q(v)} không phải một mục trong danh sách chọn (${list(choices)})`,
  levelWithoutCondition: 'có Mức tiêu chí nhưng chưa có Điều kiện đạt — ghi điều kiện hoặc xóa mức',
  badLevel: (v: string, near: string | null) => `mức ${q(v)} không có${fix(near)} — ghi Bắt buộc hoặc Khuyến khích`,
  badColumnSummary: (v: string, near: string | null) =>
    `${q(v)} không phải cách tổng hợp${fix(near)} — ghi Tổng, Đếm Có, Trung bình, Nhỏ nhất, Lớn nhất hoặc Không`,
  summaryNeedsNumber: (v: string) => `${q(v)} chỉ dùng cho cột số — chọn Đếm Có cho cột Có/Không, hoặc Không`,
  summaryNeedsYesNo: (v: string) => `${q(v)} chỉ dùng cho cột Có/Không hoặc cột có Điều kiện đạt`,
  badWidth: (v: string) => `độ rộng ${q(v)} phải là số nguyên dương (điểm ảnh), ví dụ 120, hoặc để trống`,
  unknownColumn: (v: string, near: string | null) =>
    `không có cột ${q(v)}${fix(near)} — ghi Mã cột hoặc Tên cột có trong bảng CỘT`,
  unknownMeasure: (v: string, near: string | null) =>
    `không có chỉ số ${q(v)}${fix(near)} — ghi Mã hoặc Tên chỉ số có trong bảng CHỈ SỐ TỔNG HỢP`,
  badOp: (v: string) => `phép so sánh ${q(v)} không có — dùng >=, <=, >, <, = hoặc !=`,
  badSeverity: (v: string) => `mức ${q(v)} không có — ghi Lỗi hoặc Cảnh báo`,
  needMessage: 'chưa có thông báo — viết câu hiện cho người nhập khi quy tắc không đúng',
  needColumn: 'chưa ghi cột',
  unknownAgg: (v: string, near: string | null, all: readonly string[]) =>
    `không hiểu cách tính ${q(v)}${fix(near)} (dùng: ${list(all)})`,
  needMeasureLabel: 'chưa có tên chỉ số',
  noMeasures: 'chưa có chỉ số tổng hợp nào — thêm ít nhất một dòng, ví dụ Số dòng',
  targetNeedsMeasure: 'có chỉ tiêu mặc định thì ghi cả chỉ tiêu tính theo chỉ số nào',
  targetNeedsDefault: 'có "% chỉ tiêu" hoặc chỉ tiêu tính theo thì cần Chỉ tiêu mặc định, ví dụ 9',
  badTarget: (v: string) => `chỉ tiêu ${q(v)} phải là số dương, ví dụ 9`,
  badDeadline: (v: string) => `ngày hạn ${q(v)} không đúng — nhập 20/09/2020 (một lần) hoặc 10/06 (hằng năm)`,
  badOffsets: (v: string) => `${q(v)} không đúng — nhập số ngày nhắc trước, cách nhau dấu phẩy, ví dụ 7, 3, 1, 0`,
  schema: (detail: string) => `mẫu chưa dùng được: ${detail}`,
  /** Said when a workbook's Mẫu cannot be read: nothing is changed. */
  hasErrors: (n: number, first: readonly string[]) =>
    [`trang Mẫu có ${n} lỗi — sửa rồi chạy lại (chưa thay đổi gì):`, ...first.map((l) => `  ${l}`)].join('\n'),
  more: (n: number) => `  … và ${n} lỗi khác`,
};

/** Said by both doors when a typed province is not one of the 34 (kept apart: Apps Script needs no CLI words). */
export const provinceText = {
  unknownProvince: (typed: string, near: string | null) =>
    `không có tỉnh, thành phố "${typed}"${near ? ` — có phải "${near}"?` : ''} (34 tỉnh, thành phố từ 1/7/2025)`,
};

export const mauCliText = {
  usage: [
    '  tong-hop mau --template MÃ --out MAU.xlsx                xuất một mẫu có sẵn thành trang Mẫu để sửa',
    '  tong-hop mau MAU.xlsx                                    soát trang Mẫu đã sửa (mọi lỗi kèm ô)',
    '  tong-hop init (--template MÃ | --mau MAU.xlsx) (--tinh "Lạng Sơn" | --units DS.csv | --preset TÊN) --out SO.xlsx',
  ],
  exported: (file: string, title: string) =>
    `Đã ghi ${file}: trang Mẫu của "${title}". Sửa trang này rồi chạy tong-hop init --mau ${file} --tinh "…" --out bao-cao.xlsx`,
  checked: (title: string, columns: number, criteria: number, measures: number) =>
    `Trang Mẫu dùng được ✓ — "${title}": ${columns} cột, ${criteria} tiêu chí, ${measures} chỉ số tổng hợp.`,
  needMauOrTemplate: 'cần --template MÃ hoặc --mau MAU.xlsx',
  needUnits: 'cần --tinh "Tên tỉnh", --units DS.csv hoặc --preset lang-son-2017|bac-giang-2020',
  noMauSheet: (file: string) =>
    `"${file}" không có trang "${mauText.sheet}" — xuất một mẫu bằng tong-hop mau --template MÃ --out ${file}`,
  created: (file: string, units: number, province: string) =>
    `Đã tạo ${file}: trang Mẫu, Cấu hình, ${units} trang đơn vị${province ? ` của ${province}` : ''} và Tổng hợp.`,
};

export const mauDemoText = {
  title: 'CHẠY THỬ: Hội LHPN tỉnh Lạng Sơn tự làm mẫu báo cáo năm 2026 và thu báo cáo của 65 xã, phường (dữ liệu mẫu)',
  steps: {
    export: 'Xuất mẫu có sẵn "Con đường Sáng - Xanh - Sạch đẹp - An toàn" thành trang Mẫu',
    edit: 'Văn phòng tỉnh sửa trang Mẫu (không cần lập trình)',
    init: 'Tạo sổ báo cáo từ trang Mẫu đã sửa, cho các xã, phường của tỉnh Lạng Sơn',
    fill: 'Các đơn vị nhập số liệu (có đơn vị nhập sai, có đơn vị chưa nộp)',
    validate: 'Kiểm tra: lỗi tìm thấy (ví dụ)',
    aggregate: 'Tổng hợp toàn tỉnh',
    remind: (today: string) => `Email nhắc hạn sẽ gửi ngày ${today}`,
  },
  edits: {
    title: (v: string) => `Tên mẫu → ${v}`,
    column: (label: string) => `Thêm cột "${label}" (Số nguyên, không âm, Tổng hợp: Tổng)`,
    criterion: (from: string, to: string) => `Điều kiện đạt của "Chiều dài (m)": ${from} → ${to}`,
    target: (n: number) => `Chỉ tiêu mặc định → ${n} con đường đạt mỗi đơn vị`,
    dates: (from: string, to: string, due: string) => `Thời gian làm đường ${from}–${to}, hạn nộp ${due}`,
  },
  newColumn: 'Số hộ hưởng lợi',
  newTitle: 'Con đường "Sáng - Xanh - Sạch đẹp - An toàn" năm 2026',
  units: (n: number, province: string, sample: string) => `${n} đơn vị của ${province}: ${sample}, …`,
  newColumnTotal: (label: string, total: string, units: number) =>
    `Cột mới "${label}": toàn tỉnh ${total}, từ ${units} đơn vị có số liệu hợp lệ (xem trang Tổng hợp).`,
  filled: (submitted: number, waiting: number) =>
    `${submitted} đơn vị đã nộp, ${waiting} chưa nộp; 1 đơn vị tự đổi tên trang tính.`,
  files: (mau: string, file: string, folder: string) =>
    `\nCác tệp đã tạo:\n  ${mau}  (trang Mẫu đã sửa: mở ra xem, sửa tiếp)\n  ${file}  (sổ báo cáo, có trang Mẫu và Tổng hợp)\n  ${folder}  (mỗi đơn vị một tệp, như khi nhận qua email)\nMở bằng Excel hoặc LibreOffice, hoặc tải lên Google Sheets.`,
};

export const mauGasText = {
  formPrompt: (forms: readonly { id: string; title: string }[]) =>
    [
      'Chưa có trang Cấu hình. Chọn mẫu báo cáo: nhập số hoặc mã.',
      ...forms.map((f, i) => `${i + 1}. ${f.title} (${f.id})`),
      'Thêm chữ "sửa" để được một bản sao trang Mẫu để tự sửa, ví dụ: 3 sửa',
    ].join('\n'),
  /** Words after a form's number or id that ask for a copy of its Mẫu to edit ("3 sửa"). */
  copyWords: ['sửa', 'sua', 'bản sao', 'ban sao'],
  provincePrompt:
    'Tỉnh, thành phố (ví dụ Lạng Sơn) để điền sẵn các xã, phường vào Cấu hình; để trống nếu tự nhập danh sách đơn vị:',
  unknownForm: (typed: string, ids: string) => `không có mẫu "${typed}" — nhập số 1–4 hoặc một mã: ${ids}`,
  started: (copy: boolean, fromMau: boolean, units: number, province: string) =>
    [
      fromMau
        ? 'Đã đọc trang Mẫu và tạo trang Cấu hình.'
        : copy
          ? 'Đã tạo trang Mẫu (bản sao để sửa) và trang Cấu hình.'
          : 'Đã tạo trang Cấu hình.',
      units
        ? `Cấu hình có sẵn ${units} đơn vị của ${province}: điền email đầu mối.`
        : 'Điền bảng ĐƠN VỊ (tên, trang tính, email đầu mối).',
      copy ? 'Sửa trang Mẫu nếu cần (thêm cột, đổi tiêu chí),' : '',
      'rồi chọn lại Thiết lập báo cáo để tạo trang cho từng đơn vị.',
    ]
      .filter(Boolean)
      .join(' '),
};

export const periodText = {
  previous: (label: string) => `${label} — kỳ trước`,
  change: (label: string) => `${label} — tăng/giảm`,
  compared: (file: string, units: number) => `So với kỳ trước (${file}): ${units} đơn vị có số liệu cả hai kỳ.`,
  needPeriod: '--period "tên kỳ mới", ví dụ --period "Năm 2027"',
  newPeriod: (file: string, period: string, units: number, from: string) =>
    `Đã mở kỳ mới "${period}": ${file} (Mẫu, Cấu hình, ${units} trang đơn vị trống). Kỳ cũ giữ nguyên trong ${from}.`,
  usage: [
    '  tong-hop new-period SO.xlsx --period "Năm 2027" --out SO-2027.xlsx   mở kỳ báo cáo mới (giữ sổ kỳ cũ)',
    '  tong-hop aggregate SO.xlsx --previous SO-KY-TRUOC.xlsx            tổng hợp, so với kỳ trước',
  ],
};

export const mauChangeText = {
  droppedHeader: (label: string) => `${label} (cột đã bỏ)`,
  tab: (sheet: string, added: string[], renamed: { from: string; to: string }[], moved: string[]) =>
    [
      `${sheet}:`,
      added.length ? `thêm ${added.map((a) => `"${a}"`).join(', ')}` : '',
      renamed.length ? `đổi tên ${renamed.map((r) => `"${r.from}" → "${r.to}"`).join(', ')}` : '',
      moved.length ? `chuyển sang phải (không xóa) ${moved.map((x) => `"${x}"`).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  notFound: (sheet: string) => `${sheet}: không tìm thấy dòng tiêu đề của mẫu cũ — giữ nguyên trang này`,
  done: (file: string, tabs: number) =>
    `Đã ghi ${file}: ${tabs} trang đơn vị theo mẫu mới, mọi số liệu đã nhập vẫn còn. Tệp cũ giữ nguyên.`,
  applied: (tabs: number, first: string) =>
    `Mẫu đã đổi: ${tabs} trang đơn vị theo mẫu mới, mọi số liệu đã nhập vẫn còn (ví dụ ${first}).`,
  usage: '  tong-hop apply-mau SO.xlsx --mau MAU-MOI.xlsx --out SO-MOI.xlsx   đổi mẫu giữa kỳ, giữ mọi số liệu',
};
