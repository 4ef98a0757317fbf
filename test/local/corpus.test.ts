/**
 * Hostile inputs at the command-line door (part of issue 8's corpus): what a person may really type or
 * send, each with its exact outcome — the exit code and the one Vietnamese line, or the totals.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { messages, templates } from '../../src/core';
import { main } from '../../src/local/cli';
import { fill, foreignXlsx, load, tempDir, tongHop } from './helpers';

const faults = require('./fault-fs.js') as { install(code: string, bytes: number): void; uninstall(): void };

const t = messages.cliText;
const e = messages.cliErrors;
const x = messages.xlsxText;
const s = messages.settingsMessages;
const c = messages.cellMessages;
const ids = templates()
  .map((tp) => tp.id)
  .join(', ');
const FIX = resolve(__dirname, '../fixtures');
const road = (name: string, len: unknown, extra: Partial<Record<number, unknown>> = {}) => {
  const r: unknown[] = [name, 'Thôn 1', len, 'Có', 'Có', 'Có', 'Có', '', '20/6/2020', 1_000_000];
  for (const [i, v] of Object.entries(extra)) r[Number(i)] = v;
  return r;
};

const dir = tempDir();

async function runMain(args: string[], fault?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const [code, bytes] = (fault ?? '').split(':');
  if (code) faults.install(code, Number(bytes));
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const exit = await main(
      args,
      (l) => out.push(l),
      (l) => err.push(l),
    );
    return { code: exit, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    process.chdir(cwd);
    faults.uninstall();
  }
}
const p = (name: string) => join(dir, name);
const header = 'Tên đơn vị,Email đầu mối,Chỉ tiêu\n';

interface Case {
  name: string;
  args: string[];
  code: number;
  /** The exact line on stderr (for exit 2). */
  err?: string;
  /** What stdout must say, or a check of it. */
  out?: string | ((stdout: string) => void);
  fault?: string;
}

/** A workbook whose one unit tab (Cao Lộc) holds the given rows; returns its path. */
const book = (name: string) => p(`${name}.xlsx`);
const rowsCases: { name: string; rows: unknown[][]; issues: [string, string][] }[] = [
  { name: 'a count with a decimal', rows: [road('Đường 1', 600, { 9: '1,5' })], issues: [['J6', c.notInteger('1,5')]] },
  {
    name: 'a negative length',
    rows: [road('Đường 1', -5)],
    issues: [['C6', c.negative('-5', 'nhập số mét, ví dụ 500')]],
  },
  { name: 'a formula error', rows: [road('Đường 1', '#DIV/0!')], issues: [['C6', c.errorValue('#DIV/0!')]] },
  { name: 'a #REF! error', rows: [road('Đường 1', '#REF!')], issues: [['C6', c.errorValue('#REF!')]] },
  {
    name: 'a percent typed as text in a count column',
    rows: [road('Đường 1', 600, { 9: '100%' })],
    issues: [['J6', c.notNumber('100%', 'nhập số tiền, ví dụ 15000000')]],
  },
  { name: 'an ambiguous 1,234', rows: [road('Đường 1', '1,234')], issues: [['C6', c.ambiguousNumber('1,234')]] },
  {
    name: 'a date outside the campaign',
    rows: [road('Đường 1', 600, { 8: '01/10/2020' })],
    issues: [['I6', c.dateOutside('01/10/2020', '25/02/2020', '30/09/2020')]],
  },
  {
    name: 'a yes/no that is neither',
    rows: [road('Đường 1', 600, { 3: 'có lẽ' })],
    issues: [['D6', c.notYesNo('có lẽ')]],
  },
  {
    name: 'a required cell left empty',
    rows: [road('Đường 1', 600, { 1: '' })],
    issues: [['B6', c.required('Xã/thôn')]],
  },
  {
    name: 'a date that does not exist',
    rows: [road('Đường 1', 600, { 8: '31/02/2020' })],
    issues: [['I6', c.notDate('31/02/2020')]],
  },
];

