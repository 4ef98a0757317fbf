import { defineTemplate } from '../template';

const yes = (key: string, label: string) => ({ key, label, type: 'yesno', required: true }) as const;
const holds = (key: string, label: string) =>
  ({ key: `${key}Dat`, label, when: { column: key, op: '=', value: true } }) as const;

const conditions: [string, string][] = [
  ['khongDoiNgheo', 'Không đói nghèo'],
  ['khongViPham', 'Không vi phạm pháp luật, tệ nạn xã hội'],
  ['khongBaoLuc', 'Không bạo lực gia đình'],
  ['khongSinhCon3', 'Không sinh con thứ ba trở lên'],
  ['khongTreSdd', 'Không trẻ suy dinh dưỡng, bỏ học'],
  ['sachNha', 'Sạch nhà'],
  ['sachBep', 'Sạch bếp'],
  ['sachNgo', 'Sạch ngõ'],
];

/** The campaign "Xây dựng gia đình 5 không, 3 sạch": one row per household of a branch. */
export const households = defineTemplate({
  id: 'gia-dinh-5k3s',
  title: 'Gia đình "5 không, 3 sạch"',
  rowNoun: 'hộ gia đình',
  columns: [
    { key: 'chuHo', label: 'Chủ hộ', type: 'text', required: true, width: 180 },
    { key: 'thonXom', label: 'Thôn/xóm', type: 'text', required: true, width: 140 },
    ...conditions.map(([k, l]) => yes(k, l)),
    { key: 'ghiChu', label: 'Ghi chú', type: 'text', width: 200 },
  ],
  criteria: conditions.map(([k, l]) => holds(k, l)),
  derived: [{ key: 'dat', label: 'Đạt "5 không, 3 sạch"', kind: 'passes' }],
  measures: [
    { key: 'soHo', label: 'Số hộ', agg: 'count' },
    { key: 'hoDat', label: 'Hộ đạt', agg: 'countPassing' },
    { key: 'tyLeDat', label: '% hộ đạt', agg: 'percentPassing' },
    ...conditions.map(([k, l]) => ({ key: `${k}Dat`, label: l, agg: 'countYes', column: k }) as const),
  ],
  chartMeasure: 'tyLeDat',
  deadlines: [
    { code: 'dot-1', title: 'Báo cáo 6 tháng đầu năm', date: '10/06' },
    { code: 'dot-2', title: 'Báo cáo năm', date: '10/11' },
  ],
});
