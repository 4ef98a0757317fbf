/**
 * Whether `cleanText` would return `s` unchanged, decided in one pass: printable ASCII with single inner
 * spaces, Latin-1 to Latin Extended-B (below U+0300) and Vietnamese's precomposed letters (U+1E00–U+1EFF).
 * None of those is changed by NFC when no combining mark (U+0300 and up, outside that block) follows, so
 * most cells of a report skip the normalisation and the regular expressions.
 */
function isClean(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c < 127) continue;
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i - 1) === 32) return false;
      continue;
    }
    if ((c > 160 && c < 0x300) || (c >= 0x1e00 && c <= 0x1eff)) continue;
    return false;
  }
  return true;
}

/** Unicode NFC, non-breaking and narrow spaces as spaces, trimmed, inner runs of white space folded. */
export function cleanText(s: string): string {
  if (isClean(s)) return s;
  return s
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\u200b\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A key for comparing labels and names the way a person reads them: case and spacing ignored. */
export function labelKey(s: string): string {
  return cleanText(s).toLowerCase();
}

/** Shortens a value for a message, so a pasted paragraph does not flood the list of problems. */
export function shorten(s: string, max = 40): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 notation of a 1-based cell. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** Splits a list typed in one cell: "a@x.vn; b@x.vn, c@x.vn". */
export function splitList(s: string): string[] {
  return cleanText(s)
    .split(/[;,\s]+/)
    .filter((x) => x.length > 0);
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function isEmail(s: string): boolean {
  return emailPattern.test(s);
}
