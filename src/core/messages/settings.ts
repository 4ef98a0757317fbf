import { shorten } from '../text';
import { atomicText } from './atomic';
import { q } from './quote';
import { logText, summaryText } from './report';

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
  /** The form sheet (Mẫu) the province edits: no unit tab may take its name. */
  templateSheet: 'Mẫu',
  /**
   * The tab set-up lays out once and copies for each new unit tab; it deletes it when done (a run cut
   * short leaves it, and the next set-up deletes it). No unit tab may take its name.
   */
  prototypeSheet: 'Trang mẫu tạm (đang thiết lập)',
  help: 'Sửa trực tiếp các bảng dưới đây. Ngày hạn: 20/09/2020 (một lần) hoặc 10/06 (hằng năm).',
};

/** The add-in's own sheets, as the message about a clashing tab name lists them. */
const systemSheets = [
  summaryText.sheet,
  atomicText.summaryDraftSheet,
  settingsLabels.sheet,
  logText.sheet,
  settingsLabels.templateSheet,
].join(', ');

export const settingsMessages = {
  noSheet: `không có trang tính "${settingsLabels.sheet}" — tạo sổ bằng lệnh init hoặc thêm trang Cấu hình`,
  noTemplate: `chưa ghi "${settingsLabels.template}" — nhập mã mẫu, ví dụ con-duong-sxsdat`,
  unknownTemplate: (id: string, ids: string) => `không có mẫu báo cáo "${id}" — các mẫu hiện có: ${ids}`,
  noUnits: `chưa có đơn vị nào trong bảng "${settingsLabels.unitsSection}"`,
  noUnitName: `chưa ghi "${settingsLabels.unitHeader[1]}" — dòng này có tên trang tính, email hoặc chỉ tiêu nhưng không có tên đơn vị; ghi tên đơn vị, hoặc xóa cả dòng (dòng này chưa được dùng)`,
  duplicateUnit: (name: string, firstRow: number) =>
    `đơn vị ${q(name)} đã có ở dòng ${firstRow} — mỗi đơn vị chỉ ghi một lần; xóa dòng này (dòng này chưa được dùng)`,
  duplicateSheet: (sheet: string, firstRow: number, cut: boolean) =>
    `trang tính ${q(sheet)} trùng với trang của đơn vị ở dòng ${firstRow}${cut ? ' (tên đơn vị dài quá 31 ký tự nên bị cắt bớt)' : ' (Google Sheets không phân biệt chữ hoa, chữ thường)'} — ghi một tên trang tính khác ở cột "${settingsLabels.unitHeader[2]}" (dòng này chưa được dùng)`,
  duplicateCode: (code: string, firstRow: number) =>
    `mã ${q(code)} đã dùng cho đơn vị ở dòng ${firstRow} — mỗi đơn vị một mã riêng, hoặc để trống để hệ thống tự đặt (dòng này chưa được dùng)`,
  sharedEmail: (email: string, firstRow: number) =>
    `email ${q(email)} đã là đầu mối của đơn vị ở dòng ${firstRow} — người này sẽ nộp cho đơn vị của trang tính đang mở; nếu không phải ý bạn, mỗi đơn vị nên có email riêng`,
  reservedSheetName: (v: string) =>
    `tên trang tính ${q(v)} trùng với trang của hệ thống (${systemSheets}) hoặc tên Excel dành riêng (History) — đặt tên khác ở cột "${settingsLabels.unitHeader[2]}" (đơn vị này chưa được dùng)`,
  apostropheSheetName: (v: string) =>
    `tên trang tính ${q(v)} bắt đầu hoặc kết thúc bằng dấu nháy ' — bỏ dấu nháy (đơn vị này chưa được dùng)`,
  badEmail: (email: string) => `"${shorten(email)}" không phải địa chỉ email — sửa lại, ví dụ hoiphunu@example.org`,
  badTarget: (v: string) => `chỉ tiêu ${q(v)} không phải là số dương — nhập số, ví dụ 9, hoặc để trống`,
  /** The province's own table of units (a CSV): its first row has no name column. */
  unitsTableNoName: `thiếu cột "${settingsLabels.unitHeader[1]}" ở dòng đầu của tệp đơn vị`,
  unitsTableLine: (line: number, problem: string) => `dòng ${line}: ${problem}`,
  badDeadline: (v: string) => `ngày hạn ${q(v)} không đúng — nhập 20/09/2020 (một lần) hoặc 10/06 (hằng năm)`,
  badOffsets: (v: string) => `${q(v)} không đúng — nhập số ngày nhắc trước, cách nhau dấu phẩy, ví dụ 7, 3, 1, 0`,
  /** In Cấu hình the deadline stands and the usual days are used meanwhile. */
  badOffsetsUsual: (v: string) =>
    `${q(v)} không đúng — nhập số ngày nhắc trước, cách nhau dấu phẩy, ví dụ 7, 3, 1, 0 (trong lúc chờ sửa, hạn nộp vẫn giữ và nhắc theo 7, 3, 1, 0 ngày)`,
  badSheetName: (v: string) =>
    `tên trang tính ${q(v)} có ký tự không dùng được ([ ] : * ? / \\) hoặc dài quá 31 ký tự — sửa ở cột "${settingsLabels.unitHeader[2]}" (đơn vị này chưa được dùng)`,
};
