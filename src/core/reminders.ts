import { addDays, daysBetween, formatDmy, type IsoDate } from './dates';
import { occurrencesAround, parseDeadlineDate } from './deadlines';
import { reminderText as t } from './messages';
import type { DeadlineSpec } from './template';
import { isEmail } from './text';

/** How long after a deadline an overdue notice that could not go out (quota) may still be sent. */
const OVERDUE_WINDOW_DAYS = 7;
/** At most this many problems are listed in one email. */
const MAX_PROBLEMS = 15;

export type ReminderKind = 'before' | 'due' | 'overdue' | 'digest';
/** The last part of the admins' digest's key, where a unit's has the unit's code. */
export const DIGEST_WHO = 'digest';

export interface ReminderUnit {
  code: string;
  name: string;
  emails: readonly string[];
  submitted: boolean;
  /** Link to the unit's tab. */
  link: string;
  /** The unit's current validation problems, already formatted (`Tab!D7: …`). */
  problems: readonly string[];
}

export interface ReminderInput {
  /** Today in Asia/Ho_Chi_Minh. */
  today: IsoDate;
  reportTitle: string;
  deadlines: readonly DeadlineSpec[];
  units: readonly ReminderUnit[];
  admins: readonly string[];
  /** Keys of reminders already sent (from the log): they are never sent again. */
  sent: ReadonlySet<string>;
  /** Recipients the mail quota still allows today. */
  quotaLeft: number;
  /** The day the current period was opened: a deadline on or before it belongs to a finished period. */
  opened?: IsoDate | '';
}

export interface PlannedEmail {
  key: string;
  to: string[];
  unit: string;
  deadline: string;
  deadlineDate: IsoDate;
  kind: ReminderKind;
  subject: string;
  body: string;
}

export interface ReminderPlan {
  emails: PlannedEmail[];
  /** Due now but over the quota: they go out on a later run (nothing marks them sent). */
  deferred: PlannedEmail[];
  /** Addresses in Cấu hình that are not email addresses, and units with none. */
  badAddresses: string[];
}

interface ReminderEvent {
  deadline: DeadlineSpec;
  date: IsoDate;
  kind: Exclude<ReminderKind, 'digest'>;
  /** Distinguishes the events of one deadline: `before:7`, `due`, `overdue`. */
  tag: string;
}

/**
 * The reminder event in force today for a deadline occurrence: the latest one whose day has come.
 * A reminder missed (quota, a trigger that did not run) is still sent until the next one replaces it.
 */
function currentEvent(deadline: DeadlineSpec, date: IsoDate, today: IsoDate): ReminderEvent | null {
  const events: { day: IsoDate; kind: ReminderEvent['kind']; tag: string }[] = deadline.offsets.map((o) => ({
    day: addDays(date, -o),
    kind: o === 0 ? 'due' : 'before',
    tag: o === 0 ? 'due' : `before:${o}`,
  }));
  if (deadline.overdue) events.push({ day: addDays(date, 1), kind: 'overdue', tag: 'overdue' });
  const lastDay = deadline.overdue ? addDays(date, OVERDUE_WINDOW_DAYS) : date;
  if (today > lastDay) return null;
  const due = events.filter((e) => e.day <= today).sort((a, b) => (a.day < b.day ? 1 : -1))[0];
  return due ? { deadline, date, kind: due.kind, tag: due.tag } : null;
}

function unitBody(u: ReminderUnit, e: ReminderEvent, today: IsoDate): string {
  const days = daysBetween(today, e.date);
  const date = formatDmy(e.date);
  const title = e.deadline.title;
  const lines = [
    t.greeting(u.name),
    '',
    days > 0 ? t.before(title, date, days) : days === 0 ? t.due(title, date) : t.overdue(title, date, -days),
    '',
    t.link(u.link),
    '',
  ];
  if (u.problems.length === 0) lines.push(t.noProblems);
  else {
    lines.push(t.problemsHeader(u.problems.length), ...u.problems.slice(0, MAX_PROBLEMS).map((p) => `- ${p}`));
    if (u.problems.length > MAX_PROBLEMS) lines.push(t.moreProblems(u.problems.length - MAX_PROBLEMS));
  }
  lines.push('', t.howTo, '', t.signature);
  return lines.join('\n');
}

function unitSubject(report: string, u: ReminderUnit, e: ReminderEvent, today: IsoDate): string {
  const days = daysBetween(today, e.date);
  const date = formatDmy(e.date);
  if (days > 0) return t.subjectBefore(report, u.name, days, date);
  return days === 0 ? t.subjectDue(report, u.name, date) : t.subjectOverdue(report, u.name, date);
}

