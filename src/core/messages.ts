/**
 * Every word a user reads, in Vietnamese. Engine, command line, Apps Script menus and the sidebar
 * all take their text from here, so wording and diacritics are checked in one place.
 */
import { shorten } from './text';

/** The two answers of every yes/no column, dropdown and setting. */
export const yesNo = { yes: 'Có', no: 'Không' } as const;

const q = (v: string) => `"${shorten(v)}"`;

export const cellMessages = {
  notNumber: (v: string, hint?: string) => `${q(v)} không phải là số — ${hint ?? 'nhập một số, ví dụ 12'}`,
  ambiguousNumber: (v: string) =>
    `${q(v)} không rõ là số nguyên hay số thập phân — viết liền không dấu phân cách (ví dụ 1234) hoặc dùng dấu phẩy cho phần thập phân (ví dụ 1,5)`,
  negative: (v: string, hint?: string) => `${q(v)} là số âm — số lượng không thể âm${hint ? `, ${hint}` : ''}`,
  notInteger: (v: string) => `${q(v)} có phần thập phân — ở cột này chỉ nhập số nguyên, ví dụ 12`,
  belowMin: (v: string, min: number) => `${q(v)} nhỏ hơn mức tối thiểu ${min} — kiểm tra lại số liệu`,
  aboveMax: (v: string, max: number) => `${q(v)} lớn hơn mức tối đa ${max} — kiểm tra lại số liệu`,
  percentOver: (v: string) => `${q(v)} vượt quá 100% — nhập tỷ lệ từ 0 đến 100`,
  notYesNo: (v: string) => `${q(v)} không phải Có/Không — chọn Có hoặc Không trong danh sách`,
  notDate: (v: string) => `${q(v)} không phải là ngày — nhập ngày dạng ngày/tháng/năm, ví dụ 20/09/2020`,
  dateOutside: (v: string, from: string | null, to: string | null) =>
    `ngày ${q(v)} nằm ngoài thời gian cho phép${from ? ` từ ${from}` : ''}${to ? ` đến ${to}` : ''} — kiểm tra lại ngày`,
  notChoice: (v: string, choices: readonly string[]) =>
    `${q(v)} không có trong danh sách — chọn một trong: ${choices.join(', ')}`,
  errorValue: (v: string) => `ô đang báo lỗi ${v} — sửa công thức hoặc nhập trực tiếp giá trị`,
  notText: (v: string) => `${q(v)} không đọc được — nhập lại dạng chữ`,
  required: (label: string) => `chưa nhập "${label}" — đây là ô bắt buộc`,
};

export const sheetMessages = {
  headerNotFound: (labels: string) =>
    `không tìm thấy dòng tiêu đề của mẫu báo cáo — dòng tiêu đề phải có các cột: ${labels}`,
  missingRequiredColumn: (label: string) => `thiếu cột bắt buộc "${label}" — thêm lại cột có đúng tiêu đề này`,
  missingOptionalColumn: (label: string) =>
    `không thấy cột "${label}" — nếu đơn vị có số liệu cột này, hãy thêm lại cột có đúng tiêu đề`,
  ruleDetail: (message: string, leftLabel: string, left: number, rightLabel: string, right: number) =>
    `${message} (${leftLabel}: ${left}, ${rightLabel}: ${right})`,
  missingTab: (sheet: string, unit: string) =>
    `không tìm thấy trang tính "${sheet}" của đơn vị ${unit} — kiểm tra tên trang tính trong Cấu hình`,
};

export const settingsLabels = {
  sheet: 'Cấu hình',
  title: 'CẤU HÌNH BÁO CÁO',
  template: 'Mẫu báo cáo',
  reportTitle: 'Tên báo cáo',
  period: 'Kỳ báo cáo',
  unitsSection: 'ĐƠN VỊ',
  unitHeader: ['Mã', 'Tên đơn vị', 'Tên trang tính', 'Email đầu mối', 'Chỉ tiêu'],
  deadlinesSection: 'HẠN NỘP',
  deadlineHeader: ['Mã', 'Nội dung', 'Ngày', 'Nhắc trước (ngày)', 'Báo quá hạn'],
  adminsSection: 'QUẢN TRỊ VIÊN',
  adminHeader: ['Email'],
  help: 'Sửa trực tiếp các bảng dưới đây. Ngày hạn: 20/09/2020 (một lần) hoặc 10/06 (hằng năm).',
};

