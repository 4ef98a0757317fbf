/** The printed summary, the official report (Báo cáo) and its settings block in Cấu hình. */

export const printText = {
  /** Excel's footer codes: &C centre, &P page, &N pages. */
  footer: '&CTrang &P/&N',
  menuItem: 'In Tổng hợp (PDF khổ A4)',
  pdfDialogTitle: 'In Tổng hợp',
  pdfLink: 'Mở bản PDF khổ A4 của trang Tổng hợp',
  pdfHelp:
    'Bản PDF mở trong thẻ mới của trình duyệt, bằng chính tài khoản Google của bạn: khổ A4 nằm ngang, vừa một trang theo chiều ngang, lặp dòng tiêu đề bảng ở mỗi trang. Tải về hoặc in từ đó.',
  noSummary: 'Chưa có trang Tổng hợp: bấm Tổng hợp trước rồi in.',
};

/** The BÁO CÁO block of Cấu hình: label, default, and what to type (column C). */
export const reportSettingsText = {
  section: 'BÁO CÁO GỬI CẤP TRÊN',
  sectionHelp: 'Dùng cho lệnh report và nút Báo cáo: để trống ô nào thì dùng giá trị mặc định.',
  fields: {
    parent: {
      label: 'Cơ quan chủ quản',
      default: 'HỘI LHPN TỈNH LẠNG SƠN',
      help: 'dòng trên của tên cơ quan, chữ in hoa, ví dụ HỘI LHPN TỈNH LẠNG SƠN',
    },
    issuer: {
      label: 'Cơ quan ban hành',
      default: 'BAN THƯỜNG VỤ',
      help: 'dòng dưới, in đậm, ví dụ BAN THƯỜNG VỤ',
    },
    code: { label: 'Ký hiệu văn bản', default: 'BC-BTV', help: 'phần sau dấu / của số văn bản, ví dụ BC-BTV' },
    number: { label: 'Số văn bản', default: '', help: 'để trống để ghi tay khi vào sổ văn bản đi' },
    place: { label: 'Địa danh', default: 'Lạng Sơn', help: 'nơi ban hành, ví dụ Lạng Sơn' },
    date: { label: 'Ngày báo cáo', default: '', help: 'ví dụ 12/06/2027; để trống là ngày lập báo cáo' },
    subject: {
      label: 'Trích yếu',
      default: '',
      help: 'tên báo cáo dưới chữ BÁO CÁO; để trống là "Kết quả" và tên báo cáo, kỳ báo cáo',
    },
    authority: {
      label: 'Thẩm quyền ký',
      default: 'TM. BAN THƯỜNG VỤ',
      help: 'ví dụ TM. BAN THƯỜNG VỤ hoặc KT. CHỦ TỊCH',
    },
    position: { label: 'Chức vụ người ký', default: 'CHỦ TỊCH', help: 'ví dụ CHỦ TỊCH, PHÓ CHỦ TỊCH' },
    signer: { label: 'Người ký', default: '', help: 'họ và tên người ký, ví dụ Nguyễn Thị Hoa' },
    recipients: {
      label: 'Nơi nhận',
      default: 'TW Hội LHPN Việt Nam (để b/c); Thường trực Tỉnh ủy (để b/c); Các đồng chí UV BTV; Lưu: VT.',
      help: 'các nơi nhận cách nhau dấu chấm phẩy ;',
    },
  },
  badDate: (v: string) => `ngày báo cáo "${v}" không đúng — nhập ngày/tháng/năm, ví dụ 12/06/2027, hoặc để trống`,
};

