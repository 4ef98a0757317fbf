import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A cell as a person types it in LibreOffice Calc: its real type, not text. */
export type Typed =
  | number
  | string
  | null
  | { bool: boolean }
  | { formula: string }
  | { date: string }
  | { percent: number; format?: string };

export type Op = Record<string, unknown>;

/** Ops that type a row from column A, as a person would; null leaves a cell alone. */
export function typeRow(sheet: string, row: number, cells: readonly Typed[]): Op[] {
  return cells.flatMap((v, i): Op[] => {
    if (v === null) return [];
    const cell = `${String.fromCharCode(65 + i)}${row}`;
    if (typeof v === 'number') return [{ sheet, cell, number: v }];
    if (typeof v === 'string') return [{ sheet, cell, string: v }];
    return [{ sheet, cell, ...v }];
  });
}

export interface Job {
  in?: string;
  out: string;
  filter?: 'xlsx' | 'ods' | 'xls';
  ops?: Op[];
}

const SCRIPT = resolve(__dirname, 'calc.py');
/** Debian's python3-uno lives in the system Python, not in a pyenv or venv one. */
const PYTHON = process.env.UNO_PYTHON ?? '/usr/bin/python3';

/** A lock across processes (jest workers, other suites): one soffice on this machine at a time. */
const LOCK = join(tmpdir(), 'tong-hop-soffice.lock');
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function holderGone(): boolean {
  try {
    const pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch {
    // No pid yet: only stale if the lock is old (its maker died between mkdir and writing the pid).
    try {
      return !existsSync(join(LOCK, 'pid')) ? Date.now() - statSync(LOCK).mtimeMs > 10_000 : true;
    } catch {
      return true;
    }
  }
}

function withLock<T>(timeoutMs: number, f: () => T): T {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      if (holderGone()) rmSync(LOCK, { recursive: true, force: true });
      else if (Date.now() > end) throw new Error(`another soffice run held ${LOCK} for ${timeoutMs / 1000} s`);
      else sleep(250);
    }
  }
  try {
    return f();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Runs jobs through one headless soffice (its own profile, one at a time); throws with LibreOffice's reason. */
export function runCalc(dir: string, jobs: Job[], timeoutMs = 180_000): void {
  const file = join(dir, `jobs-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(jobs));
  const r = withLock(timeoutMs, () =>
    spawnSync(PYTHON, [SCRIPT, file], { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' }),
  );
  if (r.status !== 0) throw new Error(`LibreOffice failed (${r.status ?? r.signal}): ${r.stderr}`);
}
