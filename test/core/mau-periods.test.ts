import { comparePeriods, keyMeasures, roads, type Summary, type UnitSummary } from '../../src/core';
import { unitSummary } from './fixtures/unit-summary';

const unit = (code: string, name: string, measures: Record<string, number | null>): UnitSummary =>
  unitSummary({ code, unit: name, measures });
const summary = (units: UnitSummary[], measures = ['duongDat', 'soDuong']): Summary => ({
  measures: measures.map((key) => ({ key, label: key })),
  units,
  total: Object.fromEntries(measures.map((k) => [k, units.reduce((s, u) => s + (u.measures[k] ?? 0), 0)])),
  totalTarget: null,
  completeness: { units: units.length, submitted: units.length, late: 0, withErrors: 0, missing: 0 },
});

describe('the previous period beside the current one', () => {
  test('units are matched by code, else by name; a unit new this period has no previous figures', () => {
    const now = summary([
      unit('05977', 'Phường Đông Kinh', { duongDat: 4, soDuong: 5 }),
      unit('DV02', 'Xã Tân Văn', { duongDat: 2, soDuong: 2 }),
      unit('06004', 'Xã Quốc Khánh', { duongDat: 1, soDuong: 1 }),
    ]);
    const before = summary(
      [unit('05977', 'Đông Kinh (cũ)', { duongDat: 3 }), unit('DV09', 'xa tan van', { duongDat: 2 })],
      ['duongDat'],
    );
    const c = comparePeriods(now, before);
    expect(c.measures.map((m) => m.key)).toEqual(['duongDat']);
    expect(c.units.map((u) => [u.unit, u.previous.duongDat, u.change.duongDat])).toEqual([
      ['Phường Đông Kinh', 3, 1],
      ['Xã Tân Văn', 2, 0],
      ['Xã Quốc Khánh', null, null],
    ]);
    expect(c.total).toEqual({ unit: '', current: { duongDat: 7 }, previous: { duongDat: 5 }, change: { duongDat: 2 } });
  });

  test('the measures shown beside the summary: the chart’s and the target’s first', () => {
    const c = comparePeriods(
      summary([], ['soDuong', 'duongDat', 'kinhPhi', 'coCamera']),
      summary([], ['soDuong', 'duongDat', 'kinhPhi', 'coCamera']),
    );
    expect(keyMeasures(roads, c)).toEqual(['duongDat', 'soDuong', 'coCamera']);
  });
});