const cases: Case[] = [
  // Options
  {
    name: 'an unknown option',
    args: ['validate', 'x.xlsx', '--khong'],
    code: 2,
    err: t.error(e.unknownOption('--khong')),
  },
  { name: 'an unknown short option', args: ['validate', '-x'], code: 2, err: t.error(e.unknownOption('-x')) },
  {
    name: '--quota -1',
    args: ['remind', 'x.xlsx', '--today', '2020-09-17', '--quota', '-1'],
    code: 2,
    err: t.error(t.badQuota('-1')),
  },
  {
    name: '--quota abc',
    args: ['remind', 'x.xlsx', '--today', '2020-09-17', '--quota', 'abc'],
    code: 2,
    err: t.error(t.badQuota('abc')),
  },
  {
    name: '--quota 1.5',
    args: ['remind', 'x.xlsx', '--today', '2020-09-17', '--quota', '1.5'],
    code: 2,
    err: t.error(t.badQuota('1.5')),
  },
  {
    name: '--quota=',
    args: ['remind', 'x.xlsx', '--today', '2020-09-17', '--quota='],
    code: 2,
    err: t.error(t.badQuota('')),
  },
  {
    name: '--quota 1e3',
    args: ['remind', 'x.xlsx', '--today', '2020-09-17', '--quota', '1e3'],
    code: 2,
    err: t.error(t.badQuota('1e3')),
  },
  { name: '--out with no value', args: ['aggregate', 'x.xlsx', '--out'], code: 2, err: t.error(e.needsValue('--out')) },
  { name: '--json=yes', args: ['validate', 'x.xlsx', '--json=yes'], code: 2, err: t.error(e.takesNoValue('--json')) },
  {
    name: '--out given twice',
    args: ['aggregate', 'x.xlsx', '--out', 'a.xlsx', '--out', 'b.xlsx'],
    code: 2,
    err: t.error(e.givenTwice('--out')),
  },
  { name: 'two paths', args: ['validate', 'a.xlsx', 'b.xlsx'], code: 2, err: t.error(e.extraArgument('b.xlsx')) },
  { name: 'no command', args: [], code: 2, out: t.usage },
  { name: '--help', args: ['--help'], code: 0, out: t.usage },
  { name: '-h', args: ['-h'], code: 0, out: t.usage },
  { name: 'an unknown command', args: ['tong'], code: 2, err: t.error(t.unknownCommand('tong')) },
  { name: 'validate without a path', args: ['validate'], code: 2, err: t.error(t.needArg(t.needPath)) },
  {
    name: 'remind without --today',
    args: ['remind', 'x.xlsx'],
    code: 2,
    err: t.error(t.needArg('--today YYYY-MM-DD')),
  },
  {
    name: '--today 17/09/2020',
    args: ['remind', 'x.xlsx', '--today', '17/09/2020'],
    code: 2,
    err: t.error(t.badToday('17/09/2020')),
  },
  {
    name: '--today 2020-02-30',
    args: ['remind', 'x.xlsx', '--today', '2020-02-30'],
    code: 2,
    err: t.error(t.badToday('2020-02-30')),
  },
  {
    name: '--today 2020-9-17',
    args: ['remind', 'x.xlsx', '--today', '2020-9-17'],
    code: 2,
    err: t.error(t.badToday('2020-9-17')),
  },
  // init
  {
    name: 'init without --template',
    args: ['init', '--out', p('n1.xlsx')],
    code: 2,
    err: t.error(t.needArg('--template MÃ')),
  },
  {
    name: 'init without --out',
    args: ['init', '--template', 'con-duong-sxsdat'],
    code: 2,
    err: t.error(t.needArg('--out TỆP.xlsx')),
  },
  {
    name: 'init with an unknown template',
    args: ['init', '--template', 'khong-co', '--preset', 'lang-son-2017', '--out', p('n2.xlsx')],
    code: 2,
    err: t.error(t.unknownTemplate('khong-co', ids)),
  },
  {
    name: 'init with an unknown preset',
    args: ['init', '--template', 'con-duong-sxsdat', '--preset', 'ha-noi', '--out', p('n3.xlsx')],
    code: 2,
    err: t.error(t.unknownPreset('ha-noi', 'lang-son-2017, bac-giang-2020')),
  },
  {
    name: 'init without units',
    args: ['init', '--template', 'con-duong-sxsdat', '--out', p('n4.xlsx')],
    code: 2,
    err: t.error(t.needUnits),
  },
  {
    name: 'init onto an existing file',
    args: ['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--out', p('good.xlsx')],
    code: 2,
    err: t.error(t.outExists(p('good.xlsx'))),
  },
  {
    name: 'init into a missing folder',
    args: ['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--out', p('khong-co/a.xlsx')],
    code: 2,
    err: t.error(e.noFolder(p('khong-co'))),
  },
  {
    name: 'init --force onto a folder',
    args: ['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--force', '--out', p('thu-muc')],
    code: 2,
    err: t.error(e.isFolder(p('thu-muc'))),
  },
  {
    name: 'init with a missing units file',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('khong.csv'), '--out', p('n5.xlsx')],
    code: 2,
    err: t.error(t.notFound(p('khong.csv'))),
  },
  {
    name: 'init with the unit list kept as .xlsx',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('dv.xlsx'), '--out', p('n6.xlsx')],
    code: 0,
    out: t.created(p('n6.xlsx'), 2),
  },
  {
    name: 'init with an old .xls unit list',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('dv.xls'), '--out', p('n7.xlsx')],
    code: 2,
    err: t.error(e.unitsNotTable(p('dv.xls'))),
  },
  {
    name: 'init with a picture as unit list',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('dv.png'), '--out', p('n8.xlsx')],
    code: 2,
    err: t.error(e.unitsNotTable(p('dv.png'))),
  },
  {
    name: 'init with a Latin-1 CSV',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('latin1.csv'), '--out', p('n9.xlsx')],
    code: 2,
    err: t.error(e.unitsNotTable(p('latin1.csv'))),
  },
  {
    name: 'init with a CSV saved by Excel (BOM)',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('bom.csv'), '--out', p('n10.xlsx')],
    code: 0,
    out: t.created(p('n10.xlsx'), 2),
  },
  {
    name: 'init with a CSV without the name column',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('noname.csv'), '--out', p('n11.xlsx')],
    code: 2,
    err: t.error(`${t.unitsFileProblems} thiếu cột "Tên đơn vị" ở dòng đầu của tệp đơn vị ${s.noUnits}`),
  },
  {
    name: 'init with a negative target',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('neg.csv'), '--out', p('n12.xlsx')],
    code: 2,
    err: t.error(`${t.unitsFileProblems} dòng 2: ${s.badTarget('-3')} ${s.noUnits}`),
  },
  {
    name: 'init with an empty units file',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('empty.csv'), '--out', p('n13.xlsx')],
    code: 2,
    err: t.error(`${t.unitsFileProblems} thiếu cột "Tên đơn vị" ở dòng đầu của tệp đơn vị ${s.noUnits}`),
  },
  {
    name: 'init with an admin that is not an email',
    args: [
      'init',
      '--template',
      'con-duong-sxsdat',
      '--preset',
      'lang-son-2017',
      '--admin',
      'van phong',
      '--out',
      p('n14.xlsx'),
    ],
    code: 2,
    err: t.error(e.badAdmin('van phong')),
  },
  {
    name: 'init with a unit named Tổng hợp',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('tonghop.csv'), '--out', p('n15.xlsx')],
    code: 2,
    err: t.error(e.reservedSheet('Tổng hợp', 'Tổng hợp')),
  },
  {
    name: 'init with a unit named History',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('history.csv'), '--out', p('n16.xlsx')],
    code: 2,
    err: t.error(e.reservedSheet('History', 'History')),
  },
  {
    name: 'init with two units equal but for case',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('case.csv'), '--out', p('n17.xlsx')],
    code: 2,
    err: t.error(e.sameSheet('Xã An', 'xã an', 'xã an')),
  },
  {
    name: 'init with two units equal but for NFC/NFD',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('nfd.csv'), '--out', p('n18.xlsx')],
    code: 2,
    // The list is read NFC: both names become the same.
    err: t.error(e.sameSheet('Xã An', 'Xã An', 'Xã An')),
  },
  {
    name: 'init with two long names equal in their first 31 characters',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('long.csv'), '--out', p('n19.xlsx')],
    code: 2,
    err: t.error(
      e.sameSheet(
        'Hội Liên hiệp Phụ nữ xã Tân Thành Một',
        'Hội Liên hiệp Phụ nữ xã Tân Thành Hai',
        'Hội Liên hiệp Phụ nữ xã Tân Thà',
      ),
    ),
  },
  {
    name: 'init with a unit name starting with an apostrophe',
    args: ['init', '--template', 'con-duong-sxsdat', '--units', p('quote.csv'), '--out', p('n20.xlsx')],
    code: 2,
    err: t.error(e.quotedSheet("'Xã An", "'Xã An")),
  },
  // Input workbooks and folders
  {
    name: 'validate a missing file',
    args: ['validate', p('khong-co.xlsx')],
    code: 2,
    err: t.error(t.notFound(p('khong-co.xlsx'))),
  },
  {
    name: 'validate a text file named .xlsx',
    args: ['validate', p('text.xlsx')],
    code: 2,
    err: t.error(t.notWorkbook(p('text.xlsx'))),
  },
  {
    name: 'validate an empty file',
    args: ['validate', p('zero.xlsx')],
    code: 2,
    err: t.error(t.notWorkbook(p('zero.xlsx'))),
  },
  {
    name: 'validate a zip that is not a workbook',
    args: ['validate', p('other.xlsx')],
    code: 2,
    err: t.error(s.noSheet),
  },
  {
    name: 'validate a workbook without Cấu hình',
    args: ['validate', p('nosettings.xlsx')],
    code: 2,
    err: t.error(s.noSheet),
  },
  {
    name: 'validate a Cấu hình naming an unknown template',
    args: ['validate', p('badtemplate.xlsx')],
    code: 2,
    err: t.error(s.unknownTemplate('mau-la', ids)),
  },
  { name: 'validate an empty folder', args: ['validate', p('rong')], code: 2, err: t.error(t.emptyFolder(p('rong'))) },
  {
    name: 'validate a folder holding only an .ods',
    args: ['validate', p('chi-ods')],
    code: 2,
    err: t.error(`${t.emptyFolder(p('chi-ods'))}; ${x.skipped('a.ods', x.otherFormat('.ods'))}`),
  },
  {
    name: 'validate a folder holding only a broken attachment',
    args: ['validate', p('chi-hong')],
    code: 2,
    err: t.error(`${t.noUsableFile(p('chi-hong'))}; ${x.skipped('a.xlsx', x.unreadable)}`),
  },
  {
    name: 'aggregate --out into a missing folder',
    args: ['aggregate', p('clean.xlsx'), '--out', p('khong-co/kq.xlsx')],
    code: 2,
    err: t.error(e.noFolder(p('khong-co'))),
  },
  {
    name: 'aggregate --out onto a workbook with unit tabs',
    args: ['aggregate', p('clean.xlsx'), '--out', p('good.xlsx')],
    code: 2,
    err: t.error(t.outNotSummary(p('good.xlsx'), 'Cấu hình')),
  },
  {
    name: 'aggregate --out onto a folder',
    args: ['aggregate', p('clean.xlsx'), '--out', p('thu-muc')],
    code: 2,
    err: t.error(e.isFolder(p('thu-muc'))),
  },
  {
    name: 'aggregate on a full disk',
    args: ['aggregate', p('clean.xlsx')],
    fault: 'ENOSPC:3000',
    code: 2,
    err: t.error(`${e.diskFull(p('clean.xlsx'))}. ${e.untouched(p('clean.xlsx'))}`),
  },
  {
    name: 'aggregate --out a new file in a read-only folder',
    args: ['aggregate', p('clean.xlsx'), '--out', p('kq-moi.xlsx')],
    fault: 'EACCES:0',
    code: 2,
    err: t.error(e.cannotWrite(p('kq-moi.xlsx'))),
  },
  // What the data says
  {
    name: 'a clean workbook',
    args: ['validate', p('clean.xlsx')],
    code: 0,
    out: t.noProblems,
  },
  ...rowsCases.map(
    (r, i): Case => ({
      name: `a unit tab with ${r.name}`,
      args: ['validate', book(`rows${i}`), '--json'],
      code: 1,
      out: (stdout) =>
        expect(JSON.parse(stdout).issues.map((j: { cell: string; message: string }) => [j.cell, j.message])).toEqual(
          r.issues,
        ),
    }),
  ),
  {
    name: 'a unit whose tab is missing',
    args: ['validate', p('missing-tab.xlsx'), '--json'],
    code: 1,
    out: (stdout) =>
      expect(JSON.parse(stdout).issues.map((j: { message: string }) => j.message)).toContain(
        messages.sheetMessages.missingTab('Cao Lộc', 'Cao Lộc'),
      ),
  },
  {
    name: 'a unit tab renamed inside the workbook: its rows are said, not silently dropped',
    args: ['validate', p('renamed-tab.xlsx'), '--json'],
    code: 1,
    out: (stdout) =>
      expect(
        JSON.parse(stdout).issues.map((j: { sheet: string; cell: string; severity: string; message: string }) => [
          j.sheet,
          j.cell,
          j.severity,
          j.message,
        ]),
      ).toEqual([
        ['Cao Lộc', 'A1', 'error', messages.sheetMessages.missingTab('Cao Lộc', 'Cao Lộc')],
        ['Cao Lộc (2)', 'A1', 'warning', x.strayTab(2, 'Đơn vị: Cao Lộc')],
      ]),
  },
  {
    name: 'a workbook saved by LibreOffice with =FALSE() booleans: totals',
    args: ['aggregate', join(FIX, 'lo-types.xlsx'), '--out', p('kq-lo1.xlsx'), '--json'],
    code: 0,
    out: (stdout) =>
      expect(JSON.parse(stdout).units[0].measures).toEqual({
        soDuong: 4,
        duongDat: 1,
        tongChieuDai: 600 + 700 + 499 + 0,
        coCamera: 1,
        kinhPhi: 0 + 5_000_000 + 3_000_000,
        datChiTieu: 50,
      }),
  },
  {
    name: 'a workbook saved by LibreOffice with funds merged over two roads: counted once',
    args: ['aggregate', join(FIX, 'lo-merged.xlsx'), '--out', p('kq-lo2.xlsx'), '--json'],
    code: 0,
    out: (stdout) => expect(JSON.parse(stdout).units[1].measures.kinhPhi).toBe(20_000_000 + 3_000_000),
  },
];

