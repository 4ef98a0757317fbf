import { cleanText } from './text';

/** A word as a clerk may type it, with or without diacritics: "Bắt buộc", "bat buoc", "BẮT BUỘC" fold alike. */
export function foldKey(s: string): string {
  return cleanText(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Edit distance (Levenshtein) between two short strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The known word nearest to what was typed (folded), when it is near enough to be a slip; else null. */
export function nearest(typed: string, known: readonly string[]): string | null {
  const t = foldKey(typed);
  const bare = (s: string) => s.replace(/[^a-z0-9]+/g, ' ').trim();
  let best: { word: string; d: number } | null = null;
  for (const word of known) {
    const w = foldKey(word);
    // A word typed short ("Mô hình điển hình" for "Mô hình, điển hình được biểu dương") is a slip too.
    const d = bare(t).length >= 4 && bare(w).startsWith(bare(t)) ? 1 : editDistance(t, w);
    if (!best || d < best.d) best = { word, d };
  }
  return best && best.d <= Math.max(2, Math.floor(t.length / 3)) ? best.word : null;
}
