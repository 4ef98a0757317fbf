/**
 * Puts the Tổng hợp sheet into a workbook's package by replacing only what the summary owns: its
 * worksheet part, its entry in workbook.xml (with its print names), the workbook's relationships and
 * content types when the sheet is new, and the cell styles it adds to styles.xml. Every other part —
 * each unit's tab above all — is copied through as the zip holds it, never parsed nor written again.
 *
 * The summary itself is laid out by exceljs (summary-sheet.ts) in a workbook of its own; its sheet part
 * is then moved over: strings inlined (sharedStrings.xml stays as it is), style numbers renumbered into
 * the workbook's styles.
 */
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { messages, sheetKey } from '../core';
import { savePackage } from './files';
import {
  attrsOf,
  elements,
  escapeXml,
  inner,
  partText,
  REL,
  relationships,
  relativeTarget,
  relsPathOf,
  resolveTarget,
  WORKSHEET_TYPE,
  type XlsxPackage,
} from './package';
import { parseSharedStrings } from './sheet-xml';

const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CONTENT_TYPES = '[Content_Types].xml';

/** The parts of a one-sheet workbook that exceljs wrote: the sheet, its styles, strings and print names. */
interface Laid {
  sheet: string;
  styles: string;
  strings: string[];
  /** `<definedName …>` elements local to the sheet (its print area and repeated rows). */
  names: string[];
}

async function laidOut(summary: ExcelJS.Workbook): Promise<Laid> {
  // Stored, not deflated: these parts are read back at once (and deflating them costs a first call ~0.3 s).
  const zip = await JSZip.loadAsync((await summary.xlsx.writeBuffer({ zip: { compression: 'STORE' } })) as ArrayBuffer);
  const text = async (p: string) => (await partText(zip, p)) ?? '';
  const workbook = await text('xl/workbook.xml');
  return {
    sheet: await text('xl/worksheets/sheet1.xml'),
    styles: await text('xl/styles.xml'),
    strings: parseSharedStrings(await text('xl/sharedStrings.xml')),
    names: [...(inner(workbook, 'definedNames') ?? '').matchAll(/<definedName(?=[\s>])[\s\S]*?<\/definedName>/g)].map(
      (m) => m[0],
    ),
  };
}

/** The child elements `<name …>…</name>` (or `<name …/>`) of a collection, each as written. */
function children(xml: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${name}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[1]) {
      out.push(m[0]);
      continue;
    }
    const close = `</${name}>`;
    const end = xml.indexOf(close, re.lastIndex);
    if (end < 0) break;
    out.push(xml.slice(m.index, end + close.length));
    re.lastIndex = end + close.length;
  }
  return out;
}

/** styles.xml's collections in the order the schema (CT_Stylesheet) keeps them. */
const STYLE_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

/** Replaces a collection's children (and its count), inserting the collection in its place when missing. */
function setCollection(xml: string, name: string, items: string[]): string {
  const body = `<${name} count="${items.length}">${items.join('')}</${name}>`;
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (open) {
    if (open[1]) return xml.slice(0, open.index) + body + xml.slice(open.index + open[0].length);
    const close = `</${name}>`;
    const end = xml.indexOf(close, open.index);
    const start = open[0].replace(/\scount="\d*"/, '').replace(/^(<[^\s/>]+)/, `$1 count="${items.length}"`);
    return xml.slice(0, open.index) + start + items.join('') + xml.slice(end);
  }
  for (const later of STYLE_ORDER.slice(STYLE_ORDER.indexOf(name) + 1)) {
    const at = xml.search(new RegExp(`<${later}(?=[\\s/>])`));
    if (at >= 0) return xml.slice(0, at) + body + xml.slice(at);
  }
  const end = xml.lastIndexOf('</styleSheet>');
  return xml.slice(0, end) + body + xml.slice(end);
}

const setAttr = (tag: string, name: string, value: string) =>
  new RegExp(`\\s${name}="[^"]*"`).test(tag)
    ? tag.replace(new RegExp(`(\\s${name}=")[^"]*(")`), `$1${value}$2`)
    : tag.replace(/^(<[^\s/>]+)/, `$1 ${name}="${value}"`);

/**
 * Adds the summary's cell styles to the workbook's styles.xml, reusing any identical font, fill, border,
 * number format and style already there (so running aggregate again adds nothing). Returns the new
 * styles.xml and, for each style number of the summary, the workbook's.
 */