function digestBody(input: ReminderInput, e: ReminderEvent, bad: string[], deferred: number): string {
  const done = input.units.filter((u) => u.submitted);
  const waiting = input.units.filter((u) => !u.submitted);
  const list = (us: readonly ReminderUnit[]) => (us.length ? us.map((u) => `- ${u.name}`) : [`- ${t.none}`]);
  const lines = [
    t.digestIntro(e.deadline.title, formatDmy(e.date), daysBetween(input.today, e.date)),
    '',
    t.digestSubmitted(done.length),
    ...list(done),
    '',
    t.digestMissing(waiting.length),
    ...waiting.map((u) => `- ${u.name}${u.problems.length ? ` (${u.problems.length} lỗi)` : ''}`),
  ];
  if (waiting.length === 0) lines.push(`- ${t.none}`);
  if (bad.length) lines.push('', t.digestBadAddresses, ...bad.map((b) => `- ${b}`));
  if (deferred) lines.push('', t.digestDeferred(deferred));
  lines.push('', t.signature);
  return lines.join('\n');
}

/**
 * Plans today's reminders: for each deadline and each unit that has not submitted, the reminder due
 * today (7, 3, 1 and 0 days before by default, an overdue notice the day after), one digest per
 * deadline event for the admins; nothing already in the log, nothing past the quota.
 */
export function planReminders(input: ReminderInput): ReminderPlan {
  const badAddresses: string[] = [];
  for (const u of input.units) {
    for (const e of u.emails.filter((x) => !isEmail(x))) badAddresses.push(`${u.name}: ${e}`);
    if (!u.emails.some(isEmail)) badAddresses.push(t.noEmail(u.name));
  }
  const unitEmails: PlannedEmail[] = [];
  const digests: { event: ReminderEvent; key: string }[] = [];
  for (const deadline of input.deadlines) {
    const parsed = parseDeadlineDate(deadline.date);
    if (!parsed) continue;
    for (const date of occurrencesAround(parsed, input.today)) {
      if (input.opened && date <= input.opened) continue;
      const e = currentEvent(deadline, date, input.today);
      if (!e) continue;
      const base = `${deadline.code}|${date}|${e.tag}`;
      for (const u of input.units) {
        const to = u.emails.filter(isEmail);
        const key = `${base}|${u.code}`;
        if (u.submitted || to.length === 0 || input.sent.has(key)) continue;
        unitEmails.push({
          key,
          to,
          unit: u.name,
          deadline: deadline.code,
          deadlineDate: date,
          kind: e.kind,
          subject: unitSubject(input.reportTitle, u, e, input.today),
          body: unitBody(u, e, input.today),
        });
      }
      const key = `${base}|${DIGEST_WHO}`;
      if (input.admins.length && !input.sent.has(key)) digests.push({ event: e, key });
    }
  }
  // Most urgent first, so a short quota goes where it matters.
  unitEmails.sort((a, b) => (a.deadlineDate < b.deadlineDate ? -1 : a.deadlineDate > b.deadlineDate ? 1 : 0));

  let left = input.quotaLeft - digests.length * input.admins.length;
  const emails: PlannedEmail[] = [];
  const deferred: PlannedEmail[] = [];
  for (const m of unitEmails) {
    if (m.to.length <= left) {
      emails.push(m);
      left -= m.to.length;
    } else deferred.push(m);
  }
  left += digests.length * input.admins.length;
  for (const { event, key } of digests) {
    const done = input.units.filter((u) => u.submitted).length;
    const digest: PlannedEmail = {
      key,
      to: [...input.admins],
      unit: '',
      deadline: event.deadline.code,
      deadlineDate: event.date,
      kind: 'digest',
      subject: t.subjectDigest(input.reportTitle, formatDmy(event.date), done, input.units.length),
      body: digestBody(input, event, badAddresses, deferred.length),
    };
    if (digest.to.length <= left) {
      emails.push(digest);
      left -= digest.to.length;
    } else deferred.push(digest);
  }
  return { emails, deferred, badAddresses };
}

/** Adds the addresses that failed while sending to a digest that has not gone out yet. */
export function withFailures(digest: PlannedEmail, failures: readonly string[]): PlannedEmail {
  if (!failures.length) return digest;
  const extra = ['', t.digestBadAddresses, ...failures.map((f) => `- ${f}`)].join('\n');
  return { ...digest, body: `${digest.body}\n${extra}` };
}

/**
 * The record of reminders sent, kept in Document Properties (no unit can type there; it survives the
 * deletion of Nhật ký): one property per reminder event (`deadline|date|tag`), holding the units
 * (or `digest`) whose email went out (`s`), those whose fate is unknown (`p`: recorded as pending
 * before the send, never confirmed) with what to tell a person about them, and the pending ones
 * already named to the admins (`n`).
 */
export const SENT_PREFIX = 'lhpn.sent.';
/** An event's record is dropped this many days after its deadline: no reminder of it is due by then. */
export const SENT_KEEP_DAYS = OVERDUE_WINDOW_DAYS + 31;

export interface EventRecord {
  s: string[];
  p: Record<string, string>;
  n: string[];
}

export type SentRecord = Map<string, EventRecord>;

/** `deadline|date|tag|unit` → the event's property key and the unit (or `digest`). */
export function splitKey(key: string): { prop: string; who: string } {
  const i = key.lastIndexOf('|');
  return { prop: `${SENT_PREFIX}${key.slice(0, i)}`, who: key.slice(i + 1) };
}

