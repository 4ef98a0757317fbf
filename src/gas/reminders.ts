/**
 * Reminder emails: planned by the core, sent with MailApp, each one recorded in Document Properties as
 * pending before its send and as sent after (exactly once, or named to the admins as unknown).
 */
import {
  calendarDateIn,
  DIGEST_WHO,
  doneKeys,
  type EventRecord,
  errorsOf,
  failureNotice,
  formatDateTimeIn,
  formatIssue,
  type PlannedEmail,
  periodDeadlines,
  planReminders,
  type ReminderPlan,
  readSentRecord,
  type SentRecord,
  settleUnknown,
  splitKey,
  staleSentProps,
  unknownLine,
  unknownNotice,
  unknownUnnamed,
  withFailures,
  withUnknown,
} from '../core';
import * as messages from '../core/messages';
import { type Context, explain, loadContext, requireAdmin, TIME_ZONE, tabUrl, UserError, withLock } from './env';
import { appendLog, readSentKeys } from './log';
import { readPeriodRecord } from './period';
import { completePendingLocks } from './protect';
import { readProps } from './record';
import { review } from './review';
import { REMINDERS_ON } from './snapshot';

const HANDLER = 'remindersDaily';
const rt = messages.reminderText;

type Properties = GoogleAppsScript.Properties.Properties;

/** Today's plan; `units` (codes) reads only those units' tabs: the board's Nhắc on one row stays flat. */
function plan(ctx: Context, done: ReadonlySet<string>, units?: ReadonlySet<string>): ReminderPlan {
  const { inputs, sheets } = review(ctx, units ? ctx.settings.units.filter((u) => units.has(u.code)) : undefined);
  // Each period's reminders apart: an earlier period's keys neither stop nor repeat this one's.
  const period = readPeriodRecord();
  return planReminders({
    today: calendarDateIn(new Date(), TIME_ZONE),
    reportTitle: ctx.settings.reportTitle,
    deadlines: periodDeadlines(ctx.settings.deadlines, period),
    opened: period?.opened,
    admins: ctx.settings.admins,
    sent: done,
    quotaLeft: MailApp.getRemainingDailyQuota(),
    units: inputs.map((i) => ({
      code: i.unit.code,
      name: i.unit.name,
      emails: i.unit.emails,
      submitted: i.report !== null && i.status.state !== 'draft',
      link: tabUrl(ctx.ss, sheets.get(i.unit.sheet) ?? null),
      problems: errorsOf(i.report?.issues ?? []).map(formatIssue),
    })),
  });
}

/** What is recorded as sent or unknown (Document Properties), and what old logs say was sent. */
function done(ctx: Context, record: SentRecord): Set<string> {
  return new Set([...doneKeys(record), ...readSentKeys(ctx.ss)]);
}

export function previewReminders(): ReminderPlan {
  const ctx = loadContext();
  requireAdmin(ctx);
  const record = readSentRecord(PropertiesService.getDocumentProperties().getProperties());
  return plan(ctx, done(ctx, record));
}

export interface SendResult {
  sent: PlannedEmail[];
  deferred: PlannedEmail[];
  failed: string[];
  /** Emails whose fate is unknown (a send cut or failed without a clear answer): never sent again. */
  unknown: string[];
  /** Keys of every email this run planned (sent, deferred or tried). */
  planned: string[];
}

/** Errors after which Google has surely not sent the email. */
const NOT_SENT = /too many times|quota|Invalid email|Limit Exceeded/i;

/** One event's record, written in one call. */
function saveEvent(props: Properties, record: SentRecord, key: string, change: (r: EventRecord) => void): void {
  const { prop } = splitKey(key);
  const r = record.get(prop) ?? { s: [], p: {}, n: [] };
  change(r);
  record.set(prop, r);
  // A value holds 9 KB: should many emails of one event be of unknown fate, they are named by key alone.
  if (JSON.stringify(r).length > VALUE_MAX) for (const who of Object.keys(r.p)) r.p[who] = '';
  props.setProperty(prop, JSON.stringify(r));
}

const VALUE_MAX = 8000;

/** Records that the admins have been told of these unknown emails (one write per event). */
function markNamed(props: Properties, record: SentRecord, keys: readonly string[]): void {
  const byProp = new Map<string, string[]>();
  for (const key of keys) {
    const { prop, who } = splitKey(key);
    byProp.set(prop, [...(byProp.get(prop) ?? []), who]);
  }
  for (const [prop, whos] of byProp) {
    const r = record.get(prop);
    if (!r) continue;
    r.n = [...new Set([...r.n, ...whos])];
    props.setProperty(prop, JSON.stringify(r));
  }
}

