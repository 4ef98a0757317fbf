/** Files on disk for the command line: safe saving, and the file system's errors said in Vietnamese. */
import { chmodSync, createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { messages } from '../core';

const e = messages.cliErrors;

export class UsageError extends Error {}

type SystemError = NodeJS.ErrnoException;
// Duck-typed: an error made in another realm (a vm context, a worker) is not `instanceof Error` here.
const isSystemError = (x: unknown): x is SystemError =>
  typeof x === 'object' && x !== null && /^E[A-Z]+$/.test(String((x as SystemError).code));
const detail = (x: unknown) =>
  typeof x === 'object' && x !== null && 'message' in x ? String((x as Error).message) : String(x);

/**
 * A file-system error as a Vietnamese sentence about the path it names (or `path`; always `path` when
 * `own` is set, e.g. for our own temporary file), or null when it is not a file-system error.
 */
export function fileProblem(err: unknown, path: string, writing: boolean, own = false): string | null {
  if (!isSystemError(err)) return null;
  const p = own ? path : (err.path ?? path);
  switch (err.code) {
    case 'ENOENT':
      return writing ? e.noFolder(dirname(p)) : e.notFoundRead(p);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return writing ? e.cannotWrite(p) : e.cannotRead(p);
    case 'ENOSPC':
    case 'EDQUOT':
      return e.diskFull(p);
    case 'EISDIR':
      return e.isFolder(p);
    case 'ENOTDIR':
      return e.notAFolder(p);
    case 'EBUSY':
    case 'ETXTBSY':
      return e.busy(p);
    default:
      return null;
  }
}

/** Any error as the one line the command line prints after "Lỗi: ": never a library's English alone. */
export function describeError(err: unknown): string {
  if (err instanceof UsageError) return err.message;
  const fs = fileProblem(err, '', false);
  if (fs) return fs;
  return e.unexpected(detail(err));
}

/**
 * Saves a file without ever leaving `target` half-written: `write` writes it to a temporary file in the
 * same folder and reads it back, and only then is it renamed over `target` (a rename within a folder is
 * atomic). If anything fails, `target` is exactly as it was and the temporary file is removed.
 */
async function saveSafely(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const existed = existsSync(target) && statSync(target).isFile();
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await write(tmp);
    if (existed) chmodSync(tmp, statSync(target).mode);
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    const said = fileProblem(err, target, true, true) ?? e.unexpected(detail(err));
    throw new UsageError(existed ? `${said}. ${e.untouched(target)}` : said);
  }
}

/** Saves a workbook built by exceljs (see saveSafely), checked by reading it back whole. */
export async function saveWorkbook(wb: ExcelJS.Workbook, target: string): Promise<void> {
  await saveSafely(target, async (tmp) => {
    await wb.xlsx.writeFile(tmp);
    await new ExcelJS.Workbook().xlsx.readFile(tmp);
  });
}

/**
 * Saves a package whose parts were changed in memory (see saveSafely): the parts left alone are copied
 * as the zip held them. Read back, it must list the same entries and give back each part written.
 */
export async function savePackage(zip: JSZip, written: ReadonlyMap<string, string>, target: string): Promise<void> {
  const entries = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  await saveSafely(target, async (tmp) => {
    await pipeline(zip.generateNodeStream({ type: 'nodebuffer', compression: 'DEFLATE' }), createWriteStream(tmp));
    const back = await JSZip.loadAsync(readFileSync(tmp), { checkCRC32: false });
    const got = Object.keys(back.files).filter((n) => !back.files[n].dir);
    if (got.join('\n') !== entries.join('\n')) throw new Error(`${tmp}: entries differ after writing`);
    for (const [part, text] of written) {
      if ((await back.file(part)?.async('string')) !== text) throw new Error(`${tmp}: ${part} differs after writing`);
    }
  });
}

/** Reads a file's bytes, saying in Vietnamese why it cannot be read. */
export function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UsageError(fileProblem(err, path, false) ?? e.unexpected(detail(err)));
  }
}
