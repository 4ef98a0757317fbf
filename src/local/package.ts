/**
 * An .xlsx file as what it is: a zip of XML parts tied by relationships (Office Open XML, ECMA-376
 * part 2). The door reads the parts it needs from here and writes back only the parts it changes, so a
 * unit's tab is never parsed into objects nor serialised again.
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import JSZip from 'jszip';

export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
};
export const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text as an XML parser hands it over: line ends normalised (XML 1.0 §2.11), entities decoded. */
export function xmlText(raw: string): string {
  const s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (all, e: string) => {
    if (e[0] !== '#') return ENTITY[e] ?? all;
    const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/** Text or an attribute value escaped to read back as itself (control characters XML cannot hold dropped). */
export const escapeXml = (s: string) =>
  s
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 cannot hold, dropped
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag (the text between its name and `>`), values decoded. */
export function attrsOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag)) {
    // Attribute-value normalisation (XML 1.0 §3.3.3): a literal tab or line end is a space.
    out[m[1]] = xmlText((m[2] ?? m[3]).replace(/[\t\n\r]/g, ' '));
  }
  return out;
}

/**
 * What lies between `<name …>` and `</name>` at the first such element from `from`: '' for `<name/>`,
 * null when there is none.
 */
export function inner(xml: string, name: string, from = 0): string | null {
  const re = new RegExp(`<${name}(?=[\\s/>])[^>]*?(/?)>`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  if (m[1]) return '';
  const end = xml.indexOf(`</${name}>`, re.lastIndex);
  return xml.slice(re.lastIndex, end < 0 ? xml.length : end);
}

/** Every `<name …>` or `<name …/>` start tag of an element in `xml`, as its attributes. */
export function elements(xml: string, name: string): Record<string, string>[] {
  const re = new RegExp(`<${name}(?=[\\s/>])([^>]*)>`, 'g');
  return [...xml.matchAll(re)].map((m) => attrsOf(m[1]));
}

/** A relationship of a part: where `Target` points, resolved against the part's folder. */
export interface Relationship {
  id: string;
  type: string;
  /** The target part's path in the zip (no leading slash), or the raw target when external. */
  path: string;
  external: boolean;
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`; the package's own: `_rels/.rels`. */
export const relsPathOf = (part: string) =>
  part === ''
    ? '_rels/.rels'
    : `${posix.dirname(part) === '.' ? '' : `${posix.dirname(part)}/`}_rels/${posix.basename(part)}.rels`;

/** A target resolved against the folder of the part that names it (ECMA-376 part 2, §9.3). */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return posix.normalize(target).slice(1);
  const base = posix.dirname(fromPart);
  return posix.normalize(base === '.' ? target : `${base}/${target}`).replace(/^(\.\.\/)+/, '');
}

/** The target written in a relationship of `fromPart` that points at `part`. */
export function relativeTarget(fromPart: string, part: string): string {
  const base = posix.dirname(fromPart);
  return base === '.' ? part : posix.relative(base, part);
}

export interface SheetEntry {
  name: string;
  sheetId: string;
  rId: string;
  /** The worksheet part, e.g. `xl/worksheets/sheet2.xml`. */
  path: string;
}

/** An opened package: the zip, its workbook part and the worksheets in the workbook's order. */
export interface XlsxPackage {
  zip: JSZip;
  workbookPath: string;
  /** Every `<sheet>` of the workbook, in order, with its worksheet part (null for a chart sheet or a missing part). */
  sheetList: (SheetEntry & { worksheet: boolean })[];
  /** The worksheets that have a part: what a spreadsheet program shows as tabs with cells. */
  sheets: SheetEntry[];
}

/** A part as text (UTF-8, a byte-order mark dropped), or null when the zip has no such entry. */
export async function partText(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  if (!f) return null;
  const s = (await f.async('nodebuffer')).toString('utf8');
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

export async function relationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await partText(zip, relsPathOf(part));
  if (!xml) return [];
  return elements(xml, 'Relationship').map((a) => {
    const external = a.TargetMode === 'External';
    return {
      id: a.Id ?? '',
      type: a.Type ?? '',
      path: external ? (a.Target ?? '') : resolveTarget(part, a.Target ?? ''),
      external,
    };
  });
}

/** Opens a zip's bytes as a workbook package (throws what JSZip throws on a file that is not a zip). */
export async function loadPackage(bytes: Buffer): Promise<XlsxPackage> {
  const zip = await JSZip.loadAsync(bytes);
  const root = await relationships(zip, '');
  const workbookPath = root.find((r) => r.type === REL.officeDocument && !r.external)?.path ?? 'xl/workbook.xml';
  const xml = (await partText(zip, workbookPath)) ?? '';
  const rels = new Map((await relationships(zip, workbookPath)).map((r) => [r.id, r]));
  const sheetsXml = inner(xml, 'sheets') ?? '';
  const sheetList = elements(sheetsXml, 'sheet').map((a) => {
    const rId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1] ?? '';
    const rel = rels.get(rId);
    const worksheet = !!rel && rel.type === REL.worksheet && !rel.external && zip.file(rel.path) !== null;
    return { name: a.name ?? '', sheetId: a.sheetId ?? '', rId, path: rel?.path ?? '', worksheet };
  });
  return { zip, workbookPath, sheetList, sheets: sheetList.filter((s) => s.worksheet) };
}

export async function openPackage(path: string): Promise<XlsxPackage> {
  return loadPackage(readFileSync(path));
}
