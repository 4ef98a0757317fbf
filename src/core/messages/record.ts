/** Words of the Sheets door about the submission record, Cấu hình's problems, rights and Google's errors. */
export const recordText = {
  severalUnits: (units: readonly string[]) =>
    `Email của bạn là đầu mối của nhiều đơn vị (${units.join(', ')}) — mở trang tính của đơn vị cần làm rồi bấm lại.`,
  settingsProblems: (n: number) => `Trang Cấu hình có ${n} vấn đề cần sửa (đơn vị có lỗi chưa được dùng):`,
  settingsProblemLine: (cell: string, message: string) => `• Cấu hình!${cell}: ${message}`,
  checkSubmitted: (status: string, errors: number) =>
    `Báo cáo đã nộp (${status}) nên không sửa được nữa; Kiểm tra chỉ xem, không đánh dấu ô nào. ${errors === 0 ? 'Không có lỗi nào.' : `Còn ${errors} lỗi — cần sửa thì nhờ tỉnh mở lại báo cáo.`}`,
  errors: {
    timedOut:
      'Google Sheets phản hồi quá lâu nên việc này bị dừng giữa chừng. Số liệu đã nhập không mất; bấm lại để hệ thống làm tiếp phần còn lại.',
    serverError:
      'Máy chủ của Google gặp lỗi tạm thời. Số liệu đã nhập không mất; đợi một lát rồi bấm lại để hệ thống làm tiếp phần còn lại.',
    quota:
      'Google đang giới hạn số lần dùng dịch vụ của tài khoản này. Số liệu đã nhập không mất; đợi vài phút rồi bấm lại.',
    unexpected:
      'Có lỗi không lường trước nên việc này bị dừng. Số liệu đã nhập không mất; bấm lại, nếu vẫn lỗi hãy gửi dòng chi tiết dưới đây cho Văn phòng tỉnh.',
    withDetail: (said: string, english: string) => `${said}\n\n(Chi tiết kỹ thuật từ Google: ${english})`,
  },
  noneSubmitted: 'Chưa có đơn vị nào nộp báo cáo, không có báo cáo nào cần mở lại.',
  reopenPick: (list: string) => `Mở lại báo cáo của đơn vị nào? Nhập số thứ tự hoặc tên đơn vị:\n${list}`,
  reopenNoMatch: (answer: string, list: string) =>
    `Không có đơn vị đã nộp nào khớp với "${answer}". Chọn lại Mở lại báo cáo… và nhập một số trong danh sách:\n${list}`,
  renamedTab: (sheet: string, unit: string, other: string) =>
    `không tìm thấy trang tính "${sheet}" của đơn vị ${unit}, nhưng trang "${other}" có tiêu đề của đơn vị này — nếu đó là trang của đơn vị, đổi tên trang về "${sheet}" hoặc ghi "${other}" vào cột Tên trang tính trong Cấu hình, rồi chạy lại`,
  foreignTab: (sheet: string, unit: string) =>
    `trang tính "${sheet}" của đơn vị ${unit} đã có sẵn trong bảng tính nhưng không phải trang báo cáo (không có dòng "Đơn vị: …" hay "Trạng thái: …" ở đầu trang) — hệ thống không ghi gì vào trang này; ghi một tên trang tính khác cho đơn vị ở cột Tên trang tính trong Cấu hình, rồi chạy lại Thiết lập báo cáo`,
  doneButNoRefresh: (done: string, why: string) =>
    `${done} Việc đã làm xong; chỉ bảng điều khiển chưa tải lại được — bấm Làm mới.\n\n${why}`,
  checkedNotMarked: (errors: number) =>
    `${errors === 0 ? 'Không có lỗi nào.' : `Còn ${errors} lỗi (xem danh sách trên bảng điều khiển).`} Bạn không có quyền sửa trang này nên các ô không được tô đánh dấu.`,
  moreProblems: (n: number) => `… và ${n} vấn đề khác (xem bảng điều khiển).`,
};
