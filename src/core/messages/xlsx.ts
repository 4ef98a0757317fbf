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
  strayTab: (rows: number, title: string | null) =>
    `trang này có ${rows} dòng số liệu nhưng tên trang không có trong Cấu hình${
      title ? ` (trang ghi ${q(title)})` : ''
    } — số liệu này CHƯA được tính; nếu đây là trang của một đơn vị, đổi tên trang về đúng tên trang tính trong Cấu hình`,
  skipped: (file: string, reason: string) => `bỏ qua tệp ${file}: ${reason}`,
  otherFormat: (ext: string) =>
    `định dạng ${ext} không đọc được — mở tệp bằng Excel hoặc LibreOffice, chọn Lưu thành… dạng Excel .xlsx rồi chạy lại`,
  notSpreadsheet: 'không phải sổ tính .xlsx',
  unreadable: 'tệp hỏng hoặc không phải sổ tính .xlsx thật — xin đơn vị gửi lại tệp',
  folderHeader: (used: number, skipped: number) =>
    `Thư mục: dùng ${used} tệp${skipped ? `, bỏ qua ${skipped} tệp (các đơn vị của tệp bị bỏ qua chưa được tính)` : ''}.`,
  savedUnknown: 'không rõ',
};

/** The command line's own failures (options, files, the file system), each with what to do next. */
export const cliErrors = {
  unknownOption: (o: string) => `không có tùy chọn ${q(o)} — xem các tùy chọn bằng "tong-hop --help"`,
  needsValue: (o: string) => `tùy chọn ${o} cần một giá trị, ví dụ ${o} GIÁ_TRỊ — xem "tong-hop --help"`,
  takesNoValue: (o: string) => `tùy chọn ${o} không nhận giá trị — chỉ viết ${o}`,
  givenTwice: (o: string) => `tùy chọn ${o} được ghi hai lần — chỉ ghi một lần`,
  extraArgument: (a: string) => `thừa ${q(a)} — mỗi lệnh chỉ nhận một sổ .xlsx hoặc một thư mục`,
  badAdmin: (e: string) => `--admin ${q(e)} không phải địa chỉ email — ví dụ --admin vanphong@hoiphunu.vn`,
  unitsNotTable: (f: string) =>
    `tệp đơn vị "${f}" không phải CSV hay .xlsx đọc được — lưu danh sách từ Excel/LibreOffice dạng "CSV UTF-8" hoặc .xlsx, dòng đầu: Tên đơn vị,Email đầu mối,Chỉ tiêu`,
  notFoundRead: (p: string) => `không tìm thấy "${p}" — kiểm tra lại đường dẫn và tên tệp`,
  noFolder: (dir: string) => `thư mục "${dir}" không tồn tại — tạo thư mục trước, hoặc chọn nơi lưu khác`,
  cannotRead: (p: string) => `không có quyền đọc "${p}" — xin quyền đọc tệp hoặc chép tệp sang thư mục của bạn`,
  cannotWrite: (p: string) =>
    `không ghi được vào "${p}" vì tệp hoặc thư mục chỉ cho đọc — bỏ chế độ chỉ đọc, hoặc chọn nơi lưu khác bằng --out`,
  diskFull: (p: string) => `ổ đĩa đã đầy khi ghi "${p}" — giải phóng chỗ trống rồi chạy lại`,
  isFolder: (p: string) => `"${p}" là một thư mục, không phải tệp — ghi rõ tên tệp, ví dụ ${p}/Tong-hop.xlsx`,
  notAFolder: (p: string) => `đường dẫn "${p}" đi qua một tệp như thể đó là thư mục — kiểm tra lại đường dẫn`,
  busy: (p: string) => `tệp "${p}" đang được chương trình khác giữ — đóng tệp trong Excel/LibreOffice rồi chạy lại`,
  untouched: (p: string) => `Tệp "${p}" vẫn nguyên như trước.`,
  reservedSheet: (unit: string, sheet: string) =>
    `tên trang tính "${sheet}" của đơn vị ${unit} trùng với một trang của hệ thống — đặt tên khác cho đơn vị trong tệp đơn vị`,
  quotedSheet: (unit: string, sheet: string) =>
    `tên trang tính "${sheet}" của đơn vị ${unit} bắt đầu hoặc kết thúc bằng dấu ' — Excel không cho phép; bỏ dấu ' trong tên`,
  sameSheet: (a: string, b: string, sheet: string) =>
    `đơn vị "${a}" và "${b}" sẽ có cùng trang tính "${sheet}" (không phân biệt chữ hoa/thường, tên trang tối đa 31 ký tự) — đặt tên khác nhau cho hai đơn vị`,
  unexpected: (detail: string) =>
    `có sự cố không lường trước, lệnh chưa hoàn thành — chạy lại; nếu vẫn lỗi, gửi dòng này cho người hỗ trợ kỹ thuật (chi tiết: ${detail})`,
};
