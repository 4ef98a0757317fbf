/** The Tổng hợp sheet as the province reads it: the total row, which columns show %, cell names. */
import { a1, aggregate, messages, readStatus, renderSummary, type Unit, validateSheet } from '../../src/core';
import { roads } from '../../src/core/templates';

const TZ = 'Asia/Ho_Chi_Minh';
const header = roads.columns.map((c) => c.label);
const road = (len: unknown) => ['Đường', 'Thôn', len, 'Có', 'Có', 'Có', 'Có', '', '', ''];
const unit = (name: string): Unit => ({ code: name, name, sheet: name, emails: [], target: 2 });
const input = (name: string, rows: unknown[][]) => {
  const values = [['T'], ['Đơn vị'], ['Trạng thái: Chưa nộp'], [''], header, ...rows];
  return { unit: unit(name), report: validateSheet(roads, name, values, TZ), status: readStatus(values) };
};

// Built inside each test: Stryker's per-test coverage credits only code run in a test's body (docs/mutation.md).
const built = () => {
  const summary = aggregate(roads, [
    input('Xã A', [road(600), road('năm trăm')]),
    input('Xã B', [road(700), road(800), road(900)]),
    { unit: unit('Xã C'), report: null, status: { state: 'draft' as const } },
  ]);
  const layout = renderSummary(roads, summary, 'Con đường', '08:00 17/09/2020');
  const headRow = layout.values.find((r) => r.includes(messages.summaryText.headers.rows)) ?? [];
  return { layout, total: layout.values[layout.totalRow - 1], col: (label: string) => headRow.indexOf(label) };
};

test('the total row adds up the rows and errors of the units whose tabs were found', () => {
  const { total, col } = built();
  expect(total[col(messages.summaryText.headers.rows)]).toBe(5);
  expect(total[col(messages.summaryText.headers.errors)]).toBe(1);
});

test('only the % columns are formatted as percentages', () => {
  const { layout } = built();
  const percent = roads.measures.filter((m) => m.agg === 'percentOfTarget').map((m) => layout.measureCols[m.key]);
  expect(layout.percentCols).toEqual(percent);
});

test('cells past column Z are named AA, AZ, BA as in Sheets', () => {
  expect([a1(6, 26), a1(6, 27), a1(6, 52), a1(6, 53)]).toEqual(['Z6', 'AA6', 'AZ6', 'BA6']);
});