export const settingsMessages = {
  noSheet: `không có trang tính "${settingsLabels.sheet}" — tạo sổ bằng lệnh init hoặc thêm trang Cấu hình`,
  noTemplate: `chưa ghi "${settingsLabels.template}" — nhập mã mẫu, ví dụ con-duong-sxsdat`,
  unknownTemplate: (id: string, ids: string) => `không có mẫu báo cáo "${id}" — các mẫu hiện có: ${ids}`,
  noUnits: `chưa có đơn vị nào trong bảng "${settingsLabels.unitsSection}"`,
  duplicateUnit: (name: string) => `đơn vị hoặc trang tính "${name}" bị trùng — mỗi đơn vị một tên và một trang tính`,
  badEmail: (email: string) => `"${shorten(email)}" không phải địa chỉ email — sửa lại, ví dụ hoiphunu@example.org`,
  badTarget: (v: string) => `chỉ tiêu ${q(v)} không phải là số dương — nhập số, ví dụ 9, hoặc để trống`,
  badDeadline: (v: string) => `ngày hạn ${q(v)} không đúng — nhập 20/09/2020 (một lần) hoặc 10/06 (hằng năm)`,
  badOffsets: (v: string) => `${q(v)} không đúng — nhập số ngày nhắc trước, cách nhau dấu phẩy, ví dụ 7, 3, 1, 0`,
  badSheetName: (v: string) => `tên trang tính ${q(v)} có ký tự không dùng được ([ ] : * ? / \\) hoặc dài quá 31 ký tự`,
};

export const unitTabText = {
  unitLine: (unit: string, period: string) => `Đơn vị: ${unit}${period ? ` — ${period}` : ''}`,
  statusPrefix: 'Trạng thái: ',
  draft: 'Chưa nộp',
  submitted: 'Đã nộp',
  late: 'Nộp muộn',
  by: 'bởi',
  reopened: (when: string, who: string) => `mở lại ${when} bởi ${who}`,
  unknownUser: 'người dùng không rõ email',
  guide: 'Nhập mỗi dòng một mục từ dòng dưới tiêu đề. Bấm Kiểm tra để soát lỗi, rồi Nộp báo cáo.',
};

export const statusNames = {
  missing: 'Thiếu trang tính',
  draft: 'Chưa nộp',
  submitted: 'Đã nộp',
  late: 'Nộp muộn',
} as const;

export const summaryText = {
  sheet: 'Tổng hợp',
  title: (report: string) => `TỔNG HỢP — ${report}`,
  updated: (when: string) => `Cập nhật lúc ${when}`,
  headers: {
    index: 'STT',
    unit: 'Đơn vị',
    status: 'Trạng thái',
    submittedAt: 'Thời gian nộp',
    submittedBy: 'Người nộp',
    onTime: 'Đúng hạn',
    errors: 'Số lỗi',
    warnings: 'Số cảnh báo',
    rows: 'Số dòng',
    target: 'Chỉ tiêu',
    score: 'Điểm thi đua',
    rank: 'Xếp hạng',
  },
  total: 'Toàn tỉnh',
  completeness: (submitted: number, all: number, late: number, withErrors: number) =>
    `Đã nộp ${submitted}/${all} đơn vị (muộn ${late}); ${withErrors} đơn vị còn lỗi`,
  problemsTitle: 'Ghi chú',
};

export const logText = {
  sheet: 'Nhật ký',
  headers: ['Thời gian', 'Việc', 'Đơn vị', 'Người thực hiện', 'Khóa', 'Chi tiết'],
  kinds: {
    submit: 'Nộp báo cáo',
    reopen: 'Mở lại báo cáo',
    summary: 'Tổng hợp',
    reminder: 'Gửi nhắc hạn',
    reminderFailed: 'Gửi nhắc hạn lỗi',
    setup: 'Thiết lập',
  },
};