function mergeStyles(book: string, summary: string): { styles: string; xf: number[] } {
  const list = (xml: string, coll: string, item: string) => children(inner(xml, coll) ?? '', item);
  const ours = {
    fonts: list(summary, 'fonts', 'font'),
    fills: list(summary, 'fills', 'fill'),
    borders: list(summary, 'borders', 'border'),
    xfs: list(summary, 'cellXfs', 'xf'),
  };
  const theirs = {
    fonts: list(book, 'fonts', 'font'),
    fills: list(book, 'fills', 'fill'),
    borders: list(book, 'borders', 'border'),
    xfs: list(book, 'cellXfs', 'xf'),
  };
  const numFmts = elements(inner(book, 'numFmts') ?? '', 'numFmt');
  const numFmtItems = children(inner(book, 'numFmts') ?? '', 'numFmt');
  let nextFmt = Math.max(163, ...numFmts.map((a) => Number.parseInt(a.numFmtId, 10) || 0)) + 1;
  const fmtMap = new Map<number, number>();
  for (const a of elements(inner(summary, 'numFmts') ?? '', 'numFmt')) {
    const id = Number.parseInt(a.numFmtId, 10);
    const same = numFmts.find((b) => b.formatCode === a.formatCode);
    if (same) fmtMap.set(id, Number.parseInt(same.numFmtId, 10));
    else {
      fmtMap.set(id, nextFmt);
      numFmtItems.push(`<numFmt numFmtId="${nextFmt}" formatCode="${escapeXml(a.formatCode ?? '')}"/>`);
      numFmts.push({ numFmtId: String(nextFmt), formatCode: a.formatCode ?? '' });
      nextFmt++;
    }
  }
  // The defaults every styles.xml starts with stay the workbook's own: its normal font, the two fills
  // the format reserves (none, gray125), the empty border, the normal style.
  const mapList = (mine: string[], theirList: string[], reserved: number) =>
    mine.map((item, i) => {
      if (i < reserved && i < theirList.length) return i;
      const at = theirList.indexOf(item);
      if (at >= 0) return at;
      theirList.push(item);
      return theirList.length - 1;
    });
  const font = mapList(ours.fonts, theirs.fonts, 1);
  const fill = mapList(ours.fills, theirs.fills, 2);
  const border = mapList(ours.borders, theirs.borders, 1);
  const hasStyleXfs = children(inner(book, 'cellStyleXfs') ?? '', 'xf').length > 0;
  const renumbered = ours.xfs.map((xf) => {
    const open = /^<xf(?=[\s/>])[^>]*?\/?>/.exec(xf)?.[0] ?? '<xf>';
    const a = attrsOf(open.slice(3));
    let tag = open;
    const id = (k: string) => Number.parseInt(a[k] ?? '0', 10) || 0;
    tag = setAttr(tag, 'numFmtId', String(fmtMap.get(id('numFmtId')) ?? id('numFmtId')));
    tag = setAttr(tag, 'fontId', String(font[id('fontId')] ?? 0));
    tag = setAttr(tag, 'fillId', String(fill[id('fillId')] ?? 0));
    tag = setAttr(tag, 'borderId', String(border[id('borderId')] ?? 0));
    if (!hasStyleXfs) tag = tag.replace(/\sxfId="[^"]*"/, '');
    return tag + xf.slice(open.length);
  });
  const xf = mapList(renumbered, theirs.xfs, 1);
  let styles = book;
  if (numFmtItems.length) styles = setCollection(styles, 'numFmts', numFmtItems);
  styles = setCollection(styles, 'fonts', theirs.fonts);
  styles = setCollection(styles, 'fills', theirs.fills);
  styles = setCollection(styles, 'borders', theirs.borders);
  styles = setCollection(styles, 'cellXfs', theirs.xfs);
  return { styles, xf };
}

