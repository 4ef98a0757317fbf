import { mauChangeText, mauCliText, periodText } from './mau';
import { reportCliText } from './print';

export const cliText = {
  /** A getter, so that a bundle that never shows it (Apps Script) can drop this whole object. */
  get usage() {
    return [
      'tong-hop — báo cáo Hội LHPN trên tệp .xlsx, không cần tài khoản Google',
      '',
      'Cách dùng:',
      '  tong-hop templates                                   các mẫu báo cáo và mã của chúng',
      '  tong-hop init --template MÃ (--units DS.csv | --preset lang-son-2017|bac-giang-2020) --out SO.xlsx',
      '                [--period "6 tháng đầu năm 2027"] [--admin email]',
      ...mauCliText.usage,
      ...periodText.usage,
      mauChangeText.usage,
      '  tong-hop validate SO.xlsx|THƯ_MỤC [--json]            soát lỗi các trang đơn vị',
      '  tong-hop aggregate SO.xlsx|THƯ_MỤC [--out KQ.xlsx] [--json]   lập trang Tổng hợp',
      '  tong-hop remind SO.xlsx --today YYYY-MM-DD [--quota N] [--json]  xem trước email nhắc hạn (không gửi)',
      reportCliText.usage,
      '  tong-hop demo [--dir THƯ_MỤC]                        chạy thử toàn bộ trên dữ liệu mẫu',
      '',
      'Mã thoát: 0 tốt; 1 có lỗi số liệu; 2 không dùng được đầu vào.',
    ].join('\n');
  },
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
  demoStep: (n: number, text: string) => `\n── Bước ${n}. ${text}`,
  demoMore: (n: number) => `… và ${n} lỗi khác (xem: tong-hop validate).`,
  needPath: 'đường dẫn tới sổ .xlsx hoặc thư mục',
  notFound: (path: string) => `không tìm thấy "${path}"`,
  notWorkbook: (path: string) => `"${path}" không phải là sổ tính .xlsx đọc được`,
  emptyFolder: (dir: string) => `thư mục "${dir}" không có tệp .xlsx nào`,
  noUsableFile: (dir: string) => `thư mục "${dir}" không có tệp .xlsx nào đọc được`,
  remindHeaders: ['Gửi tới', 'Tiêu đề'],
};