/**
 * Sends the planned reminders (only those of `units` when given, without the digest), each recorded as
 * pending before the send and as sent after: a cut anywhere leaves each email sent and recorded, not
 * sent, or pending — a pending one is never sent again, and is named to the admins in the digest or,
 * when no digest goes out, in an email of its own.
 */
function sendPlanned(
  ctx: Context,
  run: SendResult,
  units?: ReadonlySet<string>,
  /** Keys of unknown fate a person asked to send again: planned as if never tried. */
  again: ReadonlySet<string> = new Set(),
): SendResult {
  const props = PropertiesService.getDocumentProperties();
  const record = readSentRecord(props.getProperties());
  const today = calendarDateIn(new Date(), TIME_ZONE);
  for (const prop of staleSentProps(record, today)) {
    props.deleteProperty(prop);
    record.delete(prop);
  }
  const p = plan(ctx, new Set([...done(ctx, record)].filter((k) => !again.has(k))), units);
  const mine = (e: PlannedEmail) => !units || (e.kind !== 'digest' && units.has(splitKey(e.key).who));
  const emails = p.emails.filter(mine);
  run.deferred.push(...p.deferred.filter(mine));
  run.planned.push(...emails.map((e) => e.key), ...p.deferred.filter(mine).map((e) => e.key));
  /** Unknown emails not yet named to the admins: from earlier runs, then from this one. */
  const unknown = units ? [] : unknownUnnamed(record);
  const log = (email: PlannedEmail, detail: string) =>
    appendLog(ctx.ss, [{ kind: 'reminderFailed', unit: email.unit, who: email.to.join(', '), key: '', detail }]);
  for (let i = 0; i < emails.length; i++) {
    const planned = emails[i];
    const digest = planned.kind === 'digest';
    const told = digest ? [...unknown] : [];
    const email = digest
      ? withFailures(
          withUnknown(
            planned,
            told.map((u) => u.what),
          ),
          run.failed,
        )
      : planned;
    const { who } = splitKey(email.key);
    saveEvent(props, record, email.key, (r) => {
      r.p[who] = unknownLine(email);
    });
    try {
      MailApp.sendEmail({
        to: email.to.join(','),
        subject: email.subject,
        body: email.body,
        name: messages.gasText.mailSender,
      });
    } catch (e) {
      const msg = String((e as Error).message ?? e);
      if (!NOT_SENT.test(msg)) {
        // Google did not say whether it went out: it stays pending, and is never sent again.
        unknown.push({ key: email.key, what: unknownLine(email) });
        run.unknown.push(unknownLine(email));
        log(email, msg);
        continue;
      }
      saveEvent(props, record, email.key, (r) => {
        delete r.p[who];
      });
      if (/too many times|quota/i.test(msg)) {
        run.deferred.push(...emails.slice(i));
        break;
      }
      run.failed.push(`${email.unit || email.to.join(', ')}: ${email.to.join(', ')} (${msg})`);
      log(email, msg);
      continue;
    }
    saveEvent(props, record, email.key, (r) => {
      delete r.p[who];
      r.s.push(who);
    });
    run.sent.push(email);
    if (told.length) {
      markNamed(
        props,
        record,
        told.map((u) => u.key),
      );
      unknown.splice(0, told.length);
    }
    appendLog(ctx.ss, [
      { kind: 'reminder', unit: email.unit, who: email.to.join(', '), key: email.key, detail: email.subject },
    ]);
  }
  if (unknown.length && ctx.settings.admins.length && MailApp.getRemainingDailyQuota() >= ctx.settings.admins.length) {
    const notice = unknownNotice(
      ctx.settings.reportTitle,
      ctx.settings.admins,
      unknown.map((u) => u.what),
    );
    MailApp.sendEmail({ ...notice, to: notice.to.join(','), name: messages.gasText.mailSender });
    markNamed(
      props,
      record,
      unknown.map((u) => u.key),
    );
  }
  return run;
}

const newRun = (): SendResult => ({ sent: [], deferred: [], failed: [], unknown: [], planned: [] });

/**
 * Gửi nhắc hạn ngay (admin), the same as the daily run; `units` (codes) sends only those units' due
 * reminders now, with the same once-only record (the board's "Nhắc" button on one row).
 */
export function sendReminders(opts: { units?: string[] } = {}): SendResult {
  return withLock(() => {
    const ctx = loadContext();
    requireAdmin(ctx);
    return sendPlanned(ctx, newRun(), opts.units ? new Set(opts.units) : undefined);
  });
}

/**
 * A person's answer for a reminder of unknown fate (admin): `sent` records it as sent (and logs it, so an
 * old log agrees); `resend` forgets that it was tried and sends the unit's due reminders now, under the
 * same once-only record (a cut during that send leaves it of unknown fate again, never sent twice). The
 * admins' digest cannot be sent again (a new one goes out each day): it can only be marked as seen.
 */