/** The official report's fixed words (Nghị định 30/2020/NĐ-CP, Phụ lục I) and the sentences of its body. */
export const reportText = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  number: (n: string, code: string) => `Số: ${n || '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0'}/${code}`,
  placeDate: (place: string, d: string, m: string, y: string) => `${place}, ngày ${d} tháng ${m} năm ${y}`,
  title: 'BÁO CÁO',
  subject: (report: string, period: string) => `Kết quả ${report}${period ? `, ${period}` : ''}`,
  recipientsTitle: 'Nơi nhận:',
  annexTitle: 'Phụ lục',
  annexSubject: (report: string) => `SỐ LIỆU TỔNG HỢP — ${report}`,
  annexNote: (num: string, date: string) => `(Kèm theo Báo cáo${num ? ` số ${num}` : ''} ngày ${date})`,
  sections: {
    completeness: 'I. TÌNH HÌNH NỘP BÁO CÁO',
    results: 'II. KẾT QUẢ',
    next: 'III. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI',
  },
  submitted: (n: number, all: number, pct: string, onTime: number, late: number) =>
    `Đến ngày báo cáo, ${n}/${all} đơn vị đã nộp báo cáo (${pct}), trong đó ${onTime} đơn vị nộp đúng hạn, ${late} đơn vị nộp muộn.`,
  lateUnits: (names: string) => `Đơn vị nộp muộn: ${names}.`,
  notSubmitted: (n: number, names: string) => `Còn ${n} đơn vị chưa nộp báo cáo: ${names}.`,
  allSubmitted: 'Tất cả các đơn vị đã nộp báo cáo.',
  missing: (n: number, names: string) => `${n} đơn vị chưa có số liệu (không tìm thấy trang tính): ${names}.`,
  withErrors: (n: number, names: string) => `${n} đơn vị còn lỗi số liệu cần sửa: ${names}.`,
  totals: (report: string) => `Tổng hợp số liệu toàn tỉnh (${report}):`,
  measure: (label: string, value: string) => `${label}: ${value}.`,
  target: (label: string, reached: string, target: string, pct: string) =>
    `${label}: đạt ${reached} trên chỉ tiêu ${target} (${pct}).`,
  targetPercent: (label: string, reached: string, target: string) => `${label}: đạt ${reached} (chỉ tiêu ${target}).`,
  andOthers: (names: string, rest: number) => `${names} và ${rest} đơn vị khác (xem Phụ lục)`,
  reachedTarget: (n: number, names: string) => `${n} đơn vị đạt hoặc vượt chỉ tiêu: ${names}.`,
  belowTarget: (n: number, names: string) => `${n} đơn vị chưa đạt chỉ tiêu: ${names}.`,
  leading: (what: string, names: string) => `Dẫn đầu về ${what}: ${names}.`,
  lagging: (what: string, names: string) => `Thấp nhất về ${what}: ${names}.`,
  scoreWord: 'điểm thi đua',
  unitValue: (name: string, value: string) => `${name} (${value})`,
  nextSteps:
    'Đề nghị các đơn vị chưa nộp hoàn thành báo cáo; các đơn vị còn lỗi rà soát, sửa số liệu. (Văn phòng bổ sung nhận xét, đánh giá và kiến nghị trước khi trình ký.)',
  nextStepsDone:
    'Tiếp tục duy trì, nhân rộng các mô hình hiệu quả. (Văn phòng bổ sung nhận xét, đánh giá và kiến nghị trước khi trình ký.)',
  none: 'không có',
};

export const reportCliText = {
  usage: '  tong-hop report SO.xlsx|THƯ_MỤC --out BAO-CAO.docx [--force]   viết Báo cáo (văn bản .docx) từ Tổng hợp',
  written: (file: string, pages: string) =>
    `Đã viết Báo cáo vào ${file} (${pages}). Mở bằng Word hoặc LibreOffice để sửa lời văn trước khi trình ký.`,
  parts: 'văn bản và phụ lục số liệu',
  notDocx: (file: string) => `"${file}" không phải tên tệp .docx — ví dụ --out bao-cao.docx`,
};

/** The Báo cáo dialog in Sheets, which builds the .docx in the browser. */
export const reportPageText = {
  menuItem: 'Viết Báo cáo gửi cấp trên (.docx)',
  title: 'Báo cáo gửi cấp trên',
  building: 'Đang đọc số liệu và viết Báo cáo…',
  ready:
    'Báo cáo đã sẵn sàng. Tải về, mở bằng Word (hoặc tải lên Google Drive và mở bằng Google Tài liệu), sửa lời văn rồi trình ký.',
  download: 'Tải Báo cáo (.docx)',
  fileName: 'bao-cao.docx',
  failed: (why: string) => `Không viết được Báo cáo: ${why}`,
  settingsHint: 'Tên cơ quan, số, địa danh, người ký, nơi nhận: sửa ở khối BÁO CÁO GỬI CẤP TRÊN của trang Cấu hình.',
};
