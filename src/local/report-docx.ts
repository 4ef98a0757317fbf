/**
 * The official report as a .docx (the `docx` package): A4 portrait, Times New Roman, the header block of
 * Nghị định 30/2020 (Phụ lục I), the body from the core, the signature block, and the summary as an annex
 * (landscape when wide). Page numbers from page 2, centred in the top margin.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  convertMillimetersToTwip as mm,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { ReportDocument, SummaryLayout } from '../core';
// Straight from the module, not the core's index: the report page in the browser bundles this file too.
import { formatViNumber } from '../core/report-text';

const FONT = 'Times New Roman';
/** Half-points, as Word counts font sizes. */
const pt = (n: number) => n * 2;
const A4 = { width: mm(210), height: mm(297) };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text, font: FONT, size: pt(s.size ?? 13), bold: s.bold, italics: s.italics });

function line(text: string, s: RunStyle & { align?: 'center' | 'left' | 'right' | 'both'; after?: number } = {}) {
  const alignment = {
    center: AlignmentType.CENTER,
    left: AlignmentType.LEFT,
    right: AlignmentType.RIGHT,
    both: AlignmentType.JUSTIFIED,
  }[s.align ?? 'center'];
  return new Paragraph({ alignment, spacing: { after: s.after ?? 0 }, children: [run(text, s)] });
}

/** A short centred rule under a header line: an empty paragraph with a bottom border, narrowed by indents. */
function rule(cellWidthMm: number, ruleMm: number) {
  const side = mm(Math.max(0, (cellWidthMm - ruleMm) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 40, after: 100, line: 120, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const cell = (widthMm: number, children: Paragraph[]) =>
  new TableCell({ width: { size: mm(widthMm), type: WidthType.DXA }, borders: NO_BORDERS, children });

const LEFT_MM = 70;
const RIGHT_MM = 95;

/** The two-column header block: issuing body and number on the left, national title and date on the right. */
function headerBlock(r: ReportDocument): Table {
  const left = cell(LEFT_MM, [
    line(r.parent, { size: 13 }),
    line(r.issuer, { bold: true, size: 13 }),
    rule(LEFT_MM, 22),
    line(r.number, { size: 13 }),
  ]);
  const right = cell(RIGHT_MM, [
    line(r.nation, { bold: true, size: 12 }),
    line(r.motto, { bold: true, size: 13 }),
    rule(RIGHT_MM, 60),
    line(r.placeDate, { italics: true, size: 13 }),
  ]);
  return new Table({
    width: { size: mm(LEFT_MM + RIGHT_MM), type: WidthType.DXA },
    columnWidths: [mm(LEFT_MM), mm(RIGHT_MM)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [left, right] })],
  });
}

const body = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(12.7) },
    spacing: { before: 40, after: 40, line: 276 },
    children: [run(text, { size: 14 })],
  });

const heading = (text: string) =>
  new Paragraph({
    spacing: { before: 120, after: 60 },
    indent: { firstLine: mm(12.7) },
    children: [run(text, { bold: true, size: 14 })],
  });

/** Recipients on the left (12/11 pt), the signature block on the right. */
function signatureBlock(r: ReportDocument, recipientsTitle: string): Table {
  const left = cell(LEFT_MM, [
    new Paragraph({ children: [run(recipientsTitle, { bold: true, italics: true, size: 12 })] }),
    ...r.recipients.map((x) => new Paragraph({ children: [run(`- ${x}`, { size: 11 })] })),
  ]);
  const right = cell(RIGHT_MM, [
    line(r.authority, { bold: true, size: 13 }),
    line(r.position, { bold: true, size: 13, after: mm(22) }),
    line(r.signer, { bold: true, size: 13 }),
  ]);
  return new Table({
    width: { size: mm(LEFT_MM + RIGHT_MM), type: WidthType.DXA },
    columnWidths: [mm(LEFT_MM), mm(RIGHT_MM)],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [left, right] })],
  });
}

/** Which summary columns the annex keeps: the office's working columns (submitter, counts of issues) stay in the sheet. */
export function annexColumns(layout: SummaryLayout): number[] {
  const working = new Set([5, 6, 7, 8, 9]); // Người nộp, Đúng hạn, Số lỗi, Số cảnh báo, Số dòng
  return Array.from({ length: layout.width }, (_, i) => i + 1).filter((c) => !working.has(c));
}

