/**
 * The fakes' print-layout calls, after Google's reference of Range and Sheet
 * (developers.google.com/apps-script/reference/spreadsheet/range, …/sheet):
 * "setBorder(top, left, bottom, right, vertical, horizontal)" — six sides, null leaves a side unchanged;
 * "mergeAcross() Merge the cells in the range across the columns of the range";
 * "clear() Clears the sheet of content and formatting information" (borders are formatting);
 * "setRowHeight(rowPosition, height) Sets the row height of the given row in pixels".
 */
import { Google, World } from '../fakes';

describe('the fakes lay out a sheet as Google does', () => {
  test('setBorder takes the six sides; fewer arguments do not match its signature', () => {
    const g = new Google(new World({ now: '2020-09-17T01:00:00Z', user: 'admin@x.vn' }));
    const s = g.ss.getActiveSheet();
    expect(() => s.getRange('A1:B2').setBorder(true, true)).toThrow(/method signature/);
    s.getRange('A1:B2').setBorder(true, true, true, true, null, false);
    expect(g.ss._sheet('Trang tính1').borders).toEqual([{ a1: 'A1:B2', sides: [true, true, true, true, null, false] }]);
  });

  test('mergeAcross merges each row of the range on its own', () => {
    const g = new Google(new World({ now: '2020-09-17T01:00:00Z', user: 'admin@x.vn' }));
    g.ss.getActiveSheet().getRange(1, 1, 3, 5).mergeAcross();
    expect(g.ss._sheet('Trang tính1').merges).toEqual(['R1C1:C5', 'R2C1:C5', 'R3C1:C5']);
  });

  test('clear() removes borders with the rest of the formatting; widths and heights are kept in pixels', () => {
    const g = new Google(new World({ now: '2020-09-17T01:00:00Z', user: 'admin@x.vn' }));
    const s = g.ss.getActiveSheet();
    s.getRange('A1:C3').setBorder(true, true, true, true, true, true);
    s.setRowHeight(4, 50);
    s.setColumnWidth(2, 210);
    const raw = g.ss._sheet('Trang tính1');
    expect(raw.borders).toHaveLength(1);
    s.clear();
    expect(raw.borders).toHaveLength(0);
    expect(raw.rowHeights.get(4)).toBe(50);
    expect(raw.columnWidths.get(2)).toBe(210);
  });
});
