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
  settingsGone:
    'Không tìm thấy trang Cấu hình: trang đã bị xóa hoặc đổi tên. Quản trị viên hãy khôi phục trang (Tệp › Lịch sử phiên bản) hoặc đổi lại đúng tên "Cấu hình", rồi chạy lại. Không có gì thay đổi.',
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
