/** What set-up says when it nears Apps Script's time limit and finishes by itself (issue 11). */
export const budgetText = {
  /** The admin's alert when a run stops before the last unit. */
  setupPaused: (done: number, total: number) =>
    `Đã thiết lập ${done}/${total} đơn vị. Để không vượt giới hạn 6 phút của Google, việc thiết lập sẽ tự tiếp tục sau khoảng 1 phút; không cần làm gì thêm. Kết quả được ghi vào Nhật ký.`,
  /** The log's entry of a run that stopped and scheduled its continuation. */
  setupPausedLog: (done: number, total: number) =>
    `Thiết lập tạm dừng ở ${done}/${total} đơn vị (gần hết thời gian cho phép), sẽ tự tiếp tục sau khoảng 1 phút.`,
};
