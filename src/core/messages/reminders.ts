export const reminderText = {
  subjectBefore: (report: string, unit: string, days: number, date: string) =>
    `[Hội LHPN] ${unit}: còn ${days} ngày đến hạn nộp báo cáo ${report} (hạn ${date})`,
  subjectDue: (report: string, unit: string, date: string) =>
    `[Hội LHPN] ${unit}: hôm nay là hạn nộp báo cáo ${report} (hạn ${date})`,
  subjectOverdue: (report: string, unit: string, date: string) =>
    `[Hội LHPN] ${unit}: đã quá hạn nộp báo cáo ${report} (hạn ${date})`,
  subjectDigest: (report: string, date: string, submitted: number, all: number) =>
    `[Hội LHPN] Tình hình nộp báo cáo ${report} (hạn ${date}): ${submitted}/${all} đơn vị đã nộp`,
  greeting: (unit: string) => `Kính gửi ${unit},`,
  before: (deadline: string, date: string, days: number) =>
    `Hạn nộp "${deadline}" là ngày ${date}, còn ${days} ngày. Đơn vị chưa nộp báo cáo.`,
  due: (deadline: string, date: string) => `Hôm nay (${date}) là hạn nộp "${deadline}". Đơn vị chưa nộp báo cáo.`,
  overdue: (deadline: string, date: string, days: number) =>
    `Hạn nộp "${deadline}" là ngày ${date}, đã quá ${days} ngày. Đơn vị chưa nộp báo cáo, đề nghị nộp ngay.`,
  link: (url: string) => `Mở trang báo cáo của đơn vị: ${url}`,
  problemsHeader: (n: number) => `Trang báo cáo hiện còn ${n} lỗi cần sửa trước khi nộp:`,
  moreProblems: (n: number) => `… và ${n} lỗi khác (bấm Kiểm tra trong bảng tính để xem hết).`,
  noProblems: 'Trang báo cáo hiện chưa có lỗi nào được phát hiện.',
  howTo: 'Cách nộp: mở bảng tính, chọn menu Báo cáo Hội LHPN › Kiểm tra, sửa lỗi, rồi chọn Nộp báo cáo.',
  signature: 'Văn phòng Hội LHPN tỉnh (thư gửi tự động, vui lòng không trả lời).',
  digestIntro: (deadline: string, date: string, days: number) =>
    days >= 0
      ? `Hạn nộp "${deadline}" là ngày ${date} (còn ${days} ngày).`
      : `Hạn nộp "${deadline}" là ngày ${date} (đã quá ${-days} ngày).`,
  digestSubmitted: (n: number) => `Đã nộp (${n}):`,
  digestMissing: (n: number) => `Chưa nộp (${n}):`,
  digestBadAddresses: 'Địa chỉ email không gửi được (sửa trong Cấu hình):',
  digestDeferred: (n: number) => `${n} thư chưa gửi vì hết hạn mức gửi thư trong ngày, sẽ gửi ở lần chạy sau.`,
  noEmail: (unit: string) => `${unit}: chưa có email đầu mối`,
  none: '(không có)',
  subjectUnknown: (report: string, n: number) =>
    `[Hội LHPN] ${report}: ${n} thư nhắc hạn chưa rõ đã gửi hay chưa — cần người kiểm tra`,
  unknownHeader:
    'Thư nhắc hạn chưa rõ đã gửi hay chưa (lần gửi bị gián đoạn giữa chừng; hệ thống sẽ không gửi lại để tránh gửi hai lần):',
  unknownAdvice:
    'Đề nghị hỏi lại các đơn vị trên xem đã nhận thư chưa; nếu chưa, nhắc họ trực tiếp hoặc gửi lại bằng tay.',
  // A person settles a reminder of unknown fate (the board's list).
  settledSentLog: (by: string) => `Người kiểm tra (${by}) xác nhận đơn vị đã nhận thư này; không gửi lại.`,
  settledResendLog: (by: string) => `Người kiểm tra (${by}) cho gửi lại thư này.`,
  notUnknown:
    'Thư này không còn trong danh sách chưa rõ đã gửi (có thể người khác vừa xử lý). Bấm Làm mới để xem danh sách mới.',
  digestNoResend:
    'Thư tổng hợp cho tỉnh không gửi lại được (mỗi ngày có thư mới). Chọn “Đã xem” để bỏ nó khỏi danh sách.',
  subjectFailed: (report: string, at: string) => `[Hội LHPN] ${report}: lần nhắc hạn tự động lúc ${at} bị lỗi`,
  failedIntro: (at: string, what: string) => `Lần nhắc hạn tự động lúc ${at} bị dừng giữa chừng. Lý do: ${what}`,
  failedSent: (n: number) => `Thư đã gửi trong lần chạy này (${n}):`,
  failedNothingTwice:
    'Không thư nào bị gửi hai lần: mỗi thư được ghi lại trước khi gửi và không bao giờ gửi lại. Các thư còn lại sẽ được gửi ở lần chạy sau (sáng mai, hoặc chọn Nhắc hạn › Gửi nhắc hạn ngay).',
};
