import { foldKey, nearest } from './fold';
import { logText, mauText, settingsLabels, summaryText } from './messages';
import { isValidSheetName, safeSheetName, type Unit } from './settings';

export interface Province {
  /** The 2-digit province code. */
  code: string;
  /** Full name: "Tỉnh Lạng Sơn", "Thành phố Hà Nội". */
  name: string;
  communes: { code: string; kind: string; name: string }[];
}

const KINDS: Record<string, string> = { X: 'Xã', P: 'Phường', D: 'Đặc khu' };
const LINE = /^\d{2}\|[^|]+\|/;

/**
 * The 34 provinces and cities of 2025 with their communes and wards (data/don-vi-hanh-chinh-2025.csv), from
 * their compact lines "code|name|<5-digit code><kind letter><short name>;…". The data is passed in, so
 * that only a door that needs it carries it: the command line imports src/core/communes-data.ts, Apps
 * Script reads dist/Communes.html at set-up. Any other line (a comment, a blank) is skipped.
 */
export function provinces(lines: readonly string[]): Province[] {
  return lines
    .filter((line) => LINE.test(line))
    .map((line) => {
      const [code, name, list] = line.split('|');
      const communes = list.split(';').map((c) => ({ code: c.slice(0, 5), kind: KINDS[c[5]], name: c.slice(6) }));
      return { code, name, communes };
    });
}

const prefix = /^(tinh|thanh pho|tp\.?) /;

/** A province by what a clerk types: "Lạng Sơn", "lang son", "Tỉnh Lạng Sơn" or its code "20". */
export function findProvince(
  query: string,
  all: readonly Province[],
): { province: Province } | { suggestion: string | null } {
  const k = foldKey(query).replace(prefix, '');
  const found = all.find((p) => p.code === k.padStart(2, '0') || foldKey(p.name).replace(prefix, '') === k);
  if (found) return { province: found };
  const short = all.map((p) => p.name.replace(/^(Tỉnh|Thành phố) /, ''));
  return { suggestion: nearest(k, short) };
}

/** The names no unit tab may take. */
function reserved(): Set<string> {
  return new Set([settingsLabels.sheet, summaryText.sheet, logText.sheet, mauText.sheet].map(foldKey));
}

/**
 * Cấu hình's units for a province: the official 5-digit code, the full name, a tab named by the short
 * name (the full name, then the code, when that would clash), blank emails to fill in.
 */
export function provinceUnits(p: Province): Unit[] {
  const taken = reserved();
  return p.communes.map((c) => {
    const full = `${c.kind} ${c.name}`;
    const sheet =
      [c.name, full, `${c.name} ${c.code}`]
        .map(safeSheetName)
        .find((s) => isValidSheetName(s) && !taken.has(foldKey(s))) ?? c.code;
    taken.add(foldKey(sheet));
    return { code: c.code, name: full, sheet, emails: [], target: null };
  });
}
