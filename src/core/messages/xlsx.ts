import { q } from './quote';

/** What the .xlsx door says about the files themselves: merged cells, hidden rows, a folder of attachments. */
export const xlsxText = {
  mergedNumber: (range: string, shown: string, row: number) =>
    `ô ${range} được gộp qua nhiều dòng: số ${q(shown)} chỉ được tính một lần, ở dòng ${row} — nếu mỗi dòng có số riêng, bỏ gộp ô và nhập số của từng dòng`,
  hiddenRow: (row: number) =>
    `dòng ${row} đang bị ẩn nhưng vẫn được tính — nếu dòng này không còn dùng, hãy xóa dòng thay vì ẩn`,
  fileUsed: (file: string, units: readonly string[]) =>
    units.length ? `dùng tệp ${file}: ${units.join(', ')}` : `dùng tệp ${file}: không có trang đơn vị nào có số liệu`,
  fileSettings: (file: string) => `lấy Cấu hình từ tệp ${file}`,
  chosenCopy: (unit: string, file: string, when: string, others: readonly string[]) =>
    `${unit}: có ${others.length + 1} tệp cùng có số liệu — dùng tệp ${file} (lưu lúc ${when}, mới nhất); bỏ qua: ${others.join('; ')}`,
  otherCopy: (file: string, when: string) => `${file} (lưu lúc ${when})`,
  renamedTab: (file: string, sheet: string, rows: number, title: string | null) =>
    `tệp ${file}: trang ${q(sheet)} có ${rows} dòng số liệu nhưng không có tên này trong Cấu hình${
      title ? ` (trang ghi ${q(title)})` : ''
    } — số liệu này CHƯA được tính; đổi tên trang về đúng tên trang tính của đơn vị trong Cấu hình rồi chạy lại`,
  skipped: (file: string, reason: string) => `bỏ qua tệp ${file}: ${reason}`,
  otherFormat: (ext: string) =>
    `định dạng ${ext} không đọc được — mở tệp bằng Excel hoặc LibreOffice, chọn Lưu thành… dạng Excel .xlsx rồi chạy lại`,
  notSpreadsheet: 'không phải sổ tính .xlsx',
  unreadable: 'tệp hỏng hoặc không phải sổ tính .xlsx thật — xin đơn vị gửi lại tệp',
  folderHeader: (used: number, skipped: number) =>
    `Thư mục: dùng ${used} tệp${skipped ? `, bỏ qua ${skipped} tệp (các đơn vị của tệp bị bỏ qua chưa được tính)` : ''}.`,
  savedUnknown: 'không rõ',
};
