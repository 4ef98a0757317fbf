/** Numbers the Vietnamese way: 1.462.500.000 and 33,3. */
const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
export const formatNumber = (n: number) => vi.format(n);

/**
 * A plain text table for the terminal; widths count characters, as Vietnamese text is NFC. Numbers are
 * written the Vietnamese way and aligned right.
 */
export function textTable(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const numeric = head.map((_, i) => rows.some((r) => typeof r[i] === 'number'));
  const cells = [head, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))].map((r) =>
    r.map((c) => String(c)),
  );
  const widths = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(widths[i] - [...c].length);
        return numeric[i] ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
