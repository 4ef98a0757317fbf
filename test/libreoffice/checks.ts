/**
 * The assertions on workbooks saved by LibreOffice Calc, shared by the live suite and the fixture tests.
 * Each names the file it expects (by its fixture name) and checks what `validate` and `aggregate` say.
 */
import { join } from 'node:path';
import { defineTemplate, messages, validateSheet } from '../../src/core';
import { readWorkbook, sheetValues } from '../../src/local/xlsx';
import { tongHop } from '../local/helpers';
import { mergedRoads, refilledRoads, roadTotals, typedRoads } from './cases';

const cell = messages.cellMessages;
const periodicHint = 'nhập số nguyên không âm, ví dụ 120';

type IssueJson = { sheet: string; cell: string; severity: string; message: string; value: string };

function validateJson(file: string): { code: number | null; issues: IssueJson[] } {
  const r = tongHop(['validate', file, '--json']);
  return { code: r.code, issues: JSON.parse(r.stdout).issues };
}

function aggregateJson(file: string, out: string) {
  const r = tongHop(['aggregate', file, '--out', out, '--json']);
  return { code: r.code, json: JSON.parse(r.stdout) };
}

const unitOf = (json: { units: { unit: string }[] }, name: string) =>
  json.units.find((u) => u.unit === name) as unknown as { measures: Record<string, number>; errors: number };

function remindJson(file: string, today: string) {
  const r = tongHop(['remind', file, '--today', today, '--json']);
  return { code: r.code, json: JSON.parse(r.stdout) };
}

const subjectsOf = (json: { emails: { kind: string; unit: string; subject: string }[] }) =>
  json.emails.filter((m) => m.kind !== 'digest').map((m) => [m.unit, m.subject]);

export const checks: Record<string, (file: string, dir: string) => Promise<void>> = {
  /** The tool's own init output, opened and saved by LibreOffice without an edit. */
  'lo-resaved.xlsx': async (file) => {
    const r = tongHop(['validate', file]);
    expect(r.stdout.trim()).toBe(messages.cliText.noProblems);
    expect(r.code).toBe(0);
  },

  /** Booleans saved as =TRUE()/=FALSE() with cached 1/0, formulas with cached 0: every Không stays Không. */
  'lo-types.xlsx': async (file, dir) => {
    const v = validateJson(file);
    expect(v.issues).toEqual([]);
    expect(v.code).toBe(0);
    const a = aggregateJson(file, join(dir, 'kq-types.xlsx'));
    expect(unitOf(a.json, 'Xã A').measures).toEqual(roadTotals(typedRoads, 2));
  },

  /** A place and the funds merged over two roads; the third road hidden, with a comment. */
  'lo-merged.xlsx': async (file, dir) => {
    const v = validateJson(file);
    expect(v.issues.map((i) => [i.cell, i.severity, i.message])).toEqual([
      ['J6', 'warning', messages.xlsxText.mergedNumber('J6:J7', '20000000', 6)],
      ['A8', 'warning', messages.xlsxText.hiddenRow(8)],
    ]);
    expect(v.code).toBe(0);
    const a = aggregateJson(file, join(dir, 'kq-merged.xlsx'));
    expect(unitOf(a.json, 'Xã B').measures).toEqual(roadTotals(mergedRoads, 9));
  },

  /** 100% and 85% typed in count columns are refused as the user sees them; FALSE stays Không. */
  'lo-percent.xlsx': async (file) => {
    const v = validateJson(file);
    expect(v.issues.map((i) => [i.cell, i.value, i.message])).toEqual([
      ['B6', '100%', cell.notNumber('100%', periodicHint)],
      ['C7', '85%', cell.notNumber('85%', periodicHint)],
    ]);
    expect(v.code).toBe(1);
    // In a percent column, what the user sees is the number: 85% is 85.
    const tpl = defineTemplate({
      id: 'ty-le',
      title: 'Tỷ lệ',
      rowNoun: 'dòng',
      columns: [
        { key: 'ten', label: 'Tên', type: 'text', required: true },
        { key: 'tyLe', label: 'Tỷ lệ đạt', type: 'percent', required: true },
      ],
      measures: [{ key: 'n', label: 'Số dòng', agg: 'count' }],
      deadlines: [],
    });
    const ws = (await readWorkbook(file)).getWorksheet('Tỷ lệ');
    const report = validateSheet(tpl, 'Tỷ lệ', sheetValues(ws as never), 'UTC');
    expect(report.issues).toEqual([]);
    expect(report.rows.map((r) => r.values.tyLe)).toEqual([85, 85.5, 100]);
  },

  /** Cấu hình retyped: the deadline a real date cell, offsets and a target as numbers. */
  'lo-settings.xlsx': async (file, dir) => {
    const v = validateJson(file);
    expect(v.issues).toEqual([]);
    expect(v.code).toBe(0);
    const a = aggregateJson(file, join(dir, 'kq-settings.xlsx'));
    expect(unitOf(a.json, 'Xã A').measures).toEqual(roadTotals(typedRoads, 2));
    // Reminders only from 3 days before 20/09/2020 (the offsets retyped as the number 3): none 4 days
    // before, where the default offsets (7, 3, 1, 0) would already have one.
    const before = remindJson(file, '2020-09-17');
    expect(before.code).toBe(0);
    const title = 'Con đường "Sáng - Xanh - Sạch đẹp - An toàn"';
    expect(subjectsOf(before.json)).toEqual(
      ['Xã A', 'Xã B', 'Xã C'].map((u) => [u, messages.reminderText.subjectBefore(title, u, 3, '20/09/2020')]),
    );
    expect(subjectsOf(remindJson(file, '2020-09-16').json)).toEqual([]);
    for (const args of [
      ['validate', file],
      ['remind', file, '--today', '2020-09-17'],
    ]) {
      expect(tongHop(args).stdout).not.toMatch(/GMT|\(Coordinated|Sun |Mon |Tue |Wed |Thu |Fri |Sat /);
    }
  },

  /** The yearly 10/06 retyped in Calc (a date of this year shown without one) stays yearly. */
  'lo-yearly.xlsx': async (file) => {
    const v = validateJson(file);
    expect(v.issues).toEqual([]);
    const r = remindJson(file, '2027-06-07');
    const title = 'Báo cáo định kỳ phong trào thi đua';
    expect(subjectsOf(r.json)).toEqual(
      ['Xã A', 'Xã B', 'Xã C'].map((u) => [u, messages.reminderText.subjectBefore(title, u, 3, '10/06/2027')]),
    );
  },

  /** Our own booleans (false as t="b") after a LibreOffice re-save: every Không is still Không. */
  'lo-refilled.xlsx': async (file, dir) => {
    const v = validateJson(file);
    expect(v.issues).toEqual([]);
    const a = aggregateJson(file, join(dir, 'kq-refilled.xlsx'));
    expect(unitOf(a.json, 'Xã A').measures).toEqual(roadTotals(refilledRoads, 2));
  },
};