export const reminderText = {
  subjectBefore: (report: string, unit: string, days: number, date: string) =>
    `[Hội LHPN] ${unit}: còn ${days} ngày đến hạn nộp báo cáo ${report} (hạn ${date})`,
  subjectDue: (report: string, unit: string, date: string) =>
    `[Hội LHPN] ${unit}: hôm nay là hạn nộp báo cáo ${report} (hạn ${date})`,
  subjectOverdue: (report: string, unit: string, date: string) =>
    `[Hội LHPN] ${unit}: đã quá hạn nộp báo cáo ${report} (hạn ${date})`,
  subjectDigest: (report: string, date: string, submitted: number, all: number) =>
    `[Hội LHPN] Tình hình nộp báo cáo ${report} (hạn ${date}): ${submitted}/${all} đơn vị đã nộp`,
  greeting: (unit: string) => `Kính gửi ${unit},`,
  before: (deadline: string, date: string, days: number) =>
    `Hạn nộp "${deadline}" là ngày ${date}, còn ${days} ngày. Đơn vị chưa nộp báo cáo.`,
  due: (deadline: string, date: string) => `Hôm nay (${date}) là hạn nộp "${deadline}". Đơn vị chưa nộp báo cáo.`,
  overdue: (deadline: string, date: string, days: number) =>
    `Hạn nộp "${deadline}" là ngày ${date}, đã quá ${days} ngày. Đơn vị chưa nộp báo cáo, đề nghị nộp ngay.`,
  link: (url: string) => `Mở trang báo cáo của đơn vị: ${url}`,
  problemsHeader: (n: number) => `Trang báo cáo hiện còn ${n} lỗi cần sửa trước khi nộp:`,
  moreProblems: (n: number) => `… và ${n} lỗi khác (bấm Kiểm tra trong bảng tính để xem hết).`,
  noProblems: 'Trang báo cáo hiện chưa có lỗi nào được phát hiện.',
  howTo: 'Cách nộp: mở bảng tính, chọn menu Báo cáo Hội LHPN › Kiểm tra, sửa lỗi, rồi chọn Nộp báo cáo.',
  signature: 'Văn phòng Hội LHPN tỉnh (thư gửi tự động, vui lòng không trả lời).',
  digestIntro: (deadline: string, date: string, days: number) =>
    days >= 0
      ? `Hạn nộp "${deadline}" là ngày ${date} (còn ${days} ngày).`
      : `Hạn nộp "${deadline}" là ngày ${date} (đã quá ${-days} ngày).`,
  digestSubmitted: (n: number) => `Đã nộp (${n}):`,
  digestMissing: (n: number) => `Chưa nộp (${n}):`,
  digestBadAddresses: 'Địa chỉ email không gửi được (sửa trong Cấu hình):',
  digestDeferred: (n: number) => `${n} thư chưa gửi vì hết hạn mức gửi thư trong ngày, sẽ gửi ở lần chạy sau.`,
  noEmail: (unit: string) => `${unit}: chưa có email đầu mối`,
  none: '(không có)',
};