/** The summary's sheet part made to stand in the workbook: its styles renumbered, its strings inline. */
function sheetFor(laid: Laid, xf: number[], selected: boolean): string {
  let xml = laid.sheet
    .replace(/(<(?:c|row)\s[^>]*?\ss=")(\d+)(")/g, (_, a: string, n: string, b: string) => `${a}${xf[+n] ?? 0}${b}`)
    .replace(/(<col\s[^>]*?\sstyle=")(\d+)(")/g, (_, a: string, n: string, b: string) => `${a}${xf[+n] ?? 0}${b}`)
    .replace(
      /<c(\s[^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_, a: string, b: string, n: string) =>
        `<c${a} t="inlineStr"${b}><is><t xml:space="preserve">${escapeXml(laid.strings[+n] ?? '')}</t></is></c>`,
    );
  xml = xml.replace(/<sheetView(?=[\s>/])[^>]*?\/?>/, (tag) =>
    selected ? setAttr(tag, 'tabSelected', '1') : tag.replace(/\stabSelected="[^"]*"/, ''),
  );
  return xml;
}

/** Content types: one override removed or added. */
function withoutOverride(types: string, part: string): string {
  return types.replace(new RegExp(`<Override(?=\\s)[^>]*PartName="/${escapeRe(part)}"[^>]*/>`, 'g'), '');
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const withOverride = (types: string, part: string, type: string) =>
  types.replace(/<\/Types>/, `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/></Types>`);

/**
 * Removes a part nothing else refers to any more: the part, its relationships and its content type, and
 * in turn what only it referred to (an old summary's chart, comments, drawing).
 */
async function dropPart(zip: JSZip, part: string, types: { xml: string }): Promise<void> {
  const mine = await relationships(zip, part);
  zip.remove(part);
  zip.remove(relsPathOf(part));
  types.xml = withoutOverride(types.xml, part);
  const referenced = new Set<string>();
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.rels'))) {
    const source = name === '_rels/.rels' ? '' : name.replace(/_rels\/([^/]+)\.rels$/, '$1');
    for (const r of await relationships(zip, source)) if (!r.external) referenced.add(r.path);
  }
  for (const r of mine) {
    if (!r.external && !referenced.has(r.path) && zip.file(r.path)) await dropPart(zip, r.path, types);
  }
}

/**
 * Writes the summary (laid out alone in `summary`) into the package, in place of its Tổng hợp sheet or
 * as a new last sheet. Only the package in memory changes. Returns the text of each part written (the
 * other entries are copied as they are), to check the saved file against.
 */
export async function graftSummary(pkg: XlsxPackage, summary: ExcelJS.Workbook): Promise<Map<string, string>> {
  const { zip, workbookPath } = pkg;
  const laid = await laidOut(summary);
  const written = new Map<string, string>();
  const put = (part: string, text: string) => {
    zip.file(part, text, { createFolders: false });
    written.set(part, text);
  };
  const types = { xml: (await partText(zip, CONTENT_TYPES)) ?? '' };
  let workbook = (await partText(zip, workbookPath)) ?? '';
  const relsPath = relsPathOf(workbookPath);
  let rels = (await partText(zip, relsPath)) ?? '';
  const workbookRels = await relationships(zip, workbookPath);

  // Styles: the workbook's own, with the summary's added; or the summary's, for a workbook that has none.
  const stylesRel = workbookRels.find((r) => r.type === REL.styles && !r.external);
  const bookStyles = stylesRel ? await partText(zip, stylesRel.path) : null;
  let xf: number[];
  if (bookStyles !== null && stylesRel) {
    const merged = mergeStyles(bookStyles, laid.styles);
    xf = merged.xf;
    put(stylesRel.path, merged.styles);
  } else {
    const stylesPath = resolveTarget(workbookPath, 'styles.xml');
    xf = children(inner(laid.styles, 'cellXfs') ?? '', 'xf').map((_, i) => i);
    put(stylesPath, laid.styles);
    rels = addRelationship(rels, REL.styles, relativeTarget(workbookPath, stylesPath)).rels;
    if (stylesRel) rels = removeRelationship(rels, stylesRel.id);
    types.xml = withOverride(withoutOverride(types.xml, stylesPath), stylesPath, STYLES_TYPE);
  }

  // The sheet: in place of the old Tổng hợp (same part, same position), or a new part at the end.
  const name = messages.summaryText.sheet;
  const index = pkg.sheetList.findIndex((s) => sheetKey(s.name) === sheetKey(name));
  const old = index >= 0 ? pkg.sheetList[index] : null;
  const newPart = () => {
    const taken = new Set(Object.keys(zip.files));
    let k = pkg.sheetList.length + 1;
    while (taken.has(resolveTarget(workbookPath, `worksheets/sheet${k}.xml`))) k++;
    const p = resolveTarget(workbookPath, `worksheets/sheet${k}.xml`);
    types.xml = withOverride(types.xml, p, WORKSHEET_TYPE);
    return p;
  };
  let position: number;
  if (old) {
    position = index;
    let selected = false;
    let part: string;
    if (old.worksheet) {
      part = old.path;
      const view = /<sheetView(?=[\s>/])[^>]*>/.exec((await partText(zip, part)) ?? '')?.[0] ?? '';
      selected = /\stabSelected="(1|true)"/.test(view);
      // What only the old summary used (a chart, comments, a drawing) goes with it.
      if (zip.file(relsPathOf(part))) await dropPart(zip, part, types);
      if (!types.xml.includes(`PartName="/${part}"`)) types.xml = withOverride(types.xml, part, WORKSHEET_TYPE);
    } else {
      // A chart sheet called Tổng hợp (or a sheet whose part is missing) gives way, keeping its place.
      if (old.path && zip.file(old.path)) await dropPart(zip, old.path, types);
      part = newPart();
      rels = removeRelationship(rels, old.rId);
      rels = addRelationship(rels, REL.worksheet, relativeTarget(workbookPath, part), old.rId).rels;
    }
    put(part, sheetFor(laid, xf, selected));
    workbook = renameSheet(workbook, old.rId, name);
  } else {
    const part = newPart();
    put(part, sheetFor(laid, xf, false));
    const added = addRelationship(rels, REL.worksheet, relativeTarget(workbookPath, part));
    rels = added.rels;
    const ids = elements(inner(workbook, 'sheets') ?? '', 'sheet').map((a) => Number.parseInt(a.sheetId, 10) || 0);
    const idAttr = /<sheet\s[^>]*?\s([\w.-]+:id)=/.exec(workbook)?.[1] ?? 'r:id';
    const element = `<sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...ids) + 1}" ${idAttr}="${added.id}"/>`;
    workbook = workbook.replace(/<\/sheets>/, `${element}</sheets>`);
    position = elements(inner(workbook, 'sheets') ?? '', 'sheet').length - 1;
  }
  workbook = withPrintNames(workbook, position, laid.names);

  // calcChain.xml lists formula cells by sheet; Excel rebuilds it, and reports a file whose list names
  // cells that no longer hold a formula as damaged. It goes.
  const chain = workbookRels.find((r) => r.type === REL.calcChain && !r.external);
  if (chain) {
    rels = removeRelationship(rels, chain.id);
    zip.remove(chain.path);
    types.xml = withoutOverride(types.xml, chain.path);
  }
  put(workbookPath, workbook);
  put(relsPath, rels);
  put(CONTENT_TYPES, types.xml);
  return written;
}

const sheetElement = (rId: string) => new RegExp(`<sheet\\s[^>]*?:id="${escapeRe(rId)}"[^>]*?/>`);

function renameSheet(workbook: string, rId: string, name: string): string {
  return workbook.replace(sheetElement(rId), (tag) => setAttr(tag, 'name', escapeXml(name)));
}

function addRelationship(rels: string, type: string, target: string, given?: string): { rels: string; id: string } {
  const ids = new Set(elements(rels, 'Relationship').map((a) => a.Id));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = given ?? `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const xml = rels.includes('</Relationships>')
    ? rels.replace(/<\/Relationships>/, `${element}</Relationships>`)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${element}</Relationships>`;
  return { rels: xml, id };
}

const removeRelationship = (rels: string, id: string) =>
  rels.replace(new RegExp(`<Relationship(?=\\s)[^>]*\\sId="${escapeRe(id)}"[^>]*/>`), '');

/** The summary's print area and repeated rows, in place of any name local to the sheet at `position`. */
function withPrintNames(workbook: string, position: number, names: string[]): string {
  const local = names.map((n) => n.replace(/\slocalSheetId="\d+"/, ` localSheetId="${position}"`));
  const removed = workbook.replace(
    new RegExp(`<definedName(?=\\s)[^>]*\\slocalSheetId="${position}"[^>]*>[\\s\\S]*?</definedName>`, 'g'),
    '',
  );
  const kept = removed.replace(/<definedNames\s*\/>/, '<definedNames></definedNames>');
  if (/<definedNames(?=[\s>])[^>]*>/.test(kept))
    return kept.replace(/<\/definedNames>/, `${local.join('')}</definedNames>`);
  if (!local.length) return kept;
  const block = `<definedNames>${local.join('')}</definedNames>`;
  const after = ['</externalReferences>', '</functionGroups>', '</sheets>']
    .map((tag) => ({ tag, at: kept.indexOf(tag) }))
    .find((x) => x.at >= 0);
  if (!after) return kept;
  const at = after.at + after.tag.length;
  return kept.slice(0, at) + block + kept.slice(at);
}

/** Writes the summary into the workbook file the package was read from (or `target`), safely (files.ts). */
export async function saveSummaryInto(pkg: XlsxPackage, summary: ExcelJS.Workbook, target: string): Promise<void> {
  await savePackage(pkg.zip, await graftSummary(pkg, summary), target);
}
