import { q } from './quote';

export const cellMessages = {
  notNumber: (v: string, hint?: string) => `${q(v)} không phải là số — ${hint ?? 'nhập một số, ví dụ 12'}`,
  ambiguousNumber: (v: string) =>
    `${q(v)} không rõ là số nguyên hay số thập phân — viết liền không dấu phân cách (ví dụ 1234) hoặc dùng dấu phẩy cho phần thập phân (ví dụ 1,5)`,
  negative: (v: string, hint?: string) => `${q(v)} là số âm — số lượng không thể âm${hint ? `, ${hint}` : ''}`,
  notInteger: (v: string) => `${q(v)} có phần thập phân — ở cột này chỉ nhập số nguyên, ví dụ 12`,
  belowMin: (v: string, min: number) => `${q(v)} nhỏ hơn mức tối thiểu ${min} — kiểm tra lại số liệu`,
  aboveMax: (v: string, max: number) => `${q(v)} lớn hơn mức tối đa ${max} — kiểm tra lại số liệu`,
  tooLarge: (v: string) =>
    `${q(v)} quá lớn để là một số liệu báo cáo — kiểm tra lại, có thể đã gõ thừa chữ số (lớn nhất 1.000.000.000.000.000)`,
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
