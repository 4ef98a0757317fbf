/** Words of the Sheets door about the submission record, Cấu hình's problems, rights and Google's errors. */
export const recordText = {
  severalUnits: (units: readonly string[]) =>
    `Email của bạn là đầu mối của nhiều đơn vị (${units.join(', ')}) — mở trang tính của đơn vị cần làm rồi bấm lại.`,
  settingsProblems: (n: number) => `Trang Cấu hình có ${n} vấn đề cần sửa (đơn vị có lỗi chưa được dùng):`,
  settingsProblemLine: (cell: string, message: string) => `• Cấu hình!${cell}: ${message}`,
  moreProblems: (n: number) => `… và ${n} vấn đề khác (xem bảng điều khiển).`,
};