export const cliText = {
  usage: [
    'tong-hop — báo cáo Hội LHPN trên tệp .xlsx, không cần tài khoản Google',
    '',
    'Cách dùng:',
    '  tong-hop templates                                   các mẫu báo cáo và mã của chúng',
    '  tong-hop init --template MÃ (--units DS.csv | --preset lang-son-2017|bac-giang-2020) --out SO.xlsx',
    '                [--period "6 tháng đầu năm 2027"] [--admin email]',
    '  tong-hop validate SO.xlsx|THƯ_MỤC [--json]            soát lỗi các trang đơn vị',
    '  tong-hop aggregate SO.xlsx|THƯ_MỤC [--out KQ.xlsx] [--json]   lập trang Tổng hợp',
    '  tong-hop remind SO.xlsx --today YYYY-MM-DD [--quota N] [--json]  xem trước email nhắc hạn (không gửi)',
    '  tong-hop demo [--dir THƯ_MỤC]                        chạy thử toàn bộ trên dữ liệu mẫu',
    '',
    'Mã thoát: 0 tốt; 1 có lỗi số liệu; 2 không dùng được đầu vào.',
  ].join('\n'),
  error: (msg: string) => `Lỗi: ${msg}`,
  unknownCommand: (c: string) => `không có lệnh "${c}" — xem "tong-hop --help"`,
  needArg: (flag: string) => `thiếu ${flag}`,
  needUnits: 'cần --units TỆP.csv hoặc --preset lang-son-2017|bac-giang-2020',
  unknownPreset: (p: string, all: string) => `không có bộ đơn vị mẫu "${p}" — chọn một trong: ${all}`,
  unknownTemplate: (id: string, all: string) => `không có mẫu báo cáo "${id}" — chọn một trong: ${all}`,
  outExists: (f: string) => `đã có tệp "${f}" — chọn tên khác hoặc thêm --force để ghi đè`,
  outNotSummary: (f: string, sheet: string) =>
    `tệp "${f}" có trang "${sheet}", không phải tệp tổng hợp — chọn tên khác cho --out để không mất dữ liệu`,
  badToday: (v: string) => `--today "${v}" không đúng dạng YYYY-MM-DD, ví dụ 2020-09-17`,
  badQuota: (v: string) => `--quota "${v}" phải là số nguyên không âm`,
  unitsFileProblems: 'Tệp đơn vị có lỗi:',
  created: (file: string, units: number) => `Đã tạo ${file} với ${units} trang đơn vị, trang Cấu hình và Tổng hợp.`,
  templatesHeader: ['Mã', 'Tên mẫu', 'Số cột', 'Hạn nộp'],
  noProblems: 'Không có lỗi nào. ✓',
  problemCount: (errors: number, warnings: number, sheets: number) =>
    `${errors} lỗi, ${warnings} cảnh báo trên ${sheets} trang tính.`,
  summaryWritten: (file: string) => `Đã ghi trang Tổng hợp vào ${file}.`,
  remindHeader: (today: string, n: number, deferred: number) =>
    `Ngày ${today}: ${n} email sẽ được gửi${deferred ? `, ${deferred} email để lần sau (hết hạn mức)` : ''}. (Xem trước, không gửi thật.)`,
  remindNone: (today: string) => `Ngày ${today}: không có email nhắc hạn nào cần gửi.`,
  reading: 'Đang đọc',
  demoTitle: 'CHẠY THỬ: Con đường "Sáng - Xanh - Sạch đẹp - An toàn", Hội LHPN tỉnh Bắc Giang (dữ liệu mẫu)',
  demoStep: (n: number, text: string) => `\n── Bước ${n}. ${text}`,
  demoSteps: {
    init: 'Tạo sổ báo cáo từ mẫu và danh sách 12 đơn vị',
    fill: 'Các đơn vị nhập số liệu (có đơn vị nhập sai, có đơn vị chưa nộp)',
    validate: 'Kiểm tra: lỗi tìm thấy (ví dụ)',
    aggregate: 'Tổng hợp toàn tỉnh',
    remind: (today: string) => `Email nhắc hạn sẽ gửi ngày ${today}`,
  },
  demoFiles: (file: string, folder: string) =>
    `\nCác tệp đã tạo:\n  ${file}  (sổ báo cáo, có trang Tổng hợp)\n  ${folder}  (mỗi đơn vị một tệp, như khi nhận qua email)\nMở bằng Excel hoặc LibreOffice, hoặc tải lên Google Sheets.`,
  demoMore: (n: number) => `… và ${n} lỗi khác (xem: tong-hop validate).`,
  demoUnit: (name: string, target: number | null) => (target ? `${name} (chỉ tiêu ${target})` : name),
  demoFilled: (submitted: number, waiting: number) =>
    `${submitted} đơn vị đã nộp, ${waiting} chưa nộp; 1 đơn vị tự đổi tên trang tính.`,
  needPath: 'đường dẫn tới sổ .xlsx hoặc thư mục',
  notFound: (path: string) => `không tìm thấy "${path}"`,
  notWorkbook: (path: string) => `"${path}" không phải là sổ tính .xlsx đọc được`,
  emptyFolder: (dir: string) => `thư mục "${dir}" không có tệp .xlsx nào`,
  remindHeaders: ['Gửi tới', 'Tiêu đề'],
};