export function readSentRecord(props: Readonly<Record<string, string>>): SentRecord {
  const record: SentRecord = new Map();
  for (const [k, v] of Object.entries(props)) {
    if (!k.startsWith(SENT_PREFIX)) continue;
    try {
      const r = JSON.parse(v) as Partial<EventRecord>;
      record.set(k, { s: r.s ?? [], p: r.p ?? {}, n: r.n ?? [] });
    } catch {
      // A value no run of ours wrote: nothing in it is trusted to have been sent.
    }
  }
  return record;
}

/** Every reminder sent or whose fate is unknown: none of them is ever sent again. */
export function doneKeys(record: SentRecord): Set<string> {
  const done = new Set<string>();
  for (const [prop, r] of record) {
    const event = prop.slice(SENT_PREFIX.length);
    for (const who of [...r.s, ...Object.keys(r.p)]) done.add(`${event}|${who}`);
  }
  return done;
}

/** Reminders whose fate is unknown and that no email to the admins has named yet. */
export function unknownUnnamed(record: SentRecord): { key: string; what: string }[] {
  const out: { key: string; what: string }[] = [];
  for (const [prop, r] of record) {
    const event = prop.slice(SENT_PREFIX.length);
    for (const [who, what] of Object.entries(r.p))
      if (!r.n.includes(who)) out.push({ key: `${event}|${who}`, what: what || `${event}|${who}` });
  }
  return out;
}

/** A reminder whose fate is unknown, as a person is asked to settle it. */
export interface UnknownReminder {
  key: string;
  /** The subject and recipients, as the admins were told. */
  what: string;
  /** The unit's code, or `digest` for the admins' digest. */
  who: string;
}

/** Every reminder whose fate is unknown, named to the admins or not, oldest event first. */
export function unknownReminders(record: SentRecord): UnknownReminder[] {
  const out: UnknownReminder[] = [];
  for (const [prop, r] of [...record].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const event = prop.slice(SENT_PREFIX.length);
    for (const [who, what] of Object.entries(r.p))
      out.push({ key: `${event}|${who}`, what: what || `${event}|${who}`, who });
  }
  return out;
}

/**
 * A person's answer for a reminder of unknown fate: `sent` (the unit got it) records it as sent; `resend`
 * forgets that it was tried, so that the once-only record lets it go out again. Returns the event's record to
 * write, or null when the reminder is not (or no longer) of unknown fate: nothing changes.
 */
export function settleUnknown(record: SentRecord, key: string, how: 'sent' | 'resend'): EventRecord | null {
  const { prop, who } = splitKey(key);
  const r = record.get(prop);
  if (!r || !(who in r.p)) return null;
  delete r.p[who];
  r.n = r.n.filter((x) => x !== who);
  if (how === 'sent' && !r.s.includes(who)) r.s.push(who);
  return r;
}

/** The properties of events whose deadline is more than SENT_KEEP_DAYS behind `today`. */
export function staleSentProps(record: SentRecord, today: IsoDate): string[] {
  const stale: string[] = [];
  for (const prop of record.keys()) {
    const date = prop.slice(SENT_PREFIX.length).split('|')[1] ?? '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(date) && daysBetween(date as IsoDate, today) > SENT_KEEP_DAYS) stale.push(prop);
  }
  return stale;
}

/** A line naming an email whose fate is unknown, for the admins. */
export const unknownLine = (e: Pick<PlannedEmail, 'to' | 'subject'>) => `${e.subject} (${e.to.join(', ')})`;

/** Names, in a digest that has not gone out yet, the reminders whose fate is unknown. */
export function withUnknown(digest: PlannedEmail, unknown: readonly string[]): PlannedEmail {
  if (!unknown.length) return digest;
  const extra = ['', t.unknownHeader, ...unknown.map((u) => `- ${u}`), t.unknownAdvice].join('\n');
  return { ...digest, body: `${digest.body}\n${extra}` };
}

/** An email to the admins naming reminders whose fate is unknown, when no digest goes out today. */
export function unknownNotice(reportTitle: string, admins: readonly string[], unknown: readonly string[]) {
  return {
    to: [...admins],
    subject: t.subjectUnknown(reportTitle, unknown.length),
    body: [t.unknownHeader, ...unknown.map((u) => `- ${u}`), t.unknownAdvice, '', t.signature].join('\n'),
  };
}

/** An email to the admins when the daily run failed: what failed, what went out, that nothing went twice. */
export function failureNotice(
  reportTitle: string,
  admins: readonly string[],
  at: string,
  what: string,
  sent: readonly string[],
  unknown: readonly string[],
) {
  const lines = [t.failedIntro(at, what), '', t.failedSent(sent.length), ...sent.map((s) => `- ${s}`)];
  if (unknown.length) lines.push('', t.unknownHeader, ...unknown.map((u) => `- ${u}`), t.unknownAdvice);
  lines.push('', t.failedNothingTwice, '', t.signature);
  return { to: [...admins], subject: t.subjectFailed(reportTitle, at), body: lines.join('\n') };
}
