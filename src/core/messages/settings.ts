import { shorten } from '../text';
import { q } from './quote';

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
