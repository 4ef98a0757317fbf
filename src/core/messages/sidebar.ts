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
  summarize: 'Tổng hợp',
  summarizing: 'Đang tổng hợp, vui lòng đợi…',
  neverSummarized: 'Chưa tổng hợp lần nào.',
  reopen: 'Mở lại',
  confirmReopen: (unit: string) => `Mở lại báo cáo của ${unit} để đơn vị sửa và nộp lại?`,
  reminders: 'Nhắc hạn hôm nay',
  previewing: 'Đang lập danh sách…',
  previewNone: 'Hôm nay không có email nhắc hạn nào cần gửi.',
  previewCount: (n: number, deferred: number) =>
    `${n} email sẽ được gửi${deferred ? `, ${deferred} email để hôm sau (hết hạn mức)` : ''}:`,
  sending: 'Đang gửi…',
  sent: (n: number, deferred: number, failed: number) =>
    `Đã gửi ${n} email${deferred ? `, ${deferred} để lần sau` : ''}${failed ? `, ${failed} địa chỉ lỗi` : ''}.`,
  autoOn: 'Nhắc hạn tự động: đang bật',
  autoOff: 'Nhắc hạn tự động: đang tắt (bật trong menu Báo cáo Hội LHPN › Nhắc hạn)',
  kinds: { before: 'Nhắc trước hạn', due: 'Đúng ngày hạn', overdue: 'Quá hạn', digest: 'Tổng hợp cho tỉnh' },
  // The province's board (issue 12).
  missingTabHint: 'bấm tên để xem cách sửa',
  filters: {
    todo: 'Cần xử lý',
    errors: 'Có lỗi',
    overdue: 'Quá hạn',
    late: 'Nộp muộn',
    missing: 'Thiếu trang',
    submitted: 'Đã nộp',
    all: 'Tất cả',
  },
  settingsIssues: (n: number) => `Trang Cấu hình có ${n} vấn đề cần sửa — bấm một dòng để tới ô đó:`,
  filterEmpty: 'Không có đơn vị nào ở mục này.',
  searchLabel: 'Tìm đơn vị',
  searchPlaceholder: 'Tìm đơn vị, vd. tien du',
  searchNone: (q: string) => `Không có đơn vị nào khớp "${q}".`,
  sortLabel: 'Xếp theo',
  sorts: { status: 'Xếp: trạng thái', name: 'Xếp: tên', errors: 'Xếp: số lỗi' },
  shown: (n: number, all: number) => (n === all ? `${n} đơn vị` : `${n}/${all} đơn vị`),
  foldedSubmitted: (n: number) => `${n} đơn vị đã nộp được ẩn — bấm "Đã nộp" hoặc "Nộp muộn" để xem.`,
  overdueDays: (n: number) => `Quá hạn ${n} ngày`,
  errorsCount: (n: number) => `${n} lỗi`,
  notStarted: 'chưa nhập dòng nào',
  filledRows: (n: number) => `đã nhập ${n} dòng`,
  missingTab: 'Thiếu trang tính',
  notSubmitted: 'Chưa nộp',
  submittedAt: (at: string) => `Đã nộp ${at}`,
  lateBy: (days: number | null, at: string) => `Nộp muộn${days ? ` ${days} ngày` : ''} · ${at}`,
  openUnit: (unit: string) => `Mở trang của ${unit}`,
  opening: 'Đang mở trang…',
  opened: (n: number) => (n ? `Đã mở trang. ${n} lỗi:` : 'Đã mở trang. Không có lỗi nào.'),
  remind: 'Nhắc',
  reminding: 'Đang gửi email nhắc…',
  // Reminders whose fate is unknown (issue 8): a person says what happened.
  unknownTitle: (n: number) => `${n} thư nhắc chưa rõ đã gửi hay chưa`,
  unknownHelp:
    'Lần gửi bị gián đoạn nên hệ thống không gửi lại, để tránh gửi hai lần. Hỏi đơn vị xem đã nhận chưa rồi chọn:',
  unknownSent: 'Đơn vị đã nhận',
  unknownResend: 'Gửi lại',
  unknownSeen: 'Đã xem',
  settling: 'Đang ghi nhận…',
  settledSent: 'Đã ghi nhận: thư này đã gửi, sẽ không gửi lại.',
  settledResendLater:
    'Đã cho phép gửi lại. Hôm nay thư này không còn đến hạn gửi: lần nhắc tới sẽ gửi nếu đơn vị vẫn chưa nộp.',
  reminded: (r: { sent: number; deferred: number; failed: string[]; unknown: number }) =>
    r.sent
      ? 'Đã gửi email nhắc.'
      : r.unknown
        ? 'Google không trả lời rõ email đã đi chưa: email này sẽ không gửi lại, quản trị viên đã được báo.'
        : r.failed.length
          ? `Không gửi được: ${r.failed.join('; ')}`
          : r.deferred
            ? 'Hết hạn mức email hôm nay: email sẽ được gửi lần sau.'
            : 'Không gửi: đơn vị đã được nhắc lần này rồi, hoặc hôm nay chưa tới ngày nhắc.',
  reopening: 'Đang mở lại…',
  reopened: 'Đã mở lại báo cáo.',
  close: 'Đóng',
  remindAll: (n: number) => `Nhắc ${n} đơn vị chưa nộp`,
  previewHead: (units: number, deferred: number) =>
    `${units} đơn vị sẽ nhận email nhắc${deferred ? ` (${deferred} email để hôm sau: hết hạn mức)` : ''}. Bỏ dấu ở đơn vị không muốn nhắc.`,
  autoShort: (on: boolean) => (on ? 'Tự động: đang bật' : 'Tự động: đang tắt'),
  sendPicked: (n: number) => `Gửi ${n} email`,
  digestToo: (n: number) => `Kèm ${n} email tổng hợp gửi quản trị viên.`,
  digestLater: 'Khi bỏ bớt đơn vị, email tổng hợp cho quản trị viên chưa gửi lần này.',
  // The board's figures come from each unit's last check (issue 11).
  notRead: 'chưa kiểm tra',
  notReadTitle: 'Chưa có lần Kiểm tra, Nộp hay Tổng hợp nào đọc trang này. Bấm "Làm mới toàn bộ" để đọc ngay.',
  readAt: (at: string) => `Số liệu đọc lúc ${at}`,
  figuresSince: (at: string | null, unread: number) =>
    [at ? `Số liệu lúc ${at} trở về sau` : '', unread ? `${unread} đơn vị chưa kiểm tra` : '']
      .filter(Boolean)
      .join(' · '),
  refreshAll: 'Làm mới toàn bộ',
  refreshingAll: 'Đang đọc lại trang của mọi đơn vị, vui lòng đợi…',
};

/** What the server says about a missing unit tab, shown on the board (kept apart: Code.js needs none of the rest). */
export const boardText = {
  missingTabUnit: (sheet: string) =>
    `Không tìm thấy trang tính "${sheet}" của đơn vị. Hãy báo Hội LHPN tỉnh để tỉnh khôi phục trang này; đơn vị không tự sửa được.`,
  missingTabAdmin: (sheet: string) =>
    `Không có trang tính "${sheet}". Nếu trang bị đổi tên, đổi lại đúng tên này; nếu bị xóa, chọn Báo cáo Hội LHPN › Thiết lập báo cáo để tạo lại trang trống.`,
};
