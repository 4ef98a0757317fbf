/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const DAY_MS = 86_400_000;

/** True for a Date from any realm (a sheet fake, a vm context, exceljs): `instanceof` is not enough. */
export function isDate(v: unknown): v is Date {
  // Not instanceof: a Date made in another context (Apps Script's, a vm) is a Date too. Most cells are
  // text or numbers: they are told apart before the slower tag check.
  if (typeof v !== 'object' || v === null) return false;
  return Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Builds a date from parts, or null when the parts are no real day (31/02). */
export function isoFromParts(y: number, m: number, d: number): IsoDate | null {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || y > 9999) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function dayNumber(d: IsoDate): number {
  return Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY_MS;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return new Date((dayNumber(d) + n) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** dd/MM/yyyy, the way every Vietnamese form writes a date. */
export function formatDmy(d: IsoDate): string {
  return `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;
}

/** The wall-clock fields of an instant in a time zone, as zero-padded strings. */
export interface ZoneParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}
export type ZonePartsFn = (instant: Date, timeZone: string) => ZoneParts;

const formatters = new Map<string, Intl.DateTimeFormat>();
function intlParts(instant: Date, timeZone: string): ZoneParts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(instant)) out[p.type] = p.value;
  return { year: out.year, month: out.month, day: out.day, hour: out.hour, minute: out.minute };
}

let partsIn: ZonePartsFn = intlParts;

/** Whether this runtime's Intl knows time zones (every modern engine does; a fallback exists if not). */
export function intlHasTimeZones(): boolean {
  try {
    // 2020-01-01T00:00Z is 07:00 in Vietnam (not 1970: Saigon was then on UTC+8).
    return intlParts(new Date(Date.UTC(2020, 0, 1)), 'Asia/Ho_Chi_Minh').hour === '07';
  } catch {
    return false;
  }
}

/** For a runtime whose Intl lacks time zones, an adapter supplies the conversion (Apps Script: Utilities). */
export function useZoneParts(f: ZonePartsFn): void {
  partsIn = f;
}

/** The calendar day an instant falls on in a time zone (a sheet's dates live in the sheet's zone). */
export function calendarDateIn(instant: Date, timeZone: string): IsoDate {
  const p = partsIn(instant, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `HH:mm dd/MM/yyyy` in a time zone, as the status line and the summary show it. */
export function formatDateTimeIn(instant: Date, timeZone: string): string {
  const p = partsIn(instant, timeZone);
  return `${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`;
}

/** The instant a calendar day starts in a time zone (what a sheet stores for a date typed in that zone). */
export function midnightIn(day: IsoDate, timeZone: string): Date {
  const utc = dayNumber(day) * DAY_MS;
  const offsetAt = (t: number) => {
    const p = partsIn(new Date(t), timeZone);
    return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute) - t;
  };
  return new Date(utc - offsetAt(utc - offsetAt(utc)));
}