beforeAll(async () => {
  const init = (out: string, ...more: string[]) =>
    expect(
      tongHop(['init', '--template', 'con-duong-sxsdat', '--preset', 'lang-son-2017', '--out', out, ...more]).code,
    ).toBe(0);
  init(p('good.xlsx'));
  const copy = (to: string) => copyFileSync(p('good.xlsx'), to);
  copy(p('clean.xlsx'));
  await fill(p('clean.xlsx'), 'Cao Lộc', [road('Đường 1', 600)]);
  for (const [i, r] of rowsCases.entries()) {
    copy(book(`rows${i}`));
    await fill(book(`rows${i}`), 'Cao Lộc', r.rows);
  }
  mkdirSync(p('thu-muc'));
  mkdirSync(p('rong'));
  mkdirSync(p('chi-ods'));
  writeFileSync(p('chi-ods/a.ods'), readFileSync(join(FIX, 'lo-merged.ods')));
  mkdirSync(p('chi-hong'));
  writeFileSync(p('chi-hong/a.xlsx'), 'PK\u0003\u0004');
  await foreignXlsx(p('dv.xlsx'), [
    {
      name: 'DS',
      rows: [
        ['Tên đơn vị', 'Email đầu mối', 'Chỉ tiêu'],
        ['Xã An', 'a@x.vn', 2],
        ['Xã Bình', 'b@x.vn', ''],
      ],
    },
  ]);
  writeFileSync(p('dv.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  writeFileSync(p('dv.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(p('latin1.csv'), Buffer.from(`${header}X\xe3 An,a@x.vn,\n`, 'latin1'));
  writeFileSync(p('bom.csv'), `\uFEFF${header}Xã An,a@x.vn,\nXã Bình,b@x.vn,3\n`);
  writeFileSync(p('noname.csv'), 'Đơn vị,Email\nXã An,a@x.vn\n');
  writeFileSync(p('neg.csv'), `${header}Xã An,a@x.vn,-3\n`);
  writeFileSync(p('empty.csv'), '');
  writeFileSync(p('tonghop.csv'), `${header}Tổng hợp,a@x.vn,\n`);
  writeFileSync(p('history.csv'), `${header}History,a@x.vn,\n`);
  writeFileSync(p('case.csv'), `${header}Xã An,a@x.vn,\nxã an,b@x.vn,\n`);
  writeFileSync(p('nfd.csv'), `${header}Xã An,a@x.vn,\n${'Xã An'.normalize('NFD')},b@x.vn,\n`);
  writeFileSync(
    p('long.csv'),
    `${header}Hội Liên hiệp Phụ nữ xã Tân Thành Một,a@x.vn,\nHội Liên hiệp Phụ nữ xã Tân Thành Hai,b@x.vn,\n`,
  );
  writeFileSync(p('quote.csv'), `${header}'Xã An,a@x.vn,\n`);
  writeFileSync(p('text.xlsx'), 'đây không phải sổ tính');
  writeFileSync(p('zero.xlsx'), '');
  const zip = new JSZip();
  zip.file('word/document.xml', '<w:document/>');
  writeFileSync(p('other.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
  await foreignXlsx(p('nosettings.xlsx'), [{ name: 'Sheet1', rows: [['a']] }]);
  await foreignXlsx(p('badtemplate.xlsx'), [
    { name: 'Cấu hình', rows: [['Mẫu báo cáo', 'mau-la'], ['ĐƠN VỊ'], ['Mã', 'Tên đơn vị'], ['1', 'A']] },
  ]);
  copy(p('missing-tab.xlsx'));
  copy(p('renamed-tab.xlsx'));
  await fill(p('renamed-tab.xlsx'), 'Cao Lộc', [road('Đường 1', 600), road('Đường 2', 700)]);
  const renamed = await load(p('renamed-tab.xlsx'));
  (renamed.getWorksheet('Cao Lộc') as { name: string }).name = 'Cao Lộc (2)';
  await renamed.xlsx.writeFile(p('renamed-tab.xlsx'));
  const wb = await load(p('missing-tab.xlsx'));
  wb.removeWorksheet((wb.getWorksheet('Cao Lộc') as { id: number }).id);
  await wb.xlsx.writeFile(p('missing-tab.xlsx'));
}, 240_000);

describe('hostile inputs at the command line', () => {
  test('the corpus holds at least 50 cases', () => expect(cases.length).toBeGreaterThanOrEqual(50));
  // In-process through the command line's own `main` (the binary is one line around it): 70 spawns of
  // Node would cost minutes on a shared machine. Faults are the same preload, installed here.
  test.each(cases.map((k) => [k.name, k] as const))('%s', async (_, k) => {
    const r = await runMain(k.args, k.fault);
    if (k.err !== undefined) expect(r.stderr.trim()).toBe(k.err);
    else expect(r.stderr).toBe('');
    if (typeof k.out === 'string') expect(r.stdout.trim()).toBe(k.out);
    else k.out?.(r.stdout);
    expect(r.code).toBe(k.code);
  });
});
