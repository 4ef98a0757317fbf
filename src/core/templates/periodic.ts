import { defineTemplate } from '../template';

const count = { type: 'integer', min: 0, hint: 'nhập số nguyên không âm, ví dụ 120' } as const;

/** Lạng Sơn plan 80/KH-BTV: half-yearly report of the emulation movement, one row per grassroots unit. */
export const periodicReport = defineTemplate({
  id: 'bao-cao-dinh-ky',
  title: 'Báo cáo định kỳ phong trào thi đua',
  rowNoun: 'cơ sở Hội',
  columns: [
    { key: 'coSo', label: 'Tên cơ sở Hội', type: 'text', required: true, width: 200 },
    { key: 'hoiVien', label: 'Số hội viên', required: true, ...count },
    { key: 'hoiVienDangKy', label: 'Hội viên đăng ký thi đua', ...count },
    { key: 'hoGiaDinh', label: 'Số hộ gia đình', ...count },
    { key: 'hoDangKy', label: 'Hộ đăng ký "5 không, 3 sạch"', ...count },
    { key: 'hoDat', label: 'Hộ đạt "5 không, 3 sạch"', ...count },
    { key: 'daKiemTra', label: 'Đã kiểm tra trong kỳ', type: 'yesno', required: true },
    { key: 'moHinh', label: 'Mô hình, điển hình được biểu dương', ...count },
    { key: 'tapTheKhen', label: 'Tập thể được khen thưởng', ...count },
    { key: 'caNhanKhen', label: 'Cá nhân được khen thưởng', ...count },
    { key: 'phuNuKhoKhan', label: 'Phụ nữ khó khăn được hỗ trợ', ...count },
    { key: 'ghiChu', label: 'Ghi chú', type: 'text', width: 200 },
  ],
  criteria: [{ key: 'kiemTra', label: 'Được kiểm tra', when: { column: 'daKiemTra', op: '=', value: true } }],
  rules: [
    {
      key: 'dangKyToiDa',
      left: 'hoiVienDangKy',
      op: '<=',
      right: 'hoiVien',
      message: 'Hội viên đăng ký thi đua không được nhiều hơn số hội viên',
    },
    {
      key: 'hoDangKyToiDa',
      left: 'hoDangKy',
      op: '<=',
      right: 'hoGiaDinh',
      message: 'Hộ đăng ký "5 không, 3 sạch" không được nhiều hơn số hộ gia đình',
    },
    {
      key: 'hoDatToiDa',
      left: 'hoDat',
      op: '<=',
      right: 'hoDangKy',
      message: 'Hộ đạt "5 không, 3 sạch" không được nhiều hơn số hộ đăng ký',
    },
  ],
  derived: [{ key: 'tyLeHoDat', label: 'Tỷ lệ hộ đạt', kind: 'ratio', numerator: 'hoDat', denominator: 'hoDangKy' }],
  measures: [
    { key: 'soCoSo', label: 'Số cơ sở báo cáo', agg: 'count' },
    { key: 'hoiVien', label: 'Hội viên', agg: 'sum', column: 'hoiVien' },
    { key: 'hoiVienDangKy', label: 'Hội viên đăng ký thi đua', agg: 'sum', column: 'hoiVienDangKy' },
    {
      key: 'tyLeDangKy',
      label: '% hội viên đăng ký',
      agg: 'ratioOfSums',
      numerator: 'hoiVienDangKy',
      denominator: 'hoiVien',
    },
    { key: 'hoDangKy', label: 'Hộ đăng ký 5K3S', agg: 'sum', column: 'hoDangKy' },
    { key: 'hoDat', label: 'Hộ đạt 5K3S', agg: 'sum', column: 'hoDat' },
    { key: 'tyLeHoDat', label: '% hộ đạt', agg: 'ratioOfSums', numerator: 'hoDat', denominator: 'hoDangKy' },
    { key: 'tyLeKiemTra', label: '% cơ sở được kiểm tra', agg: 'percentYes', column: 'daKiemTra' },
    { key: 'moHinh', label: 'Mô hình, điển hình', agg: 'sum', column: 'moHinh' },
    { key: 'tapTheKhen', label: 'Tập thể được khen', agg: 'sum', column: 'tapTheKhen' },
    { key: 'caNhanKhen', label: 'Cá nhân được khen', agg: 'sum', column: 'caNhanKhen' },
    { key: 'phuNuKhoKhan', label: 'Phụ nữ khó khăn được hỗ trợ', agg: 'sum', column: 'phuNuKhoKhan' },
    { key: 'datChiTieu', label: '% chỉ tiêu kiểm tra', agg: 'percentOfTarget' },
  ],
  target: { measure: 'tyLeKiemTra', default: 100, label: 'Chỉ tiêu kiểm tra (%)' },
  score: {
    weights: [
      { measure: 'tyLeDangKy', weight: 0.4 },
      { measure: 'tyLeHoDat', weight: 0.3 },
      { measure: 'tyLeKiemTra', weight: 0.3 },
    ],
  },
  chartMeasure: 'tyLeHoDat',
  deadlines: [
    { code: 'dot-1', title: 'Báo cáo 6 tháng đầu năm', date: '10/06' },
    { code: 'dot-2', title: 'Báo cáo năm', date: '10/11' },
  ],
});
