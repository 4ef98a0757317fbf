// The communes of 2025 from data/don-vi-hanh-chinh-2025.csv as compact lines, one per province:
// "code|name|" then the communes as "<5-digit code><kind letter><short name>" joined by ";".
// Used by scripts/communes.mjs (src/core/communes-data.ts, for the command line) and scripts/build.mjs
// (dist/Communes.html, read by Apps Script only at set-up).
import { readFileSync } from 'node:fs';

const KIND = { Xã: 'X', Phường: 'P', 'Đặc khu': 'D' };

export function communeLines() {
  const [head, ...lines] = readFileSync('data/don-vi-hanh-chinh-2025.csv', 'utf8').trim().split(/\r?\n/);
  const cols = head.split(',');
  const at = (name) => cols.indexOf(name);
  const provinces = new Map();
  for (const line of lines) {
    const r = line.split(',');
    const kind = KIND[r[at('loai')]];
    if (!kind || !/^\d{5}$/.test(r[at('ma_xa')])) throw new Error(`bad row: ${line}`);
    const key = `${r[at('ma_tinh')]}|${r[at('tinh')]}`;
    if (!provinces.has(key)) provinces.set(key, []);
    provinces.get(key).push(`${r[at('ma_xa')]}${kind}${r[at('ten')].normalize('NFC')}`);
  }
  return { lines: [...provinces].map(([k, units]) => `${k}|${units.join(';')}`), communes: lines.length };
}
