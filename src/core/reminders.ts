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
      if (input.admins.length && !input.sent.has(`${base}|digest`)) digests.push({ event: e, key: `${base}|digest` });
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
