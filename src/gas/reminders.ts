/** Reminder emails: planned by the core, sent with MailApp, each one logged before the next goes out. */
import {
  calendarDateIn,
  errorsOf,
  formatIssue,
  messages,
  type PlannedEmail,
  planReminders,
  type ReminderPlan,
  withFailures,
} from '../core';
import { type Context, loadContext, requireAdmin, TIME_ZONE, tabUrl, withLock } from './env';
import { appendLog, readSentKeys } from './log';
import { completePendingLocks } from './protect';
import { review } from './review';

const HANDLER = 'remindersDaily';
const QUOTA_ERROR = /too many times|quota/i;

/** Today's plan over the given units (all by default: the digest counts every unit). */
function plan(ctx: Context, units = ctx.settings.units): ReminderPlan {
  const { inputs, sheets } = review(ctx, units);
  return planReminders({
    today: calendarDateIn(new Date(), TIME_ZONE),
    reportTitle: ctx.settings.reportTitle,
    deadlines: ctx.settings.deadlines,
    admins: ctx.settings.admins,
    sent: readSentKeys(ctx.ss),
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

export function previewReminders(): ReminderPlan {
  const ctx = loadContext();
  requireAdmin(ctx);
  return plan(ctx);
}

export interface SendResult {
  sent: PlannedEmail[];
  deferred: PlannedEmail[];
  failed: string[];
}

/**
 * Which of today's emails go: `only` one unit's (a board row's Nhắc: no digest), or all but the units in
 * `skip` (the clerk's unticked boxes; the digest still goes). A unit email's key ends with its code.
 * The smallest filter the board needs; the once-only record is the log's, as for the daily run.
 */
export interface SendChoice {
  only?: string;
  skip?: ReadonlySet<string>;
}

function chosen(e: PlannedEmail, c: SendChoice): boolean {
  const code = e.kind === 'digest' ? null : e.key.slice(e.key.lastIndexOf('|') + 1);
  if (c.only !== undefined) return code === c.only;
  return code === null || !c.skip?.has(code);
}

function sendPlanned(ctx: Context, choice: SendChoice = {}): SendResult {
  // One unit's reminder reads that unit's tab only: no digest goes with it.
  const only = choice.only === undefined ? undefined : ctx.settings.units.filter((u) => u.code === choice.only);
  const all = plan(ctx, only);
  const p = { emails: all.emails.filter((e) => chosen(e, choice)), deferred: all.deferred };
  const sent: PlannedEmail[] = [];
  const deferred = p.deferred.filter((e) => chosen(e, choice));
  const failed: string[] = [];
  for (let i = 0; i < p.emails.length; i++) {
    const email = p.emails[i].kind === 'digest' ? withFailures(p.emails[i], failed) : p.emails[i];
    try {
      MailApp.sendEmail({
        to: email.to.join(','),
        subject: email.subject,
        body: email.body,
        name: messages.gasText.mailSender,
      });
    } catch (e) {
      const msg = String((e as Error).message ?? e);
      if (QUOTA_ERROR.test(msg)) {
        deferred.push(...p.emails.slice(i));
        break;
      }
      failed.push(`${email.unit || email.to.join(', ')}: ${email.to.join(', ')} (${msg})`);
      appendLog(ctx.ss, [{ kind: 'reminderFailed', unit: email.unit, who: email.to.join(', '), key: '', detail: msg }]);
      continue;
    }
    appendLog(ctx.ss, [
      { kind: 'reminder', unit: email.unit, who: email.to.join(', '), key: email.key, detail: email.subject },
    ]);
    sent.push(email);
  }
  return { sent, deferred, failed };
}

/** Gửi nhắc hạn ngay (admin), the same as the daily run. */
export function sendReminders(choice: SendChoice = {}): SendResult {
  return withLock(() => {
    const ctx = loadContext();
    requireAdmin(ctx);
    return sendPlanned(ctx, choice);
  });
}

/**
 * The daily trigger's handler: runs as the admin who turned reminders on. Being a top-level function it
 * can also be called from a browser console, so it checks the caller like any admin action: mail never
 * goes out from a unit's account.
 */
export function runDaily(): SendResult {
  return withLock(() => {
    const ctx = loadContext();
    requireAdmin(ctx);
    completePendingLocks(ctx);
    return sendPlanned(ctx);
  });
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
  return on ? messages.gasText.remindersOn : messages.gasText.remindersOff;
}

export function dailyRemindersOn(): boolean {
  return ourTriggers().length > 0;
}
