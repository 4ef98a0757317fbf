/** The two answers of every yes/no column, dropdown and setting. */
export const yesNo = { yes: 'Có', no: 'Không' } as const;

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
    period: 'Mở kỳ báo cáo mới',
  },
};