const shown = (v: string | number, format: string) => {
  if (typeof v !== 'number') return v;
  const digits = /\.(0+)/.exec(format)?.[1].length ?? 0;
  return `${formatViNumber(v, digits)}${format.includes('%') ? '%' : ''}`;
};

/** The summary table as the annex: header repeated on every page, numbers the Vietnamese way, right-aligned. */
function annexTable(layout: SummaryLayout, usableMm: number): { table: Table; landscapeSize: number } {
  const cols = annexColumns(layout);
  // Numbers never wrap; names and times may take two lines only when they are very long.
  const cap = (c: number) => (c === layout.unitCol ? 26 : layout.look.numberFormats[c - 1] ? 14 : 19);
  const want = cols.map((c) => Math.min(layout.look.widths[c - 1], cap(c)));
  const totalChars = want.reduce((a, b) => a + b, 0);
  // A character of a size-n font is about 0.19·n mm wide; pick the largest size from 10 down to 7 that fits.
  const size = Math.max(7, Math.min(10, Math.floor(usableMm / (0.19 * totalChars))));
  const widths = want.map((w) => (w / totalChars) * usableMm);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
  const borders = { top: border, bottom: border, left: border, right: border };
  const row = (r: number, header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cols.map((c, i) => {
        const v = layout.values[r - 1][c - 1];
        const numeric = typeof v === 'number';
        const bold = header || r === layout.totalRow;
        // An empty cell still holds a character of the table's size, or its line takes the document's 13 pt.
        const text = String(shown(v, layout.look.numberFormats[c - 1])) || '\u00a0';
        const children: ParagraphChild[] = [run(text, { size, bold })];
        return new TableCell({
          width: { size: mm(widths[i]), type: WidthType.DXA },
          borders,
          verticalAlign: VerticalAlignTable.CENTER,
          margins: { left: 40, right: 40 },
          shading: r === layout.totalRow ? { fill: 'F2F2F2' } : undefined,
          children: [
            new Paragraph({
              alignment: header || c === 1 ? AlignmentType.CENTER : numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children,
            }),
          ],
        });
      }),
    });
  const rows = [row(layout.headerRow, true)];
  for (let r = layout.firstUnitRow; r <= layout.totalRow; r++) rows.push(row(r, false));
  return {
    table: new Table({
      width: { size: mm(usableMm), type: WidthType.DXA },
      columnWidths: widths.map(mm),
      layout: TableLayoutType.FIXED,
      rows,
    }),
    landscapeSize: totalChars,
  };
}

const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: FONT, size: pt(13), children: [PageNumber.CURRENT] })],
      }),
    ],
  });

/**
 * The report as a Word document: on A4 portrait, the annex on its own section. Uses no Node API: the
 * report page in Sheets builds the same document in the browser (`Packer.toBlob`).
 */
export function reportDocument(r: ReportDocument, layout: SummaryLayout, recipientsTitle: string): Document {
  const portraitUsable = 210 - 30 - 15;
  const landscape = layout.look.print.landscape;
  const annexUsable = landscape ? 297 - 20 - 20 : portraitUsable;
  const { table } = annexTable(layout, annexUsable);
  const main = [
    headerBlock(r),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    line(r.title, { bold: true, size: 14 }),
    line(r.subject, { bold: true, size: 14 }),
    rule(portraitUsable, 40),
    ...r.sections.flatMap((s) => [heading(s.heading), ...s.paragraphs.map(body)]),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    signatureBlock(r, recipientsTitle),
  ];
  const annex = [
    line(r.annexTitle, { bold: true, size: 13 }),
    line(r.annexSubject, { bold: true, size: 13 }),
    line(r.annexNote, { italics: true, size: 12, after: 160 }),
    table,
  ];
  const doc = new Document({
    creator: r.issuer,
    title: `${r.title} ${r.subject}`,
    styles: { default: { document: { run: { font: FONT, size: pt(13) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: main,
      },
      {
        properties: {
          page: {
            size: { ...A4, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: landscape
              ? { top: mm(20), bottom: mm(15), left: mm(20), right: mm(20), header: mm(10), footer: mm(10) }
              : MARGIN,
          },
        },
        headers: { default: pageNumberHeader() },
        children: annex,
      },
    ],
  });
  return doc;
}

/** The .docx bytes, for the command line. */
export function reportDocx(r: ReportDocument, layout: SummaryLayout, recipientsTitle: string): Promise<Buffer> {
  return Packer.toBuffer(reportDocument(r, layout, recipientsTitle));
}
