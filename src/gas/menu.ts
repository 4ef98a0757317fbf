/** The menu and its handlers: each catches errors and says them in Vietnamese, never with a stack. */
import { asciiSlug } from '../core';
import * as messages from '../core/messages';
import { currentUnit, explain, loadContext, requireAdmin, UserError, userEmail } from './env';
import { promptNewReport } from './mau';
import { archiveName, checkPeriodName, openPeriod, pendingOpening } from './period';
import { isSubmitted, readDocState, statusOf } from './record';
import { previewReminders, sendReminders, setDailyReminders } from './reminders';
import { check, reopen, submit } from './report';
import { setup } from './setup';
import { summarize } from './summary';

const g = messages.gasText;

/**
 * Builds the menu only: in an add-on not yet used in this file onOpen runs with authMode NONE, where
 * any other service fails. So nothing here reads the sheet, properties or the user.
 */
export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  ui.createMenu(g.menu)
    .addItem(g.items.sidebar, 'showSidebar')
    .addSeparator()
    .addItem(g.items.check, 'menuCheck')
    .addItem(g.items.submit, 'menuSubmit')
    .addSeparator()
    .addItem(g.items.summary, 'menuSummarize')
    .addItem(messages.printText.menuItem, 'menuPrintSummary')
    .addItem(messages.reportPageText.menuItem, 'menuReport')
    .addItem(g.items.reopen, 'menuReopen')
    .addItem(g.items.setup, 'menuSetup')
    .addItem(messages.newPeriodText.menuItem, 'menuNewPeriod')
    .addSubMenu(
      ui
        .createMenu(g.items.reminders)
        .addItem(g.items.preview, 'menuPreviewReminders')
        .addItem(g.items.sendNow, 'menuSendReminders')
        .addItem(g.items.enable, 'menuEnableReminders')
        .addItem(g.items.disable, 'menuDisableReminders'),
    )
    .addToUi();
}

function say(message: string): void {
  SpreadsheetApp.getUi().alert(g.menu, message, SpreadsheetApp.getUi().ButtonSet.OK);
}

/**
 * Runs a menu action; its outcome or its error is said in Vietnamese, never with a stack. Once the action
 * has completed, a failure to show its outcome is no failure of the action: a toast says it instead.
 */
export function guarded(run: () => string | undefined): void {
  let message: string | undefined;
  try {
    message = run();
  } catch (e) {
    say(explain(e));
    return;
  }
  if (!message) return;
  try {
    say(message);
  } catch {
    try {
      SpreadsheetApp.getActiveSpreadsheet().toast(message);
    } catch {
      // The action is done and recorded; the next look at the sheet or the sidebar shows it.
    }
  }
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(g.sidebarTitle);
  SpreadsheetApp.getUi().showSidebar(html);
}

export const menuCheck = () => guarded(() => check().message);

export const menuSubmit = () =>
  guarded(() => {
    const ui = SpreadsheetApp.getUi();
    const unit = currentUnit(loadContext());
    const answer = ui.alert(g.menu, g.confirmSubmit(unit.name), ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) return undefined;
    return submit().message;
  });

export const menuSummarize = () =>
  guarded(() => {
    const { summary, problems } = summarize();
    const done = g.summaryDone(summary.completeness.units, summary.completeness.submitted);
    // Problems in Cấu hình leave units out of the summary: the admin must read them, a toast is too brief.
    if (problems) return `${done}\n\n${problems}`;
    SpreadsheetApp.getActiveSpreadsheet().toast(done);
    return undefined;
  });

/**
 * Mở lại from the menu: refused to a non-admin before anything is asked; the admin picks from the list of
 * submitted units, by number or by name typed any way (case and accents ignored).
 */
export const menuReopen = () =>
  guarded(() => {
    const ctx = loadContext();
    requireAdmin(ctx);
    const state = readDocState();
    const submitted = ctx.settings.units.filter((u) => isSubmitted(statusOf(state, u.code)));
    const t = messages.recordText;
    if (!submitted.length) return t.noneSubmitted;
    const list = submitted.map((u, i) => `${i + 1}. ${u.name}`).join('\n');
    const ui = SpreadsheetApp.getUi();
    const r = ui.prompt(g.menu, t.reopenPick(list), ui.ButtonSet.OK_CANCEL);
    if (r.getSelectedButton() !== ui.Button.OK) return undefined;
    const answer = r.getResponseText().trim();
    const n = /^\d+$/.test(answer) ? Number(answer) : 0;
    const unit =
      submitted[n - 1] ??
      submitted.find((u) => asciiSlug(u.name) === asciiSlug(answer) || u.code.toLowerCase() === answer.toLowerCase());
    if (!unit) return t.reopenNoMatch(answer, list);
    return reopen(unit.code);
  });

/**
 * Thiết lập: set-up when Cấu hình is there; else a new report. A spreadsheet set up before (the add-in's
 * keys in Document Properties) whose Cấu hình is gone starts over only for its owner: anyone else would
 * write a new Cấu hình naming themselves its admin.
 */
export const menuSetup = () =>
  guarded(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    if (ss.getSheetByName(messages.settingsLabels.sheet)) return setup();
    const email = userEmail();
    if (PropertiesService.getDocumentProperties().getKeys().length > 0) {
      const owner = ss.getOwner();
      if (!email || !owner || owner.getEmail().toLowerCase() !== email) throw new UserError(g.settingsGone);
    }
    return promptNewReport(email);
  });

export const menuPreviewReminders = () =>
  guarded(() => {
    const p = previewReminders();
    if (!p.emails.length && !p.deferred.length) return g.previewNone;
    const lines = p.emails.slice(0, 25).map((e) => `• ${e.to.join(', ')}: ${e.subject}`);
    if (p.emails.length > 25) lines.push(`… (+${p.emails.length - 25})`);
    return [g.previewHeader(p.emails.length, p.deferred.length), ...lines].join('\n');
  });

export const menuSendReminders = () =>
  guarded(() => {
    const r = sendReminders();
    return g.sent(r.sent.length, r.deferred.length, r.failed.length);
  });

export const menuEnableReminders = () => guarded(() => setDailyReminders(true));
export const menuDisableReminders = () => guarded(() => setDailyReminders(false));

/**
 * Mở kỳ báo cáo mới: refused to a non-admin before anything is asked; the new period's name, then a
 * confirmation that says what will happen (archive, empty tabs, statuses and reminders reset).
 */
export const menuNewPeriod = () =>
  guarded(() => {
    const ctx = loadContext();
    requireAdmin(ctx);
    // A run cut short is finished first (the same period; nothing archived twice).
    const pending = pendingOpening();
    if (pending) return openPeriod(pending);
    const t = messages.newPeriodText;
    const ui = SpreadsheetApp.getUi();
    const r = ui.prompt(g.menu, t.askName(ctx.settings.period), ui.ButtonSet.OK_CANCEL);
    if (r.getSelectedButton() !== ui.Button.OK) return undefined;
    const to = checkPeriodName(ctx, r.getResponseText());
    const from = ctx.settings.period || t.unnamed;
    const answer = ui.alert(
      g.menu,
      t.confirm(from, to, archiveName(ctx), ctx.settings.units.length),
      ui.ButtonSet.YES_NO,
    );
    if (answer !== ui.Button.YES) return undefined;
    return openPeriod(to);
  });