export function settleReminder(key: string, how: 'sent' | 'resend'): SendResult {
  return withLock(() => {
    const ctx = loadContext();
    requireAdmin(ctx);
    const props = PropertiesService.getDocumentProperties();
    const record = readSentRecord(props.getProperties());
    const { prop, who } = splitKey(key);
    if (how === 'resend' && who === DIGEST_WHO) throw new UserError(rt.digestNoResend);
    const what = record.get(prop)?.p[who] ?? '';
    if (!(who in (record.get(prop)?.p ?? {}))) throw new UserError(rt.notUnknown);
    const unit = ctx.settings.units.find((u) => u.code === who)?.name ?? '';
    if (how === 'resend') {
      // Still due today: sent through the once-only path (pending before, sent after), so a cut leaves it
      // listed again, never lost and never sent behind the admin's back.
      const run = sendPlanned(ctx, newRun(), new Set([who]), new Set([key]));
      if (run.planned.includes(key)) return run;
      // Not due any more: forgotten, so that should it come due again it goes out.
    }
    const settled = settleUnknown(record, key, how);
    if (settled) props.setProperty(prop, JSON.stringify(settled));
    appendLog(ctx.ss, [
      how === 'sent'
        ? { kind: 'reminder', unit, who: what, key, detail: rt.settledSentLog(ctx.email) }
        : { kind: 'reminderFailed', unit, who: what, key: '', detail: rt.settledResendLog(ctx.email) },
    ]);
    return newRun();
  });
}

/** Tells the admins (or, before Cấu hình could be read, the account the trigger runs as) what failed. */
function tellFailure(e: unknown, run: SendResult, admins: readonly string[], reportTitle: string): void {
  try {
    const to = admins.length ? admins : [(Session.getEffectiveUser().getEmail() || '').toLowerCase()].filter(Boolean);
    if (!to.length || MailApp.getRemainingDailyQuota() < to.length) return;
    const at = formatDateTimeIn(new Date(), TIME_ZONE);
    const what = `${explain(e)} (${String((e as Error)?.message ?? e)})`;
    const n = failureNotice(reportTitle, to, at, what, run.sent.map(unknownLine), run.unknown);
    MailApp.sendEmail({ ...n, to: n.to.join(','), name: messages.gasText.mailSender });
  } catch {
    // The failure itself is what the trigger's owner sees in Apps Script's own failure email.
  }
}

/**
 * The daily trigger's handler: runs as the admin who turned reminders on. Being a top-level function it
 * can also be called from a browser console, so it checks the caller like any admin action: mail never
 * goes out from a unit's account. A run that fails tells the admins by email.
 */
export function runDaily(): SendResult {
  const run = newRun();
  let admins: readonly string[] = [];
  let title = '';
  try {
    return withLock(() => {
      const ctx = loadContext();
      requireAdmin(ctx);
      admins = ctx.settings.admins;
      title = ctx.settings.reportTitle;
      completePendingLocks(ctx);
      return sendPlanned(ctx, run);
    });
  } catch (e) {
    if (!(e instanceof UserError && e.message === messages.gasText.notAdmin)) tellFailure(e, run, admins, title);
    throw e;
  }
}

function ourTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === HANDLER);
}

/** Exactly one daily trigger when on, none when off: old ones are always removed first. */
export function setDailyReminders(on: boolean): string {
  const ctx = loadContext();
  requireAdmin(ctx);
  for (const t of ourTriggers()) ScriptApp.deleteTrigger(t);
  if (on) ScriptApp.newTrigger(HANDLER).timeBased().atHour(7).everyDays(1).inTimezone(TIME_ZONE).create();
  // The board reads this instead of the triggers (which Google lists only for the admin who made them).
  PropertiesService.getDocumentProperties().setProperty(REMINDERS_ON, on ? '1' : '0');
  return on ? messages.gasText.remindersOn : messages.gasText.remindersOff;
}

/**
 * Whether the daily reminders are on, as the last admin to switch them said (kept in Document Properties:
 * Google lists a trigger only to the admin who made it). Without that record (a spreadsheet from before
 * it), by this admin's triggers; the board's full re-read writes what it finds.
 */
export function dailyRemindersOn(all: Readonly<Record<string, string>> = readProps()): boolean {
  const said = all[REMINDERS_ON];
  if (said === '1' || said === '0') return said === '1';
  return ourTriggers().length > 0;
}

/** The record of whether the daily reminders are on, when there is one (the board reads only this). */
export function recordedRemindersOn(all: Readonly<Record<string, string>>): boolean | null {
  const said = all[REMINDERS_ON];
  return said === '1' || said === '0' ? said === '1' : null;
}
