import { defineTemplate } from '../template';

const criterionColumn = (key: string, label: string) => ({ key, label, type: 'yesno', required: true }) as const;

/** Bắc Giang guide 13/HD-BTV: award nominations with the guide's criteria. */
export const nominations = defineTemplate({
  id: 'de-nghi-khen-thuong',
  title: 'Đề nghị khen thưởng',
  rowNoun: 'đề nghị',
  columns: [
    { key: 'doiTuong', label: 'Tập thể/Cá nhân', type: 'choice', choices: ['Tập thể', 'Cá nhân'], required: true },
    { key: 'ten', label: 'Tên tập thể/cá nhân', type: 'text', required: true, width: 200 },
    { key: 'hanhDong', label: 'Hành động thiết thực', type: 'text', required: true, width: 260 },
    criterionColumn('phamVi', 'Phạm vi, quy mô, lan tỏa'),
    criterionColumn('sangTao', 'Sáng tạo, đột phá'),
    criterionColumn('hieuQua', 'Hiệu quả cụ thể, nổi trội'),
    criterionColumn('ghiNhan', 'Được cấp trên, cộng đồng ghi nhận'),
    { key: 'minhChung', label: 'Minh chứng', type: 'text', width: 200 },
  ],
  criteria: [
    { key: 'coPhamVi', label: 'Phạm vi, lan tỏa', when: { column: 'phamVi', op: '=', value: true } },
    { key: 'coSangTao', label: 'Sáng tạo', when: { column: 'sangTao', op: '=', value: true } },
    { key: 'coHieuQua', label: 'Hiệu quả', when: { column: 'hieuQua', op: '=', value: true } },
    { key: 'duocGhiNhan', label: 'Được ghi nhận', when: { column: 'ghiNhan', op: '=', value: true } },
  ],
  derived: [{ key: 'duTieuChi', label: 'Đủ tiêu chí', kind: 'passes' }],
  measures: [
    { key: 'soDeNghi', label: 'Số đề nghị', agg: 'count' },
    { key: 'duTieuChi', label: 'Đủ tiêu chí', agg: 'countPassing' },
    { key: 'tyLe', label: '% đủ tiêu chí', agg: 'percentPassing' },
  ],
  chartMeasure: 'duTieuChi',
  deadlines: [{ code: 'de-nghi', title: 'Gửi đề nghị khen thưởng', date: '20/09/2020' }],
});