export const gasText = {
  menu: 'Báo cáo Hội LHPN',
  items: {
    sidebar: 'Mở bảng điều khiển',
    check: 'Kiểm tra',
    submit: 'Nộp báo cáo',
    summary: 'Tổng hợp',
    reopen: 'Mở lại báo cáo…',
    setup: 'Thiết lập báo cáo',
    reminders: 'Nhắc hạn',
    preview: 'Xem trước email nhắc hạn',
    sendNow: 'Gửi nhắc hạn ngay',
    enable: 'Bật nhắc hạn tự động',
    disable: 'Tắt nhắc hạn tự động',
  },
  sidebarTitle: 'Báo cáo Hội LHPN',
  notAdmin:
    'Chỉ quản trị viên Hội LHPN tỉnh (email trong bảng QUẢN TRỊ VIÊN của trang Cấu hình) mới làm được việc này.',
  noUnit:
    'Không xác định được đơn vị của bạn — mở trang tính của đơn vị mình rồi thử lại, hoặc nhờ tỉnh thêm email của bạn vào Cấu hình.',
  busy: 'Đang có người khác chạy Tổng hợp hoặc nộp báo cáo. Vui lòng đợi một phút rồi bấm lại.',
  settingsProblems: (n: number, first: string) => `Trang Cấu hình có ${n} lỗi, ví dụ: ${first}`,
  checkDone: (n: number, sheets: number) =>
    n === 0
      ? 'Không còn lỗi nào. Có thể nộp báo cáo.'
      : `Còn ${n} lỗi trên ${sheets} trang — các ô lỗi đã được tô đỏ và có ghi chú giải thích.`,
  markPrefix: '⚠ Kiểm tra:',
  submitRefused: (n: number, first: string) =>
    `Chưa nộp được: còn ${n} lỗi cần sửa. Ví dụ: ${first}. Các ô lỗi đã được tô đỏ.`,
  alreadySubmitted: (status: string) => `Báo cáo đã nộp rồi (${status}). Cần sửa thì nhờ tỉnh mở lại.`,
  submitted: (unit: string, late: boolean) =>
    late ? `Đã nộp báo cáo của ${unit} (nộp muộn). Cảm ơn!` : `Đã nộp báo cáo của ${unit}. Cảm ơn!`,
  confirmSubmit: (unit: string) =>
    `Nộp báo cáo của ${unit}? Sau khi nộp, đơn vị không sửa được nữa cho tới khi tỉnh mở lại.`,
  reopenPrompt: 'Nhập tên đơn vị cần mở lại báo cáo:',
  reopenUnknown: (name: string) => `Không có đơn vị "${name}" trong Cấu hình.`,
  reopened: (unit: string) => `Đã mở lại báo cáo của ${unit}. Đơn vị có thể sửa và nộp lại.`,
  notSubmitted: (unit: string) => `Báo cáo của ${unit} chưa nộp, không cần mở lại.`,
  summaryDone: (units: number, submitted: number) => `Đã tổng hợp ${units} đơn vị (${submitted} đã nộp).`,
  setupDone: (created: number, kept: number) =>
    `Đã thiết lập: tạo mới ${created} trang đơn vị, giữ nguyên ${kept} trang đã có.`,
  setupNewSettings:
    'Đã tạo trang Cấu hình. Hãy điền bảng ĐƠN VỊ (tên, email đầu mối, chỉ tiêu) rồi chọn lại Thiết lập báo cáo.',
  templatePrompt: (ids: string) => `Chưa có trang Cấu hình. Nhập mã mẫu báo cáo (${ids}):`,
  remindersOn: 'Đã bật nhắc hạn tự động: mỗi sáng khoảng 7–8 giờ hệ thống gửi email cho các đơn vị chưa nộp.',
  remindersOff: 'Đã tắt nhắc hạn tự động.',
  previewNone: 'Hôm nay không có email nhắc hạn nào cần gửi.',
  previewHeader: (n: number, deferred: number) =>
    `Hôm nay sẽ gửi ${n} email${deferred ? ` (${deferred} email để hôm sau vì hết hạn mức)` : ''}:`,
  sent: (n: number, deferred: number, failed: number) =>
    `Đã gửi ${n} email nhắc hạn${deferred ? `; ${deferred} email để lần sau (hết hạn mức gửi thư)` : ''}${failed ? `; ${failed} địa chỉ không gửi được (xem email tổng hợp)` : ''}.`,
  lockNote: 'Đã nộp — chỉ quản trị viên tỉnh sửa được',
  unitRangeNote: (unit: string) => `Số liệu của ${unit}`,
  adminOnlyNote: 'Chỉ quản trị viên tỉnh sửa',
  logNote: 'Nhật ký do hệ thống ghi — không sửa tay',
  error: (msg: string) => `Có lỗi: ${msg}`,
  mailSender: 'Hội LHPN tỉnh',
  help: { yesNo: 'Chọn Có hoặc Không', number: 'Nhập một số', date: 'Nhập ngày dạng ngày/tháng/năm, ví dụ 20/09/2020' },
  protectedCell:
    'Bạn chưa có quyền sửa phần này của bảng tính. Nếu bạn mới được thêm vào Cấu hình, nhờ quản trị viên chạy lại Báo cáo Hội LHPN › Thiết lập báo cáo để cập nhật quyền.',
  quota: 'Đã hết hạn mức gửi email trong ngày của tài khoản Google này; phần còn lại sẽ gửi vào lần chạy sau.',
};

