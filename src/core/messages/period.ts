/** Mở kỳ báo cáo mới in Google Sheets, the archive of a finished period, and Tổng hợp beside the last one. */
export const newPeriodText = {
  menuItem: 'Mở kỳ báo cáo mới…',
  askName: (current: string) =>
    `Kỳ hiện tại: ${current || '(chưa ghi trong Cấu hình)'}.\n\nNhập tên kỳ báo cáo mới, ví dụ: 6 tháng cuối năm 2027`,
  confirm: (from: string, to: string, archive: string, units: number) =>
    [
      `Mở kỳ "${to}" sẽ:`,
      `• lưu toàn bộ số liệu kỳ "${from}" (${units} đơn vị, kèm số tổng hợp) vào trang ẩn "${archive}", chỉ quản trị viên sửa được;`,
      '• xóa số liệu trên các trang đơn vị (giữ tiêu đề, cột, kiểm tra dữ liệu) và mở lại cho đơn vị nhập;',
      '• đặt tất cả đơn vị về "chưa nộp"; nhắc hạn tính lại cho kỳ mới (không gửi lại thư của kỳ cũ);',
      `• ghi "${to}" vào Kỳ báo cáo trong Cấu hình. Mẫu, Cấu hình và quyền giữ nguyên.`,
      '',
      'Nhớ sửa ngày trong bảng HẠN NỘP của Cấu hình cho kỳ mới. Tiếp tục?',
    ].join('\n'),
  emptyName: 'Chưa nhập tên kỳ mới: không có gì thay đổi.',
  sameName: (name: string) => `Kỳ "${name}" đang là kỳ hiện tại: không có gì thay đổi. Nhập tên của kỳ tiếp theo.`,
  tooLong: 'Tên kỳ dài quá 80 ký tự: hãy viết ngắn hơn, ví dụ "6 tháng cuối năm 2027".',
  unnamed: 'kỳ trước',
  archiveSheet: (period: string) => `Lưu ${period}`,
  done: (to: string, archive: string, units: number) =>
    `Đã mở kỳ "${to}". Số liệu kỳ trước lưu ở trang ẩn "${archive}" (xem: menu Xem › Trang tính ẩn). ` +
    `${units} trang đơn vị đã trống và mở cho đơn vị nhập. Hãy sửa ngày trong bảng HẠN NỘP của Cấu hình nếu chưa sửa.`,
  finishedEarlier: (to: string) =>
    `Lần trước việc mở kỳ "${to}" bị ngắt giữa chừng; lần này đã làm nốt (không lưu trùng, không mất số liệu).`,
  logDetail: (from: string, to: string, archive: string) =>
    `Từ kỳ "${from}" sang kỳ "${to}"; số liệu cũ ở "${archive}"`,
  archive: {
    title: (period: string) => `LƯU SỐ LIỆU KỲ BÁO CÁO: ${period}`,
    saved: (report: string, when: string, who: string) => `${report} — lưu lúc ${when} bởi ${who}`,
    summarySection: 'SỐ TỔNG HỢP CỦA KỲ',
    dataSection: 'SỐ LIỆU CÁC ĐƠN VỊ (như đơn vị đã nhập)',
    unitCode: 'Mã đơn vị',
    unit: 'Đơn vị',
    status: 'Trạng thái',
    keys: 'Mã chỉ số',
  },
};
