import { logText } from './messages';

export type LogKind = keyof typeof logText.kinds;

export interface LogEntry {
  /** `HH:mm dd/MM/yyyy` in Asia/Ho_Chi_Minh. */
  at: string;
  kind: LogKind;
  unit: string;
  who: string;
  /** For reminders: the key that stops the same reminder from going out twice. */
  key: string;
  detail: string;
}

const KEY_COL = 4;

export function logRow(e: LogEntry): string[] {
  return [e.at, logText.kinds[e.kind], e.unit, e.who, e.key, e.detail];
}

/** The keys of every reminder the log says was sent. */
export function sentKeys(values: readonly (readonly unknown[])[]): Set<string> {
  const sent = new Set<string>();
  for (const r of values) {
    if (r[1] === logText.kinds.reminder && typeof r[KEY_COL] === 'string' && r[KEY_COL]) sent.add(r[KEY_COL]);
  }
  return sent;
}
