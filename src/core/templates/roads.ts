import { defineTemplate } from '../template';

const yes = (hint: string) => ({ type: 'yesno', required: true, hint }) as const;

/** Bắc Giang guide 13/HD-BTV (2020): roads "Sáng - Xanh - Sạch đẹp - An toàn", one row per road. */
export const roads = defineTemplate({
  id: 'con-duong-sxsdat',
  title: 'Con đường "Sáng - Xanh - Sạch đẹp - An toàn"',
  rowNoun: 'con đường',
  columns: [
    { key: 'tenDuong', label: 'Tên con đường', type: 'text', required: true, width: 200 },
    { key: 'diaBan', label: 'Xã/thôn', type: 'text', required: true, width: 160 },
    {
      key: 'chieuDai',
      label: 'Chiều dài (m)',
      type: 'number',
      required: true,
      min: 0,
      hint: 'nhập số mét, ví dụ 500',
    },
    { key: 'chieuSang', label: 'Điện thắp sáng ban đêm', ...yes('chọn Có nếu đường có điện chiếu sáng') },
    { key: 'hoaCay', label: 'Trồng hoa/cây xanh', ...yes('chọn Có nếu đường có hoa hoặc cây xanh') },
    { key: 'sachSe', label: 'Sạch, không rác thải', ...yes('chọn Có nếu đường thường xuyên sạch') },
    { key: 'bienBao', label: 'Gắn biển', ...yes('chọn Có nếu đã gắn biển') },
    { key: 'camera', label: 'Camera an ninh', type: 'yesno' },
    {
      key: 'ngayHoanThanh',
      label: 'Ngày hoàn thành',
      type: 'date',
      minDate: '2020-02-25',
      maxDate: '2020-09-30',
    },
    { key: 'kinhPhi', label: 'Kinh phí vận động (VNĐ)', type: 'integer', min: 0, hint: 'nhập số tiền, ví dụ 15000000' },
  ],
  criteria: [
    { key: 'du500m', label: 'Dài ít nhất 500 m', when: { column: 'chieuDai', op: '>=', value: 500 } },
    { key: 'coDien', label: 'Có điện thắp sáng', when: { column: 'chieuSang', op: '=', value: true } },
    { key: 'coHoa', label: 'Có hoa/cây xanh', when: { column: 'hoaCay', op: '=', value: true } },
    { key: 'sach', label: 'Sạch, không rác', when: { column: 'sachSe', op: '=', value: true } },
    { key: 'coBien', label: 'Có biển', when: { column: 'bienBao', op: '=', value: true } },
    {
      key: 'coCamera',
      label: 'Có camera (khuyến khích)',
      when: { column: 'camera', op: '=', value: true },
      encouraged: true,
    },
  ],
  derived: [{ key: 'dat', label: 'Đạt tiêu chuẩn', kind: 'passes' }],
  measures: [
    { key: 'soDuong', label: 'Số con đường', agg: 'count' },
    { key: 'duongDat', label: 'Đường đạt tiêu chuẩn', agg: 'countPassing' },
    { key: 'tongChieuDai', label: 'Tổng chiều dài (m)', agg: 'sum', column: 'chieuDai' },
    { key: 'coCamera', label: 'Đường có camera', agg: 'countYes', column: 'coCamera' },
    { key: 'kinhPhi', label: 'Kinh phí (VNĐ)', agg: 'sum', column: 'kinhPhi' },
    { key: 'datChiTieu', label: '% chỉ tiêu', agg: 'percentOfTarget' },
  ],
  target: { measure: 'duongDat', default: 9, label: 'Chỉ tiêu (con đường)' },
  score: {
    weights: [
      { measure: 'datChiTieu', weight: 1 },
      { measure: 'coCamera', weight: 2 },
    ],
  },
  chartMeasure: 'duongDat',
  deadlines: [{ code: 'tong-ket', title: 'Báo cáo tổng kết và đề nghị khen thưởng', date: '20/09/2020' }],
});
