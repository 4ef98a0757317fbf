/**
 * Writing text safely. Sheets reads a string written with setValue(s) as if typed: `=…` becomes a
 * formula, `+…`, `-…`, `@…` may too, and `15/09/2020` or `09:30` become dates and times. A leading
 * apostrophe keeps any string as the text it is.
 */
export function asText(v: unknown): unknown {
  return typeof v === 'string' && (/^[=+\-@']/.test(v) || /^[\d\s:/.,]+$/.test(v)) ? `'${v}` : v;
}

export function asTextRows(rows: readonly (readonly unknown[])[]): unknown[][] {
  return rows.map((r) => r.map(asText));
}