export const sidebarText = {
  loading: 'Đang tải…',
  refresh: 'Làm mới',
  retry: 'Thử lại',
  errorTitle: 'Không thực hiện được',
  unitLabel: 'Đơn vị',
  deadline: (date: string) => `Hạn nộp ${date}`,
  daysLeft: (n: number) => (n > 0 ? `còn ${n} ngày` : n === 0 ? 'hôm nay là hạn' : `đã quá hạn ${-n} ngày`),
  noDeadline: 'Không còn hạn nộp nào sắp tới',
  problems: (n: number) => (n === 0 ? 'Không có lỗi nào' : `Còn ${n} lỗi cần sửa`),
  problemsHint: 'Bấm vào một lỗi để tới ô đó trong bảng tính.',
  row: (r: number) => `Dòng ${r}`,
  sheetLevel: 'Cả trang',
  check: 'Kiểm tra',
  checking: 'Đang kiểm tra…',
  submit: 'Nộp báo cáo',
  submitting: 'Đang nộp…',
  confirmSubmit: (unit: string) =>
    `Nộp báo cáo của ${unit}? Sau khi nộp, đơn vị không sửa được nữa cho tới khi tỉnh mở lại.`,
  confirmYes: 'Nộp',
  cancel: 'Hủy',
  noUnit: 'Mở trang tính của một đơn vị để xem và kiểm tra báo cáo của đơn vị đó.',
  tabUnit: 'Đơn vị',
  tabProvince: 'Toàn tỉnh',
  board: (submitted: number, all: number) => `Đã nộp ${submitted}/${all} đơn vị`,
  boardHeaders: ['Đơn vị', 'Trạng thái', 'Lỗi'],
  onTime: 'đúng hạn',
  late: 'muộn',
  summarize: 'Tổng hợp',
  summarizing: 'Đang tổng hợp, vui lòng đợi…',
  lastSummary: (text: string) => text,
  neverSummarized: 'Chưa tổng hợp lần nào.',
  reopen: 'Mở lại',
  confirmReopen: (unit: string) => `Mở lại báo cáo của ${unit} để đơn vị sửa và nộp lại?`,
  reminders: 'Nhắc hạn hôm nay',
  preview: 'Xem trước email',
  previewing: 'Đang lập danh sách…',
  previewNone: 'Hôm nay không có email nhắc hạn nào cần gửi.',
  previewCount: (n: number, deferred: number) =>
    `${n} email sẽ được gửi${deferred ? `, ${deferred} email để hôm sau (hết hạn mức)` : ''}:`,
  send: 'Gửi ngay',
  sending: 'Đang gửi…',
  sent: (n: number, deferred: number, failed: number) =>
    `Đã gửi ${n} email${deferred ? `, ${deferred} để lần sau` : ''}${failed ? `, ${failed} địa chỉ lỗi` : ''}.`,
  autoOn: 'Nhắc hạn tự động: đang bật',
  autoOff: 'Nhắc hạn tự động: đang tắt (bật trong menu Báo cáo Hội LHPN › Nhắc hạn)',
  kinds: { before: 'Nhắc trước hạn', due: 'Đúng ngày hạn', overdue: 'Quá hạn', digest: 'Tổng hợp cho tỉnh' },
};
